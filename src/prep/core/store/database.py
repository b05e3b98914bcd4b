"""The progress store: one SQLite file, every answer and rating committed the moment it is given.

- WAL journal and a busy timeout, so several prep processes share the file without "database is
  locked"; every write is one short `BEGIN IMMEDIATE` transaction.
- `PRAGMA application_id` marks the file as prep's; `PRAGMA user_version` is the schema version,
  and `schema.MIGRATIONS` takes an older file forward (after the caller's backup hook has run).
- A file that is not a prep store (damaged, foreign, or empty) is moved aside, never overwritten.

Callers get model values from named methods; nothing outside this package writes SQL.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prep.core.model import Level
from prep.core.store import files, schema, writes
from prep.core.store.records import (
    ANSWER_COLUMNS,
    FLAGGED,
    SUSPENDED,
    TOPIC,
    Answer,
    CardKey,
    LevelCounts,
    Marks,
    Review,
    answer_from_row,
    moment,
)
from prep.errors import StoreError

if TYPE_CHECKING:
    from prep.core.scheduler import Memory, Preview, Rating, Scheduler
    from prep.core.store.transfer import MergeResult, Progress, ReviewRecord

BUSY_TIMEOUT_MS = 60_000
_LEVELS = {int(level): level for level in Level}
_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_KEYS_PER_QUERY = 400
"""(pack, card) pairs in one query: two variables each, well under SQLite's limit."""
"""SQLite's primary result codes for a file that is damaged or is not a database."""


class Store:
    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        self._identity = _identity(path)
        """The file this connection has open; a write checks that the path still names it."""
        self._scheduler: Scheduler | None = None
        self._refs: dict[CardKey, int] = {}
        self._refs_top = 0

    @classmethod
    def open(cls, path: Path, *, before_migration: Callable[[Store], object] | None = None) -> Store:
        """Open (or create) the store at `path`, migrating it to the current schema.

        `before_migration` runs first when an older store is about to be migrated (a backup).
        """
        files.refuse_foreign_file(path)
        if not path.exists():
            files.create(path)
        try:
            db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as error:
            raise StoreError(f"{path}: cannot open the progress store: {error}") from None
        store = cls(db, path)
        with store._guard():
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA foreign_keys = ON")
            store._migrate(before_migration)
        from prep.core.store.imports import recover

        recover(store)
        return store

    @classmethod
    def open_to_read(cls, path: Path) -> Store:
        """The store at `path` for reading only, as a folder prep cannot write to allows (no journal is
        created, nothing is migrated); an empty store when there is none yet."""
        if not path.exists():
            db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            db.execute("BEGIN IMMEDIATE")
            schema.migrate(db)
            db.execute("COMMIT")
            return cls(db, path)
        files.refuse_foreign_file(path, move=False)
        try:  # immutable: SQLite reads the file as it is, without the shared-memory file it cannot create here
            db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, isolation_level=None,
                                 check_same_thread=False)  # fmt: skip
        except sqlite3.Error as error:
            raise StoreError(f"{path}: cannot read the progress store: {error}") from None
        store = cls(db, path)
        with store._guard():
            version = schema.schema_version(db)
            if not schema.is_prep_store(db):
                raise StoreError(f"{path} is an SQLite file that prep did not create; use --data-dir")
            if version != schema.SCHEMA_VERSION:
                raise StoreError(f"{path} needs its schema brought to version {schema.SCHEMA_VERSION}, which needs"
                                 " a folder prep can write to; run prep once where it can")  # fmt: skip
        return store

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def scheduler(self) -> Scheduler:
        if self._scheduler is None:
            from prep.core.scheduler import Scheduler

            self._scheduler = Scheduler()
        return self._scheduler

    @scheduler.setter
    def scheduler(self, scheduler: Scheduler) -> None:
        self._scheduler = scheduler

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn SQLite failures into a one-line `StoreError`."""
        try:
            yield
        except sqlite3.DatabaseError as error:
            if (getattr(error, "sqlite_errorcode", 0) & 0xFF) in _DAMAGED:
                raise StoreError(
                    f"{self.path} is damaged ({error}); `prep progress restore` brings back the last"
                    " backup and keeps the damaged file aside"
                ) from None
            raise StoreError(f"{self.path}: progress store error: {error}; `prep progress check` tells more") from None

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the write lock up front (no upgrade deadlocks)."""
        self._check_still_there()
        with self._guard():
            self._begin_write()
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _begin_write(self) -> None:
        """Take the write lock, asking for it every millisecond while another process holds it.

        SQLite's own busy handler sleeps longer and longer between tries (up to 100 ms), so a writer
        waiting on an import in short steps would keep missing the moments between them."""
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        self._db.execute("PRAGMA busy_timeout = 0")
        try:
            while True:
                try:
                    self._db.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as error:
                    if getattr(error, "sqlite_errorcode", 0) != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                        raise
                time.sleep(0.001)
        finally:
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _check_still_there(self) -> None:
        """Refuse to write when another program has moved, deleted or replaced the file: the write would
        land in a file nobody reads, or next to another store's data."""
        if _identity(self.path) != self._identity:
            with suppress(sqlite3.Error):  # what was committed goes into the file we have open, wherever it is now
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raise StoreError(
                f"{self.path} was moved, deleted or replaced by another program while prep was running; nothing"
                " more was saved to it. Start prep again to use the store that is there now"
            )

    def _read(self, query: str, params: tuple[object, ...] = ()) -> list[tuple]:
        with self._guard():
            return self._db.execute(query, params).fetchall()

    @property
    def version(self) -> int:
        with self._guard():
            return schema.schema_version(self._db)

    def _migrate(self, before_migration: Callable[[Store], object] | None) -> None:
        db = self._db
        if not schema.is_prep_store(db):
            raise StoreError(f"{self.path} is an SQLite file that prep did not create; move it away or use --data-dir")
        version = schema.schema_version(db)
        if version == schema.SCHEMA_VERSION:
            return
        if version > schema.SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer prep (schema {version}); upgrade prep to use it")
        if version and before_migration is not None:
            before_migration(self)
        with self._transaction() as db:
            if schema.schema_version(db) != schema.SCHEMA_VERSION:  # another process may have migrated it meanwhile
                schema.migrate(db)

    # ------------------------------------------------------------ studying

    def record_answer(self, answer: Answer) -> Review:
        """Store a quiz answer and feed it to the level's schedule (see `scheduler.rating_for_answer`)."""
        from prep.core.scheduler import rating_for_answer

        with self._transaction() as db:
            db.execute(
                f"INSERT INTO answers({ANSWER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    int(answer.level),
                    answer.pack,
                    answer.card,
                    int(answer.correct),
                    answer.given,
                    answer.seconds,
                    answer.at.timestamp(),
                    int(answer.hinted),
                ),
            )
            rating = rating_for_answer(answer.correct)
            key = (answer.pack, answer.card)
            return writes.apply_review(db, self.scheduler, answer.level, key, rating, "quiz", answer.at)

    def record_rating(
        self, level: Level, key: CardKey, rating: Rating, at: datetime, *, cram: bool = False,
        preview: Preview | None = None,
    ) -> Review:  # fmt: skip
        """Store a flashcard rating (the `preview`'s result, when given and still current); a cram
        drill is logged but leaves the long-term schedule alone."""
        with self._transaction() as db:
            if cram:
                return writes.log_cram(db, level, key, rating, at)
            return writes.apply_review(db, self.scheduler, level, key, rating, "cards", at, preview)

    def undo(self, review: Review) -> None:
        """Take back a rating: delete it and put the card's memory back as it was."""
        with self._transaction() as db:
            db.execute("DELETE FROM reviews WHERE id = ?", (review.id,))
            if review.after is None:
                return
            if review.before is None:
                writes.forget_memory(db, review.level, review.card_ref)
            else:
                writes.write_memory(db, review.level, review.card_ref, review.before)

    def set_setting(self, key: str, value: str) -> None:
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, value))

    def setting(self, key: str) -> str | None:
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    # ------------------------------------------------------------ what was studied

    def answers(self, level: Level | None = None) -> list[Answer]:
        query = f"SELECT {ANSWER_COLUMNS} FROM answers"
        if level is None:
            rows = self._read(query + " ORDER BY id")
        else:
            rows = self._read(query + " WHERE level = ? ORDER BY id", (int(level),))
        return [answer_from_row(row) for row in rows]

    def counts(self) -> dict[Level, LevelCounts]:
        """Answered, correct and distinct cards seen, for every level."""
        rows = self._read(
            "SELECT level, count(*), sum(correct), count(DISTINCT pack || char(0) || card) FROM answers GROUP BY level"
        )
        found = {row[0]: LevelCounts(row[1], row[2] or 0, row[3]) for row in rows}
        return {level: found.get(int(level), LevelCounts()) for level in Level}

    def totals(self) -> tuple[int, int]:
        """(answers, reviews) in the whole store."""
        answers = self._read("SELECT count(*) FROM answers")[0][0]
        return answers, self._read("SELECT count(*) FROM reviews")[0][0]

    def activity(self, level: Level) -> tuple[int, int]:
        """(answers, reviews) stored on `level`'s track."""
        answers = self._read("SELECT count(*) FROM answers WHERE level = ?", (int(level),))[0][0]
        return answers, self._read("SELECT count(*) FROM reviews WHERE level = ?", (int(level),))[0][0]

    def has_progress(self) -> bool:
        """Whether anything was ever answered or rated."""
        return bool(self._read("SELECT EXISTS(SELECT 1 FROM answers) OR EXISTS(SELECT 1 FROM reviews)")[0][0])

    def schedule_numbers(self, level: Level) -> dict[int, tuple[Any, ...]]:
        """card ref → (stability, last review, due, state, step) as stored, for every card studied on `level`.

        Plain numbers, no datetimes: stats read every row, and tens of thousands of them. The values
        are not checked here (`recall_at` and `problems()` do), so a bad row cannot stop a read.
        (`+level` makes SQLite scan the table rather than visit each row through the due index.)
        """
        rows = self._read(
            "SELECT card_ref, stability, last_review, due, state, step FROM schedule WHERE +level = ?", (int(level),)
        )
        return {row[0]: row[1:] for row in rows}

    def refs(self) -> dict[CardKey, int]:
        """(pack, card) → card ref for every card the store knows; cached, topped up with newer ids."""
        rows = self._read("SELECT id, pack, card FROM cards WHERE id > ? ORDER BY id", (self._refs_top,))
        for ref, pack, card in rows:
            self._refs[(pack, card)] = ref
        if rows:
            self._refs_top = rows[-1][0]
        return self._refs

    def ref(self, key: CardKey) -> int | None:
        rows = self._read("SELECT id FROM cards WHERE pack = ? AND card = ?", key)
        return rows[0][0] if rows else None

    def reviewed_between(self, level: Level, start: datetime, end: datetime) -> bool:
        rows = self._read(
            "SELECT EXISTS(SELECT 1 FROM reviews WHERE level = ? AND reviewed_at >= ? AND reviewed_at < ?)",
            (int(level), start.timestamp(), end.timestamp()),
        )
        return bool(rows[0][0])

    def reviews_per_day(self, level: Level, since: datetime) -> dict[str, int]:
        """Local day (ISO date) → reviews on `level` that day, from `since` on."""
        rows = self._read(
            "SELECT date(reviewed_at, 'unixepoch', 'localtime') AS day, count(*) FROM reviews"
            " WHERE level = ? AND reviewed_at >= ? GROUP BY day",
            (int(level), since.timestamp()),
        )
        return dict(rows)

    def memory(self, level: Level, key: CardKey) -> Memory | None:
        ref = self.ref(key)
        if ref is None:
            return None
        with self._guard():
            return writes.read_memory(self._db, level, ref)

    def due_keys(self, level: Level, until: datetime, *, limit: int, offset: int = 0) -> list[CardKey]:
        """Cards due on `level` by `until`, most overdue first."""
        rows = self._read(
            "SELECT c.pack, c.card FROM schedule s JOIN cards c ON c.id = s.card_ref"
            " WHERE s.level = ? AND s.due <= ? ORDER BY s.due LIMIT ? OFFSET ?",
            (int(level), until.timestamp(), limit, offset),
        )
        return [(row[0], row[1]) for row in rows]

    def introduced_since(self, level: Level, since: datetime) -> int:
        """How many cards were seen for the first time on `level` since `since`."""
        rows = self._read(
            "SELECT count(*) FROM schedule WHERE level = ? AND first_review >= ?", (int(level), since.timestamp())
        )
        return int(rows[0][0])

    def schedule_of(self, level: Level, keys: Sequence[CardKey]) -> dict[CardKey, tuple[Any, ...]]:
        """(pack, card) → (stability, last review, due, state, step, first review) as stored, for those of
        `keys` studied on `level` (unchecked, like `schedule_numbers`). Reads only these cards' rows, so a
        target of a few hundred cards costs the same in a store of a hundred thousand."""
        found: dict[CardKey, tuple[Any, ...]] = {}
        for start in range(0, len(keys), _KEYS_PER_QUERY):
            chunk = keys[start : start + _KEYS_PER_QUERY]
            pairs = ", ".join("(?, ?)" for _ in chunk)
            rows = self._read(
                f"WITH wanted(pack, card) AS (VALUES {pairs})"
                " SELECT c.pack, c.card, s.stability, s.last_review, s.due, s.state, s.step, s.first_review"
                " FROM wanted w JOIN cards c ON c.pack = w.pack AND c.card = w.card"
                " JOIN schedule s ON s.card_ref = c.id AND s.level = ?",
                (*[value for key in chunk for value in key], int(level)),
            )
            found.update(((row[0], row[1]), row[2:]) for row in rows)
        return found

    def history(self, level: Level, key: CardKey) -> tuple[list[Answer], list[ReviewRecord]]:
        """The card's quiz answers and its ratings (flashcards, quiz answers, cram drills) on `level`, oldest first."""
        from prep.core.store.transfer import ReviewRecord

        answers = self._read(
            f"SELECT {ANSWER_COLUMNS} FROM answers WHERE level = ? AND pack = ? AND card = ? ORDER BY answered_at",
            (int(level), *key),
        )
        reviews = self._read(
            "SELECT r.rating, r.mode, r.reviewed_at FROM reviews r JOIN cards c ON c.id = r.card_ref"
            " WHERE r.level = ? AND c.pack = ? AND c.card = ? ORDER BY r.reviewed_at",
            (int(level), *key),
        )
        return [answer_from_row(row) for row in answers], [
            ReviewRecord(level, key[0], key[1], row[0], row[1], moment(row[2])) for row in reviews
        ]

    # ------------------------------------------------------------ what the learner set aside

    def marks(self, level: Level) -> Marks:
        """The cards suspended and flagged on `level`'s track, and the topics and packs hidden there."""
        cards = self._read(
            "SELECT c.pack, c.card, m.mark FROM card_marks m JOIN cards c ON c.id = m.card_ref"
            " WHERE m.level = ? AND m.active",
            (int(level),),
        )
        hidden = self._read("SELECT kind, name FROM hidden WHERE level = ? AND active", (int(level),))
        return Marks(
            suspended=frozenset((pack, card) for pack, card, mark in cards if mark == SUSPENDED),
            flagged=frozenset((pack, card) for pack, card, mark in cards if mark == FLAGGED),
            hidden_topics=frozenset(name for kind, name in hidden if kind == TOPIC),
            hidden_packs=frozenset(name for kind, name in hidden if kind != TOPIC),
        )

    def mark(self, level: Level, keys: Sequence[CardKey], mark: str, on: bool, at: datetime) -> list[CardKey]:
        """Suspend or flag (`mark`) the cards `keys` on `level`'s track, or take the mark off (`on` false);
        returns the keys whose mark changed (the others already were as asked)."""
        changed: list[CardKey] = []
        with self._transaction() as db:
            for key in keys:
                ref = writes.ensure_card_ref(db, key)
                row = db.execute(
                    "SELECT active FROM card_marks WHERE level = ? AND card_ref = ? AND mark = ?",
                    (int(level), ref, mark),
                ).fetchone()
                if bool(row and row[0]) == on:
                    continue
                db.execute(
                    "INSERT OR REPLACE INTO card_marks(level, card_ref, mark, active, changed_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (int(level), ref, mark, int(on), at.timestamp()),
                )
                changed.append(key)
        return changed

    def hide(self, levels: Sequence[Level], kind: str, name: str, on: bool, at: datetime) -> list[Level]:
        """Hide the topic or pack (`kind`) `name` on the tracks `levels`, or show it again (`on` false);
        returns the levels where that changed anything."""
        changed: list[Level] = []
        with self._transaction() as db:
            for level in levels:
                row = db.execute(
                    "SELECT active FROM hidden WHERE level = ? AND kind = ? AND name = ?", (int(level), kind, name)
                ).fetchone()
                if bool(row and row[0]) == on:
                    continue
                db.execute(
                    "INSERT OR REPLACE INTO hidden(level, kind, name, active, changed_at) VALUES (?, ?, ?, ?, ?)",
                    (int(level), kind, name, int(on), at.timestamp()),
                )
                changed.append(level)
        return changed

    # ------------------------------------------------------------ targets

    def save_target(self, name: str, record: str, created: datetime) -> None:
        """Keep (or replace) the target `name`; `record` is its JSON."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO targets(name, record, created_at) VALUES (?, ?, ?)"
                " ON CONFLICT(name) DO UPDATE SET record = excluded.record",
                (name, record, created.timestamp()),
            )

    def targets(self) -> list[tuple[str, str]]:
        """(name, JSON record) of every target, oldest first."""
        return [(row[0], row[1]) for row in self._read("SELECT name, record FROM targets ORDER BY created_at, name")]

    def remove_target(self, name: str) -> bool:
        with self._transaction() as db:
            return db.execute("DELETE FROM targets WHERE name = ?", (name,)).rowcount > 0

    def studied(self, level: Level, keys: list[CardKey]) -> set[CardKey]:
        """Which of `keys` have been studied on `level`'s track."""
        if not keys:
            return set()
        pairs = ", ".join("(?, ?)" for _ in keys)
        rows = self._read(
            f"WITH wanted(pack, card) AS (VALUES {pairs})"
            " SELECT w.pack, w.card FROM wanted w JOIN cards c ON c.pack = w.pack AND c.card = w.card"
            " JOIN schedule s ON s.card_ref = c.id AND s.level = ?",
            (*[value for key in keys for value in key], int(level)),
        )
        return {(row[0], row[1]) for row in rows}

    # ------------------------------------------------------------ whole tracks: export, merge, reset, check

    def export(self, levels: list[Level]) -> Progress:
        """Every answer, review and schedule row of `levels`."""
        from prep.core.store.transfer import export_rows

        return export_rows(self._read, levels)

    def merge(self, progress: Progress, source: str = "", after_step: Callable[[], None] | None = None) -> MergeResult:
        """Merge exported progress, all of it or none of it, in short steps (see `imports.py`).

        Answers and reviews already here are skipped (they are unique by card and moment); a card's
        schedule is taken from whichever side reviewed it last. Merging twice changes nothing.
        """
        from prep.core.store.imports import merge_in_steps

        return merge_in_steps(self, progress, source, after_step)

    def would_change(self, progress: Progress) -> bool:
        """Whether `merge` would change anything, found by reading only."""
        from prep.core.store.imports import would_change

        return would_change(self._read, progress)

    def reset(self, level: Level) -> None:
        """Forget everything studied on `level`'s track (other levels are untouched)."""
        with self._transaction() as db:
            for table in ("answers", "reviews", "schedule"):
                db.execute(f"DELETE FROM {table} WHERE level = ?", (int(level),))

    def problems(self) -> list[str]:
        """What SQLite finds wrong with the file (damage); empty when it is sound."""
        from prep.core.store.checks import file_problems

        return file_problems(self._read)

    def value_problems(self) -> list[str]:
        """Stored values no study could have produced (an impossible schedule, a rating of 7, a moment in
        1970), from an old import or a hand edit; prep counts such cards as not known."""
        from prep.core.store.checks import value_problems

        return value_problems(self._read)

    def copy_to(self, target: sqlite3.Connection) -> None:
        """Copy the whole store into `target` with SQLite's online backup (consistent while others write)."""
        with self._guard():
            self._db.backup(target)

    def replace_with(self, source: sqlite3.Connection) -> None:
        """Overwrite the store with the database `source` (a backup being restored)."""
        with self._guard():
            source.backup(self._db)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


class _DryRun(Exception):
    """Rolls back a dry-run merge."""
