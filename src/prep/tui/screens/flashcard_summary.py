"""The end of a flashcard session, wherever it was started: the ratings in all and per topic, the
cards rated Again, what comes back later today — and a retry of the Again cards as a drill.

Dismisses with "retry" (drill the Again cards; the schedule is left as the session left it) or None."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from prep.core.flashcards import FlashcardSummary
from prep.core.scheduler import Rating
from prep.tui.text import first_line, literal, literal_text


class FlashcardSummaryScreen(Screen[str | None]):
    CSS_PATH = "summary.tcss"

    BINDINGS = [
        Binding("r", "retry", "Drill the Again cards"),
        Binding("q,escape", "close", "Done"),
        Binding("question_mark,f1", "app.help", "Help", key_display="?"),
    ]

    def __init__(self, summary: FlashcardSummary) -> None:
        super().__init__()
        self.summary = summary

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="summary"):
            yield Static(Content.styled(self.summary.tally, "bold"), id="score")
            yield DataTable(id="topics", cursor_type="none", zebra_stripes=True)
            yield Static(self.again(), id="missed")
        yield Footer()

    def on_mount(self) -> None:
        kind = "cram summary" if self.summary.cram else "flashcard summary"
        self.sub_title = f"{kind} · {self.summary.level} track"
        table = self.query_one("#topics", DataTable)
        table.add_columns("Topic", *(rating.label for rating in Rating))
        for topic, counts in self.summary.topics.items():
            table.add_row(literal_text(topic), *(str(counts.get(rating, 0)) for rating in Rating))
        table.display = bool(self.summary.topics)

    def again(self) -> Content:
        if not self.summary.again:
            return Content("No card rated Again." if self.summary.rated else "No cards rated.")
        parts: list[Content | str | tuple[str, str]] = [("Rated Again", "bold")]
        for card in self.summary.again:
            parts += ["\n• ", literal(first_line(card.question, 72))]
        return Content.assemble(*parts)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return bool(self.summary.again) if action == "retry" else True

    def action_retry(self) -> None:
        self.dismiss("retry")

    def action_close(self) -> None:
        self.dismiss(None)
