"""The keys of the screen you are on, read from its live bindings (so the help never drifts from
what the keys do), with a note on the mouse and on what every screen shares; scrolls if it must."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

EVERYWHERE = (
    "Everywhere: ? or F1 this help · Ctrl+P commands and themes · Escape goes back · Ctrl+C quits"
    " (progress is saved as you go)."
)


def keys_of(screen: Screen[object]) -> list[tuple[str, str]]:
    """(keys, what they do) for every binding that applies on `screen` now, each action once."""
    rows: dict[str, list[str]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.description or not active.enabled or binding.action.endswith(_NOT_SHOWN):
            continue
        shown = screen.app.get_key_display(binding if binding.key_display else Binding(key, binding.action))
        keys = rows.setdefault(binding.description, [])
        if shown not in keys:
            keys.append(shown)
    return [(" ".join(keys), description) for description, keys in rows.items()]


_NOT_SHOWN = ("help", "focus_next", "focus_previous", "copy_text")
"""Actions every Textual app has, or this help itself, which the keys list leaves out."""


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"

    BINDINGS = [Binding("escape,q,question_mark,f1", "close", "Close")]

    def __init__(self, screen: Screen[object]) -> None:
        super().__init__()
        self.title_of = (screen.sub_title or screen.__class__.__name__).split(" · ")[0]
        self.rows = keys_of(screen)
        self.notes = getattr(screen, "HELP", "")

    def compose(self) -> ComposeResult:
        width = max((len(keys) for keys, _ in self.rows), default=4)
        lines: list[Content | str | tuple[str, str]] = [(f"prep — keys on the {self.title_of} screen", "bold")]
        for keys, description in self.rows:
            lines += ["\n", (f"  {keys:<{width}}  ", "bold $accent"), description]
        if self.notes:
            lines += ["\n\n", self.notes]
        lines += ["\n\n", EVERYWHERE, "\n\n", ("Escape closes this help.", "dim")]
        with VerticalScroll(id="help"):
            yield Static(Content.assemble(*lines))

    def action_close(self) -> None:
        self.dismiss(None)
