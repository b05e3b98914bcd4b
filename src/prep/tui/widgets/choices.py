"""Answer widgets for choice cards: numbered options, literal text, picked by key or mouse."""

from __future__ import annotations

from typing import Sequence

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, SelectionList
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from prep.tui.text import literal


def numbered(number: int, text: str, mark: tuple[str, str] | None = None) -> Content:
    prefix = (f"{mark[0]} ", mark[1]) if mark else (f"{number}. ", "bold")
    return Content.assemble(prefix, literal(text))


RIGHT_MARK = ("✓", "bold $success")
WRONG_MARK = ("✗", "bold $error")


class ChoiceList(OptionList):
    """One right answer among numbered choices."""

    def __init__(self, choices: Sequence[str], **kwargs: object) -> None:
        self.choices = list(choices)
        options = [Option(numbered(number, choice), id=str(number - 1)) for number, choice in enumerate(choices, 1)]
        super().__init__(*options, markup=False, **kwargs)  # type: ignore[arg-type]

    def mark(self, right: set[str], picked: set[str]) -> None:
        """After answering: tick the right choices and cross a wrong pick."""
        for index, choice in enumerate(self.choices):
            mark = RIGHT_MARK if choice in right else WRONG_MARK if choice in picked else None
            if mark:
                self.replace_option_prompt_at_index(index, numbered(index + 1, choice, mark))


class MultiChoiceList(SelectionList[int]):
    """Several right answers: numbers or Space toggle, Enter submits."""

    BINDINGS = [Binding("enter", "submit", "Answer")]

    class Submitted(Message):
        """The learner pressed Enter to answer with the current selection."""

    def action_submit(self) -> None:
        self.post_message(self.Submitted())

    def __init__(self, choices: Sequence[str], **kwargs: object) -> None:
        selections = [Selection(numbered(number, choice), number - 1) for number, choice in enumerate(choices, 1)]
        super().__init__(*selections, **kwargs)  # type: ignore[arg-type]
