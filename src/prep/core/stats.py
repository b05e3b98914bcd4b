"""Progress figures per level: readiness, mastery per topic, activity, streak and what is due.

Readiness for a level is the mean probability of recall at the end of today (or at another moment,
such as an interview) over every card in the level's pool (less the cards suspended on its track, and
those in topics and packs hidden there), by `scheduler.recall_at`: never-studied
cards count 0, and so do cards failed and not recalled since. "You would recall 62% of senior
questions today" means: of all the level's cards, 62% in expectation would come back to you tonight.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from prep.core.clock import next_day, previous_day, start_of_day, utc_now
from prep.core.model import Card, Deck, Level
from prep.core.scheduler import REVIEW, InvalidMemory, recall_at
from prep.core.store import LevelCounts, Store

HISTORY_DAYS = 30
FORECAST_DAYS = 7
WEAKEST = 10
GENERAL = "general"
"""The topic of cards that name none."""


@dataclass(frozen=True, slots=True)
class TopicFigures:
    readiness: float
    seen: int
    total: int


@dataclass(frozen=True, slots=True)
class WeakCard:
    pack: str
    card: str
    prompt: str
    recall: float


@dataclass(frozen=True, slots=True)
class LevelFigures:
    answered: int
    """Quiz answers given on this level's track."""
    correct: int
    accuracy: float
    """Share of quiz answers that were right, 0–1."""
    seen: int
    """Cards in the pool studied at least once on this track."""
    total: int
    """Cards in the level's pool (its own and every lower level's)."""
    readiness: float
    """Mean probability of recall at the end of today over the pool (see the module docstring); 0–1."""
    due_today: int
    streak: int
    """Days in a row, up to today, with at least one review on this track."""
    reviews_per_day: list[int] = field(default_factory=list)
    """Reviews on each of the last 30 days, oldest first, today last."""
    forecast: list[int] = field(default_factory=list)
    """Cards due on each of the next 7 days, today (with anything overdue) first."""
    topics: dict[str, TopicFigures] = field(default_factory=dict)
    weakest: list[WeakCard] = field(default_factory=list)
    """The studied cards least likely to be recalled: failed ones first, then lapsing and overdue ones."""
    invalid: int = 0
    """Stored schedules whose values no review could give; counted as not known (see `prep progress check`)."""

    def to_dict(self) -> dict[str, object]:
        """Plain data for `prep stats --json` (dataclasses.asdict deep-copies, which is slow)."""
        data: dict[str, object] = {name: getattr(self, name) for name in self.__slots__}
        data["topics"] = {
            topic: {"readiness": t.readiness, "seen": t.seen, "total": t.total} for topic, t in self.topics.items()
        }
        data["weakest"] = [
            {"pack": w.pack, "card": w.card, "prompt": w.prompt, "recall": w.recall} for w in self.weakest
        ]
        return data


def level_stats(
    store: Store,
    deck: Deck,
    levels: Iterable[Level],
    now: datetime | None = None,
    *,
    detail: bool = True,
    at: datetime | None = None,
) -> dict[Level, LevelFigures]:
    """Figures for each level, with readiness at `at` (default: the end of `now`'s day); without
    `detail`, only what the home screen shows (no topics, weakest cards or daily history)."""
    now = now or utc_now()
    at = at or next_day(start_of_day(now))
    counts = store.counts()
    return {
        level: _figures(store, store.marks(level).keep(deck.pool(level)), level, counts[level], now, at, detail)
        for level in levels
    }


def _figures(
    store: Store, pool: list[Card], level: Level, count: LevelCounts, now: datetime, at: datetime, detail: bool
) -> LevelFigures:
    numbers = store.schedule_numbers(level)
    refs = store.refs()
    moment, current = at.timestamp(), now.timestamp()
    today = start_of_day(now)
    day_ends = []
    for _ in range(FORECAST_DAYS):
        today = next_day(today)
        day_ends.append(today.timestamp())
    forecast = [0] * FORECAST_DAYS
    studied: list[tuple[tuple[float, int, float], Card]] = []
    recalls: list[float | None] = []
    lookup, find = refs.get, numbers.get
    invalid = 0
    for card in pool:
        row = find(lookup((card.pack, card.id), 0))
        if row is None:
            recalls.append(None)
            continue
        stability, last, due, state, step = row
        try:
            value = recall_at(stability, last, moment, state, step)
            overdue = due <= current
        except (InvalidMemory, TypeError):
            invalid += 1
            value, due, overdue = 0.0, 0.0, True
        recalls.append(value)
        # Weakest first: least likely recalled, then lapsing (not in review) and overdue ones.
        studied.append(((value, int(state == REVIEW and not overdue), due if isinstance(due, float) else 0), card))
        day = bisect_right(day_ends, due) if isinstance(due, float) else 0  # 0: due today or overdue
        if day < FORECAST_DAYS:
            forecast[day] += 1
    return LevelFigures(
        answered=count.answered,
        correct=count.correct,
        accuracy=round(count.correct / count.answered, 4) if count.answered else 0.0,
        seen=len(studied),
        total=len(pool),
        readiness=readiness(recalls) or 0.0,
        due_today=forecast[0],
        streak=streak(store, level, now),
        reviews_per_day=reviews_per_day(store, level, now) if detail else [],
        forecast=forecast,
        topics=topic_figures(pool, recalls) if detail else {},
        weakest=[
            WeakCard(card.pack, card.id, card.question, round(key[0], 4))
            for key, card in heapq.nsmallest(WEAKEST, studied, key=lambda item: item[0])
        ]
        if detail
        else [],
        invalid=invalid,
    )


def reviews_per_day(store: Store, level: Level, now: datetime, days: int = HISTORY_DAYS) -> list[int]:
    """Reviews on each of the last `days` local days, oldest first."""
    today = start_of_day(now)
    start = today - timedelta(days=days - 1)
    found = store.reviews_per_day(level, start)
    return [found.get((today.date() - timedelta(days=back)).isoformat(), 0) for back in range(days - 1, -1, -1)]


def streak(store: Store, level: Level, now: datetime) -> int:
    """Consecutive local days with reviews, ending today (or yesterday, if today has none yet).

    Probes one day at a time through the review index, so it costs the streak's length, not the
    history's.
    """
    return days_in_a_row(lambda day: store.reviewed_between(level, day, next_day(day)), now)


def days_in_a_row(active: Callable[[datetime], bool], now: datetime) -> int:
    """How many local days in a row `active` holds for (given each day's start), ending on `now`'s day,
    or on the day before when `now`'s has nothing yet (a streak is not lost before the day is over)."""
    day = start_of_day(now)
    if not active(day):
        day = previous_day(day)
    length = 0
    while active(day):
        length += 1
        day = previous_day(day)
    return length


def readiness(recalls: Sequence[float | None]) -> float | None:
    """Readiness over a pool, given each card's probability of recall (None: never studied, counts 0)
    as `recall_at` reads it; None for an empty pool."""
    if not recalls:
        return None
    return round(sum(value for value in recalls if value is not None) / len(recalls), 4)


def topic_figures(pool: Sequence[Card], recalls: Sequence[float | None]) -> dict[str, TopicFigures]:
    """Readiness per topic (a card naming none is "general"): `readiness` over each topic's cards."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0, 0])
    for card, value in zip(pool, recalls, strict=True):
        for topic in card.topics or (GENERAL,):
            entry = sums[topic]
            entry[0] += value or 0.0
            entry[1] += value is not None
            entry[2] += 1
    return {topic: TopicFigures(round(s[0] / s[2], 4), int(s[1]), int(s[2])) for topic, s in sorted(sums.items())}
