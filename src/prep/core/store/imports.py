"""Merging an export in short steps, all of it or none of it, without stalling anyone else.

A big import held SQLite's write lock for seconds, so an answer given meanwhile in another terminal
waited that long. Here the records go in `STEP` at a time, each step its own short transaction, so
other writers get the lock between steps. All-or-nothing still holds, by an undo journal kept in
the same transactions: every row an import adds carries its import id, and every schedule row it
overwrites is saved first in `import_undo`. If the import fails, its rows are taken out and the
saved schedules put back; if the process is killed, the next prep to open the store does the same
(an exclusive lock on a file beside the store tells a running import from a dead one).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from prep.core.clock import utc_now
from prep.core.store import writes
from prep.core.store.files import exclusive_lock
from prep.core.store.records import ANSWER_COLUMNS

if TYPE_CHECKING:
    from prep.core.store.database import Store
    from prep.core.store.transfer import MergeResult, Progress, ScheduleRecord

STEP = 2_000
"""Records per transaction: a few milliseconds of work, so another writer never waits long."""
PAUSE = 0.002
"""Seconds between steps with the lock free, longer than a waiting writer's retry interval."""
_SCHEDULE_COLUMNS = "state, step, stability, difficulty, due, last_review, first_review"


def merge_in_steps(
    store: Store, progress: Progress, source: str, after_step: Callable[[], None] | None = None
) -> MergeResult:
    """Merge `progress` into `store`; on any failure nothing of it stays. `after_step` runs between
    steps (tests use it to fail or to write from elsewhere half-way)."""
    from prep.core.store.transfer import MergeResult

    result = MergeResult()
    with _import_lock(store.path):
        with store._transaction() as db:
            cursor = db.execute(
                "INSERT INTO imports(source, started_at) VALUES (?, ?)", (source, utc_now().timestamp())
            )
            assert cursor.lastrowid is not None
            import_id = cursor.lastrowid
        try:
            for kind, records in _in_index_order(progress):
                for start in range(0, len(records), STEP):
                    with store._transaction() as db:
                        _apply(db, kind, records[start : start + STEP], import_id, result)
                    # Copy this step into the database file now, while it is small: left to SQLite's
                    # automatic checkpoint, the whole import's journal is copied by whoever commits next
                    # (often an answer in another terminal, which then waits for it).
                    store._read("PRAGMA wal_checkpoint(PASSIVE)")
                    time.sleep(PAUSE)  # a writer waiting for the lock asks every millisecond: let it in
                    if after_step is not None:
                        after_step()
            with store._transaction() as db:  # the marks go in with the import's last step, or not at all
                _merge_marks(db, progress, result)
                db.execute("DELETE FROM import_undo WHERE import_id = ?", (import_id,))
                db.execute("DELETE FROM imports WHERE id = ?", (import_id,))
        except BaseException:
            undo(store, import_id)
            raise
    return result


def _in_index_order(progress: Progress) -> list[tuple[str, list[Any]]]:
    """The records sorted as the store's indexes are, so each step adds to a few index pages (in
    export order, by time, every row lands on a different page and every commit rewrites thousands)."""
    return [
        ("answers", sorted(progress.answers, key=lambda a: (a.level, a.pack, a.card, a.at))),
        ("reviews", sorted(progress.reviews, key=lambda r: (r.level, r.pack, r.card, r.at))),
        ("schedule", sorted(progress.schedule, key=lambda s: (s.level, s.pack, s.card))),
    ]


def _apply(db: sqlite3.Connection, kind: str, records: Sequence[Any], import_id: int, result: MergeResult) -> None:
    if kind == "answers":
        for answer in records:
            cursor = db.execute(
                f"INSERT OR IGNORE INTO answers({ANSWER_COLUMNS}, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (int(answer.level), answer.pack, answer.card, int(answer.correct), answer.given, answer.seconds,
                 answer.at.timestamp(), int(answer.hinted), import_id),
            )  # fmt: skip
            result.answers += cursor.rowcount
            result.skipped += 1 - cursor.rowcount
    elif kind == "reviews":
        for review in records:
            ref = writes.ensure_card_ref(db, (review.pack, review.card))
            cursor = db.execute(
                "INSERT OR IGNORE INTO reviews(level, card_ref, rating, mode, reviewed_at, import_id)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (int(review.level), ref, review.rating, review.mode, review.at.timestamp(), import_id),
            )
            result.reviews += cursor.rowcount
            result.skipped += 1 - cursor.rowcount
    else:
        for row in records:
            if _merge_schedule(db, row, import_id):
                result.schedule += 1
            else:
                result.skipped += 1


def _merge_schedule(db: sqlite3.Connection, row: ScheduleRecord, import_id: int) -> bool:
    """Take the incoming schedule if it is newer than the store's, saving the store's first."""
    ref = writes.ensure_card_ref(db, (row.pack, row.card))
    current = db.execute(
        "SELECT last_review FROM schedule WHERE level = ? AND card_ref = ?", (int(row.level), ref)
    ).fetchone()
    incoming = row.memory.last_review.timestamp() if row.memory.last_review else None
    if current is not None and (incoming is None or (current[0] is not None and current[0] >= incoming)):
        return False
    db.execute(
        f"INSERT INTO import_undo(import_id, level, card_ref, written, {_SCHEDULE_COLUMNS})"
        f" SELECT ?, ?, ?, ?, {_SCHEDULE_COLUMNS} FROM (SELECT 1) LEFT JOIN schedule ON level = ? AND card_ref = ?"
        " ON CONFLICT DO UPDATE SET written = excluded.written",
        (import_id, int(row.level), ref, incoming, int(row.level), ref),
    )  # a NULL state in the journal: the card had no schedule, so undoing deletes it
    writes.write_memory(db, row.level, ref, row.memory, first=row.first_review)
    return True


_MARK_UPSERT = (
    " ON CONFLICT DO UPDATE SET active = excluded.active, changed_at = excluded.changed_at"
    " WHERE excluded.changed_at > changed_at"
)
"""A mark (or its removal) is taken when it is newer than the store's."""


def _merge_marks(db: sqlite3.Connection, progress: Progress, result: MergeResult) -> None:
    """Suspended, flagged and hidden marks: whichever side changed one last wins."""
    for mark in progress.marks:
        ref = writes.ensure_card_ref(db, (mark.pack, mark.card))
        cursor = db.execute(
            "INSERT INTO card_marks(level, card_ref, mark, active, changed_at) VALUES (?, ?, ?, ?, ?)" + _MARK_UPSERT,
            (int(mark.level), ref, mark.mark, int(mark.on), mark.at.timestamp()),
        )
        result.marks += cursor.rowcount
        result.skipped += 1 - cursor.rowcount
    for hidden in progress.hidden:
        cursor = db.execute(
            "INSERT INTO hidden(level, kind, name, active, changed_at) VALUES (?, ?, ?, ?, ?)" + _MARK_UPSERT,
            (int(hidden.level), hidden.kind, hidden.name, int(hidden.on), hidden.at.timestamp()),
        )
        result.marks += cursor.rowcount
        result.skipped += 1 - cursor.rowcount


def undo(store: Store, import_id: int) -> None:
    """Take an import's rows back out and put back the schedules it overwrote, in steps like the import."""
    for table in ("answers", "reviews"):
        while True:
            with store._transaction() as db:
                cursor = db.execute(
                    f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {table} WHERE import_id = ? LIMIT ?)",
                    (import_id, STEP),
                )
            if cursor.rowcount < STEP:
                break
    while True:
        with store._transaction() as db:
            rows = db.execute(
                f"SELECT level, card_ref, written, {_SCHEDULE_COLUMNS} FROM import_undo WHERE import_id = ? LIMIT ?",
                (import_id, STEP),
            ).fetchall()
            for level, ref, written, *old in rows:
                # `last_review IS written`: a card reviewed here since the import wrote it keeps that review
                if old[0] is None:
                    db.execute(
                        "DELETE FROM schedule WHERE level = ? AND card_ref = ? AND last_review IS ?",
                        (level, ref, written),
                    )
                else:
                    db.execute(
                        f"UPDATE schedule SET ({_SCHEDULE_COLUMNS}) = (?, ?, ?, ?, ?, ?, ?)"
                        " WHERE level = ? AND card_ref = ? AND last_review IS ?",
                        (*old, level, ref, written),
                    )
                db.execute(
                    "DELETE FROM import_undo WHERE import_id = ? AND level = ? AND card_ref = ?",
                    (import_id, level, ref),
                )
            if not rows:
                db.execute("DELETE FROM imports WHERE id = ?", (import_id,))
                return


def recover(store: Store) -> None:
    """Undo imports a killed process left half done (none are running when their lock is free)."""
    with store._guard():
        unfinished = [row[0] for row in store._db.execute("SELECT id FROM imports").fetchall()]
    if not unfinished:
        return
    try:
        with _import_lock(store.path, wait=False):
            for import_id in unfinished:
                undo(store, import_id)
    except BlockingIOError:
        return  # an import is running in another process: it finishes or undoes its own


def _import_lock(path: os.PathLike[str], *, wait: bool = True) -> AbstractContextManager[None]:
    """An exclusive lock on `PATH.import-lock` for as long as an import runs (the OS frees it if the
    process dies). Where the file cannot be made (a read-only folder), imports cannot happen either."""
    return exclusive_lock(f"{os.fspath(path)}.import-lock", wait=wait)


def would_change(read: Callable[..., list[tuple]], progress: Progress) -> bool:
    """Whether merging `progress` would change anything, found by reading only (no write lock is held,
    so checking a big file that is already imported stalls no one)."""
    for answer in progress.answers:
        if not read(
            "SELECT 1 FROM answers WHERE level = ? AND pack = ? AND card = ? AND answered_at = ?",
            (int(answer.level), answer.pack, answer.card, answer.at.timestamp()),
        ):
            return True
    refs: dict[tuple[str, str], int | None] = {}

    def ref(pack: str, card: str) -> int | None:
        if (pack, card) not in refs:
            rows = read("SELECT id FROM cards WHERE pack = ? AND card = ?", (pack, card))
            refs[(pack, card)] = rows[0][0] if rows else None
        return refs[(pack, card)]

    for review in progress.reviews:
        card_ref = ref(review.pack, review.card)
        if card_ref is None or not read(
            "SELECT 1 FROM reviews WHERE level = ? AND card_ref = ? AND reviewed_at = ?",
            (int(review.level), card_ref, review.at.timestamp()),
        ):
            return True
    for row in progress.schedule:
        card_ref = ref(row.pack, row.card)
        if card_ref is None:
            return True
        current = read("SELECT last_review FROM schedule WHERE level = ? AND card_ref = ?", (int(row.level), card_ref))
        incoming = row.memory.last_review.timestamp() if row.memory.last_review else None
        if not current or (incoming is not None and (current[0][0] is None or current[0][0] < incoming)):
            return True
    for mark in progress.marks:
        card_ref = ref(mark.pack, mark.card)
        if card_ref is None or not read(
            "SELECT 1 FROM card_marks WHERE level = ? AND card_ref = ? AND mark = ? AND changed_at >= ?",
            (int(mark.level), card_ref, mark.mark, mark.at.timestamp()),
        ):
            return True
    return any(
        not read(
            "SELECT 1 FROM hidden WHERE level = ? AND kind = ? AND name = ? AND changed_at >= ?",
            (int(hidden.level), hidden.kind, hidden.name, hidden.at.timestamp()),
        )
        for hidden in progress.hidden
    )
