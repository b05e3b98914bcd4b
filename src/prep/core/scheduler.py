"""Spaced repetition over the `fsrs` package: prep's memory state in, fsrs's scheduling out.

prep keeps a `Memory` per (level, card) in the store; this module converts it to and from
`fsrs.Card` (always with a stable integer id, so fsrs never has to invent one) and asks fsrs for
the next state, the intervals each rating would give, and the probability of recall.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING

from prep.core.clock import EARLIEST, LATEST

if TYPE_CHECKING:
    import fsrs

PARAMETERS = (
    0.212,
    1.2931,
    2.3065,
    8.2956,
    6.4133,
    0.8334,
    3.0194,
    0.001,
    1.8722,
    0.1666,
    0.796,
    1.4835,
    0.0614,
    0.2629,
    1.6483,
    0.6014,
    1.8729,
    0.5425,
    0.0912,
    0.0658,
    0.1542,
)
"""FSRS-6's published default weights. prep passes them to fsrs itself, so that a new fsrs release
with other defaults cannot change schedules, or make them disagree with the recall figures below."""
DEFAULT_DECAY = PARAMETERS[20]
"""The forgetting curve's decay (w20). Kept here so that reading progress (stats, readiness) need not import fsrs."""
_FACTOR = 0.9 ** (1 / -DEFAULT_DECAY) - 1
LEARNING_STEPS = (timedelta(minutes=1), timedelta(minutes=10))
"""A new card is shown again after 1 minute, then 10, before its first interval in days."""
RELEARNING_STEPS = (timedelta(minutes=10),)
"""A forgotten card comes back after 10 minutes."""
MAXIMUM_INTERVAL_DAYS = 36500


LEARNING, REVIEW, RELEARNING = 1, 2, 3
"""fsrs.State values, as the store keeps them."""
STEPS = {LEARNING: len(LEARNING_STEPS), RELEARNING: len(RELEARNING_STEPS)}
"""Learning and relearning cards are on a step below these; cards in review have none."""
MAX_STABILITY_DAYS = 1e6


def recall_probability(memory: Memory | None, at: datetime) -> float:
    """How likely the card is to be recalled at `at`; see `recall_at`."""
    if memory is None or memory.last_review is None:
        return 0.0
    return recall_at(memory.stability, memory.last_review.timestamp(), at.timestamp(), memory.state, memory.step)


def recall_at(
    stability: float | None, last_review: float | None, at: float, state: int = REVIEW, step: int | None = None
) -> float:
    """Probability of recalling a card at `at` (POSIX seconds): prep's definition of "remembered".

    - Never reviewed: 0.
    - In (re)learning on its first step, that is failed (or barely recalled) and not recalled since:
      0. FSRS's curve would still give such a card a high chance (it barely decays within a day),
      but a card you just got wrong is not one you know.
    - Otherwise FSRS's forgetting curve, over the real time since the last review (fractions of a
      day count: fsrs itself rounds down to whole days, which makes every card look fresh all day).

    `InvalidMemory` when the stored values cannot describe a card (stability 0, NaN, ...).
    """
    if stability is None or last_review is None:
        return 0.0
    if not (isinstance(stability, float | int) and 0 < stability < math.inf) or not math.isfinite(last_review):
        raise InvalidMemory(f"stability {stability!r}, last review {last_review!r}")
    if state != REVIEW and not step:
        return 0.0
    elapsed_days = max(0.0, (at - last_review) / 86400)
    return float((1 + _FACTOR * elapsed_days / stability) ** -DEFAULT_DECAY)


class InvalidMemory(ValueError):
    """A stored memory whose values no review could have produced (an old bad import, a hand edit)."""


def memory_problem(
    state: object, step: object, stability: object, difficulty: object, due: object, last_review: object
) -> str | None:
    """What is impossible about these stored values, or None when a review could have produced them."""
    if state not in (LEARNING, REVIEW, RELEARNING):
        return f"state {state!r} is not learning (1), review (2) or relearning (3)"
    allowed = range(STEPS[state]) if state in STEPS else None
    if (step is None) != (allowed is None) or (allowed is not None and step not in allowed):
        return f"step {step!r} does not fit state {state}"
    if not _number(stability, 1e-6, MAX_STABILITY_DAYS):
        return f"stability {stability!r} is not a positive number of days"
    if not _number(difficulty, 1, 10):
        return f"difficulty {difficulty!r} is not between 1 and 10"
    if not _number(due, EARLIEST, LATEST):
        return f"due {due!r} is not a moment between 2000 and 2100"
    if last_review is not None and not _number(last_review, EARLIEST, LATEST):
        return f"last review {last_review!r} is not a moment between 2000 and 2100"
    return None


def _number(value: object, low: float, high: float) -> bool:
    return isinstance(value, float | int) and not isinstance(value, bool) and low <= value <= high


class Rating(IntEnum):
    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        return self.name.capitalize()


def rating_for_answer(correct: bool) -> Rating:
    """How a quiz answer feeds the schedule: a right answer counts as Good, a wrong one as Again."""
    return Rating.GOOD if correct else Rating.AGAIN


@dataclass(frozen=True, slots=True)
class Memory:
    """What the scheduler knows about one card on one level's track."""

    state: int
    """fsrs.State: 1 learning, 2 review, 3 relearning."""
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None


@dataclass(frozen=True, slots=True)
class Preview:
    """The memory each rating would give a card, as shown on the rating buttons.

    Applying a rating applies exactly the previewed result, moved to the moment of rating: the
    interval the button showed is the interval scheduled (fsrs fuzzes intervals at random, so a
    second computation would give another one).
    """

    before: Memory | None
    at: datetime
    after: dict[Rating, Memory]

    def intervals(self) -> dict[Rating, timedelta]:
        return {rating: memory.due - self.at for rating, memory in self.after.items()}

    def applied(self, rating: Rating, at: datetime) -> Memory:
        """The previewed memory for `rating`, as if reviewed at `at` (the same interval from then)."""
        memory = self.after[rating]
        shift = at - self.at
        last = memory.last_review + shift if memory.last_review else None
        return replace(memory, due=memory.due + shift, last_review=last)


class Scheduler:
    def __init__(self, *, desired_retention: float = 0.9, fuzz: bool = True) -> None:
        import fsrs

        self._fsrs = fsrs.Scheduler(
            parameters=PARAMETERS,
            desired_retention=desired_retention,
            learning_steps=LEARNING_STEPS,
            relearning_steps=RELEARNING_STEPS,
            maximum_interval=MAXIMUM_INTERVAL_DAYS,
            enable_fuzzing=fuzz,
        )

    def review(self, card_id: int, memory: Memory | None, rating: Rating, now: datetime) -> Memory:
        """The card's memory after a review with `rating` at `now` (a new card when `memory` is None)."""
        import fsrs

        reviewed, _log = self._fsrs.review_card(
            self._to_fsrs(card_id, memory, now), fsrs.Rating(int(rating)), review_datetime=_utc(now)
        )
        return Memory(
            int(reviewed.state),
            reviewed.step,
            reviewed.stability,
            reviewed.difficulty,
            reviewed.due,
            reviewed.last_review,
        )

    def preview(self, card_id: int, memory: Memory | None, now: datetime) -> Preview:
        """What each rating would do to the card now, each computed once (fuzz included)."""
        return Preview(memory, now, {rating: self.review(card_id, memory, rating, now) for rating in Rating})

    def intervals(self, card_id: int, memory: Memory | None, now: datetime) -> dict[Rating, timedelta]:
        """How long until the card is due again, for each rating it could get now."""
        return self.preview(card_id, memory, now).intervals()

    def _to_fsrs(self, card_id: int, memory: Memory | None, now: datetime) -> fsrs.Card:
        import fsrs

        if memory is None:
            return fsrs.Card(card_id=card_id, due=_utc(now))
        return fsrs.Card(
            card_id=card_id,
            state=fsrs.State(memory.state),
            step=memory.step,
            stability=memory.stability,
            difficulty=memory.difficulty,
            due=_utc(memory.due),
            last_review=_utc(memory.last_review) if memory.last_review else None,
        )


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def describe_interval(interval: timedelta) -> str:
    """'1m', '10m', '3h', '4d', '2mo', '1.5y': how people read review intervals."""
    seconds = max(0, interval.total_seconds())
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{round(days / 30)}mo"
    return f"{days / 365:.1f}y"
