"""The statements that change the store, each run inside a write transaction the caller holds."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING

from prep.core.clock import from_timestamp
from prep.core.model import Level
from prep.core.store.records import CardKey, Review

if TYPE_CHECKING:
    from prep.core.scheduler import Memory, Preview, Rating, Scheduler


def ensure_card_ref(db: sqlite3.Connection, key: CardKey) -> int:
    row = db.execute("SELECT id FROM cards WHERE pack = ? AND card = ?", key).fetchone()
    if row:
        return int(row[0])
    ref = db.execute("INSERT INTO cards(pack, card) VALUES (?, ?)", key).lastrowid
    assert ref is not None
    return ref


def read_memory(db: sqlite3.Connection, level: Level, card_ref: int) -> Memory | None:
    """The card's memory on `level`; None when it has none, or when the stored values are impossible
    (then the card is studied as new, the next rating overwrites them, and `problems()` reports them)."""
    from prep.core.scheduler import Memory, memory_problem

    row = db.execute(
        "SELECT state, step, stability, difficulty, due, last_review FROM schedule WHERE level = ? AND card_ref = ?",
        (int(level), card_ref),
    ).fetchone()
    if row is None or memory_problem(*row):
        return None
    due = from_timestamp(row[4])
    assert due is not None
    return Memory(row[0], row[1], row[2], row[3], due, from_timestamp(row[5]))


def write_memory(
    db: sqlite3.Connection, level: Level, card_ref: int, memory: Memory, first: datetime | None = None
) -> None:
    last = memory.last_review.timestamp() if memory.last_review else None
    db.execute(
        "INSERT INTO schedule(level, card_ref, state, step, stability, difficulty, due, last_review, first_review)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(level, card_ref) DO UPDATE SET state = excluded.state, step = excluded.step,"
        " stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,"
        " last_review = excluded.last_review",
        (
            int(level),
            card_ref,
            memory.state,
            memory.step,
            memory.stability,
            memory.difficulty,
            memory.due.timestamp(),
            last,
            (first or memory.last_review or memory.due).timestamp(),
        ),
    )


def forget_memory(db: sqlite3.Connection, level: Level, card_ref: int) -> None:
    db.execute("DELETE FROM schedule WHERE level = ? AND card_ref = ?", (int(level), card_ref))


def insert_review(db: sqlite3.Connection, level: Level, card_ref: int, rating: int, mode: str, at: datetime) -> int:
    stamp = at.timestamp()
    while True:  # two ratings of one card in the same microsecond (imports, fast scripts): nudge the second
        cursor = db.execute(
            "INSERT OR IGNORE INTO reviews(level, card_ref, rating, mode, reviewed_at) VALUES (?, ?, ?, ?, ?)",
            (int(level), card_ref, rating, mode, stamp),
        )
        if cursor.rowcount:
            assert cursor.lastrowid is not None
            return cursor.lastrowid
        stamp += 1e-6


def apply_review(
    db: sqlite3.Connection,
    scheduler: Scheduler,
    level: Level,
    key: CardKey,
    rating: Rating,
    mode: str,
    at: datetime,
    preview: Preview | None = None,
) -> Review:
    """Log a rating and move the card's memory on by it, in the caller's transaction.

    With the `preview` the rating buttons showed, its result is applied, unless the card changed
    since (another terminal rated it): then the rating is computed afresh.
    """
    card_ref = ensure_card_ref(db, key)
    before = read_memory(db, level, card_ref)
    if preview is not None and preview.before == before:
        after = preview.applied(rating, at)
    else:
        after = scheduler.review(card_ref, before, rating, at)
    review_id = insert_review(db, level, card_ref, int(rating), mode, at)
    write_memory(db, level, card_ref, after, first=at if before is None else None)
    return Review(review_id, level, key, card_ref, int(rating), before, after)


def log_cram(db: sqlite3.Connection, level: Level, key: CardKey, rating: Rating, at: datetime) -> Review:
    card_ref = ensure_card_ref(db, key)
    review_id = insert_review(db, level, card_ref, int(rating), "cram", at)
    return Review(review_id, level, key, card_ref, int(rating), None, None)
