"""The end of a quiz: score, time, results per topic and the cards missed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from prep.core.quiz import Summary
from prep.tui.text import literal, literal_text


class SummaryScreen(Screen[None]):
    CSS_PATH = "summary.tcss"

    BINDINGS = [
        Binding("q,escape,enter", "close", "Done"),
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
                literal(outcome.card.question),
                "\n  you: ",
                literal(outcome.given or "—"),
                "\n  answer: ",
                literal(outcome.card.answer_text),
            ]
        return Content.assemble(*parts)

    def action_close(self) -> None:
        self.dismiss(None)
