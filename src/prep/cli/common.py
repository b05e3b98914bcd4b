"""Helpers every command shares: where things are, the level asked for, the store and the packs."""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager

TYPE_CHECKING = False  # typing and pathlib cost milliseconds that `prep --help` should not pay
if TYPE_CHECKING:
    from collections.abc import Iterator

    from prep.core.model import Level
    from prep.core.packs.discover import Library
    from prep.core.store import Store
    from prep.paths import Paths

LEVEL_HELP = "target level: junior, mid, senior or lead (aliases: entry, intermediate, staff, principal)"


def paths_of(args: argparse.Namespace) -> Paths:
    from prep.paths import Paths

    return Paths.default(getattr(args, "data_dir", None))


def level_of(args: argparse.Namespace) -> Level:
    from prep.core.model import Level

    return Level.parse(args.level)


def open_store(args: argparse.Namespace) -> Store:
    from prep.core.store import Store

    paths = paths_of(args)
    return Store.open(paths.store, backups=paths.backups)


@contextmanager
def study_store(args: argparse.Namespace) -> Iterator[Store]:
    """The store for a study session; the day's backup is taken when the session ends, so it
    never delays the first question."""
    from prep.core.backup import daily_backup

    with open_store(args) as store:
        try:
            yield store
        finally:
            daily_backup(store, paths_of(args).backups)


def warnings_of(library: Library) -> list[str]:
    return [str(problem) for problem in library.problems] + library.warnings


def load_library(args: argparse.Namespace, *, quiet: bool = False) -> Library:
    """The packs for this command: `--pack` files if given, else everything installed."""
    from pathlib import Path

    from prep.core.packs.discover import discover

    library = discover(paths_of(args), only=[Path(path) for path in getattr(args, "pack", None) or ()])
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
    from prep.errors import UsageError

    if not sys.stdin.isatty():
        raise UsageError("refusing to delete progress without confirmation: add --yes")
    return input(question).strip().lower() in ("y", "yes")
