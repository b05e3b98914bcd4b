"""Backups of the progress store with SQLite's online backup API.

A backup is taken at most once a day after studying, and always before a migration, a reset, an
import or a restore. The newest `KEEP` backups are kept.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from prep.core.clock import utc_now
from prep.core.store.database import Store
from prep.core.store.files import keep_aside, sqlite_problem
from prep.errors import StoreError

KEEP = 7
PREFIX = "progress-"


def backups(folder: Path) -> list[Path]:
    """Existing backups, oldest first."""
    return sorted(folder.glob(f"{PREFIX}*.db")) if folder.is_dir() else []


def make_backup(store: Store, folder: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy the store into `folder` (consistent even while others write) and prune old copies."""
    now = now or utc_now()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PREFIX}{now.strftime('%Y%m%d-%H%M%S-%f')}-{reason}.db"
    partial = target.with_suffix(".partial")
    try:
        copy = sqlite3.connect(partial)
        try:
            store.copy_to(copy)
        finally:
            copy.close()
        partial.replace(target)
    except (sqlite3.Error, StoreError) as error:
        partial.unlink(missing_ok=True)
        raise StoreError(f"could not back up {store.path} to {folder}: {error}") from None
    for old in backups(folder)[:-KEEP]:
        old.unlink(missing_ok=True)
    return target


def backup_before_migration(folder: Path) -> Callable[[Store], Path]:
    """The hook `Store.open` runs before migrating an older store: a backup into `folder`."""
    from prep.core.store.schema import SCHEMA_VERSION

    return lambda store: make_backup(store, folder, f"before-schema-{SCHEMA_VERSION}")


def daily_backup(store: Store, folder: Path, now: datetime | None = None) -> Path | None:
    """Back up the store unless one was already taken today (local time)."""
    now = now or utc_now()
    today = now.astimezone().strftime("%Y%m%d")
    for existing in backups(folder):
        taken = _taken_at(existing)
        if taken and taken.astimezone().strftime("%Y%m%d") == today:
            return None
    if not store.has_progress():
        return None  # nothing worth keeping yet
    return make_backup(store, folder, "daily", now)


def _taken_at(path: Path) -> datetime | None:
    stamp = path.name[len(PREFIX) : len(PREFIX) + 22]
    try:
        return datetime.strptime(stamp + "+0000", "%Y%m%d-%H%M%S-%f%z")
    except ValueError:
        return None


def restore(store_path: Path, folder: Path, chosen: Path | None = None) -> tuple[Path, Path | None]:
    """Replace the store with a backup: `chosen`, or the newest sound one.

    What was there is backed up first if it is sound, or kept aside under a new name if it is not.
    Returns (the backup restored, where the previous store went).
    """
    if chosen is not None:
        if not chosen.is_file():
            raise StoreError(f"{chosen}: no such backup; `prep progress restore --list` shows them")
        problem = sqlite_problem(chosen)
        if problem:
            raise StoreError(f"{chosen} {problem}; choose another backup (`prep progress restore --list`)")
        source = chosen
    else:
        sound = [path for path in reversed(backups(folder)) if not sqlite_problem(path)]
        if not sound:
            raise StoreError(f"no sound backup in {folder}; nothing to restore")
        source = sound[0]
    previous = _save_current(store_path, folder)
    origin = sqlite3.connect(source)
    try:
        with Store.open(store_path) as target:
            target.replace_with(origin)
    finally:
        origin.close()
    return source, previous


def _save_current(store_path: Path, folder: Path) -> Path | None:
    if not store_path.exists():
        return None
    if sqlite_problem(store_path):
        return keep_aside(store_path)
    with Store.open(store_path) as current:
        return make_backup(current, folder, "before-restore")
