"""A quiz: which card comes next, checking answers, the score and the summary.

The TUI, `--plain` mode and the tests all drive this same object; it knows nothing of screens.
Every answer is written to the store the moment it is submitted.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from prep.core.clock import Clock, utc_now
from prep.core.grading import Response, grade
from prep.core.model import Card, Deck, Level, arrange, shuffled
from prep.core.store import Answer, Store

DEFAULT_QUESTIONS = 20


def choose_quiz_cards(
    deck: Deck, level: Level, *, count: int = DEFAULT_QUESTIONS, topics: Sequence[str] = (), seed: int | None = None
) -> list[Card]:
    """Up to `count` (0: all) auto-graded cards for a `level` quiz, from its pool, its own level first."""
    ordered = arrange(deck.pool(level, topics, graded_only=True), level, random.Random(seed))
    return ordered[:count] if count > 0 else ordered


@dataclass(frozen=True, slots=True)
class Outcome:
    card: Card
    correct: bool | None
    """None when the card was skipped."""
    given: str
    seconds: float
    hinted: bool = False
    """The learner asked for the card's hint before answering."""
    timed_out: bool = False
    """The answer came after the time limit (or none came): counted wrong."""


@dataclass(frozen=True, slots=True)
class TopicScore:
    right: int = 0
    asked: int = 0


@dataclass(frozen=True, slots=True)
class Summary:
    level: Level
    right: int
    answered: int
    skipped: int
    planned: int
    seconds: float
    topics: dict[str, TopicScore]
    missed: list[Outcome]

    @property
    def percent(self) -> int:
        return round(100 * self.right / self.answered) if self.answered else 0


@dataclass
class QuizSession:
    cards: list[Card]
    level: Level
    store: Store | None = None
    clock: Clock = utc_now
    timer: Callable[[], float] = time.monotonic
    outcomes: list[Outcome] = field(default_factory=list)
    index: int = 0
    finished: bool = False
    seed: int | None = None
    """Makes the order of each card's choices reproducible (they are shuffled for every quiz)."""
    practice: bool = False
    """A retry of missed cards: each answer is logged as a drill and leaves the schedule (and the
    accuracy figures) as the first answer left them."""
    time_limit: float | None = None
    """Seconds to answer each question; a later answer (or none) counts as wrong."""

    def __post_init__(self) -> None:
        rng = random.Random(self.seed)
        self.cards = [shuffled(card, rng) for card in self.cards]
        self._started = self.timer()
        self._shown = self._started
        self._hinted = False

    @property
    def current(self) -> Card | None:
        if self.finished or self.index >= len(self.cards):
            return None
        return self.cards[self.index]

    @property
    def total(self) -> int:
        return len(self.cards)

    @property
    def position(self) -> int:
        """1-based number of the current card."""
        return min(self.index + 1, self.total)

    @property
    def right(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.correct)

    @property
    def answered(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.correct is not None)

    @property
    def time_left(self) -> float | None:
        """Seconds left to answer the current question, under a time limit."""
        if self.time_limit is None:
            return None
        return max(0.0, self.time_limit - (self.timer() - self._shown))

    def hint(self) -> str:
        """The current card's hint ("" when it has none); asking for it is noted with the answer."""
        card = self._require_current()
        if card.hint:
            self._hinted = True
        return card.hint

    def time_out(self) -> Outcome:
        """The time limit passed without an answer: a wrong answer, stored like any other."""
        return self.submit("")

    def submit(self, response: Response) -> Outcome:
        """Grade `response` to the current card and store it; call `advance()` to move on. Under a
        time limit, an answer that comes too late is wrong whatever it says."""
        card = self._require_current()
        seconds = self.timer() - self._shown
        late = self.time_limit is not None and seconds > self.time_limit
        graded = grade(card, response) if response != "" else None
        correct = bool(graded and graded.correct) and not late
        given = graded.given if graded else ""
        outcome = Outcome(card, correct, given, seconds, hinted=self._hinted, timed_out=late)
        if self.store is not None and self.practice:
            from prep.core.scheduler import rating_for_answer

            self.store.record_rating(self.level, card.key, rating_for_answer(correct), self.clock(), cram=True)
        elif self.store is not None:
            self.store.record_answer(
                Answer(self.level, card.pack, card.id, correct, given, outcome.seconds, self.clock(), self._hinted)
            )
        self.outcomes.append(outcome)
        return outcome

    def skip(self) -> Outcome:
        card = self._require_current()
        outcome = Outcome(card, None, "", self.timer() - self._shown, hinted=self._hinted)
        self.outcomes.append(outcome)
        return outcome

    def advance(self) -> Card | None:
        """Move past the answered card; returns the next one, or None at the end."""
        if len(self.outcomes) > self.index:
            self.index += 1
        self._shown = self.timer()
        self._hinted = False
        return self.current

    def finish(self) -> Summary:
        """End the quiz (early or not) and sum it up."""
        self.finished = True
        topics: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for outcome in self.outcomes:
            if outcome.correct is None:
                continue
            for topic in outcome.card.topics or ("general",):
                topics[topic][0] += int(outcome.correct)
                topics[topic][1] += 1
        return Summary(
            level=self.level,
            right=self.right,
            answered=self.answered,
            skipped=len(self.outcomes) - self.answered,
            planned=self.total,
            seconds=self.timer() - self._started,
            topics={topic: TopicScore(*counts) for topic, counts in sorted(topics.items())},
            missed=[outcome for outcome in self.outcomes if outcome.correct is False],
        )

    def retry(self, *, practice: bool = True) -> QuizSession:
        """A new quiz on the cards this one missed; by default a practice round (see `practice`)."""
        missed = [outcome.card for outcome in self.outcomes if outcome.correct is False]
        return QuizSession(
            missed, self.level, self.store, self.clock, self.timer, practice=practice, time_limit=self.time_limit
        )

    def _require_current(self) -> Card:
        card = self.current
        if card is None:
            raise RuntimeError("the quiz has no current card")
        if len(self.outcomes) > self.index:
            raise RuntimeError("the current card is already answered; call advance()")
        return card
