"""What the store hands out and takes in: plain values, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from prep.core.model import Level

if TYPE_CHECKING:
    from prep.core.scheduler import Memory

CardKey = tuple[str, str]
"""(pack name, card id): what progress is keyed by."""


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer to one quiz question, as stored."""

    level: Level
    pack: str
    card: str
    correct: bool
    given: str
    seconds: float
    at: datetime


@dataclass(frozen=True, slots=True)
class LevelCounts:
    answered: int = 0
    correct: int = 0
    seen: int = 0
    """Distinct cards answered at least once on this level's track."""


@dataclass(frozen=True, slots=True)
class Review:
    """A stored rating, with what it replaced so that it can be undone."""

    id: int
    level: Level
    key: CardKey
    card_ref: int
    rating: int
    before: Memory | None
    after: Memory | None
    """None for a cram drill, which leaves the schedule alone."""


LEVEL_OF = {int(level): level for level in Level}
"""A level from the number the store keeps."""


def moment(stamp: float) -> datetime:
    """A stored POSIX timestamp as an aware UTC datetime."""
    return datetime.fromtimestamp(stamp, UTC)


def answer_from_row(row: tuple) -> Answer:
    """An `answers` row (level, pack, card, correct, given, seconds, answered_at) as an `Answer`."""
    return Answer(LEVEL_OF[row[0]], row[1], row[2], bool(row[3]), row[4], row[5], moment(row[6]))
