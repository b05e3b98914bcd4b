"""The one way to start studying: options in, a quiz or flashcard session out.

The CLI (`prep quiz`, `prep cards`, `--plain`) and every TUI screen call `start_session` with a
`StudyOptions`; so topics, counts, new-card limits and cram dates mean the same everywhere, and so
does the message when there is nothing to study.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from enum import StrEnum
from typing import TYPE_CHECKING, TypeAlias

from prep.core.clock import Clock, parse_date, utc_now
from prep.core.model import Deck, Level, Pack
from prep.core.quiz import DEFAULT_QUESTIONS, QuizSession, choose_quiz_cards
from prep.core.store import Store
from prep.errors import PrepError

if TYPE_CHECKING:  # flashcards load when a flashcard session starts, not with every quiz
    from prep.core.flashcards import FlashcardSession
    from prep.core.targets import Target

    Session: TypeAlias = QuizSession | FlashcardSession


class Mode(StrEnum):
    QUIZ = "quiz"
    """Cards prep can grade (choice, multi, typed, cloze), answered one after another."""
    FLASHCARDS = "flashcards"
    """Due cards, then new ones, rated by the learner; the FSRS schedule decides what comes back."""


@dataclass(frozen=True, slots=True)
class StudyOptions:
    level: Level
    mode: Mode = Mode.QUIZ
    topics: tuple[str, ...] = ()
    """Only cards tagged with one of these topics (empty: every topic)."""
    count: int | None = None
    """How many cards at most: quiz questions (default 20, 0 for all), flashcards this session (default
    no cap) or cram drills (default 50)."""
    new_per_day: int | None = None
    """Flashcards: new cards a day on this track (default `flashcards.DEFAULT_NEW_PER_DAY`)."""
    cram_until: datetime | None = None
    """Flashcards: drill for a moment (an interview) instead of following the schedule."""
    seed: int | None = None
    """Makes the order reproducible."""
    new_today: int | None = None
    """Flashcards: new cards for this session whatever the track has met today (default for a target:
    what its plan asks for today)."""
    cards: tuple[tuple[str, str], ...] = ()
    """Only these cards, by (pack, card id) (empty: every card); a target's skill or list, say."""
    flagged: bool = False
    """Only the cards flagged on the track."""
    time_limit: float | None = None
    """Quiz: seconds to answer each question (a late answer, or none, counts as wrong)."""


class NothingToStudy(PrepError):
    """The options leave no card to study; the message says what to change."""


def start_session(deck: Deck, store: Store, options: StudyOptions, clock: Clock = utc_now) -> Session:
    """A session over `deck` for `options`; `NothingToStudy` when no card qualifies. Cards suspended on
    the track, or in a topic or pack hidden there, are never asked."""
    if options.cards:
        wanted = set(options.cards)
        deck = Deck(tuple(card for card in deck.cards if card.key in wanted))
    if options.topics:
        from prep.core.topics import resolve_topics

        known = {topic for card in deck.cards for topic in card.topics}
        options = replace(options, topics=resolve_topics(options.topics, known))
    marks = store.marks(options.level)
    if options.flagged:
        deck = Deck(tuple(card for card in deck.cards if card.key in marks.flagged))
    studied = Deck(tuple(marks.keep(deck.cards))) if marks.excludes_any else deck
    try:
        if options.mode is Mode.QUIZ:
            return _quiz(studied, store, options, clock)
        return _flashcards(studied, store, options, clock)
    except NothingToStudy as nothing:
        raise NothingToStudy(f"{nothing}{_set_aside(deck, studied, options)}") from None


def _quiz(deck: Deck, store: Store, options: StudyOptions, clock: Clock) -> QuizSession:
    count = DEFAULT_QUESTIONS if options.count is None else options.count
    cards = choose_quiz_cards(deck, options.level, count=count, topics=options.topics, seed=options.seed)
    if not cards:
        where = f"{options.level}{_on(options.topics)}"
        if deck.pool(options.level, options.topics):
            raise NothingToStudy(
                f"the {_flagged(options)}cards for {where} in these packs are all flashcards, which a quiz cannot"
                " grade; study them with `prep cards` and the same options"
            )
        raise NothingToStudy(
            f"no {_flagged(options)}quiz questions for {where} in these packs; try another level or topic"
        )
    return QuizSession(cards, options.level, store, clock=clock, seed=options.seed, time_limit=options.time_limit)


def _flashcards(deck: Deck, store: Store, options: StudyOptions, clock: Clock) -> FlashcardSession:
    from prep.core.flashcards import (
        DEFAULT_CRAM_SIZE,
        DEFAULT_NEW_PER_DAY,
        FlashcardSession,
        choose_cram_cards,
        choose_flashcards,
    )

    level = options.level
    if options.cram_until is not None:
        count = DEFAULT_CRAM_SIZE if not options.count else options.count
        cards = choose_cram_cards(deck, store, level, options.cram_until, count=count, topics=options.topics)
        if not cards:
            raise NothingToStudy(f"no {_flagged(options)}cards for {level} in these packs{_on(options.topics)} to cram")
        return FlashcardSession(cards, level, store, clock=clock, cram=True, seed=options.seed)
    new_per_day = DEFAULT_NEW_PER_DAY if options.new_per_day is None else options.new_per_day
    cards = choose_flashcards(
        deck,
        store,
        level,
        clock(),
        new_per_day=new_per_day,
        new_today=options.new_today,
        topics=options.topics,
        seed=options.seed,
    )
    if options.count:
        cards = cards[: options.count]
    if not cards:
        raise NothingToStudy(
            f"nothing {_flagged(options)}due on the {level} track{_on(options.topics)} and no new cards left today;"
            " come back tomorrow, allow more new cards a day, or take a quiz"
        )
    return FlashcardSession(cards, level, store, clock=clock, seed=options.seed)


def target_session(
    target: Target, packs: Sequence[Pack], store: Store, options: StudyOptions, clock: Clock = utc_now
) -> Session:
    """A session on `target`'s cards at its level; flashcards bring the new cards today's plan asks for."""
    from prep.core.gaps import target_figures
    from prep.core.targets import target_cards

    pool = target_cards(target, packs)
    plan = target_figures(target, pool, store, clock()).plan
    if options.new_today is None:
        options = replace(options, new_today=plan.new_today)
    options = replace(options, level=target.level)
    try:
        return start_session(Deck(tuple(pool)), store, options, clock)
    except NothingToStudy:
        raise NothingToStudy(
            f"nothing to study for {target.name} now ({plan.today}); come back tomorrow, or take a quiz on it"
        ) from None


def shortfall(options: StudyOptions, session: Session) -> str | None:
    """A note when a quiz asks fewer questions than `options` wanted, because no more match."""
    if isinstance(session, QuizSession) and options.count and options.count > session.total:
        return f"only {session.total} quiz questions match, so the quiz asks all of them (not {options.count})"
    return None


def cram_moment(text: str, today: date) -> datetime:
    """The end of the interview day `text` names (YYYY-MM-DD), which must not have passed."""
    return datetime.combine(parse_date(text, today), time(23, 59)).astimezone()


def _on(topics: tuple[str, ...]) -> str:
    return f" on {', '.join(topics)}" if topics else ""


def _flagged(options: StudyOptions) -> str:
    return "flagged " if options.flagged else ""


def _set_aside(deck: Deck, studied: Deck, options: StudyOptions) -> str:
    """What the learner set aside that left nothing to study, if anything did."""
    if options.flagged and not deck.cards:
        return f" (no card is flagged on the {options.level} track: flag some in the browser, or with `prep flag`)"
    left_out = len(deck.pool(options.level, options.topics)) - len(studied.pool(options.level, options.topics))
    if not left_out:
        return ""
    return (
        f" ({left_out} card{'s are' if left_out != 1 else ' is'} suspended or hidden on the {options.level} track;"
        " `prep find --state suspended` and `prep hide` list them)"
    )
