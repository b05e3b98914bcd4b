"""The answer widget for reorder cards: the items shown shuffled, moved into order by key or mouse.

↑/↓ choose an item; Shift+↑/↓ (or Ctrl+↑/↓, or `[` and `]`) move it up or down; Enter submits
the order. With the mouse: click an item to pick it up, then click where it goes.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from prep.tui.text import inline
from prep.tui.widgets.choices import RIGHT_MARK, WRONG_MARK


class ReorderSubmitted(Message):
    """The learner's order is their answer (Enter was pressed)."""


class ReorderList(OptionList):
    BINDINGS = [
        Binding("shift+up,ctrl+up,left_square_bracket", "move(-1)", "Move up", key_display="⇧↑"),
        Binding("shift+down,ctrl+down,right_square_bracket", "move(1)", "Move down", key_display="⇧↓"),
        Binding("enter", "submit", "Answer", show=False),
    ]

    def __init__(self, items: Sequence[str], **kwargs: object) -> None:
        self.items = list(items)
        self.order = list(range(len(self.items)))
        """Indexes into `items`, in the order the learner has put them."""
        self.carried: int | None = None
        """The row picked up with the mouse, waiting for a click where it goes."""
        super().__init__(*self._rows(), markup=False, **kwargs)  # type: ignore[arg-type]

    def _rows(self, marks: Sequence[tuple[str, str] | None] = ()) -> list[Option]:
        options = []
        for row, index in enumerate(self.order):
            mark = marks[row] if marks else None
            prefix = (f"{mark[0]} ", mark[1]) if mark else (f"{row + 1}. ", "bold")
            carried = ("  ← moving", "italic") if row == self.carried else ""
            options.append(Option(Content.assemble(prefix, inline(self.items[index]), carried)))
        return options

    def _redraw(self, highlighted: int | None, marks: Sequence[tuple[str, str] | None] = ()) -> None:
        self.set_options(self._rows(marks))
        self.highlighted = highlighted

    def action_move(self, step: int) -> None:
        row = self.highlighted
        if row is None or self.disabled or not 0 <= row + step < len(self.order):
            return
        self.order[row], self.order[row + step] = self.order[row + step], self.order[row]
        self._redraw(row + step)

    def action_submit(self) -> None:
        self.post_message(ReorderSubmitted())

    async def _on_click(self, event: events.Click) -> None:
        row = event.style.meta.get("option")
        if row is None or self.disabled:
            return
        if self.carried is None:
            self.carried = row
        else:
            self.order.insert(row, self.order.pop(self.carried))
            self.carried = None
        self._redraw(row)

    def mark(self, answer: Sequence[str]) -> None:
        """After answering: ✓ each item in its right place, ✗ the others, then the right order below."""
        marks = [RIGHT_MARK if self.items[index] == answer[row] else WRONG_MARK for row, index in enumerate(self.order)]
        self._redraw(None, marks)
