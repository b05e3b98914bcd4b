"""The answer widget for multi cards: toggle several numbered options, then submit."""

from __future__ import annotations

from collections.abc import Sequence

from textual.binding import Binding
from textual.content import Content
from textual.widgets import SelectionList
from textual.widgets.selection_list import Selection

from prep.tui.widgets.choices import RIGHT_MARK, WRONG_MARK, ChoicesSubmitted, numbered


class MultiChoiceList(SelectionList[int]):
    """Several right answers: numbers or Space toggle, Enter submits. Options wrap in full."""

    DEFAULT_CSS = """
    MultiChoiceList { text-wrap: wrap; text-overflow: fold; }
    """
    BINDINGS = [Binding("enter", "submit", "Answer")]

    def action_submit(self) -> None:
        self.post_message(ChoicesSubmitted())

    def __init__(self, choices: Sequence[str], **kwargs: object) -> None:
        self.choices = list(choices)
        selections = [Selection(numbered(number, choice), number - 1) for number, choice in enumerate(choices, 1)]
        super().__init__(*selections, **kwargs)  # type: ignore[arg-type]

    def mark(self, right: set[str], picked: set[str]) -> None:
        """After answering, in words as well as colour: ✓ a right pick, ✗ a wrong pick or a missed one."""
        for index, choice in enumerate(self.choices):
            if choice in right:
                mark, note = (RIGHT_MARK, "") if choice in picked else (WRONG_MARK, " (missed)")
            elif choice in picked:
                mark, note = WRONG_MARK, " (not right)"
            else:
                continue
            self.replace_option_prompt_at_index(index, Content.assemble(numbered(index + 1, choice, mark), note))
