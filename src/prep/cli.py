"""The `prep` command line.

Each subcommand is one small function that imports what it needs when it runs: only the
commands that open the TUI import Textual, so `prep --help`, `prep stats` and `prep packs ...`
start fast (tests/test_imports.py keeps them honest).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from prep import __version__
from prep.errors import PrepError, UsageError

if TYPE_CHECKING:
    from prep.core.model import Level
    from prep.core.packs.discover import Library
    from prep.core.store import Store
    from prep.paths import Paths

LEVEL_HELP = "target level: junior, mid, senior or lead (aliases: entry, intermediate, staff, principal)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args) or 0
    except PrepError as error:
        from prep.core.text import visible

        print(f"prep: {visible(str(error))}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


# ---------------------------------------------------------------- shared helpers


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


def open_study_store(args: argparse.Namespace) -> Store:
    """The store for a study session: also takes the day's backup if none was taken yet."""
    from prep.core.backup import daily_backup

    store = open_store(args)
    daily_backup(store, paths_of(args).backups)
    return store


def warnings_of(library: Library) -> list[str]:
    return [str(problem) for problem in library.problems] + library.warnings


def load_library(args: argparse.Namespace, *, quiet: bool = False) -> Library:
    """The packs for this command: `--pack` files if given, else everything installed."""
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


# ---------------------------------------------------------------- commands


def cmd_home(args: argparse.Namespace) -> int:
    """`prep` alone: the TUI's home screen on the last level used."""
    library = load_library(args)
    with open_study_store(args) as store:
        from prep.tui.app import run_app

        run_app(store=store, library=library, warnings=warnings_of(library))
    return 0


def cmd_quiz(args: argparse.Namespace) -> int:
    from prep.core.model import Deck
    from prep.core.session import QuizSession, choose_quiz_cards

    level = level_of(args)
    library = load_library(args)
    cards = choose_quiz_cards(Deck.of(library.packs), level, count=args.n, topics=args.topic, seed=args.seed)
    if not cards:
        raise PrepError(f"no quiz questions for {level} in these packs"
                        f"{' on ' + ', '.join(args.topic) if args.topic else ''}; try another level or topic")
    with open_study_store(args) as store:
        session = QuizSession(cards, level, store)
        store.set_setting("last_level", level.label)
        if args.plain:
            from prep.plain import Console, run_quiz

            run_quiz(session, Console())
            return 0
        from prep.tui.app import run_app

        run_app(store=store, library=library, level=level, quiz=session, warnings=warnings_of(library))
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    from prep.core.flashcards import FlashcardSession, choose_cram_cards, choose_flashcards
    from prep.core.model import Deck
    from prep.core.store import utc_now

    level = level_of(args)
    library = load_library(args)
    deck = Deck.of(library.packs)
    now = utc_now()
    with open_study_store(args) as store:
        cram_until = cram_date(args, now)
        if cram_until is not None:
            cards = choose_cram_cards(deck, store, level, cram_until, count=args.n or 50, topics=args.topic)
        else:
            cards = choose_flashcards(deck, store, level, now, new_per_day=args.new, topics=args.topic,
                                      seed=args.seed)
            if args.n:
                cards = cards[:args.n]
        if not cards:
            print(f"Nothing due on the {level} track and no new cards left today."
                  " Come back tomorrow, raise --new, or try `prep quiz`.")
            return 0
        session = FlashcardSession(cards, level, store, cram=cram_until is not None)
        store.set_setting("last_level", level.label)
        if args.plain:
            from prep.plain import Console, run_flashcards

            run_flashcards(session, Console())
            return 0
        from prep.tui.app import run_app

        run_app(store=store, library=library, level=level, flashcards=session, warnings=warnings_of(library))
    return 0


def cram_date(args: argparse.Namespace, now):
    """The moment a cram session aims at: `--until DATE` (end of that day), `--cram` (now), or None."""
    if args.until:
        from datetime import date, datetime, time

        try:
            day = date.fromisoformat(args.until)
        except ValueError:
            raise UsageError(f"--until {args.until!r} is not a date; write it as YYYY-MM-DD") from None
        return datetime.combine(day, time(23, 59)).astimezone()
    return now if args.cram else None


def cmd_stats(args: argparse.Namespace) -> int:
    from prep.core.model import Deck, Level
    from prep.core.stats import level_stats

    levels = [level_of(args)] if args.level else list(Level)
    library = load_library(args, quiet=args.json)
    with open_store(args) as store:
        figures = level_stats(store, Deck.of(library.packs), levels)
    if args.json:
        import json
        from dataclasses import asdict

        print(json.dumps({"levels": {level.label: asdict(figure) for level, figure in figures.items()}}, indent=2))
        return 0
    from prep.stats_text import render_stats

    print(render_stats(figures, detailed=bool(args.level)))
    return 0


def cmd_packs_list(args: argparse.Namespace) -> int:
    from prep.core.model import Level

    library = load_library(args, quiet=args.json)
    rows = [pack_summary(pack) for pack in library.packs]
    if args.json:
        import json

        print(json.dumps({"packs": rows, "problems": [str(p) for p in library.problems],
                          "warnings": library.warnings}, indent=2))
        return 0
    if not rows:
        print("no packs found")
        return 0
    from prep.core.text import visible

    levels = [level.label for level in Level]
    print(f"{'name':<22} {'version':<8} {'from':<14} " + " ".join(f"{name:>6}" for name in levels) + "  title")
    for row in rows:
        counts = " ".join(f"{row['levels'][name]:>6}" for name in levels)
        print(visible(f"{row['name']:<22} {row['version']:<8} {row['origin']:<14} {counts}  {row['title']}"))
    return 0


def pack_summary(pack) -> dict[str, object]:
    return {
        "name": pack.name,
        "title": pack.title,
        "version": pack.version,
        "origin": pack.origin,
        "path": pack.path,
        "cards": len(pack.cards),
        "levels": {level.label: count for level, count in pack.counts_by_level().items()},
    }


def cmd_packs_show(args: argparse.Namespace) -> int:
    from collections import Counter

    from prep.core.text import visible

    library = load_library(args)
    pack = library.find(args.name)
    if pack is None:
        known = ", ".join(sorted(p.name for p in library.packs)) or "none"
        raise PrepError(f"no pack named {args.name!r}; installed packs: {known}")
    summary = pack_summary(pack)
    types = Counter(card.type.value for card in pack.cards)
    lines = [
        f"{pack.title}  ({pack.name} {pack.version})",
        pack.description,
        f"license: {pack.license or 'not given'}",
        f"from: {pack.origin} — {pack.path}",
        f"cards: {len(pack.cards)}",
        "by level: " + ", ".join(f"{name} {count}" for name, count in summary["levels"].items()),
        "by type: " + ", ".join(f"{name} {count}" for name, count in sorted(types.items())),
        "topics: " + ", ".join(pack.topics),
    ]
    print(visible("\n".join(line for line in lines if line)))
    return 0


def cmd_packs_add(args: argparse.Namespace) -> int:
    from prep.core.packs.install import add_packs
    from prep.core.text import visible
    from prep.errors import PackErrors

    try:
        installed = add_packs(Path(args.path), paths_of(args).packs)
    except PackErrors as errors:
        for error in errors.errors:
            print(visible(str(error)), file=sys.stderr)
        print(f"prep: nothing was installed from {args.path}", file=sys.stderr)
        return 1
    for item in installed:
        pack = item.pack
        change = f" (replaces version {item.replaced.version})" if item.replaced else ""
        print(visible(f"installed {pack.name} {pack.version}: {pack.title}, {len(pack.cards)} cards{change}"))
    return 0


def cmd_packs_remove(args: argparse.Namespace) -> int:
    from prep.core.packs.install import remove_pack
    from prep.core.text import visible

    pack = remove_pack(args.name, paths_of(args).packs)
    print(visible(f"removed {pack.name} {pack.version}; your progress on its cards is kept"))
    return 0


def cmd_packs_schema(args: argparse.Namespace) -> int:
    from importlib.resources import files

    sys.stdout.write(files("prep.core.packs").joinpath("schema.json").read_text(encoding="utf-8"))
    return 0


def cmd_packs_validate(args: argparse.Namespace) -> int:
    from prep.core.packs.load import load_pack, pack_files
    from prep.errors import PackError, PackErrors

    problems: list[PackError] = []
    checked = 0
    for target in map(Path, args.paths):
        files = pack_files(target) if target.is_dir() else [target]
        if not files:
            problems.append(PackError(str(target), "no .yaml pack files here"))
        for path in files:
            checked += 1
            try:
                load_pack(path)
            except PackErrors as errors:
                problems.extend(errors.errors)
    if args.json:
        import json

        print(json.dumps({"checked": checked, "valid": not problems,
                          "problems": [problem.to_dict() for problem in problems]}, indent=2))
    else:
        from prep.core.text import visible

        for problem in problems:
            print(visible(str(problem)))
        if not problems:
            print(f"{checked} pack file{'s' if checked != 1 else ''} valid")
    return 1 if problems else 0


def cmd_build(args: argparse.Namespace) -> int:
    from prep.core.build import build
    from prep.core.model import Level
    from prep.core.packs.discover import bundled_library
    from prep.core.packs.write import write_pack

    level = Level.parse(args.level) if args.level else None
    result = build([Path(path) for path in args.inputs], level=level, name=args.name, title=args.title,
                   bundled=bundled_library().packs)
    output = Path(args.output) if args.output else paths_of(args).packs / f"{result.pack.name}.yaml"
    write_pack(result.pack, output, header=result.header)
    if args.json:
        import json

        print(json.dumps(result.report(str(output)), indent=2))
    else:
        from prep.core.text import visible

        print(visible(result.describe(str(output))))
    return 0


def cmd_progress_export(args: argparse.Namespace) -> int:
    from prep.core.model import Level
    from prep.core.transfer import export_progress

    levels = [level_of(args)] if args.level else list(Level)
    with open_store(args) as store:
        counts = export_progress(store, Path(args.file), levels)
    print(f"exported {counts['answers']} answers, {counts['reviews']} reviews and {counts['schedule']}"
          f" scheduled cards ({', '.join(level.label for level in levels)}) to {args.file}")
    return 0


def cmd_progress_import(args: argparse.Namespace) -> int:
    from prep.core.backup import make_backup
    from prep.core.transfer import import_progress, read_export

    document = read_export(Path(args.file))
    with open_store(args) as store:
        backup = make_backup(store, paths_of(args).backups, "before-import")
        result = import_progress(store, document, args.file)
    print(f"imported {result.answers} answers, {result.reviews} reviews and {result.schedule} schedules;"
          f" {result.skipped} were already here. Backup taken first: {backup.name}")
    return 0


def cmd_progress_reset(args: argparse.Namespace) -> int:
    from prep.core.backup import make_backup
    from prep.core.transfer import level_activity, reset_level

    level = level_of(args)
    with open_store(args) as store:
        answers, reviews = level_activity(store, level)
        if not args.yes and not confirm(f"Delete all {level} progress ({answers} answers, {reviews} reviews)?"
                                        " A backup is taken first. Type yes to go on: "):
            print("Nothing was deleted.")
            return 1
        backup = make_backup(store, paths_of(args).backups, f"before-reset-{level.label}")
        reset_level(store, level)
    print(f"reset the {level} track; the previous state is in backup {backup.name}"
          " (`prep progress restore` brings it back)")
    return 0


def confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        raise UsageError("refusing to delete progress without confirmation: add --yes")
    return input(question).strip().lower() in ("y", "yes")


def cmd_progress_check(args: argparse.Namespace) -> int:
    from prep.core.transfer import check_store

    with open_store(args) as store:
        problems = check_store(store)
        answers = store.read("SELECT count(*) FROM answers")[0][0]
        reviews = store.read("SELECT count(*) FROM reviews")[0][0]
    if problems:
        for problem in problems:
            print(problem)
        print("the store is damaged: `prep progress restore` brings back the last backup")
        return 1
    print(f"ok: {paths_of(args).store} ({answers} answers, {reviews} reviews)")
    return 0


def cmd_progress_restore(args: argparse.Namespace) -> int:
    from prep.core.backup import backups, restore

    paths = paths_of(args)
    if args.list:
        found = backups(paths.backups)
        for path in found:
            print(path.name)
        if not found:
            print(f"no backups yet in {paths.backups}")
        return 0
    chosen = None
    if args.backup:
        chosen = Path(args.backup)
        if not chosen.exists() and (paths.backups / args.backup).exists():
            chosen = paths.backups / args.backup
    source, safety = restore(paths.store, paths.backups, chosen)
    kept = f"; what was there before is saved as {safety.name}" if safety else ""
    print(f"restored {source.name}{kept}")
    return 0


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="keep progress and packs here instead of the user data folder (or set PREP_DATA_DIR)")

    parser = argparse.ArgumentParser(
        prog="prep",
        description="Interview practice for backend engineers: quizzes and flashcards by seniority level.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"prep {__version__}")
    parser.set_defaults(run=cmd_home)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, run: Callable[[argparse.Namespace], int], help: str,
                into: argparse._SubParsersAction = commands) -> argparse.ArgumentParser:
        sub = into.add_parser(name, parents=[common], help=help, description=help)
        sub.set_defaults(run=run)
        return sub

    quiz = command("quiz", cmd_quiz, "answer questions for a target level")
    quiz.add_argument("--level", "-l", required=True, help=LEVEL_HELP)
    quiz.add_argument("-n", type=int, default=20, metavar="N", help="number of questions (default 20; 0 for all)")
    quiz.add_argument("--topic", "-t", action="append", default=[], metavar="T", help="only this topic (repeatable)")
    quiz.add_argument("--pack", "-p", action="append", metavar="FILE",
                      help="quiz on this pack file or folder only, instead of the installed packs (repeatable)")
    quiz.add_argument("--seed", type=int, help="make the question order reproducible")
    quiz.add_argument("--plain", action="store_true", help="no TUI: questions on stdout, answers from stdin")

    cards = command("cards", cmd_cards, "review flashcards with spaced repetition (due cards first, then new)")
    cards.add_argument("--level", "-l", required=True, help=LEVEL_HELP)
    cards.add_argument("--new", type=int, default=20, metavar="N", help="new cards a day on this level (default 20)")
    cards.add_argument("--topic", "-t", action="append", default=[], metavar="T", help="only this topic (repeatable)")
    cards.add_argument("--pack", "-p", action="append", metavar="FILE",
                       help="study this pack file or folder only (repeatable)")
    cards.add_argument("-n", type=int, default=0, metavar="N", help="at most N cards this session")
    cram = cards.add_mutually_exclusive_group()
    cram.add_argument("--until", metavar="DATE",
                      help="cram for an interview on DATE (YYYY-MM-DD): the cards you would most likely have"
                           " forgotten by then, weakest first; the long-term schedule is not changed")
    cram.add_argument("--cram", action="store_true", help="cram now: the weakest cards first, schedule unchanged")
    cards.add_argument("--seed", type=int, help="make the order of new cards reproducible")
    cards.add_argument("--plain", action="store_true", help="no TUI: Enter reveals, then type 1-4")

    stats = command("stats", cmd_stats, "show progress per level")
    stats.add_argument("--level", "-l", help=LEVEL_HELP)
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.add_argument("--pack", "-p", action="append", metavar="FILE", help="count these packs' cards only")

    packs = command("packs", lambda args: packs.print_help(), "list, check and install question packs")
    pack_commands = packs.add_subparsers(title="pack commands", metavar="ACTION")
    listing = command("list", cmd_packs_list, "list the installed packs", into=pack_commands)
    listing.add_argument("--json", action="store_true", help="print one JSON object")
    listing.add_argument("--pack", "-p", action="append", metavar="FILE", help="list these pack files instead")
    show = command("show", cmd_packs_show, "show one pack: metadata, topics, counts", into=pack_commands)
    show.add_argument("name", help="the pack's name (see `prep packs list`)")
    add = command("add", cmd_packs_add, "check and install a pack file, a folder of them, or a .zip",
                  into=pack_commands)
    add.add_argument("path", metavar="PATH", help="a .yaml file, a folder, or a .zip archive")
    remove = command("remove", cmd_packs_remove, "remove a pack from the user pack folder (progress is kept)",
                     into=pack_commands)
    remove.add_argument("name", help="the pack's name")
    command("schema", cmd_packs_schema, "print the JSON Schema of pack format 1 (for editors)", into=pack_commands)
    validate = command("validate", cmd_packs_validate, "check pack files and report every problem",
                       into=pack_commands)
    validate.add_argument("paths", nargs="+", metavar="PATH", help="pack files or folders")
    validate.add_argument("--json", action="store_true", help="print the problems as JSON")

    progress = command("progress", lambda args: progress.print_help(),
                       "export, import, reset, check or restore your progress")
    progress_commands = progress.add_subparsers(title="progress commands", metavar="ACTION")
    export = command("export", cmd_progress_export, "write progress to a JSON file", into=progress_commands)
    export.add_argument("file", metavar="FILE.json")
    export.add_argument("--level", "-l", help="only this level's track")
    load = command("import", cmd_progress_import, "merge a JSON export into your progress (safe to repeat)",
                   into=progress_commands)
    load.add_argument("file", metavar="FILE.json")
    reset = command("reset", cmd_progress_reset, "forget one level's progress (asks first; backed up)",
                    into=progress_commands)
    reset.add_argument("--level", "-l", required=True, help=LEVEL_HELP)
    reset.add_argument("--yes", action="store_true", help="do not ask")
    command("check", cmd_progress_check, "check the store for damage", into=progress_commands)
    restore = command("restore", cmd_progress_restore, "bring back a backup (the newest by default)",
                      into=progress_commands)
    restore.add_argument("backup", nargs="?", metavar="BACKUP", help="a backup file or its name")
    restore.add_argument("--list", action="store_true", help="list the backups")

    build = command("build", cmd_build, "turn job descriptions and question collections into a deck")
    build.add_argument("inputs", nargs="+", metavar="DOC_OR_DIR", help="text, Markdown or HTML files, or folders of them")
    build.add_argument("-o", "--output", metavar="OUT.yaml",
                       help="where to write the deck (default: the user pack folder, so quizzes find it)")
    build.add_argument("--level", "-l", help="tag every card with this level instead of the detected ones")
    build.add_argument("--name", help="pack name (a slug; default: from the documents)")
    build.add_argument("--title", help="pack title (default: from the documents)")
    build.add_argument("--json", action="store_true", help="print the report as one JSON object")
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
