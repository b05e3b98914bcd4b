"""Progress in and out of the store: JSON export, merging import, and resetting a level's track.

An import is a merge: answers and reviews already in the store are skipped (they are unique by
card and moment), and a card's schedule is taken from whichever side reviewed it last. Importing
the same file twice changes nothing the second time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prep.core.files import atomic_write
from prep.core.model import Level
from prep.core.scheduler import Memory
from prep.core.store import Store, ensure_card_ref, utc_now, write_memory
from prep.errors import PrepError

EXPORT_KIND = "prep-progress"
EXPORT_VERSION = 1


def _iso(stamp: float | None) -> str | None:
    return None if stamp is None else datetime.fromtimestamp(stamp, UTC).isoformat()


def export_progress(store: Store, path: Path, levels: list[Level], now: datetime | None = None) -> dict[str, int]:
    """Write the chosen levels' answers, reviews and schedules to `path` (atomically)."""
    numbers = [int(level) for level in levels]
    labels = [level.label for level in levels]
    marks = ", ".join("?" for _ in levels)
    answers = store.read(
        f"SELECT level, pack, card, correct, given, seconds, answered_at FROM answers"
        f" WHERE level IN ({marks}) ORDER BY id",
        labels,
    )
    reviews = store.read(
        f"SELECT r.level, c.pack, c.card, r.rating, r.mode, r.reviewed_at FROM reviews r"
        f" JOIN cards c ON c.id = r.card_ref WHERE r.level IN ({marks}) ORDER BY r.id",
        numbers,
    )
    schedule = store.read(
        f"SELECT s.level, c.pack, c.card, s.state, s.step, s.stability, s.difficulty, s.due,"
        f" s.last_review, s.first_review FROM schedule s JOIN cards c ON c.id = s.card_ref"
        f" WHERE s.level IN ({marks}) ORDER BY s.level, c.pack, c.card",
        numbers,
    )
    document = {
        "format": EXPORT_KIND,
        "version": EXPORT_VERSION,
        "exported_at": (now or utc_now()).isoformat(),
        "levels": labels,
        "answers": [
            {
                "level": r[0],
                "pack": r[1],
                "card": r[2],
                "correct": bool(r[3]),
                "given": r[4],
                "seconds": r[5],
                "at": r[6],
                "time": _iso(r[6]),
            }
            for r in answers
        ],
        "reviews": [
            {
                "level": Level(r[0]).label,
                "pack": r[1],
                "card": r[2],
                "rating": r[3],
                "mode": r[4],
                "at": r[5],
                "time": _iso(r[5]),
            }
            for r in reviews
        ],
        "schedule": [
            {
                "level": Level(r[0]).label,
                "pack": r[1],
                "card": r[2],
                "state": r[3],
                "step": r[4],
                "stability": r[5],
                "difficulty": r[6],
                "due": r[7],
                "last_review": r[8],
                "first_review": r[9],
            }
            for r in schedule
        ],
    }
    atomic_write(path, json.dumps(document, indent=1).encode("utf-8"))
    return {"answers": len(answers), "reviews": len(reviews), "schedule": len(schedule)}


@dataclass
class ImportResult:
    answers: int = 0
    reviews: int = 0
    schedule: int = 0
    skipped: int = 0
    """Records already in the store (or older than what it has)."""


def read_export(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PrepError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PrepError(f"{path} is not a prep progress export (cannot read it as JSON: {error})") from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_KIND:
        raise PrepError(f"{path} is not a prep progress export (write one with `prep progress export`)")
    if document.get("version") != EXPORT_VERSION:
        raise PrepError(f"{path} is a version {document.get('version')} export; this prep reads version 1")
    return document


def import_progress(store: Store, document: dict[str, Any], source: str) -> ImportResult:
    """Merge an export into the store in one transaction; all of it or none of it."""
    result = ImportResult()
    try:
        with store.transaction() as db:
            for row in document.get("answers", []):
                cursor = db.execute(
                    "INSERT OR IGNORE INTO answers(level, pack, card, correct, given, seconds, answered_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        Level.parse(row["level"]).label,
                        str(row["pack"]),
                        str(row["card"]),
                        int(bool(row["correct"])),
                        str(row["given"]),
                        float(row["seconds"]),
                        float(row["at"]),
                    ),
                )
                result.answers += cursor.rowcount
                result.skipped += 1 - cursor.rowcount
            for row in document.get("reviews", []):
                ref = ensure_card_ref(db, (str(row["pack"]), str(row["card"])))
                cursor = db.execute(
                    "INSERT OR IGNORE INTO reviews(level, card_ref, rating, mode, reviewed_at) VALUES (?, ?, ?, ?, ?)",
                    (int(Level.parse(row["level"])), ref, int(row["rating"]), str(row["mode"]), float(row["at"])),
                )
                result.reviews += cursor.rowcount
                result.skipped += 1 - cursor.rowcount
            for row in document.get("schedule", []):
                if _merge_schedule(db, row):
                    result.schedule += 1
                else:
                    result.skipped += 1
    except (KeyError, TypeError, ValueError) as error:
        raise PrepError(f"{source}: a record is incomplete or malformed ({error!r}); nothing was imported") from None
    return result


def _merge_schedule(db, row: dict[str, Any]) -> bool:
    level = Level.parse(row["level"])
    ref = ensure_card_ref(db, (str(row["pack"]), str(row["card"])))
    incoming = row["last_review"]
    current = db.execute(
        "SELECT last_review FROM schedule WHERE level = ? AND card_ref = ?", (int(level), ref)
    ).fetchone()
    if current is not None and (incoming is None or (current[0] is not None and current[0] >= incoming)):
        return False
    memory = Memory(
        int(row["state"]),
        row["step"],
        row["stability"],
        row["difficulty"],
        datetime.fromtimestamp(float(row["due"]), UTC),
        datetime.fromtimestamp(float(incoming), UTC) if incoming is not None else None,
    )
    write_memory(db, level, ref, memory, first=datetime.fromtimestamp(float(row["first_review"]), UTC))
    return True


def level_activity(store: Store, level: Level) -> tuple[int, int]:
    """(answers, reviews) stored on `level`'s track."""
    answers = store.read("SELECT count(*) FROM answers WHERE level = ?", (level.label,))[0][0]
    reviews = store.read("SELECT count(*) FROM reviews WHERE level = ?", (int(level),))[0][0]
    return answers, reviews


def reset_level(store: Store, level: Level) -> None:
    """Forget everything studied on `level`'s track (other levels are untouched)."""
    with store.transaction() as db:
        db.execute("DELETE FROM answers WHERE level = ?", (level.label,))
        db.execute("DELETE FROM reviews WHERE level = ?", (int(level),))
        db.execute("DELETE FROM schedule WHERE level = ?", (int(level),))


def check_store(store: Store) -> list[str]:
    """Problems SQLite finds in the store; empty when it is sound."""
    problems = [row[0] for row in store.read("PRAGMA integrity_check") if row[0] != "ok"]
    problems += [
        f"table {row[0]} row {row[1]} points at a missing {row[2]} row"
        for row in store.read("PRAGMA foreign_key_check")
    ]
    return problems
