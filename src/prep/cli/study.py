"""The study commands: the home screen, quizzes, flashcards and statistics."""

from __future__ import annotations

import argparse

from prep.cli.common import LEVEL_HELP, level_of, load_library, open_store, study_store, warnings_of
from prep.errors import PrepError, UsageError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from prep.core.flashcards import FlashcardSession
    from prep.core.packs.discover import Library
    from prep.core.session import QuizSession


def run_home(args: argparse.Namespace) -> int:
    """`prep` alone: the TUI's home screen on the last level used."""
    library = load_library(args)
    with study_store(args) as store:
        from prep.tui.app import run_app

        run_app(store=store, library=library, warnings=warnings_of(library))
    return 0


def run_quiz(args: argparse.Namespace) -> int:
    from prep.core.model import Deck
    from prep.core.session import QuizSession, choose_quiz_cards

    level = level_of(args)
    library = load_library(args)
    cards = choose_quiz_cards(Deck.of(library.packs), level, count=args.n, topics=args.topic, seed=args.seed)
    if not cards:
        raise PrepError(
            f"no quiz questions for {level} in these packs"
            f"{' on ' + ', '.join(args.topic) if args.topic else ''}; try another level or topic"
        )
    with study_store(args) as store:
        return study(args, library, QuizSession(cards, level, store))


def run_cards(args: argparse.Namespace) -> int:
    from prep.core.flashcards import FlashcardSession, choose_cram_cards, choose_flashcards
    from prep.core.model import Deck
    from prep.core.store import utc_now

    level = level_of(args)
    library = load_library(args)
    deck = Deck.of(library.packs)
    now = utc_now()
    with study_store(args) as store:
        cram_until = cram_date(args, now)
        if cram_until is not None:
            cards = choose_cram_cards(deck, store, level, cram_until, count=args.n or 50, topics=args.topic)
        else:
            cards = choose_flashcards(deck, store, level, now, new_per_day=args.new, topics=args.topic, seed=args.seed)
            if args.n:
                cards = cards[: args.n]
        if not cards:
            print(
                f"Nothing due on the {level} track and no new cards left today."
                " Come back tomorrow, raise --new, or try `prep quiz`."
            )
            return 0
        return study(args, library, FlashcardSession(cards, level, store, cram=cram_until is not None))


def study(args: argparse.Namespace, library: Library, session: QuizSession | FlashcardSession) -> int:
    """Run a quiz or flashcard session on stdin/stdout (`--plain`) or in the TUI; remember its level."""
    from prep.core.session import QuizSession

    session.store.set_setting("last_level", session.level.label)
    quiz = isinstance(session, QuizSession)
    if args.plain:
        from prep import plain

        (plain.run_quiz if quiz else plain.run_flashcards)(session, plain.Console())
        return 0
    from prep.tui.app import run_app

    run_app(
        store=session.store,
        library=library,
        level=session.level,
        warnings=warnings_of(library),
        **{"quiz" if quiz else "flashcards": session},
    )
    if not quiz:  # the TUI has closed: leave the tally in the terminal
        print(
            f"Rated {session.rated} cards on the {session.level} track · {session.again} again"
            f" · {session.remaining} left"
        )
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


def run_stats(args: argparse.Namespace) -> int:
    from prep.core.model import Deck, Level
    from prep.core.stats import level_stats

    levels = [level_of(args)] if args.level else list(Level)
    library = load_library(args, quiet=args.json)
    with open_store(args) as store:
        figures = level_stats(store, Deck.of(library.packs), levels)
    if args.json:
        import json

        print(json.dumps({"levels": {level.label: figure.to_dict() for level, figure in figures.items()}}, indent=2))
        return 0
    from prep.stats_text import render_stats

    print(render_stats(figures, detailed=bool(args.level)))
    return 0


def session_arguments(parser: argparse.ArgumentParser, *, order: str, plain: str) -> None:
    """What quizzes and flashcards both take: the level, topics, packs, a seed and --plain."""
    parser.add_argument("--level", "-l", required=True, help=LEVEL_HELP)
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


def stats_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--level", "-l", help=LEVEL_HELP)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--pack", "-p", action="append", metavar="FILE", help="count these packs' cards only")
