"""What every command shares: where things are, the level asked for, the store and the packs.

Commands turn their `argparse` arguments into plain values (`Paths`, a `Level`, `StudyOptions`)
at the top and pass those down; nothing below the command reads `args`.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager, suppress

TYPE_CHECKING = False  # typing and pathlib cost milliseconds that `prep --help` should not pay
if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from pathlib import Path

    from prep.core.model import Level
    from prep.core.packs.discover import Library
    from prep.core.store import Store
    from prep.paths import Paths

LEVEL_HELP = "target level: junior, mid, senior or lead (aliases: entry, intermediate, staff, principal)"


def paths_of(args: argparse.Namespace) -> Paths:
    from prep.paths import Paths

    return Paths.default(getattr(args, "data_dir", None))


def level_of(text: str) -> Level:
    """The level a command-line flag names; an unknown one is a usage error (exit 2)."""
    from prep.core.model import Level
    from prep.errors import UnknownLevel, UsageError

    try:
        return Level.parse(text)
    except UnknownLevel as error:
        raise UsageError(str(error)) from None


def open_store(paths: Paths, *, reading: bool = False) -> Store:
    """The progress store; an older one is backed up before it is migrated.

    A command that only reads (`reading`) also works where the data folder is read-only: the store
    is then opened read-only, and prep says so.
    """
    import os

    from prep.core.store import Store
    from prep.core.store.backups import backup_before_migration

    if reading and _read_only(paths.data):
        print(f"prep: note: {paths.data} is read-only; showing what is stored without changing it", file=sys.stderr)
        return Store.open_to_read(paths.store)
    if paths.data.exists() and not os.access(paths.data, os.W_OK | os.X_OK):
        from prep.errors import StoreError

        raise StoreError(f"{paths.data} is read-only, so prep cannot save progress there; use --data-dir DIR")
    return Store.open(paths.store, before_migration=backup_before_migration(paths.backups))


def _read_only(folder: Path) -> bool:
    import os

    return folder.exists() and not os.access(folder, os.W_OK | os.X_OK)


@contextmanager
def study_store(paths: Paths) -> Iterator[Store]:
    """The store for a study session; the day's backup is taken when the session ends, so it
    never delays the first question. A backup that fails is a warning: it neither hides why a
    session failed nor turns one that worked into a failure."""
    from prep.core.store.backups import daily_backup
    from prep.errors import PrepError

    with open_store(paths) as store:
        try:
            yield store
        except BaseException:
            with suppress(PrepError, OSError):
                daily_backup(store, paths.backups)
            raise
        try:
            daily_backup(store, paths.backups)
        except PrepError as error:
            print(f"prep: warning: the daily backup was not taken: {error}", file=sys.stderr)


def require_terminal(plain_hint: str) -> None:
    """The TUI needs a terminal on both ends; without one, say so in a line instead of hanging."""
    from prep.errors import UsageError

    if not all(stream is not None and stream.isatty() for stream in (sys.stdin, sys.stdout)):
        raise UsageError(f"prep's screens need a terminal, and stdin or stdout is not one; {plain_hint}")


def load_library(paths: Paths, packs: Sequence[str] | None = None, *, quiet: bool = False) -> Library:
    """The packs for this command: the `--pack` files or folders if given, else everything installed."""
    from pathlib import Path

    from prep.core.packs.discover import discover

    library = discover(paths, only=[Path(path) for path in packs or ()])
    if not quiet:
        report_library(library)
    return library


def report_library(library: Library) -> None:
    from prep.core.text import visible

    for problem in library.problems:
        for line in str(problem).splitlines():
            print(visible(f"prep: skipped: {line}"), file=sys.stderr)
    for warning in library.warnings:
        print(visible(f"prep: warning: {warning}"), file=sys.stderr)


def confirm(question: str) -> bool:
    """Ask on the terminal; without one, refuse (a script must say --yes)."""
    from prep.errors import UsageError

    if sys.stdin is None or not sys.stdin.isatty():
        raise UsageError("refusing to replace or delete progress without confirmation: add --yes")
    try:
        return input(question).strip().lower() in ("y", "yes")
    except EOFError:
        return False
