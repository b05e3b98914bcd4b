"""Progress figures per level: readiness, mastery per topic, activity, streak and what is due.

Readiness for a level is the mean FSRS probability of recall *now* over every card in the level's
pool, with never-studied cards counting 0: "you would recall 62% of senior questions today".
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Iterable

from prep.core.model import Card, Deck, Level
from prep.core.store import Store, utc_now

HISTORY_DAYS = 30
FORECAST_DAYS = 7
WEAKEST = 10


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
    """Mean probability of recall now over the pool, unseen cards counting 0; 0–1."""
    due_today: int
    streak: int
    """Days in a row, up to today, with at least one review on this track."""
    reviews_per_day: list[int] = field(default_factory=list)
    """Reviews on each of the last 30 days, oldest first, today last."""
    forecast: list[int] = field(default_factory=list)
    """Cards due on each of the next 7 days, today (with anything overdue) first."""
    topics: dict[str, TopicFigures] = field(default_factory=dict)
    weakest: list[WeakCard] = field(default_factory=list)


def level_stats(store: Store, deck: Deck, levels: Iterable[Level], now: datetime | None = None) -> dict[Level, LevelFigures]:
    now = now or utc_now()
    counts = store.counts()
    return {level: _figures(store, deck.pool(level), level, counts[level], now) for level in levels}


def _figures(store: Store, pool: list[Card], level: Level, count, now: datetime) -> LevelFigures:
    memories = store.memories(level)
    scheduler = store.scheduler
    today = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    day_ends = [(today + timedelta(days=offset + 1)).timestamp() for offset in range(FORECAST_DAYS)]
    recall: dict[tuple[str, str], float] = {}
    forecast = [0] * FORECAST_DAYS
    topic_sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0, 0])
    for card in pool:
        memory = memories.get(card.key)
        value = 0.0
        if memory is not None:
            value = scheduler.retrievability(memory.stability, memory.last_review, now)
            recall[card.key] = value
            due = memory.due.timestamp()
            for day, end in enumerate(day_ends):
                if due < end:
                    forecast[day] += 1
                    break
        for topic in card.topics or ("general",):
            sums = topic_sums[topic]
            sums[0] += value
            sums[1] += memory is not None
            sums[2] += 1
    cards = {card.key: card for card in pool}
    weakest = sorted(recall.items(), key=lambda item: item[1])[:WEAKEST]
    return LevelFigures(
        answered=count.answered,
        correct=count.correct,
        accuracy=round(count.correct / count.answered, 4) if count.answered else 0.0,
        seen=len(recall),
        total=len(pool),
        readiness=round(sum(recall.values()) / len(pool), 4) if pool else 0.0,
        due_today=forecast[0],
        streak=streak(store, level, now),
        reviews_per_day=reviews_per_day(store, level, now),
        forecast=forecast,
        topics={topic: TopicFigures(round(s[0] / s[2], 4), int(s[1]), int(s[2])) for topic, s in sorted(topic_sums.items())},
        weakest=[WeakCard(key[0], key[1], cards[key].question, round(value, 4)) for key, value in weakest],
    )


def _review_days(store: Store, level: Level, since: datetime) -> dict[str, int]:
    rows = store.read(
        "SELECT date(reviewed_at, 'unixepoch', 'localtime') AS day, count(*) FROM reviews"
        " WHERE level = ? AND reviewed_at >= ? GROUP BY day", (int(level), since.timestamp()))
    return dict(rows)


def reviews_per_day(store: Store, level: Level, now: datetime, days: int = HISTORY_DAYS) -> list[int]:
    today = now.astimezone().date()
    start = datetime.combine(today - timedelta(days=days - 1), datetime.min.time()).astimezone()
    found = _review_days(store, level, start)
    return [found.get((today - timedelta(days=back)).isoformat(), 0) for back in range(days - 1, -1, -1)]


def streak(store: Store, level: Level, now: datetime) -> int:
    """Consecutive days with reviews ending today (or yesterday, if today has none yet)."""
    today = now.astimezone().date()
    start = datetime.combine(today - timedelta(days=366), datetime.min.time()).astimezone()
    days = _review_days(store, level, start)
    day = today if today.isoformat() in days else today - timedelta(days=1)
    length = 0
    while day.isoformat() in days:
        length += 1
        day -= timedelta(days=1)
    return length
