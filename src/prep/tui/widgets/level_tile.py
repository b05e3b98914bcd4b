"""A clickable tile for one level track: its readiness and how many cards are due."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from prep.core.model import Level
from prep.core.stats import LevelFigures


class LevelTile(Static, can_focus=True):
    BINDINGS = [Binding("enter,space", "choose", "Choose", show=False)]

    class Chosen(Message):
        def __init__(self, level: Level) -> None:
            super().__init__()
            self.level = level

    def __init__(self, level: Level, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.level = level

    def show(self, figure: LevelFigures, *, active: bool) -> None:
        self.set_class(active, "-active")
        self.update(
            Content.assemble(
                (self.level.label.capitalize(), "bold"),
                f"\n{figure.readiness:.0%} ready\n{figure.due_today} due",
            )
        )

    def on_click(self) -> None:
        self.action_choose()

    def action_choose(self) -> None:
        self.post_message(self.Chosen(self.level))
