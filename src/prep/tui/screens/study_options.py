"""The study options dialog: quiz or flashcards, topics, how many cards, new cards a day, a cram date.

It returns a `StudyOptions` (or None when cancelled); the home screen hands it to the same
`start_session` the command line uses, so the options mean what `prep quiz` and `prep cards` say.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from prep.core.flashcards import DEFAULT_NEW_PER_DAY
from prep.core.model import Deck, Level
from prep.core.quiz import DEFAULT_QUESTIONS
from prep.core.study import Mode, StudyOptions, cram_moment
from prep.core.topics import resolve_topics
from prep.errors import PrepError
from prep.tui.text import literal


class StudyOptionsScreen(ModalScreen[StudyOptions | None]):
    CSS_PATH = "study_options.tcss"

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, level: Level, deck: Deck, now: datetime) -> None:
        super().__init__()
        self.level = level
        self.known_topics = sorted({topic for card in deck.pool(level) for topic in card.topics})
        self.today = now.astimezone().date()

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(f"Study on the {self.level} track", id="dialog-title")
            with RadioSet(id="mode", compact=True):
                yield RadioButton("Quiz", value=True, id="mode-quiz", compact=True)
                yield RadioButton("Flashcards", id="mode-flashcards", compact=True)
            yield from self.field(
                "Topics", "topics", placeholder="all (or e.g. sql, kafka)", suggester=SuggestFromList(self.known_topics)
            )
            yield from self.field(
                "Cards", "count", placeholder=f"quiz {DEFAULT_QUESTIONS} (0: all), flashcards: all", type="integer"
            )
            yield from self.field("New a day", "new", value=str(DEFAULT_NEW_PER_DAY), type="integer")
            yield from self.field("Cram until", "until", placeholder="YYYY-MM-DD: drill for an interview")
            yield Static(id="problem")
            with Horizontal(id="buttons"):
                yield Button("Start", id="start", variant="primary", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    @staticmethod
    def field(label: str, name: str, **options: Any) -> ComposeResult:
        with Horizontal(classes="field"):
            yield Label(label)
            yield Input(id=name, compact=True, **options)

    @on(Button.Pressed, "#start")
    @on(Input.Submitted)
    def start(self) -> None:
        try:
            options = self.options()
        except PrepError as problem:
            self.query_one("#problem", Static).update(literal(str(problem)))
            return
        self.dismiss(options)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

    def options(self) -> StudyOptions:
        """The options as typed, checked; `PrepError` with a message to show when one is wrong."""
        flashcards = self.query_one("#mode-flashcards", RadioButton).value
        topics = resolve_topics(_words(self.query_one("#topics", Input).value), self.known_topics)
        count = _number(self.query_one("#count", Input).value, "How many cards")
        new = _number(self.query_one("#new", Input).value, "New flashcards a day")
        until = self.query_one("#until", Input).value.strip()
        cram = None
        if until:
            cram = cram_moment(until, self.today)
            flashcards = True
        return StudyOptions(
            self.level,
            Mode.FLASHCARDS if flashcards else Mode.QUIZ,
            topics=topics,
            count=count,
            new_per_day=DEFAULT_NEW_PER_DAY if new is None else new,
            cram_until=cram,
        )


def _words(text: str) -> list[str]:
    return [word.strip() for word in text.split(",") if word.strip()]


def _number(text: str, what: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isdigit():
        raise PrepError(f"{what}: {text!r} is not a whole number of 0 or more")
    return int(text)
