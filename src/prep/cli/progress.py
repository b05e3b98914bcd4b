"""`prep progress ...`: export, import, reset, check and restore the progress store."""

from __future__ import annotations

import argparse

from prep.cli.common import LEVEL_HELP, confirm, level_of, open_store, paths_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path


def run_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from prep.core.files import check_output, write_failed
    from prep.core.model import Level
    from prep.core.progress_file import MAX_NAME, write_export

    levels = [level_of(args.level)] if args.level else list(Level)
    if args.name is not None and not (args.name.strip() and len(args.name) <= MAX_NAME):
        from prep.errors import UsageError

        raise UsageError(f"--name must be 1 to {MAX_NAME} characters")
    target = Path(args.file)
    check_output(target, "export")
    with open_store(paths_of(args), reading=True) as store:
        progress = store.export(levels)
    try:
        write_export(target, progress, levels, student=args.name)
    except OSError as error:
        raise write_failed(target, error) from None
    marks = len(progress.marks) + len(progress.hidden)
    print(
        f"exported {len(progress.answers)} answers, {len(progress.reviews)} reviews, {len(progress.schedule)}"
        f" scheduled cards and {marks} marks ({', '.join(level.label for level in levels)}) to {args.file}"
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from prep.core.progress_file import read_export
    from prep.core.store.backups import make_backup

    progress = read_export(Path(args.file))
    paths = paths_of(args)
    with open_store(paths) as store:
        if not store.would_change(progress):
            print(f"nothing new in {args.file}: all of it is already here; nothing changed and no backup was taken")
            return 0
        backup = make_backup(store, paths.backups, "before-import")
        result = store.merge(progress, source=str(args.file))
    print(
        f"imported {result.answers} answers, {result.reviews} reviews, {result.schedule} schedules and"
        f" {result.marks} marks (suspended, flagged, hidden);"
        f" {result.skipped} were already here. Backup taken first: {backup.name}"
    )
    return 0


def run_reset(args: argparse.Namespace) -> int:
    from prep.core.store.backups import make_backup

    level = level_of(args.level)
    paths = paths_of(args)
    with open_store(paths) as store:
        answers, reviews = store.activity(level)
        if not answers and not reviews:
            print(f"nothing to reset: the {level} track has no progress")
            return 0
        if not args.yes and not confirm(
            f"Delete all {level} progress ({answers} answers, {reviews} reviews)?"
            " A backup is taken first. Type yes to go on: "
        ):
            print("Nothing was deleted.")
            return 1
        backup = make_backup(store, paths.backups, f"before-reset-{level.label}")
        store.reset(level)
    print(
        f"reset the {level} track; the previous state is in backup {backup.name}"
        " (`prep progress restore` brings it back)"
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    from prep.errors import StoreError

    paths = paths_of(args)
    with open_store(paths, reading=True) as store:
        try:
            damage = store.problems()
            values = [] if damage else store.value_problems()
            answers, reviews = (0, 0) if damage else store.totals()
        except StoreError as error:
            damage, values = [str(error)], []
    for problem in (damage + values)[:40]:
        print(problem)
    if damage:
        print("the store is damaged: `prep progress restore` brings back the last backup")
        return 1
    if values:
        print(
            f"{len(values)} stored value{'s' if len(values) != 1 else ''} no study could produce (an old import or a"
            " hand edit): prep counts those cards as not known, and studying a card again mends it;"
            " `prep progress restore` brings back a backup instead"
        )
        return 1
    print(f"ok: {paths.store} ({answers} answers, {reviews} reviews)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from prep.core.store.backups import backups, choose, inspect, restore

    paths = paths_of(args)
    if args.list:
        found = backups(paths.backups)
        for path in found:
            print(inspect(path).describe())
        if not found:
            print(f"no backups yet in {paths.backups}")
        return 0
    chosen = None
    if args.backup:
        chosen = Path(args.backup)
        if not chosen.exists() and (paths.backups / args.backup).exists():
            chosen = paths.backups / args.backup
    source = choose(paths.backups, chosen)
    if not args.yes and not confirm(
        f"Replace {_current(paths.store)} with backup {source.path.name} ({source.answers} answers,"
        f" {source.reviews} reviews)? The current store is saved first. Type yes to go on: "
    ):
        print("Nothing was restored.")
        return 1
    safety = restore(paths.store, paths.backups, source.path)
    kept = f"; what was there before is saved as {safety.name}" if safety else ""
    print(f"restored {source.path.name}{kept}")
    return 0


def _current(store: Path) -> str:
    """The current store as the restore question names it."""
    from prep.core.store.backups import inspect

    if not store.exists():
        return "your progress (there is none yet)"
    info = inspect(store)
    if info.problem:
        return f"your progress store (it {info.problem}, and will be kept aside)"
    return f"your progress ({info.answers} answers, {info.reviews} reviews)"


def export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.json")
    parser.add_argument("--level", "-l", help="only this level's track")
    parser.add_argument("--name", help="whose progress this is, for an instructor's `prep cohort report`")


def import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.json")


def reset_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--level", "-l", required=True, help=LEVEL_HELP)
    parser.add_argument("--yes", action="store_true", help="do not ask")


def restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("backup", nargs="?", metavar="BACKUP", help="a backup file or its name")
    parser.add_argument("--list", action="store_true", help="list the backups: when, size, what each holds")
    parser.add_argument("--yes", action="store_true", help="do not ask")
