"""One card, opened from the card browser: its whole text and answer, where it stands on the track
(state, marks, when it is due, recall) and every time it was studied there — what `prep show` prints,
from the same `prep.core.browse` record. Keys suspend, flag or hide it on the spot."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from prep.core.browse import CardRecord, answer_lines, card_name, card_record, history_rows, track_summary
from prep.core.model import Card, Level
from prep.core.store.records import FLAGGED, SUSPENDED
from prep.tui.card_text import CardText
from prep.tui.screens.set_aside import HideDialog, toggle_mark
from prep.tui.text import inline, literal, literal_text

if TYPE_CHECKING:
    from prep.tui.app import PrepApp


class CardDetailScreen(Screen[None]):
    CSS_PATH = "card_detail.tcss"
    HELP = "↑ ↓ Page Up/Down scroll the card. Each change is saved at once and only on this track."

    app: PrepApp

    BINDINGS = [
        Binding("x", "suspend", "Suspend", tooltip="Suspend the card on this track, or unsuspend it"),
        Binding("f,exclamation_mark", "flag", "Flag", key_display="f", tooltip="Flag the card, or unflag it"),
        Binding("h", "hide", "Hide…", tooltip="Hide the card's topic or pack on this track, or show it again"),
        Binding("question_mark,f1", "app.help", "Help", key_display="?"),
        Binding("escape,q", "close", "Back", key_display="Esc"),
    ]

    def __init__(self, card: Card, level: Level) -> None:
        super().__init__()
        self.card = card
        self.level = level

    def compose(self) -> ComposeResult:
        card = self.card
        yield Header()
        with VerticalScroll(id="card"):
            yield Static(self.meta(), id="card-meta")
            yield CardText(card.question, id="card-question")
            yield Static(Content("\n").join(inline(line) for line in answer_lines(card)), id="card-answer")
            if card.explain:
                yield CardText(card.explain, id="card-explain")
            yield Static(id="card-track")
            yield Static("History on this track", id="history-title", classes="caption")
            yield DataTable(id="history", cursor_type="none", zebra_stripes=True, show_cursor=False)
        yield Footer()

    def meta(self) -> Content:
        card = self.card
        pack = self.app.library.find(card.pack)
        where = f"{pack.path}:{card.line}" if pack is not None and pack.path else card.pack
        levels = ", ".join(level.label for level in card.levels)
        built = f" (built from {card.source.describe()})" if card.source else ""
        return literal(f"{card_name(card)} · {card.type.value} · {levels} · {', '.join(card.topics) or 'no topics'}"
                       f"\nfrom {where}{built}")  # fmt: skip

    def on_mount(self) -> None:
        self.sub_title = f"card · {self.level} track"
        self.query_one("#history", DataTable).add_columns("When", "Mode", "Rating", "Answer given")
        self.show_record()
        self.query_one("#card").focus()

    def show_record(self) -> None:
        """Where the card stands now, read again from the store (after a mark changed, too)."""
        app = self.app
        now = app.clock()
        record: CardRecord = card_record(self.card, app.store, self.level, now)
        self.query_one("#card-track", Static).update(literal("\n".join(track_summary(record, now))))
        table = self.query_one("#history", DataTable)
        table.clear()
        table.add_rows([tuple(literal_text(cell) for cell in row) for row in history_rows(record)])
        table.display = self.query_one("#history-title").display = bool(record.history)

    def action_suspend(self) -> None:
        toggle_mark(self.app, self.card, self.level, SUSPENDED)
        self.show_record()

    def action_flag(self) -> None:
        toggle_mark(self.app, self.card, self.level, FLAGGED)
        self.show_record()

    def action_hide(self) -> None:
        def chosen(changed: bool | None) -> None:
            if changed:
                self.show_record()

        self.app.push_screen(HideDialog(self.card, self.level), chosen)

    def action_close(self) -> None:
        self.dismiss(None)
