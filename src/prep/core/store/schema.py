"""The store's tables and the migrations that take an older file forward, one version at a time.

Schema 6: `answers` (every quiz answer, as given), `cards` (a stable integer id per (pack, card),
which fsrs needs), `schedule` (the FSRS memory of each card on each level's track), `reviews`
(every rating: flashcards, quiz answers and cram drills), `settings`, and the journal of imports
in progress (`imports`, `import_undo`, and the `import_id` of rows an import added), `targets`
(the interviews being prepared for), and what the learner set aside on each track: `card_marks`
(suspended and flagged cards) and `hidden` (topics and packs). A level is
stored as its number (1 junior … 4 lead) in every table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from prep.core.clock import from_timestamp
from prep.core.model import Level
from prep.core.store.writes import apply_review

APPLICATION_ID = 0x70726570  # "prep"


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
    from prep.core.scheduler import Scheduler, rating_for_answer

    scheduler = Scheduler(fuzz=False)
    rows = db.execute("SELECT level, pack, card, correct, answered_at FROM answers ORDER BY answered_at").fetchall()
    for level_name, pack, card, correct, answered_at in rows:
        at = from_timestamp(answered_at)
        assert at is not None
        apply_review(
            db, scheduler, Level[level_name.upper()], (pack, card), rating_for_answer(bool(correct)), "quiz", at
        )


def _v3(db: sqlite3.Connection) -> None:
    """Levels as numbers in `answers` too, like `schedule` and `reviews`."""
    db.execute(
        """CREATE TABLE answers_v3(
            id INTEGER PRIMARY KEY,
            level INTEGER NOT NULL,
            pack TEXT NOT NULL,
            card TEXT NOT NULL,
            correct INTEGER NOT NULL,
            given TEXT NOT NULL,
            seconds REAL NOT NULL,
            answered_at REAL NOT NULL
        )"""
    )
    numbers = " ".join(f"WHEN '{level.label}' THEN {int(level)}" for level in Level)
    db.execute(
        "INSERT INTO answers_v3(id, level, pack, card, correct, given, seconds, answered_at)"
        f" SELECT id, CASE level {numbers} END, pack, card, correct, given, seconds, answered_at FROM answers"
    )
    db.execute("DROP TABLE answers")
    db.execute("ALTER TABLE answers_v3 RENAME TO answers")
    db.execute("CREATE INDEX answers_by_card ON answers(level, pack, card)")
    db.execute("CREATE UNIQUE INDEX answers_once ON answers(level, pack, card, answered_at)")


def _v4(db: sqlite3.Connection) -> None:
    """Imports in short steps: rows added by an import carry its id, and `import_undo` keeps the
    schedules it overwrote (and, as `written`, the `last_review` it put in their place), so an
    import that fails or is killed half-way can be undone."""
    db.execute("ALTER TABLE answers ADD COLUMN import_id INTEGER")
    db.execute("ALTER TABLE reviews ADD COLUMN import_id INTEGER")
    db.execute("CREATE INDEX answers_by_import ON answers(import_id) WHERE import_id IS NOT NULL")
    db.execute("CREATE INDEX reviews_by_import ON reviews(import_id) WHERE import_id IS NOT NULL")
    db.execute("CREATE TABLE imports(id INTEGER PRIMARY KEY, source TEXT NOT NULL, started_at REAL NOT NULL)")
    db.execute(
        """CREATE TABLE import_undo(
            import_id INTEGER NOT NULL,
            level INTEGER NOT NULL,
            card_ref INTEGER NOT NULL,
            written REAL,
            state INTEGER,
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due REAL,
            last_review REAL,
            first_review REAL,
            PRIMARY KEY(import_id, level, card_ref)
        ) WITHOUT ROWID"""
    )


def _v5(db: sqlite3.Connection) -> None:
    """Targets: the interviews a candidate prepares for (a posting's deck, a level, a date), each one
    row whose `record` is the JSON `core/targets.py` writes."""
    db.execute(
        "CREATE TABLE targets(name TEXT PRIMARY KEY, record TEXT NOT NULL, created_at REAL NOT NULL) WITHOUT ROWID"
    )


def _v6(db: sqlite3.Connection) -> None:
    """Cards suspended or flagged, and topics and packs hidden, per track. A row is kept when the mark is
    taken off (`active` 0) with the moment it changed, so that merging an export keeps whichever side
    changed it last, and an old export never puts back a mark taken off since."""
    db.execute(
        """CREATE TABLE card_marks(
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
            card_ref INTEGER NOT NULL REFERENCES cards(id),
            mark TEXT NOT NULL CHECK (mark IN ('suspended', 'flagged')),
            active INTEGER NOT NULL CHECK (active IN (0, 1)),
            changed_at REAL NOT NULL,
            PRIMARY KEY(level, card_ref, mark)
        ) WITHOUT ROWID"""
    )
    db.execute(
        """CREATE TABLE hidden(
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
            kind TEXT NOT NULL CHECK (kind IN ('topic', 'pack')),
            name TEXT NOT NULL,
            active INTEGER NOT NULL CHECK (active IN (0, 1)),
            changed_at REAL NOT NULL,
            PRIMARY KEY(level, kind, name)
        ) WITHOUT ROWID"""
    )


def _v7(db: sqlite3.Connection) -> None:
    """Whether the learner asked for the card's hint before answering (answers from before: no)."""
    db.execute("ALTER TABLE answers ADD COLUMN hinted INTEGER NOT NULL DEFAULT 0 CHECK (hinted IN (0, 1))")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]
"""`MIGRATIONS[n]` takes a store from schema version n to n + 1."""
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def is_prep_store(db: sqlite3.Connection) -> bool:
    """Whether the file is marked as prep's (or is still empty, so it can become one)."""
    if db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID:
        return True
    return not db.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]


def migrate(db: sqlite3.Connection) -> None:
    """Inside a write transaction: bring the schema to `SCHEMA_VERSION`."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for step in MIGRATIONS[schema_version(db) :]:
        step(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
