"""The card browser: search the cards of a track by their text as you type, filter them by state,
topic and pack, open one, suspend or flag it, hide its topic or pack, and quiz or drill what was found.

The search is `prep.core.browse` (the same as `prep find`); marks go to the store the moment a key is
pressed, and every session started from here leaves suspended and hidden cards out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Select, Static

from prep.core.browse import Finder, Found, Query, State, Track, first_line
from prep.core.model import Card, Level
from prep.core.store.records import FLAGGED, SUSPENDED
from prep.core.study import Mode, StudyOptions
from prep.tui.screens.set_aside import HideDialog, toggle_mark
from prep.tui.text import literal_text

if TYPE_CHECKING:
    from prep.tui.app import PrepApp

SHOWN = 300
"""Rows in the table at most: a search finds every card, but a person reads the first few hundred
(and filling the table is what costs time as you type)."""
ANY = "any"
COLUMNS = (
    (110, (("Pack", "pack", 12), ("Topics", "topics", 14), ("Level", "level", 6), ("State", "state", 11))),
    (80, (("Topics", "topics", 14), ("Level", "level", 6), ("State", "state", 11))),
    (0, (("Level", "level", 6), ("State", "state", 11))),
)
"""(the least screen width, (heading, key, width) of each column after the prompt)."""
MIN_PROMPT = 20
CARD_ACTIONS = {"open", "suspend", "flag", "hide"}
"""What needs a highlighted card (greyed out in the footer while typing a search)."""


class BrowserScreen(Screen[None]):
    CSS_PATH = "browser.tcss"
    HELP = (
        "Type to search prompts, answers and explanations (every word, any order). Tab moves to the"
        " track, state, topic and pack filters and the list; ↓ or Enter goes from the search to the list."
        " Enter opens a card. x, f and h undo themselves when pressed again; each change is saved at once"
        " and applies to the chosen track only. a and c study the cards found."
    )

    app: PrepApp

    BINDINGS = [
        Binding("enter", "open", "Open card", show=False),
        Binding("x", "suspend", "Suspend", tooltip="Suspend the card on this track, or unsuspend it"),
        Binding("f,exclamation_mark", "flag", "Flag", key_display="f", tooltip="Flag the card, or unflag it"),
        Binding("h", "hide", "Hide…", tooltip="Hide the card's topic or pack on this track, or show it again"),
        Binding("a", "study('quiz')", "Quiz", tooltip="A quiz on the cards found"),
        Binding("c", "study('flashcards')", "Cards", tooltip="Flashcards of the cards found"),
        Binding("slash", "search", "Search", key_display="/", show=False),
        Binding("question_mark,f1", "app.help", "Help", key_display="?/F1"),
        Binding("escape,q", "close", "Back", key_display="Esc"),
    ]

    def __init__(self, level: Level, pack: str | None = None) -> None:
        super().__init__()
        self.level = level
        self.pack = pack
        """The pack to show at first (all packs when None)."""
        self.finder: Finder | None = None
        self.track: Track | None = None
        self.found = Found([])
        self.rows: list[Card] = []
        self.layout_width = 0
        """The screen width the columns were laid out for."""

    def compose(self) -> ComposeResult:
        deck = self.app.deck
        topics = sorted({topic for card in deck.cards for topic in card.topics})
        packs = sorted({card.pack for card in deck.cards})
        yield Header()
        with Vertical(id="browser"):
            yield Input(placeholder="Search the cards (/)", id="search", compact=True)
            with Horizontal(id="filters"):
                yield choice("level", [(f"{level} track", level) for level in Level], self.level)
                yield choice("state", [("any state", ANY), *[(state.value, state) for state in State]])
                yield choice("topic", [("all topics", ANY), *[(literal_text(topic), topic) for topic in topics]])
                shown = self.pack if self.pack in packs else ANY
                yield choice("pack", [("all packs", ANY), *[(literal_text(pack), pack) for pack in packs]], shown)
            yield Static(id="count")
            yield DataTable(id="results", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.finder = Finder(self.app.deck.cards)
        self.read_track()
        self.lay_out(self.size.width)
        self.query_one("#search", Input).focus()

    def on_screen_resume(self) -> None:
        """Back from a card or a session: marks and schedules may have changed."""
        if self.finder is not None:
            self.read_track()
            self.search(keep_cursor=True)

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self.layout_width:
            self.lay_out(event.size.width)

    def lay_out(self, width: int) -> None:
        """Columns for a screen `width` wide: the prompt takes what the others leave."""
        self.layout_width = width
        table = self.query_one("#results", DataTable)
        table.clear(columns=True)
        table.add_column("Prompt", key="prompt", width=self.prompt_width)
        for heading, key, column_width in self.columns:
            table.add_column(heading, key=key, width=column_width)
        self.search()

    @property
    def columns(self) -> tuple[tuple[str, str, int], ...]:
        return next(columns for least, columns in COLUMNS if self.layout_width >= least)

    @property
    def prompt_width(self) -> int:
        """What the other columns leave (each has a cell of padding either side), less the scroll bar."""
        return max(MIN_PROMPT, self.layout_width - sum(width + 2 for _, _, width in self.columns) - 6)

    # ------------------------------------------------------------- searching

    def read_track(self) -> None:
        self.track = Track(self.app.store, self.level, self.app.clock())
        self.sub_title = f"browse · {self.level} track"

    def query_from_controls(self) -> Query:
        def chosen(widget_id: str) -> tuple[Any, ...]:
            value = self.query_one(f"#{widget_id}", Select).value
            return () if value == ANY else (value,)

        return Query(self.query_one("#search", Input).value, chosen("topic"), chosen("pack"), chosen("state"))

    def search(self, *, keep_cursor: bool = False) -> None:
        assert self.finder is not None and self.track is not None
        self.found = self.finder.search(self.query_from_controls(), self.track)
        self.fill(keep_cursor=keep_cursor)

    def fill(self, *, keep_cursor: bool = False) -> None:
        table = self.query_one("#results", DataTable)
        row = table.cursor_row if keep_cursor else 0
        table.clear()
        self.rows = self.found.cards[:SHOWN]
        table.add_rows([self.cells(card) for card in self.rows])
        if self.rows:
            table.move_cursor(row=min(row, len(self.rows) - 1), animate=False)
        self.query_one("#count", Static).update(self.describe())
        self.refresh_bindings()

    def cells(self, card: Card) -> list[Any]:
        assert self.track is not None
        cells: dict[str, Any] = {
            "prompt": literal_text(first_line(card, self.prompt_width)),
            "pack": literal_text(card.pack),
            "topics": literal_text(", ".join(card.topics)),
            "level": card.level.label,
            "state": self.track.status(card).label(self.track.now.timestamp()),
        }
        return [cells[column.key.value or ""] for column in self.query_one("#results", DataTable).ordered_columns]

    def describe(self) -> Content:
        count, level = len(self.found.cards), self.level
        parts = [f"{count:,} card{'s' if count != 1 else ''}" + (f" (first {SHOWN} shown)" if count > SHOWN else "")]
        if self.found.higher:
            parts.append(f"{self.found.higher:,} more above {level}")
        if count:
            parts.append("Enter opens one")
        return Content(" · ".join(parts))

    @on(Input.Changed, "#search")
    @on(Select.Changed)
    def filters_changed(self, event: Input.Changed | Select.Changed) -> None:
        if isinstance(event, Select.Changed) and event.select.id == "level":
            assert isinstance(event.value, Level)
            self.level = event.value
            self.read_track()
        if self.finder is not None:
            self.search()

    @on(Input.Submitted, "#search")
    def to_results(self) -> None:
        self.query_one("#results", DataTable).focus()

    def on_key(self, event: events.Key) -> None:
        if event.key == "down" and isinstance(self.focused, Input):  # from the search box into the results
            self.query_one("#results", DataTable).focus()
            event.stop()

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in CARD_ACTIONS and (isinstance(self.focused, Select) or not self.rows):
            return None  # shown greyed out: no card (the search box takes the letters itself)
        return True

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    # ------------------------------------------------------------- a card

    @property
    def current(self) -> Card | None:
        row = self.query_one("#results", DataTable).cursor_row
        return self.rows[row] if 0 <= row < len(self.rows) else None

    @on(DataTable.RowSelected, "#results")
    def row_selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        if (card := self.current) is not None:
            from prep.tui.screens.card_detail import CardDetailScreen

            self.app.push_screen(CardDetailScreen(card, self.level))

    def action_suspend(self) -> None:
        self.toggle(SUSPENDED)

    def action_flag(self) -> None:
        self.toggle(FLAGGED)

    def toggle(self, mark: str) -> None:
        """Suspend or flag the highlighted card, or take that off; the row shows its new state."""
        if (card := self.current) is None:
            return
        toggle_mark(self.app, card, self.level, mark)
        self.read_track()
        assert self.track is not None
        table = self.query_one("#results", DataTable)
        row_key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        table.update_cell(row_key, "state", self.track.status(card).label(self.track.now.timestamp()))

    def action_hide(self) -> None:
        if (card := self.current) is None:
            return

        def chosen(changed: bool | None) -> None:
            if changed:
                self.read_track()
                self.search(keep_cursor=True)

        self.app.push_screen(HideDialog(card, self.level), chosen)

    def action_study(self, mode: str) -> None:
        """A quiz or flashcards on the cards found (suspended and hidden ones left out, as always)."""
        if not self.found.cards:
            self.notify("No cards to study: change the search first.", severity="warning")
            return
        keys = tuple(card.key for card in self.found.cards)
        self.app.study(StudyOptions(self.level, Mode(mode), cards=keys))

    def action_close(self) -> None:
        self.dismiss(None)


def choice(widget_id: str, options: list[tuple[Any, Any]], value: Any = ANY) -> Select[Any]:
    return Select(options, value=value, allow_blank=False, id=widget_id, compact=True)
