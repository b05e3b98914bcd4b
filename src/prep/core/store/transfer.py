"""Whole tracks as plain values: what `prep progress export` writes and `import` merges."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from prep.core.model import Level
from prep.core.store.records import Answer

if TYPE_CHECKING:
    from prep.core.scheduler import Memory


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """A rating as exported: which card, on which track, when, and how it was given."""

    level: Level
    pack: str
    card: str
    rating: int
    mode: str
    """"cards" (flashcards), "quiz" (a quiz answer) or "cram" (a drill that left the schedule alone)."""
    at: datetime


@dataclass(frozen=True, slots=True)
class ScheduleRecord:
    """A card's memory on one track, as exported."""

    level: Level
    pack: str
    card: str
    memory: Memory
    first_review: datetime


@dataclass(slots=True)
class Progress:
    """Everything studied on some tracks: what `prep progress export` writes and `import` merges."""

    answers: list[Answer] = field(default_factory=list)
    reviews: list[ReviewRecord] = field(default_factory=list)
    schedule: list[ScheduleRecord] = field(default_factory=list)


@dataclass(slots=True)
class MergeResult:
    answers: int = 0
    reviews: int = 0
    schedule: int = 0
    skipped: int = 0
    """Records already in the store (or older than what it has)."""

    @property
    def changed(self) -> bool:
        return bool(self.answers or self.reviews or self.schedule)
