"""The answer widget for multi cards: toggle several numbered options, then submit."""

from __future__ import annotations

from collections.abc import Sequence

from textual.binding import Binding
from textual.widgets import SelectionList
from textual.widgets.selection_list import Selection

from prep.tui.widgets.choices import ChoicesSubmitted, numbered


class MultiChoiceList(SelectionList[int]):
    """Several right answers: numbers or Space toggle, Enter submits."""

    BINDINGS = [Binding("enter", "submit", "Answer")]

    def action_submit(self) -> None:
        self.post_message(ChoicesSubmitted())

    def __init__(self, choices: Sequence[str], **kwargs: object) -> None:
        selections = [Selection(numbered(number, choice), number - 1) for number, choice in enumerate(choices, 1)]
        super().__init__(*selections, **kwargs)  # type: ignore[arg-type]
