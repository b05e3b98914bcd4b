"""The progress store: one SQLite file, every answer committed the moment it is given.

- WAL journal and a busy timeout, so two prep processes share the file without "database is
  locked"; every write is a short `BEGIN IMMEDIATE` transaction.
- `PRAGMA application_id` marks the file as prep's; `PRAGMA user_version` is the schema version,
  and `MIGRATIONS` takes an older file forward one version at a time.
- A file that is not a prep store (damaged, foreign, or empty) is moved aside, never overwritten.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from prep.core.model import Level
from prep.errors import StoreError

APPLICATION_ID = 0x70726570  # "prep"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 30_000

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _v1(db: sqlite3.Connection) -> None:
    db.execute(
        """CREATE TABLE answers(
            id INTEGER PRIMARY KEY,
            level TEXT NOT NULL,
            pack TEXT NOT NULL,
            card TEXT NOT NULL,
            correct INTEGER NOT NULL,
            given TEXT NOT NULL,
            seconds REAL NOT NULL,
            answered_at REAL NOT NULL
        )"""
    )
    db.execute("CREATE INDEX answers_by_card ON answers(level, pack, card)")
    db.execute("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1]
"""`MIGRATIONS[n]` takes a store from schema version n to n + 1."""
SCHEMA_VERSION = len(MIGRATIONS)


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


class Store:
    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (or create) the store at `path`, migrating it to the current schema."""
        _refuse_foreign_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as error:
            raise StoreError(f"{path}: cannot open the progress store: {error}") from None
        store = cls(db, path)
        with store._guard():
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            store._migrate()
        return store

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn SQLite failures into a one-line `StoreError`."""
        try:
            yield
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: progress store error: {error}") from None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the write lock up front (no upgrade deadlocks)."""
        with self._guard():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _is_current(self) -> bool:
        application_id = self.db.execute("PRAGMA application_id").fetchone()[0]
        return application_id == APPLICATION_ID and self.version == SCHEMA_VERSION

    def _migrate(self) -> None:
        if self._is_current():
            return
        with self.transaction() as db:
            version = self.version
            application_id = db.execute("PRAGMA application_id").fetchone()[0]
            if application_id != APPLICATION_ID:
                has_tables = db.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
                if has_tables:
                    raise StoreError(
                        f"{self.path} is an SQLite file that prep did not create; move it away or use --data-dir"
                    )
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} was written by a newer prep (schema {version}); upgrade prep to use it"
                )
            for step in MIGRATIONS[version:]:
                step(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def record_answer(self, answer: Answer) -> None:
        """Store one answer; committed before this returns."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO answers(level, pack, card, correct, given, seconds, answered_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    answer.level.label,
                    answer.pack,
                    answer.card,
                    int(answer.correct),
                    answer.given,
                    answer.seconds,
                    answer.at.timestamp(),
                ),
            )

    def answers(self, level: Level | None = None) -> list[Answer]:
        query = "SELECT level, pack, card, correct, given, seconds, answered_at FROM answers"
        params: tuple[str, ...] = ()
        if level is not None:
            query += " WHERE level = ?"
            params = (level.label,)
        with self._guard():
            rows = self.db.execute(query + " ORDER BY id", params).fetchall()
        return [
            Answer(Level[row[0].upper()], row[1], row[2], bool(row[3]), row[4], row[5],
                   datetime.fromtimestamp(row[6], timezone.utc))
            for row in rows
        ]

    def counts(self) -> dict[Level, LevelCounts]:
        """Answered, correct and distinct cards seen, for every level."""
        with self._guard():
            rows = self.db.execute(
                "SELECT level, count(*), sum(correct), count(DISTINCT pack || char(0) || card)"
                " FROM answers GROUP BY level"
            ).fetchall()
        found = {row[0]: LevelCounts(row[1], row[2] or 0, row[3]) for row in rows}
        return {level: found.get(level.label, LevelCounts()) for level in Level}

    def setting(self, key: str) -> str | None:
        with self._guard():
            row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, value))


def _refuse_foreign_file(path: Path) -> None:
    """Move aside a file at `path` that cannot be a prep store, and say so."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise StoreError(f"{path} is a folder; the progress store must be a file") from None
    except OSError as error:
        raise StoreError(f"{path}: cannot read the progress store: {error.strerror}") from None
    if header == SQLITE_HEADER:
        return
    reason = "is empty (0 bytes)" if not header else "is not an SQLite database"
    aside = keep_aside(path)
    raise StoreError(
        f"{path} {reason}, so it is not a prep progress store; kept it as {aside.name}."
        " Run `prep progress restore` to restore a backup, or run prep again to start a new store"
    )


def keep_aside(path: Path) -> Path:
    """Rename `path` (and its WAL files) to a new name beside it; returns the new path."""
    stamp = utc_now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.unusable-{stamp}")
    counter = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.unusable-{stamp}-{counter}")
        counter += 1
    path.rename(aside)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(aside.with_name(aside.name + suffix))
    return aside
