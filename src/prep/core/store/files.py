"""The store's file on disk: creating it safely, and files at its place that are not stores."""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from prep.core.clock import utc_now
from prep.core.store.schema import migrate
from prep.errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"


def create(path: Path) -> None:
    """Create a new store beside `path` and link it into place, so no one ever sees it half-made.

    (SQLite would create an empty file first; a second prep starting at that moment would take
    the empty file for a damaged store.) If another process wins the race, its store is used.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with exclusive_lock(path.with_name(f".{path.name}.create-lock")):
        if path.exists():
            return  # another prep made it while this one waited: its journal files are live, not orphans
        _set_aside_orphans(path)
        _create(path)


def _create(path: Path) -> None:
    draft = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        db = sqlite3.connect(draft, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("BEGIN IMMEDIATE")
            migrate(db)
            db.execute("COMMIT")
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


@contextmanager
def exclusive_lock(lock_path: os.PathLike[str] | str, *, wait: bool = True) -> Iterator[None]:
    """An exclusive lock on `lock_path` (made if need be) while the block runs; the OS frees it if the
    process dies. Without `wait`, BlockingIOError when another process holds it."""
    handle = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        yield
    finally:
        os.close(handle)


def _set_aside_orphans(path: Path) -> None:
    """A journal left beside a store that is gone (moved away while prep had it open) must not be read
    into the new store that takes its name: SQLite finds journals by name. It is kept aside instead."""
    if path.exists():
        return
    stamp = utc_now().strftime("%Y%m%d-%H%M%S")
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(companion.with_name(f"{companion.name}.orphaned-{stamp}"))


def refuse_foreign_file(path: Path, *, move: bool = True) -> None:
    """Move aside a file at `path` that cannot be a prep store (or, without `move`, only refuse it), and say so."""
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
    if not move:
        raise StoreError(f"{path} {reason}, so it is not a prep progress store; move it away or use --data-dir")
    try:
        aside = keep_aside(path)
    except OSError as error:
        raise StoreError(
            f"{path} {reason}, so it is not a prep progress store, and it cannot be moved aside"
            f" ({error.strerror or error}); move it away yourself or use --data-dir"
        ) from None
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


def sqlite_problem(path: Path) -> str | None:
    """Why the SQLite file at `path` is not sound, or None when it is."""
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return "is not an SQLite database"
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            verdict = db.execute("PRAGMA quick_check").fetchone()[0]
        db.close()
    except sqlite3.DatabaseError as error:
        return f"is damaged ({error})"
    return None if verdict == "ok" else "is damaged"
