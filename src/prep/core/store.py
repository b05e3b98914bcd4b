"""The progress store: one SQLite file, every answer and rating committed the moment it is given.

- WAL journal and a busy timeout, so several prep processes share the file without "database is
  locked"; every write is one short `BEGIN IMMEDIATE` transaction.
- `PRAGMA application_id` marks the file as prep's; `PRAGMA user_version` is the schema version,
  and `MIGRATIONS` takes an older file forward one version at a time (after a backup).
- A file that is not a prep store (damaged, foreign, or empty) is moved aside, never overwritten.

Tables (schema 2): `answers` (every quiz answer, as given), `cards` (a stable integer id per
(pack, card), which fsrs needs), `schedule` (the FSRS memory of each card on each level's track)
and `reviews` (every rating: flashcards, quiz answers and cram drills).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from prep.core.model import Level
from prep.errors import StoreError

if TYPE_CHECKING:
    from prep.core.scheduler import Memory, Rating, Scheduler

APPLICATION_ID = 0x70726570  # "prep"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 60_000

Clock = Callable[[], datetime]
CardKey = tuple[str, str]
"""(pack name, card id): what progress is keyed by."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def start_of_day(moment: datetime) -> datetime:
    """Local midnight of `moment`'s day, as an aware datetime (days are the learner's days)."""
    return moment.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)


def _from_ts(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


# ---------------------------------------------------------------- schema


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


def _v2(db: sqlite3.Connection) -> None:
    """Spaced repetition: card ids, per-level schedules and reviews; replays v1's answers."""
    db.execute("CREATE TABLE cards(id INTEGER PRIMARY KEY, pack TEXT NOT NULL, card TEXT NOT NULL, UNIQUE(pack, card))")
    db.execute(
        """CREATE TABLE schedule(
            level INTEGER NOT NULL,
            card_ref INTEGER NOT NULL REFERENCES cards(id),
            state INTEGER NOT NULL,
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due REAL NOT NULL,
            last_review REAL,
            first_review REAL NOT NULL,
            PRIMARY KEY(level, card_ref)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX schedule_by_due ON schedule(level, due)")
    db.execute(
        """CREATE TABLE reviews(
            id INTEGER PRIMARY KEY,
            level INTEGER NOT NULL,
            card_ref INTEGER NOT NULL REFERENCES cards(id),
            rating INTEGER NOT NULL,
            mode TEXT NOT NULL,
            reviewed_at REAL NOT NULL,
            UNIQUE(level, card_ref, reviewed_at)
        )"""
    )
    db.execute("CREATE INDEX reviews_by_time ON reviews(level, reviewed_at)")
    db.execute("CREATE UNIQUE INDEX answers_once ON answers(level, pack, card, answered_at)")
    _replay_answers(db)


def _replay_answers(db: sqlite3.Connection) -> None:
    from prep.core.scheduler import Rating, Scheduler

    scheduler = Scheduler(fuzz=False)
    rows = db.execute("SELECT level, pack, card, correct, answered_at FROM answers ORDER BY answered_at").fetchall()
    for level_name, pack, card, correct, answered_at in rows:
        level = Level[level_name.upper()]
        rating = Rating.GOOD if correct else Rating.AGAIN
        _apply_review(db, scheduler, level, (pack, card), rating, "quiz", _from_ts(answered_at))


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2]
"""`MIGRATIONS[n]` takes a store from schema version n to n + 1."""
SCHEMA_VERSION = len(MIGRATIONS)


# ---------------------------------------------------------------- records


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


# ---------------------------------------------------------------- the store


class Store:
    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path
        self._scheduler: Scheduler | None = None
        self._refs: dict[CardKey, int] | None = None
        self._refs_top = 0

    @classmethod
    def open(cls, path: Path, *, backups: Path | None = None) -> Store:
        """Open (or create) the store at `path`, migrating it to the current schema.

        With `backups`, an older store is backed up there before it is migrated.
        """
        _refuse_foreign_file(path)
        if not path.exists():
            _create(path)
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
            store._migrate(backups)
        return store

    def close(self) -> None:
        self.db.close()

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
            if "malformed" in str(error) or "not a database" in str(error):
                raise StoreError(
                    f"{self.path} is damaged ({error}); `prep progress restore` brings back the last"
                    " backup and keeps the damaged file aside"
                ) from None
            raise StoreError(f"{self.path}: progress store error: {error}; `prep progress check` tells more") from None

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

    def read(self, query: str, params: Iterable[object] = ()) -> list[tuple]:
        with self._guard():
            return self.db.execute(query, tuple(params)).fetchall()

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self, backups: Path | None) -> None:
        application_id = self.db.execute("PRAGMA application_id").fetchone()[0]
        version = self.version
        if application_id == APPLICATION_ID and version == SCHEMA_VERSION:
            return
        if application_id != APPLICATION_ID and self.db.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]:
            raise StoreError(f"{self.path} is an SQLite file that prep did not create; move it away or use --data-dir")
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer prep (schema {version}); upgrade prep to use it")
        if version and backups is not None:
            from prep.core.backup import make_backup

            make_backup(self, backups, f"before-schema-{SCHEMA_VERSION}")
        with self.transaction() as db:
            if self.version == SCHEMA_VERSION:  # another process migrated it meanwhile
                return
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            for step in MIGRATIONS[self.version :]:
                step(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    # ------------------------------------------------------------ writes

    def record_answer(self, answer: Answer) -> Review:
        """Store a quiz answer and feed it to the level's schedule (right → Good, wrong → Again)."""
        from prep.core.scheduler import Rating

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
            rating = Rating.GOOD if answer.correct else Rating.AGAIN
            return _apply_review(
                db, self.scheduler, answer.level, (answer.pack, answer.card), rating, "quiz", answer.at
            )

    def record_rating(self, level: Level, key: CardKey, rating: Rating, at: datetime, *, cram: bool = False) -> Review:
        """Store a flashcard rating; a cram drill is logged but leaves the long-term schedule alone."""
        with self.transaction() as db:
            if cram:
                return _log_cram(db, level, key, rating, at)
            return _apply_review(db, self.scheduler, level, key, rating, "cards", at)

    def undo(self, review: Review) -> None:
        """Take back a rating: delete it and put the card's memory back as it was."""
        with self.transaction() as db:
            db.execute("DELETE FROM reviews WHERE id = ?", (review.id,))
            if review.after is None:
                return
            if review.before is None:
                db.execute(
                    "DELETE FROM schedule WHERE level = ? AND card_ref = ?", (int(review.level), review.card_ref)
                )
            else:
                write_memory(db, review.level, review.card_ref, review.before)

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, value))

    # ------------------------------------------------------------ reads

    def setting(self, key: str) -> str | None:
        rows = self.read("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def answers(self, level: Level | None = None) -> list[Answer]:
        query = "SELECT level, pack, card, correct, given, seconds, answered_at FROM answers"
        rows = self.read(
            query + (" WHERE level = ?" if level else "") + " ORDER BY id", (level.label,) if level else ()
        )
        return [
            Answer(Level[row[0].upper()], row[1], row[2], bool(row[3]), row[4], row[5], _from_ts(row[6]))
            for row in rows
        ]

    def counts(self) -> dict[Level, LevelCounts]:
        """Answered, correct and distinct cards seen, for every level."""
        rows = self.read(
            "SELECT level, count(*), sum(correct), count(DISTINCT pack || char(0) || card) FROM answers GROUP BY level"
        )
        found = {row[0]: LevelCounts(row[1], row[2] or 0, row[3]) for row in rows}
        return {level: found.get(level.label, LevelCounts()) for level in Level}

    def schedule_numbers(self, level: Level) -> dict[int, tuple[float | None, float | None, float]]:
        """card ref → (stability, last review, due) as numbers, for every card studied on `level`.

        Plain numbers, no datetimes: stats read every row, and tens of thousands of them.
        (`+level` makes SQLite scan the table rather than visit each row through the due index.)
        """
        rows = self.read("SELECT card_ref, stability, last_review, due FROM schedule WHERE +level = ?", (int(level),))
        return {row[0]: row[1:] for row in rows}

    def refs(self) -> dict[CardKey, int]:
        """(pack, card) → card ref for every card the store knows; cached, topped up with newer ids."""
        if self._refs is None:
            self._refs, self._refs_top = {}, 0
        rows = self.read("SELECT id, pack, card FROM cards WHERE id > ? ORDER BY id", (self._refs_top,))
        for ref, pack, card in rows:
            self._refs[(pack, card)] = ref
        if rows:
            self._refs_top = rows[-1][0]
        return self._refs

    def reviewed_between(self, level: Level, start: datetime, end: datetime) -> bool:
        rows = self.read(
            "SELECT EXISTS(SELECT 1 FROM reviews WHERE level = ? AND reviewed_at >= ? AND reviewed_at < ?)",
            (int(level), start.timestamp(), end.timestamp()),
        )
        return bool(rows[0][0])

    def memory(self, level: Level, key: CardKey) -> Memory | None:
        from prep.core.scheduler import Memory

        rows = self.read(
            "SELECT s.state, s.step, s.stability, s.difficulty, s.due, s.last_review FROM schedule s"
            " JOIN cards c ON c.id = s.card_ref WHERE s.level = ? AND c.pack = ? AND c.card = ?",
            (int(level), *key),
        )
        if not rows:
            return None
        row = rows[0]
        return Memory(row[0], row[1], row[2], row[3], _from_ts(row[4]), _from_ts(row[5]))

    def due_keys(self, level: Level, until: datetime, *, limit: int, offset: int = 0) -> list[CardKey]:
        """Cards due on `level` by `until`, most overdue first."""
        rows = self.read(
            "SELECT c.pack, c.card FROM schedule s JOIN cards c ON c.id = s.card_ref"
            " WHERE s.level = ? AND s.due <= ? ORDER BY s.due LIMIT ? OFFSET ?",
            (int(level), until.timestamp(), limit, offset),
        )
        return [(row[0], row[1]) for row in rows]

    def introduced_since(self, level: Level, since: datetime) -> int:
        """How many cards were seen for the first time on `level` since `since`."""
        return self.read(
            "SELECT count(*) FROM schedule WHERE level = ? AND first_review >= ?", (int(level), since.timestamp())
        )[0][0]

    def studied(self, level: Level, keys: list[CardKey]) -> set[CardKey]:
        """Which of `keys` have been studied on `level`'s track."""
        if not keys:
            return set()
        pairs = ", ".join("(?, ?)" for _ in keys)
        rows = self.read(
            f"WITH wanted(pack, card) AS (VALUES {pairs})"
            " SELECT w.pack, w.card FROM wanted w JOIN cards c ON c.pack = w.pack AND c.card = w.card"
            " JOIN schedule s ON s.card_ref = c.id AND s.level = ?",
            [value for key in keys for value in key] + [int(level)],
        )
        return {(row[0], row[1]) for row in rows}

    def ref(self, key: CardKey) -> int | None:
        rows = self.read("SELECT id FROM cards WHERE pack = ? AND card = ?", key)
        return rows[0][0] if rows else None


# ---------------------------------------------------------------- write helpers (inside a transaction)


def ensure_card_ref(db: sqlite3.Connection, key: CardKey) -> int:
    row = db.execute("SELECT id FROM cards WHERE pack = ? AND card = ?", key).fetchone()
    if row:
        return row[0]
    return db.execute("INSERT INTO cards(pack, card) VALUES (?, ?)", key).lastrowid


def _read_memory(db: sqlite3.Connection, level: Level, card_ref: int) -> Memory | None:
    from prep.core.scheduler import Memory

    row = db.execute(
        "SELECT state, step, stability, difficulty, due, last_review FROM schedule WHERE level = ? AND card_ref = ?",
        (int(level), card_ref),
    ).fetchone()
    if row is None:
        return None
    return Memory(row[0], row[1], row[2], row[3], _from_ts(row[4]), _from_ts(row[5]))


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


def _insert_review(db: sqlite3.Connection, level: Level, card_ref: int, rating: int, mode: str, at: datetime) -> int:
    stamp = at.timestamp()
    while True:  # two ratings of one card in the same microsecond (imports, fast scripts): nudge the second
        cursor = db.execute(
            "INSERT OR IGNORE INTO reviews(level, card_ref, rating, mode, reviewed_at) VALUES (?, ?, ?, ?, ?)",
            (int(level), card_ref, rating, mode, stamp),
        )
        if cursor.rowcount:
            return cursor.lastrowid
        stamp += 1e-6


def _apply_review(
    db: sqlite3.Connection, scheduler: Scheduler, level: Level, key: CardKey, rating: Rating, mode: str, at: datetime
) -> Review:
    card_ref = ensure_card_ref(db, key)
    before = _read_memory(db, level, card_ref)
    after = scheduler.review(card_ref, before, rating, at)
    review_id = _insert_review(db, level, card_ref, int(rating), mode, at)
    write_memory(db, level, card_ref, after, first=at if before is None else None)
    return Review(review_id, level, key, card_ref, int(rating), before, after)


def _log_cram(db: sqlite3.Connection, level: Level, key: CardKey, rating: Rating, at: datetime) -> Review:
    card_ref = ensure_card_ref(db, key)
    review_id = _insert_review(db, level, card_ref, int(rating), "cram", at)
    return Review(review_id, level, key, card_ref, int(rating), None, None)


# ---------------------------------------------------------------- creating, and files that are not stores


def _create(path: Path) -> None:
    """Create a new store beside `path` and link it into place, so no one ever sees it half-made.

    (SQLite would create an empty file first; a second prep starting at that moment would take
    the empty file for a damaged store.) If another process wins the race, its store is used.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    draft = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        db = sqlite3.connect(draft, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            store = Store(db, draft)
            store._migrate(None)
        finally:
            db.close()
        os.link(draft, path)
    except FileExistsError:
        pass
    except (OSError, sqlite3.Error) as error:
        raise StoreError(f"{path}: cannot create the progress store: {error}") from None
    finally:
        for leftover in (draft, draft.with_name(draft.name + "-wal"), draft.with_name(draft.name + "-shm")):
            leftover.unlink(missing_ok=True)


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
