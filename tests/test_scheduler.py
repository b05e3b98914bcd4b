"""Scheduling through fsrs, with an injected clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import fsrs
import pytest

from prep.core.scheduler import PARAMETERS, Rating, Scheduler, describe_interval, recall_probability

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def scheduler() -> Scheduler:
    return Scheduler(fuzz=False)


def test_a_new_card_gets_longer_intervals_for_better_ratings(scheduler: Scheduler) -> None:
    intervals = scheduler.intervals(1, None, NOW)
    assert intervals[Rating.AGAIN] < intervals[Rating.HARD] < intervals[Rating.GOOD] < intervals[Rating.EASY]
    assert intervals[Rating.AGAIN] == timedelta(minutes=1)
    assert intervals[Rating.EASY] >= timedelta(days=1)


def test_successful_reviews_grow_the_interval(scheduler: Scheduler) -> None:
    memory = scheduler.review(7, None, Rating.GOOD, NOW)
    gaps = []
    for _ in range(4):
        at = memory.due
        memory = scheduler.review(7, memory, Rating.GOOD, at)
        gaps.append(memory.due - at)
    assert gaps == sorted(gaps) and gaps[-1] > timedelta(days=10)


def test_forgetting_shrinks_stability(scheduler: Scheduler) -> None:
    memory = scheduler.review(7, None, Rating.GOOD, NOW)
    memory = scheduler.review(7, memory, Rating.GOOD, memory.due)
    memory = scheduler.review(7, memory, Rating.GOOD, memory.due)
    lapsed = scheduler.review(7, memory, Rating.AGAIN, memory.due)
    assert lapsed.stability < memory.stability
    assert lapsed.due - memory.due <= timedelta(minutes=10)


def test_retrievability_matches_fsrs(scheduler: Scheduler) -> None:
    memory = scheduler.review(3, None, Rating.GOOD, NOW)
    memory = scheduler.review(3, memory, Rating.EASY, memory.due)
    card = fsrs.Card(
        card_id=3,
        state=fsrs.State(memory.state),
        step=memory.step,
        stability=memory.stability,
        difficulty=memory.difficulty,
        due=memory.due,
        last_review=memory.last_review,
    )
    reference = fsrs.Scheduler(parameters=PARAMETERS, enable_fuzzing=False)
    for days in (0, 1, 5, 30, 365):
        later = memory.last_review + timedelta(days=days, hours=3)
        assert recall_probability(memory.stability, memory.last_review, later) == pytest.approx(
            reference.get_card_retrievability(card, later)
        )
    assert recall_probability(None, None, NOW) == 0.0


@pytest.mark.parametrize(
    "delta, shown",
    [
        (timedelta(seconds=10), "1m"),
        (timedelta(minutes=10), "10m"),
        (timedelta(hours=5), "5h"),
        (timedelta(days=3), "3d"),
        (timedelta(days=90), "3mo"),
        (timedelta(days=548), "1.5y"),
    ],
)
def test_intervals_read_like_people_say_them(delta: timedelta, shown: str) -> None:
    assert describe_interval(delta) == shown
