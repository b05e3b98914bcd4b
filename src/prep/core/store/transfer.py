"""Whole tracks as plain values: what `prep progress export` writes and `import` merges."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from prep.core.clock import from_timestamp
from prep.core.model import Level
from prep.core.store.records import ANSWER_COLUMNS, LEVEL_OF, Answer, answer_from_row, moment

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


@dataclass(frozen=True, slots=True)
class MarkRecord:
    """A card suspended or flagged on one track (`on`), or no longer (`on` false), since `at`."""

    level: Level
    pack: str
    card: str
    mark: str
    """"suspended" or "flagged"."""
    on: bool
    at: datetime


@dataclass(frozen=True, slots=True)
class HiddenRecord:
    """A topic or pack hidden on one track (`on`), or shown again (`on` false), since `at`."""

    level: Level
    kind: str
    """"topic" or "pack"."""
    name: str
    on: bool
    at: datetime


@dataclass(slots=True)
class Progress:
    """Everything studied on some tracks: what `prep progress export` writes and `import` merges."""

    answers: list[Answer] = field(default_factory=list)
    reviews: list[ReviewRecord] = field(default_factory=list)
    schedule: list[ScheduleRecord] = field(default_factory=list)
    marks: list[MarkRecord] = field(default_factory=list)
    hidden: list[HiddenRecord] = field(default_factory=list)


@dataclass(slots=True)
class MergeResult:
    answers: int = 0
    reviews: int = 0
    schedule: int = 0
    marks: int = 0
    """Suspended, flagged and hidden marks set or taken off."""
    skipped: int = 0
    """Records already in the store (or older than what it has)."""

    @property
    def changed(self) -> bool:
        return bool(self.answers or self.reviews or self.schedule or self.marks)


def export_rows(read: Callable[..., list[tuple]], levels: list[Level]) -> Progress:
    """Every answer, review, schedule and mark of `levels`, through the store's query function."""
    from prep.core.scheduler import Memory
    from prep.core.store.transfer import Progress, ReviewRecord, ScheduleRecord

    numbers = tuple(int(level) for level in levels)
    places = ", ".join("?" for _ in levels)
    answers = read(
        f"SELECT {ANSWER_COLUMNS} FROM answers WHERE level IN ({places}) ORDER BY id",
        numbers,
    )
    reviews = read(
        "SELECT r.level, c.pack, c.card, r.rating, r.mode, r.reviewed_at FROM reviews r"
        f" JOIN cards c ON c.id = r.card_ref WHERE r.level IN ({places}) ORDER BY r.id",
        numbers,
    )
    schedule = read(
        "SELECT s.level, c.pack, c.card, s.state, s.step, s.stability, s.difficulty, s.due, s.last_review,"
        " s.first_review FROM schedule s JOIN cards c ON c.id = s.card_ref"
        f" WHERE s.level IN ({places}) ORDER BY s.level, c.pack, c.card",
        numbers,
    )
    marks = read(
        "SELECT m.level, c.pack, c.card, m.mark, m.active, m.changed_at FROM card_marks m"
        f" JOIN cards c ON c.id = m.card_ref WHERE m.level IN ({places}) ORDER BY m.level, c.pack, c.card, m.mark",
        numbers,
    )
    hidden = read(
        f"SELECT level, kind, name, active, changed_at FROM hidden WHERE level IN ({places})"
        " ORDER BY level, kind, name",
        numbers,
    )
    return Progress(
        answers=[answer_from_row(row) for row in answers],
        reviews=[ReviewRecord(LEVEL_OF[r[0]], r[1], r[2], r[3], r[4], moment(r[5])) for r in reviews],
        schedule=[
            ScheduleRecord(
                LEVEL_OF[r[0]],
                r[1],
                r[2],
                Memory(r[3], r[4], r[5], r[6], moment(r[7]), from_timestamp(r[8])),
                moment(r[9]),
            )
            for r in schedule
        ],
        marks=[MarkRecord(LEVEL_OF[r[0]], r[1], r[2], r[3], bool(r[4]), moment(r[5])) for r in marks],
        hidden=[HiddenRecord(LEVEL_OF[r[0]], r[1], r[2], bool(r[3]), moment(r[4])) for r in hidden],
    )
