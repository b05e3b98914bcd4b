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
from prep.errors import PrepError

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
        print(f"prep: {error}", file=sys.stderr)
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

    return Store.open(paths_of(args).store)


def load_library(args: argparse.Namespace, *, quiet: bool = False) -> Library:
    """The packs for this command: `--pack` files if given, else everything installed."""
    from prep.core.packs.discover import discover

    library = discover(paths_of(args), only=[Path(path) for path in getattr(args, "pack", None) or ()])
    if not quiet:
        report_library(library)
    return library


def report_library(library: Library) -> None:
    for problem in library.problems:
        print(f"prep: skipped: {problem}", file=sys.stderr)
    for warning in library.warnings:
        print(f"prep: warning: {warning}", file=sys.stderr)


# ---------------------------------------------------------------- commands


def cmd_quiz(args: argparse.Namespace) -> int:
    from prep.core.model import Deck
    from prep.core.session import QuizSession, choose_quiz_cards

    level = level_of(args)
    library = load_library(args)
    cards = choose_quiz_cards(Deck.of(library.packs), level, count=args.n, topics=args.topic, seed=args.seed)
    if not cards:
        raise PrepError(f"no quiz questions for {level} in these packs"
                        f"{' on ' + ', '.join(args.topic) if args.topic else ''}; try another level or topic")
    with open_store(args) as store:
        session = QuizSession(cards, level, store)
        if args.plain:
            from prep.plain import Console, run_quiz

            run_quiz(session, Console())
            return 0
        from prep.tui.app import run_quiz_app

        run_quiz_app(session, warnings=[str(p) for p in library.problems] + library.warnings)
    return 0


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
    print(f"{'level':<8} {'answered':>8} {'correct':>8} {'accuracy':>8} {'seen':>6} {'pool':>6}")
    for level, figure in figures.items():
        print(f"{level.label:<8} {figure.answered:>8} {figure.correct:>8} {figure.accuracy:>8.0%}"
              f" {figure.seen:>6} {figure.total:>6}")
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
        for problem in problems:
            print(problem)
        if not problems:
            print(f"{checked} pack file{'s' if checked != 1 else ''} valid")
    return 1 if problems else 0


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
    parser.set_defaults(run=lambda args: parser.print_help())
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

    stats = command("stats", cmd_stats, "show progress per level")
    stats.add_argument("--level", "-l", help=LEVEL_HELP)
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.add_argument("--pack", "-p", action="append", metavar="FILE", help="count these packs' cards only")

    packs = command("packs", lambda args: packs.print_help(), "list, check and install question packs")
    pack_commands = packs.add_subparsers(title="pack commands", metavar="ACTION")
    validate = command("validate", cmd_packs_validate, "check pack files and report every problem",
                       into=pack_commands)
    validate.add_argument("paths", nargs="+", metavar="PATH", help="pack files or folders")
    validate.add_argument("--json", action="store_true", help="print the problems as JSON")
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
