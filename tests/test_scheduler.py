"""Scheduling through fsrs, with an injected clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import fsrs
import pytest

from prep.core.scheduler import (
    PARAMETERS,
    REVIEW,
    InvalidMemory,
    Rating,
    Scheduler,
    recall_at,
    recall_probability,
)

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


def test_recall_follows_fsrs_forgetting_curve_over_real_time(scheduler: Scheduler) -> None:
    """On a card in review, prep's recall is FSRS's curve; at whole days exactly what fsrs says, and
    between them it keeps falling (fsrs counts whole days only, so a card looked fresh all day)."""
    memory = scheduler.review(3, None, Rating.GOOD, NOW)
    memory = scheduler.review(3, memory, Rating.EASY, memory.due)
    assert memory.state == REVIEW and memory.last_review is not None
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
        later = memory.last_review + timedelta(days=days)
        assert recall_probability(memory, later) == pytest.approx(reference.get_card_retrievability(card, later))
    half_day = recall_probability(memory, memory.last_review + timedelta(hours=12))
    assert (
        recall_probability(memory, memory.last_review)
        > half_day
        > recall_probability(memory, memory.last_review + timedelta(days=1))
    )
    assert recall_probability(None, NOW) == 0.0


@pytest.mark.parametrize("ratings", [[Rating.AGAIN], [Rating.GOOD, Rating.GOOD, Rating.AGAIN], [Rating.HARD]])
def test_a_card_failed_and_not_recalled_since_is_not_remembered(scheduler: Scheduler, ratings: list[Rating]) -> None:
    memory = None
    at = NOW
    for rating in ratings:
        memory = scheduler.review(5, memory, rating, at)
        at = memory.due
    assert memory is not None and memory.state != REVIEW
    assert recall_probability(memory, memory.last_review + timedelta(minutes=1)) == 0.0
    recalled = scheduler.review(5, memory, Rating.GOOD, at)
    assert recall_probability(recalled, at + timedelta(hours=1)) > 0.5  # recalled again: it counts again


@pytest.mark.parametrize("stability", [0.0, -1.0, float("nan"), float("inf"), "x"])
def test_stored_values_no_review_could_give_are_refused(stability: object) -> None:
    with pytest.raises(InvalidMemory):
        recall_at(stability, NOW.timestamp(), NOW.timestamp())  # type: ignore[arg-type]
