"""Backups of the progress store with SQLite's online backup API, in two pools.

- **Daily** backups are taken at most once a day after studying; the newest `KEEP_DAILY` are kept.
- **Safety** backups are taken before anything that rewrites progress — a migration, a reset, an
  import that brings something new, a restore — and kept in a pool of their own for each reason
  (the newest `KEEP_SAFETY` of each), so that neither routine backups nor a run of imports ever
  push out the one a reset just told the user about.

A restore reads the chosen backup into memory before it takes its own safety backup, so pruning can
never delete what is being restored; it refuses files that are not prep stores.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from prep.core.clock import utc_now
from prep.core.model import Level
from prep.core.store.database import Store
from prep.core.store.files import keep_aside, sqlite_problem
from prep.core.store.schema import APPLICATION_ID, SCHEMA_VERSION
from prep.core.text import plural
from prep.errors import StoreError

KEEP_DAILY = 7
KEEP_SAFETY = 5
PREFIX = "progress-"
DAILY = "daily"


def backups(folder: Path) -> list[Path]:
    """Existing backups, oldest first."""
    return sorted(folder.glob(f"{PREFIX}*.db")) if folder.is_dir() else []


def reason_of(path: Path) -> str:
    """Why a backup was taken ("daily", "before-reset-junior", ...), from its name."""
    return path.stem[len(PREFIX) + 23 :] if path.stem.startswith(PREFIX) else ""


def make_backup(store: Store, folder: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy the store into `folder` (consistent even while others write) and prune the backups taken for
    the same reason."""
    now = now or utc_now()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise StoreError(f"{folder} is a file, not a folder; move it away so that backups can be kept there") from None
    except OSError as error:
        raise StoreError(f"cannot make the backup folder {folder}: {error.strerror or error}") from None
    target = folder / f"{PREFIX}{now.strftime('%Y%m%d-%H%M%S-%f')}-{reason}.db"
    partial = target.with_suffix(".partial")
    try:
        copy = sqlite3.connect(partial)
        try:
            store.copy_to(copy)
        finally:
            copy.close()
        partial.replace(target)
    except (sqlite3.Error, StoreError, OSError) as error:
        partial.unlink(missing_ok=True)
        raise StoreError(f"could not back up {store.path} to {folder}: {error}") from None
    pool = [path for path in backups(folder) if reason_of(path) == reason]
    for old in pool[: -(KEEP_DAILY if reason == DAILY else KEEP_SAFETY)]:
        old.unlink(missing_ok=True)
    return target


def backup_before_migration(folder: Path) -> Callable[[Store], Path]:
    """The hook `Store.open` runs before migrating an older store: a safety backup into `folder`."""
    return lambda store: make_backup(store, folder, f"before-schema-{SCHEMA_VERSION}")


def daily_backup(store: Store, folder: Path, now: datetime | None = None) -> Path | None:
    """Back up the store unless a daily backup was already taken today (local time)."""
    now = now or utc_now()
    today = now.astimezone().strftime("%Y%m%d")
    for existing in backups(folder):
        taken = _taken_at(existing)
        if reason_of(existing) == DAILY and taken and taken.astimezone().strftime("%Y%m%d") == today:
            return None
    if not store.has_progress():
        return None  # nothing worth keeping yet
    return make_backup(store, folder, DAILY, now)


def _taken_at(path: Path) -> datetime | None:
    stamp = path.name[len(PREFIX) : len(PREFIX) + 22]
    try:
        return datetime.strptime(stamp + "+0000", "%Y%m%d-%H%M%S-%f%z")
    except ValueError:
        return None


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, for `restore --list` and the question before a restore."""

    path: Path
    taken_at: datetime | None
    reason: str
    size: int
    answers: int
    reviews: int
    levels: tuple[Level, ...]
    """The tracks with any progress in it."""
    problem: str | None = None
    """Why it cannot be restored, if it cannot."""

    def describe(self) -> str:
        when = self.taken_at.astimezone().strftime("%Y-%m-%d %H:%M") if self.taken_at else "unknown time"
        if self.problem:
            return f"{self.path.name}  {when}  {self.size:,} bytes  cannot be restored: it {self.problem}"
        tracks = ", ".join(level.label for level in self.levels) or "no tracks"
        holds = f"{plural(self.answers, 'answer')}, {plural(self.reviews, 'review')}"
        return f"{self.path.name}  {when}  {_kib(self.size)}  {holds} ({tracks})  {_why(self.reason)}"


_WHY = {DAILY: "the day's first backup", "before-import": "taken before an import",
        "before-restore": "what was there before a restore"}  # fmt: skip


def _why(reason: str) -> str:
    """A backup's reason as a person says it."""
    if reason.startswith("before-reset-"):
        return f"taken before the {reason.removeprefix('before-reset-')} track was reset"
    if reason.startswith("before-schema-"):
        return "taken before the store was upgraded"
    return _WHY.get(reason, reason)


def _kib(size: int) -> str:
    return f"{size / 1024:,.0f} KiB" if size >= 1024 else f"{size} bytes"


def inspect(path: Path) -> BackupInfo:
    """What `path` holds, read-only; `problem` says why it is not a restorable prep store."""
    size = path.stat().st_size if path.exists() else 0
    info = BackupInfo(path, _taken_at(path), reason_of(path), size, 0, 0, ())
    problem = _problem(path)
    if problem:
        return BackupInfo(path, info.taken_at, info.reason, size, 0, 0, (), problem)
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        answers = db.execute("SELECT count(*) FROM answers").fetchone()[0]
        reviews = db.execute("SELECT count(*) FROM reviews").fetchone()[0]
        numbers = {row[0] for row in db.execute("SELECT DISTINCT level FROM reviews")}
        numbers |= {row[0] for row in db.execute("SELECT DISTINCT level FROM answers")}
    except sqlite3.Error as error:
        return BackupInfo(path, info.taken_at, info.reason, size, 0, 0, (), f"cannot be read ({error})")
    finally:
        db.close()
    levels = tuple(level for level in Level if int(level) in numbers or level.label in numbers)
    return BackupInfo(path, info.taken_at, info.reason, size, answers, reviews, levels)


def _problem(path: Path) -> str | None:
    """Why `path` cannot be restored, or None when it is a sound prep store."""
    if not path.is_file():
        return "is not a file"
    if path.stat().st_size == 0:
        return "is empty (0 bytes)"
    problem = sqlite_problem(path)
    if problem:
        return problem
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        application_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()
    if application_id != APPLICATION_ID:
        return "is not a prep progress store"
    if not 1 <= version <= SCHEMA_VERSION:
        return f"has schema {version}, which this prep cannot read"
    return None


def choose(folder: Path, chosen: Path | None) -> BackupInfo:
    """The backup to restore: `chosen` if it is sound, else the newest sound one; `StoreError` if none."""
    if chosen is not None:
        if not chosen.is_file():
            raise StoreError(f"{chosen}: no such backup; `prep progress restore --list` shows them")
        info = inspect(chosen)
        if info.problem:
            raise StoreError(f"{chosen} {info.problem}; choose another backup (`prep progress restore --list`)")
        return info
    for path in reversed(backups(folder)):
        info = inspect(path)
        if not info.problem:
            return info
    raise StoreError(f"no sound backup in {folder}; nothing to restore")


def restore(store_path: Path, folder: Path, source: Path) -> Path | None:
    """Replace the store with the backup `source` (checked with `choose`); returns where the previous
    store went: a safety backup if it was sound, or a name beside it if it was not."""
    origin = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    snapshot = sqlite3.connect(":memory:")
    try:
        origin.backup(snapshot)  # read it all first: the safety backup below may prune old backups
    finally:
        origin.close()
    try:
        previous = _save_current(store_path, folder)
        with Store.open(store_path) as target:
            target.replace_with(snapshot)
    finally:
        snapshot.close()
    return previous


def _save_current(store_path: Path, folder: Path) -> Path | None:
    if not store_path.exists():
        return None
    if sqlite_problem(store_path):
        return keep_aside(store_path)
    with Store.open(store_path) as current:
        return make_backup(current, folder, "before-restore")
