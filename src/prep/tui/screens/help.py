"""A modal listing the keys; opened with ? from any screen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

HELP = Content.from_markup(
    """[b]prep — keys[/b]

[b]Quiz[/b]
  1–9            pick a choice (multi: toggle it)
  ↑ ↓  Enter     move and answer; click a choice with the mouse
  Space          toggle a choice on a multi card
  typing, Enter  answer a typed or fill-in card (empty Enter skips)
  s              skip the question
  Enter / Space  next question after the feedback
  q / Escape     end the quiz: every answer so far is already saved

[b]Flashcards[/b]
  Space / Enter  show the answer
  1 2 3 4        rate it: Again, Hard, Good, Easy (each shows when you will see it next)
  u              take back the last rating
  q / Escape     stop; every rating so far is already saved

[b]Home[/b]
  1–4, ← →       choose the level you are preparing for (or click it)
  a f s p        Quiz, Flashcards, Stats, Packs

[b]Everywhere[/b]
  ?  or  F1      this help
  Ctrl+Q, Ctrl+C quit prep (progress is saved as you go)

Press Escape to close."""
)


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"

    BINDINGS = [Binding("escape,q,question_mark,f1,enter", "close", "Close")]

    def compose(self) -> ComposeResult:
        with Vertical(id="help"):
            yield Static(HELP)

    def action_close(self) -> None:
        self.dismiss(None)
