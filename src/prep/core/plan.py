"""A plan to the interview date: how many new cards and reviews today, so that every card of the
target is seen before the day and the last days are left for review.

The plan is drawn afresh from the store every time it is asked for, so it adapts by itself: study
more today and tomorrow asks for fewer new cards; skip a day and the days left share what it would
have brought. It asks for the same number of new cards on each day left before the review days
(spread evenly, rounded up), counting the ones already met today.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

REVIEW_DAYS = 2
"""The last days before the interview bring no new cards: they are for review and cram."""
WITHOUT_DATE = 20
"""New cards a day for a target with no interview date (the flashcards' usual allowance)."""


class Stage(StrEnum):
    NO_DATE = "no date"
    LEARNING = "learning"
    """New cards every day until the review days."""
    CATCHING_UP = "catching up"
    """In the review days with cards never seen: they all come today."""
    REVIEWING = "reviewing"
    """In the review days, every card seen."""
    INTERVIEW_DAY = "interview day"
    PAST = "past"


@dataclass(frozen=True, slots=True)
class Plan:
    stage: Stage
    days_left: int | None
    new_today: int
    """New cards still to study today."""
    reviews_today: int
    """Cards due by the end of today."""
    unseen: int
    """Target cards never studied."""
    new_per_day: int
    """Today's pace: new cards a day from now to the review days (0 once they start)."""

    @property
    def today(self) -> str:
        """ "today: 12 reviews, 15 new", or what the day is for when there is nothing to do."""
        if self.stage is Stage.PAST:
            return "the interview has passed"
        if self.stage is Stage.INTERVIEW_DAY:
            return "interview day: a light review at most"
        if not (self.new_today or self.reviews_today):
            return "today: done" if self.unseen or self.stage is Stage.LEARNING else "today: nothing due"
        return f"today: {self.reviews_today} review{'s' if self.reviews_today != 1 else ''}, {self.new_today} new"


def plan_for(days_left: int | None, unseen: int, introduced_today: int, due_today: int) -> Plan:
    """Today's plan, `days_left` days before the interview (0: it is today; None: no date), with
    `unseen` target cards never studied, `introduced_today` met for the first time today and
    `due_today` due by the end of the day."""
    if days_left is None:
        new = max(0, WITHOUT_DATE - introduced_today)
        return Plan(Stage.NO_DATE, None, min(new, unseen), due_today, unseen, WITHOUT_DATE)
    if days_left < 0:
        return Plan(Stage.PAST, days_left, 0, 0, unseen, 0)
    if days_left == 0:
        return Plan(Stage.INTERVIEW_DAY, 0, 0, due_today, unseen, 0)
    learning_days = days_left - REVIEW_DAYS  # today included
    if learning_days < 1:
        stage = Stage.CATCHING_UP if unseen else Stage.REVIEWING
        return Plan(stage, days_left, unseen, due_today, unseen, 0)
    pace = math.ceil((unseen + introduced_today) / learning_days)
    return Plan(Stage.LEARNING, days_left, max(0, pace - introduced_today), due_today, unseen, pace)
