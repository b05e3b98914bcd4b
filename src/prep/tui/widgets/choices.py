"""The answer widget for choice cards: numbered options, literal text, picked by key or mouse."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from prep.tui.text import inline


def numbered(number: int, text: str, mark: tuple[str, str] | None = None) -> Content:
    prefix = (f"{mark[0]} ", mark[1]) if mark else (f"{number}. ", "bold")
    return Content.assemble(prefix, inline(text))


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


class ChoicesSubmitted(Message):
    """A multi-choice list's selection is the learner's answer (Enter was pressed)."""
