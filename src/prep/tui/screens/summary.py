"""The end of a quiz: score, time, results per topic and the cards missed, with a retry of those.

Dismisses with "practice" (retry the missed cards without touching their schedule again),
"count" (retry them as a normal quiz) or None (done). Enter does nothing here, so the summary is
never skipped by a key pressed once too often."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from prep.core.quiz import Summary
from prep.tui.text import first_line, literal, literal_text


class SummaryScreen(Screen[str | None]):
    CSS_PATH = "summary.tcss"

    BINDINGS = [
        Binding("r", "retry('practice')", "Retry missed"),
        Binding("R", "retry('count')", "Retry, counting", key_display="⇧R"),
        Binding("q,escape", "close", "Done"),
        Binding("question_mark,f1", "app.help", "Help", key_display="?"),
    ]

    def __init__(self, summary: Summary) -> None:
        super().__init__()
        self.summary = summary

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="summary"):
            yield Static(self.headline(), id="score")
            yield DataTable(id="topics", cursor_type="none", zebra_stripes=True)
            yield Static(self.missed(), id="missed")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"summary · {self.summary.level} track"
        table = self.query_one("#topics", DataTable)
        table.add_columns("Topic", "Right", "Asked")
        for topic, score in self.summary.topics.items():
            table.add_row(literal_text(topic), str(score.right), str(score.asked))
        table.display = bool(self.summary.topics)

    def headline(self) -> Content:
        summary = self.summary
        minutes, seconds = divmod(round(summary.seconds), 60)
        return Content.assemble(
            (f"Score {summary.right}/{summary.answered}  ({summary.percent}%)", "bold"),
            f"   {summary.skipped} skipped   time {minutes}:{seconds:02d}",
        )

    def missed(self) -> Content:
        if not self.summary.missed:
            return Content("No cards missed." if self.summary.answered else "No questions answered.")
        parts: list[Content | str | tuple[str, str]] = [("Missed", "bold")]
        for outcome in self.summary.missed:
            parts += [
                "\n\n• ",
                literal(first_line(outcome.card.question)),
                "\n  you: ",
                literal(outcome.given or "—"),
                "\n  answer: ",
                literal(outcome.card.answer_text),
            ]
        return Content.assemble(*parts)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return bool(self.summary.missed) if action == "retry" else True

    def action_retry(self, how: str) -> None:
        self.dismiss(how)

    def action_close(self) -> None:
        self.dismiss(None)
