"""`prep find`, `prep show`, `prep suspend|unsuspend|flag|unflag` and `prep hide|unhide`: finding cards,
reading one, and setting cards, topics and packs aside on a track (see `prep.core.browse`)."""

from __future__ import annotations

import argparse
import sys

from prep.cli.common import LEVEL_HELP, level_of, load_library, open_store, paths_of
from prep.errors import UsageError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from prep.core.browse import CardRecord, Found, Track
    from prep.core.model import Card, Level
    from prep.core.packs.discover import Library
    from prep.core.store import Store

PROMPT_WIDTH = 70
STATES = ("new", "learning", "review", "due", "suspended", "flagged", "hidden")
"""`prep.core.browse.State`, spelt out so that `prep find --help` loads nothing of the core."""


def run_find(args: argparse.Namespace) -> int:
    from prep.core.browse import Finder, Query, State, Track, known_name
    from prep.core.clock import utc_now
    from prep.core.store.records import PACK
    from prep.core.topics import resolve_topics

    paths = paths_of(args)
    library = load_library(paths, quiet=args.json)
    finder = Finder(library.deck().cards)
    topics, packs = names_in(finder.cards)
    query = Query(
        " ".join(args.text),
        topics=resolve_topics(args.topic, topics),
        packs=tuple(known_name(PACK, name, packs) for name in args.pack),
        states=tuple(State(state) for state in args.state),
    )
    with open_store(paths, reading=True) as store:
        track = Track(store, _track(store, args.level), utc_now())
    found = finder.search(query, track)
    if args.json:
        import json

        from prep.core.browse import find_dict

        print(json.dumps(find_dict(found, track), indent=2))
    elif found.cards:
        print(render_found(found, track))
        print(f"{_cards(len(found.cards))} on the {track.level} track{_higher(found, track.level)}", file=sys.stderr)
    else:
        print(f"prep: no card on the {track.level} track matches{_higher(found, track.level)}", file=sys.stderr)
    return 0 if found.cards else 1


def render_found(found: Found, track: Track) -> str:
    from prep.cli.tables import table
    from prep.core.browse import card_name, first_line
    from prep.core.text import visible

    now = track.now.timestamp()
    rows = [
        (
            card_name(card),
            card.level.label,
            ", ".join(card.topics),
            track.status(card).label(now),
            first_line(card, PROMPT_WIDTH),
        )
        for card in found.cards
    ]
    return visible("\n".join(table(("card", "level", "topics", "state", "prompt"), rows, "<<<<<")))


def _higher(found: Found, level: Level) -> str:
    if not found.higher:
        return ""
    return f" ({_cards(found.higher)} more above {level}: add --level with a higher level)"


def _cards(count: int) -> str:
    return f"{count} card{'s' if count != 1 else ''}"


def run_show(args: argparse.Namespace) -> int:
    from prep.core.browse import Finder, card_record
    from prep.core.clock import utc_now

    paths = paths_of(args)
    library = load_library(paths, quiet=args.json)
    card = Finder(library.deck().cards).card(args.card)
    now = utc_now()
    with open_store(paths, reading=True) as store:
        record = card_record(card, store, _track(store, args.level), now)
    if args.json:
        import json

        print(json.dumps(record.to_dict(), indent=2))
        return 0
    print(render_card(record, now, library))
    return 0


def render_card(record: CardRecord, now: datetime, library: Library) -> str:
    """The card's text, then where it stands on the track and its history."""
    from prep.core.browse import answer_lines, card_name
    from prep.core.card_text import plain
    from prep.core.text import visible

    card = record.card
    pack = library.find(card.pack)
    where = f"{pack.path}:{card.line}" if pack is not None and pack.path else card.pack
    levels = ", ".join(level.label for level in card.levels)
    lines = [f"{card_name(card)} · {card.type.value} · {levels} · {', '.join(card.topics) or 'no topics'}",
             f"from {where}" + (f" (built from {card.source.describe()})" if card.source else ""), "",
             plain(card.question)]  # fmt: skip
    lines += ["", *answer_lines(card)]
    if card.explain:
        lines += ["", plain(card.explain)]
    lines += ["", *track_lines(record, now)]
    return visible("\n".join(lines))


def track_lines(record: CardRecord, now: datetime) -> list[str]:
    """Where the card stands on the track, and every time it was studied there."""
    from prep.core.browse import history_rows, track_summary

    lines = track_summary(record, now)
    if record.history:
        lines += ["", "History"]
    lines += [f"  {at}  {mode:<5}  {rating:<9}  {answer}".rstrip() for at, mode, rating, answer in history_rows(record)]
    return lines


def run_suspend(args: argparse.Namespace) -> int:
    return mark_cards(args, "suspended", on=True)


def run_unsuspend(args: argparse.Namespace) -> int:
    return mark_cards(args, "suspended", on=False)


def run_flag(args: argparse.Namespace) -> int:
    return mark_cards(args, "flagged", on=True)


def run_unflag(args: argparse.Namespace) -> int:
    return mark_cards(args, "flagged", on=False)


def mark_cards(args: argparse.Namespace, mark: str, *, on: bool) -> int:
    """`prep suspend|unsuspend|flag|unflag PACK/CARD... --level L`."""
    from prep.core.browse import Finder, card_name
    from prep.core.clock import utc_now

    if not args.level:
        raise UsageError(f"which track? add --level junior|mid|senior|lead (cards are {mark} on one track)")
    level = level_of(args.level)
    paths = paths_of(args)
    cards = Finder(load_library(paths).deck().cards).cards_named(args.cards)
    with open_store(paths) as store:
        changed = set(store.mark(level, [card.key for card in cards], mark, on, utc_now()))
    for card in cards:
        name = card_name(card)
        if card.key in changed:
            print(f"{'' if on else 'un'}{mark} {name} on the {level} track{_effect(mark, on, level)}")
        else:
            print(f"{name} was {'already' if on else 'not'} {mark} on the {level} track")
    return 0


def _effect(mark: str, on: bool, level: Level) -> str:
    if mark == "suspended":
        return ": quizzes, flashcards and readiness leave it out" if on else ": it is asked again"
    return f" (`prep quiz --level {level} --flagged` studies the flagged cards)" if on else ""


def run_hide(args: argparse.Namespace) -> int:
    return hide(args, on=True)


def run_unhide(args: argparse.Namespace) -> int:
    return hide(args, on=False)


def hide(args: argparse.Namespace, *, on: bool) -> int:
    """`prep hide|unhide --topic T --pack P [--level L]`; `prep hide` alone lists what is hidden."""
    from prep.core.browse import known_name
    from prep.core.clock import utc_now
    from prep.core.model import Level
    from prep.core.store.records import PACK, TOPIC
    from prep.core.topics import resolve_topics

    paths = paths_of(args)
    levels = [level_of(args.level)] if args.level else list(Level)
    if not args.topic and not args.pack:
        if not on:
            raise UsageError("show what again? add --topic T or --pack P (`prep hide` lists what is hidden)")
        with open_store(paths, reading=True) as store:
            print(render_hidden(store, levels))
        return 0
    cards = load_library(paths).deck().cards
    with open_store(paths) as store:
        topics, packs = names_in(cards)
        if not on:  # what was hidden may be installed no more
            for level in Level:
                topics |= store.marks(level).hidden_topics
                packs |= store.marks(level).hidden_packs
        wanted = [(TOPIC, name) for name in resolve_topics(args.topic, topics)]
        wanted += [(PACK, known_name(PACK, name, packs)) for name in dict.fromkeys(args.pack)]
        now = utc_now()
        for kind, name in wanted:
            changed = store.hide(levels, kind, name, on, now)
            count = sum(1 for card in cards if (card.pack == name if kind == PACK else name in card.topics))
            print(_hide_line(kind, name, on, levels, changed, count))
    return 0


def names_in(cards: Sequence[Card]) -> tuple[set[str], set[str]]:
    """The topics and the packs of `cards`."""
    return {topic for card in cards for topic in card.topics}, {card.pack for card in cards}


def _hide_line(kind: str, name: str, on: bool, levels: list[Level], changed: list[Level], cards: int) -> str:
    from prep.core.text import visible

    verb = "hid" if on else "unhid"
    state = "hidden" if on else "shown"
    tracks = "every track" if len(levels) == 4 else f"the {levels[0]} track"
    if not changed:
        return visible(f"{kind} {name} was already {state} on {tracks}")
    if changed != levels:
        tracks = f"the {', '.join(level.label for level in changed)} track{'s' if len(changed) > 1 else ''}"
    return visible(f"{verb} {kind} {name} ({_cards(cards)}) on {tracks}")


def render_hidden(store: Store, levels: list[Level]) -> str:
    from prep.core.text import visible

    lines = []
    for level in levels:
        marks = store.marks(level)
        parts = [f"topics {', '.join(sorted(marks.hidden_topics))}" if marks.hidden_topics else "",
                 f"packs {', '.join(sorted(marks.hidden_packs))}" if marks.hidden_packs else ""]  # fmt: skip
        lines.append(f"{level}: {'; '.join(part for part in parts if part) or 'nothing hidden'}")
    return visible("\n".join(lines))


def _track(store: Store, text: str | None) -> Level:
    """The track `--level` names, else the one last studied (as the home screen opens on), else junior."""
    from prep.core.model import Level

    if text:
        return level_of(text)
    remembered = store.setting("last_level")
    return Level.parse(remembered) if remembered in Level.names() else Level.JUNIOR


# ------------------------------------------------------------------ arguments


def find_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Find cards by their text: every word of TEXT must appear in the prompt, the answer, the choices or the"
        " explanation (any order, any case). Without TEXT, every card that passes the filters. Lists the cards of"
        " a track (the level's and every level below, as its sessions ask them) with their state there; exits 1"
        " when no card matches."
    )
    parser.add_argument("text", nargs="*", metavar="TEXT", help="words to look for")
    parser.add_argument("--topic", "-t", action="append", default=[], metavar="T", help="only this topic (repeatable)")
    parser.add_argument(
        "--pack", "-p", action="append", default=[], metavar="NAME", help="only this pack, by name (repeatable)"
    )
    parser.add_argument("--level", "-l", help=f"the track: {LEVEL_HELP}; default: the last one studied")
    parser.add_argument(
        "--state",
        "-s",
        action="append",
        default=[],
        choices=STATES,
        help="only cards in this state on the track (repeatable: any of them)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def show_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Show one card: its full text, and on a track its FSRS state, when it is due, the chance you would"
        " recall it now, whether it is suspended, flagged or hidden, and every answer and rating it got there."
    )
    parser.add_argument("card", metavar="PACK/CARD", help="the card, as `prep find` lists it (or its id alone)")
    parser.add_argument("--level", "-l", help=f"the track: {LEVEL_HELP}; default: the last one studied")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def suspend_arguments(parser: argparse.ArgumentParser) -> None:
    _mark_arguments(
        parser,
        "Suspend cards on a track: quizzes and flashcards never ask them, and readiness and stats leave them"
        " out, until `prep unsuspend`.",
    )


def unsuspend_arguments(parser: argparse.ArgumentParser) -> None:
    _mark_arguments(parser, "Take cards off a track's suspended list: they are asked and counted again.")


def flag_arguments(parser: argparse.ArgumentParser) -> None:
    _mark_arguments(
        parser,
        "Flag cards on a track, to study them on their own: `prep quiz --level L --flagged`, `prep cards"
        " --level L --flagged`, or the flagged filter of the browser (b on the home screen).",
    )


def unflag_arguments(parser: argparse.ArgumentParser) -> None:
    _mark_arguments(parser, "Take the flag off cards on a track.")


def _mark_arguments(parser: argparse.ArgumentParser, description: str) -> None:
    parser.description = description
    parser.add_argument("cards", nargs="+", metavar="PACK/CARD", help="the cards, as `prep find` lists them")
    parser.add_argument("--level", "-l", help=f"the track (required): {LEVEL_HELP}")


def hide_arguments(parser: argparse.ArgumentParser) -> None:
    _hide_arguments(
        parser,
        "Hide whole topics or packs on a track (on every track without --level): their cards are not asked and"
        " do not count in readiness or stats, until `prep unhide`. `prep hide` alone lists what is hidden.",
    )


def unhide_arguments(parser: argparse.ArgumentParser) -> None:
    _hide_arguments(parser, "Show hidden topics or packs again on a track (on every track without --level).")


def _hide_arguments(parser: argparse.ArgumentParser, description: str) -> None:
    parser.description = description
    parser.add_argument("--topic", "-t", action="append", default=[], metavar="T", help="a topic (repeatable)")
    parser.add_argument(
        "--pack", "-p", action="append", default=[], metavar="NAME", help="a pack, by name (repeatable)"
    )
    parser.add_argument("--level", "-l", help=f"only this track: {LEVEL_HELP}")
