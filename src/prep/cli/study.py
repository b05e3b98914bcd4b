"""The study commands: the home screen, quizzes and flashcards (in the TUI or `--plain`)."""

from __future__ import annotations

import argparse
import sys

from prep.cli.common import LEVEL_HELP, level_of, load_library, paths_of, require_terminal, study_store, warnings_of
from prep.errors import UsageError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime

    from prep.core.model import Level
    from prep.core.packs.discover import Library
    from prep.core.store import Store
    from prep.core.study import Session, StudyOptions
    from prep.paths import Paths


def run_home(args: argparse.Namespace) -> int:
    """`prep` alone: the TUI's home screen on the last level used."""
    require_terminal("study in plain text with `prep quiz --level junior --plain` or `prep cards ... --plain`")
    paths = paths_of(args)
    library = load_library(paths)
    with study_store(paths) as store:
        from prep.tui.app import run_app

        return run_app(store=store, library=library, warnings=warnings_of(library), paths=paths)


def run_quiz(args: argparse.Namespace) -> int:
    from prep.core.study import Mode, StudyOptions

    options = StudyOptions(
        _level(args),
        Mode.QUIZ,
        topics=tuple(args.topic),
        count=_count(args.n, "-n"),
        seed=args.seed,
        time_limit=_seconds(args.time_limit) if args.time_limit is not None else None,
    )
    return study(paths_of(args), args.pack, options, plain=args.plain, target=args.target)


def run_cards(args: argparse.Namespace) -> int:
    from prep.core.study import Mode, NothingToStudy, StudyOptions

    options = StudyOptions(
        _level(args),
        Mode.FLASHCARDS,
        topics=tuple(args.topic),
        count=_count(args.n, "-n") or None,
        new_per_day=_count(args.new, "--new"),
        cram_until=cram_date(args.until, cram=args.cram),
        seed=args.seed,
    )
    try:
        return study(paths_of(args), args.pack, options, plain=args.plain, target=args.target)
    except NothingToStudy as nothing:  # not a failure: the schedule has nothing for today
        print(f"{str(nothing)[:1].upper()}{str(nothing)[1:]}.")
        return 0


def _level(args: argparse.Namespace) -> Level:
    """`--level`, or the target's level (read when the session starts); one of them is needed."""
    from prep.core.model import Level

    if args.target and args.level:
        raise UsageError("give --target or --level, not both: a target studies at its own level")
    if not args.target and not args.level:
        raise UsageError("which level? add --level junior|mid|senior|lead, or --target NAME")
    return level_of(args.level) if args.level else Level.MID


def study(
    paths: Paths, packs: list[str] | None, options: StudyOptions, *, plain: bool, target: str | None = None
) -> int:
    """Start the session `options` describe (on `target`'s cards, if named) and run it on
    stdin/stdout or in the TUI."""
    from prep.core.study import start_session, target_session

    if not plain:
        require_terminal("add --plain to study on stdin and stdout")
    elif sys.stdin is None:
        raise UsageError("--plain reads answers from stdin, and stdin is closed; give it a file or a pipe")
    library = load_library(paths, packs)
    with study_store(paths) as store:
        if target:
            from prep.core.targets import find_target

            session = target_session(find_target(store, target), library.packs, store, options)
        else:
            session = start_session(library.deck(), store, options)
        store.set_setting("last_level", session.level.label)
        if plain:
            from prep import plain as text_mode

            text_mode.run_session(session, text_mode.Console())
            return 0
        return _in_tui(store, library, session)


def _in_tui(store: Store, library: Library, session: Session) -> int:
    from prep.core.flashcards import FlashcardSession
    from prep.tui.app import run_app

    code = run_app(store=store, library=library, level=session.level, warnings=warnings_of(library), session=session)
    if isinstance(session, FlashcardSession) and session.rated:  # the TUI has closed: leave the tally in the terminal
        print(f"{session.summary().tally} · {session.level} track")
    return code


def _seconds(value: float) -> float:
    import math

    if not math.isfinite(value) or not 1 <= value <= 3600:
        raise UsageError(f"--time-limit {value:g} is not a time to answer in; give seconds from 1 to 3600")
    return value


def _count(value: int, flag: str) -> int:
    if value < 0:
        raise UsageError(f"{flag} {value} is negative; give 0 or more")
    return value


def cram_date(until: str | None, *, cram: bool) -> datetime | None:
    """The moment a cram session aims at: `--until DATE` (end of that day), `--cram` (now), or None."""
    from datetime import date, datetime, time

    if until:
        try:
            day = date.fromisoformat(until)
        except ValueError:
            raise UsageError(f"--until {until!r} is not a date; write it as YYYY-MM-DD") from None
        return datetime.combine(day, time(23, 59)).astimezone()
    if cram:
        from prep.core.clock import utc_now

        return utc_now()
    return None


def session_arguments(parser: argparse.ArgumentParser, *, order: str, plain: str) -> None:
    """What quizzes and flashcards both take: the level, topics, packs, a seed and --plain."""
    parser.add_argument("--level", "-l", help=LEVEL_HELP)
    parser.add_argument("--target", metavar="NAME", help="the cards of this target (`prep target list`), at its level")
    parser.add_argument("--topic", "-t", action="append", default=[], metavar="T", help="only this topic (repeatable)")
    parser.add_argument(
        "--pack",
        "-p",
        action="append",
        metavar="FILE",
        help="use this pack file or folder only, instead of the installed packs (repeatable)",
    )
    parser.add_argument("--seed", type=int, help=f"make the order of {order} reproducible")
    parser.add_argument("--plain", action="store_true", help=f"no TUI: {plain}")


def quiz_arguments(parser: argparse.ArgumentParser) -> None:
    session_arguments(parser, order="questions", plain="questions on stdout, answers from stdin")
    parser.add_argument("-n", type=int, default=20, metavar="N", help="number of questions (default 20; 0 for all)")
    parser.add_argument(
        "--time-limit", type=float, metavar="SECONDS", help="seconds to answer each question; late counts as wrong"
    )


def cards_arguments(parser: argparse.ArgumentParser) -> None:
    session_arguments(parser, order="new cards", plain="Enter reveals, then type 1-4")
    parser.add_argument("--new", type=int, default=20, metavar="N", help="new cards a day on this level (default 20)")
    parser.add_argument("-n", type=int, default=0, metavar="N", help="at most N cards this session")
    cram = parser.add_mutually_exclusive_group()
    cram.add_argument(
        "--until",
        metavar="DATE",
        help="cram for an interview on DATE (YYYY-MM-DD): the cards you would most likely have"
        " forgotten by then, weakest first; the long-term schedule is not changed",
    )
    cram.add_argument("--cram", action="store_true", help="cram now: the weakest cards first, schedule unchanged")
