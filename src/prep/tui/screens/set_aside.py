"""Setting cards aside on a track, from the card browser and the card screen: suspend or flag one card
(a key press, undone by the same key), or hide one of its topics or its pack (a small dialog).

Each change is written to the store at once; sessions, readiness and stats on that track then leave
suspended and hidden cards out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from prep.core.browse import card_name
from prep.core.model import Card, Level
from prep.core.store.records import FLAGGED, PACK, SUSPENDED, TOPIC
from prep.core.text import visible
from prep.tui.text import literal

if TYPE_CHECKING:
    from prep.tui.app import PrepApp

EFFECTS = {
    (SUSPENDED, True): ": sessions and readiness leave it out",
    (SUSPENDED, False): ": it is asked again",
    (FLAGGED, True): ": the flagged state filter finds it",
    (FLAGGED, False): "",
}


def toggle_mark(app: PrepApp, card: Card, level: Level, mark: str) -> bool:
    """Suspend or flag `card` on `level`'s track, or take the mark off if it is on, and say so in a
    toast; whether the mark is on now."""
    marks = app.store.marks(level)
    now_on = card.key not in (marks.suspended if mark == SUSPENDED else marks.flagged)
    app.store.mark(level, [card.key], mark, now_on, app.clock())
    verb = mark if now_on else f"no longer {mark}"
    app.notify(visible(f"{card_name(card)} {verb} on the {level} track{EFFECTS[(mark, now_on)]}."), markup=False,
               timeout=4)  # fmt: skip
    return now_on


class HideDialog(ModalScreen[bool]):
    """Hide one of the card's topics, or its pack, on the track (or show a hidden one again); dismisses
    with whether anything changed."""

    CSS_PATH = "set_aside.tcss"
    BINDINGS = [Binding("escape,q", "cancel", "Cancel")]

    app: PrepApp

    def __init__(self, card: Card, level: Level) -> None:
        super().__init__()
        self.card = card
        self.level = level
        self.choices: list[tuple[str, str, bool]] = []
        """(kind, name, hidden now) of each option, in order."""

    def compose(self) -> ComposeResult:
        marks = self.app.store.marks(self.level)
        self.choices = [(TOPIC, topic, topic in marks.hidden_topics) for topic in self.card.topics]
        self.choices.append((PACK, self.card.pack, self.card.pack in marks.hidden_packs))
        with Vertical(id="hide"):
            yield Static(f"Hide on the {self.level} track: every card in it", id="hide-title")
            yield OptionList(*[self.option(*choice) for choice in self.choices], id="hide-options")
            yield Static("Hidden cards are not asked and do not count in readiness. Esc cancels.", id="hide-note")

    def option(self, kind: str, name: str, hidden: bool) -> Option:
        cards = self.app.deck.cards
        count = sum(1 for card in cards if (name in card.topics if kind == TOPIC else card.pack == name))
        verb = "Show again" if hidden else "Hide"
        label = Content.assemble(f"{verb} {kind} ", literal(name), f"  ({count} card{'s' * (count != 1)})")
        return Option(label)

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        kind, name, hidden = self.choices[event.option_index]
        self.app.store.hide([self.level], kind, name, not hidden, self.app.clock())
        verb = "shown again" if hidden else "hidden"
        self.notify(visible(f"{kind.capitalize()} {name} {verb} on the {self.level} track."), markup=False)
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
