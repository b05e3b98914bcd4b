"""Finding cards and what set-aside cards do: search, states on a track, card names, a card's history, and
sessions, readiness, stats and targets that leave suspended and hidden cards out."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from prep.core.browse import Finder, Query, State, Track, UnknownCard, card_record, first_line
from prep.core.gaps import target_figures
from prep.core.model import Card, Deck, Level
from prep.core.packs.load import load_pack
from prep.core.scheduler import Rating
from prep.core.stats import level_stats
from prep.core.store import Answer, Store
from prep.core.study import Mode, NothingToStudy, StudyOptions, start_session
from prep.core.targets import Target

from conftest import PACKS, FakeClock

PACK = "test-basics"


@pytest.fixture
def cards() -> list[Card]:
    return list(load_pack(PACKS / "basics.yaml").cards)


@pytest.fixture
def finder(cards: list[Card]) -> Finder:
    return Finder(cards)


def ids(found) -> list[str]:
    return [card.id for card in found.cards]


def key(card_id: str) -> tuple[str, str]:
    return (PACK, card_id)


# ------------------------------------------------------------------ search


def test_every_word_in_any_order_and_case_in_prompt_answer_or_explanation(
    finder: Finder, store: Store, clock: FakeClock
) -> None:
    track = Track(store, Level.LEAD, clock())
    assert ids(finder.search(Query("IDEMPOTENT"), track)) == ["http-post", "idempotent-methods"]
    assert ids(finder.search(Query("http Idempotent"), track)) == ["http-post"]
    assert ids(finder.search(Query("resources twice"), track)) == ["http-post"]  # only in its explanation
    assert ids(finder.search(Query("read committed"), track)) == ["isolation-default"]  # a choice and the answer
    assert ids(finder.search(Query("5432"), track)) == ["pg-port"]  # a cloze answer
    assert ids(finder.search(Query("idempotent nosuchword"), track)) == []


def test_cards_whose_prompt_has_the_words_come_first(finder: Finder, store: Store, clock: FakeClock) -> None:
    found = finder.search(Query("yaml"), Track(store, Level.LEAD, clock()))
    assert ids(found) == ["norway", "version"]  # neither prompt has it: deck order
    found = finder.search(Query("resource"), Track(store, Level.LEAD, clock()))
    assert ids(found) == ["http-404", "http-post"]  # http-post has it in its explanation only


def test_filters_narrow_and_the_track_is_its_level_and_below(finder: Finder, store: Store, clock: FakeClock) -> None:
    junior = Track(store, Level.JUNIOR, clock())
    assert ids(finder.search(Query(topics=("http",)), junior)) == ["http-post", "http-404"]
    found = finder.search(Query("postgresql"), junior)
    assert ids(found) == ["pg-port"] and found.higher == 1  # isolation-default is a mid card
    assert ids(finder.search(Query("postgresql"), Track(store, Level.MID, clock()))) == ["pg-port", "isolation-default"]
    assert ids(finder.search(Query(packs=("other",)), junior)) == []
    assert len(finder.search(Query(), Track(store, Level.LEAD, clock())).cards) == 9


def test_states_on_the_track(finder: Finder, store: Store, clock: FakeClock) -> None:
    store.record_rating(Level.SENIOR, key("cap"), Rating.GOOD, clock())  # learning, due in 10 minutes
    for _ in range(3):
        store.record_rating(Level.SENIOR, key("version"), Rating.EASY, clock())
    store.mark(Level.SENIOR, [key("http-post")], "suspended", True, clock())
    store.mark(Level.SENIOR, [key("http-404"), key("cap")], "flagged", True, clock())
    store.hide([Level.SENIOR], "topic", "postgresql", True, clock())
    clock.advance(minutes=30)
    track = Track(store, Level.SENIOR, clock())

    def having(*states: State) -> list[str]:
        return ids(finder.search(Query(states=states), track))

    assert having(State.LEARNING) == ["cap"]
    assert having(State.REVIEW) == ["version"]
    assert having(State.DUE) == ["cap"]
    assert having(State.SUSPENDED) == ["http-post"]
    assert having(State.FLAGGED) == ["http-404", "cap"]
    assert having(State.HIDDEN) == ["pg-port", "isolation-default"]
    assert having(State.SUSPENDED, State.REVIEW) == ["http-post", "version"]
    assert "cap" not in having(State.NEW) and "http-post" in having(State.NEW)
    assert track.status(finder.card("cap")).label(clock().timestamp()) == "! due"
    assert track.status(finder.card("http-post")).label(clock().timestamp()) == "suspended"
    assert track.status(finder.card("version")).label(clock().timestamp()).startswith("in ")
    now = clock().timestamp()
    for card in finder.cards:  # the fast check and the status agree on every card and state
        for state in State:
            assert track.is_in(card, [state]) == track.status(card).has(state, now), (card.id, state)


def test_the_first_line_of_a_prompt_is_cut_with_an_ellipsis(cards: list[Card]) -> None:
    card = cards[0]
    assert first_line(card, 80) == "Which HTTP method is not idempotent?"
    assert first_line(card, 20) == "Which HTTP method i…"
    code = replace(card, prompt="What does this print?\n```python\nprint(1)\n```")
    assert first_line(code, 80) == "What does this print? …"


# ------------------------------------------------------------------ names


def test_a_card_is_named_pack_slash_id_or_by_its_id_alone(finder: Finder, cards: list[Card]) -> None:
    assert finder.card("test-basics/cap").id == "cap"
    assert finder.card(" cap ").id == "cap"
    with pytest.raises(UnknownCard, match=r"^no card test-basics/capp; did you mean test-basics/cap\?$"):
        finder.card("test-basics/capp")
    with pytest.raises(UnknownCard, match=r"did you mean test-basics/http-post\?"):
        finder.card("http-postt")
    with pytest.raises(UnknownCard, match=r"no card nothing/at-all; `prep find TEXT` finds cards"):
        finder.card("nothing/at-all")
    twice = Finder([*cards, replace(cards[0], pack="other")])
    with pytest.raises(UnknownCard, match=r"http-post is a card in 2 packs .*; write PACK/CARD"):
        twice.card("http-post")
    assert [card.id for card in finder.cards_named(["cap", "test-basics/cap", "norway"])] == ["cap", "norway"]


# ------------------------------------------------------------------ one card


def test_a_card_record_has_its_schedule_recall_and_history(finder: Finder, store: Store, clock: FakeClock) -> None:
    card = finder.card("http-404")
    record = card_record(card, store, Level.JUNIOR, clock())
    assert record.fsrs_state == "new" and record.memory is None and record.recall == 0 and record.history == []
    store.record_answer(Answer(Level.JUNIOR, *card.key, False, "410", 3.0, clock()))
    clock.advance(hours=1)
    store.record_rating(Level.JUNIOR, card.key, Rating.GOOD, clock())
    store.record_rating(Level.SENIOR, card.key, Rating.EASY, clock())  # another track
    record = card_record(card, store, Level.JUNIOR, clock())
    assert [(e.mode, e.rating, e.correct, e.given) for e in record.history] == [
        ("quiz", 1, False, "410"),
        ("cards", 3, None, ""),
    ]
    assert record.fsrs_state in ("learning", "relearning") and 0 <= record.recall <= 1
    data = record.to_dict()
    assert data["name"] == "test-basics/http-404" and data["track"] == "junior" and len(data["history"]) == 2
    assert data["answer"] == ["404"] and data["accept"] == ["404 Not Found"] and data["due"]


# ------------------------------------------------------------------ sessions, readiness, stats, targets


def deck(cards: list[Card]) -> Deck:
    return Deck(tuple(cards))


def asked(cards: list[Card], store: Store, options: StudyOptions, clock: FakeClock) -> set[str]:
    session = start_session(deck(cards), store, options, clock)
    return {card.id for card in getattr(session, "cards", None) or session.queue}


def test_suspended_and_hidden_cards_are_never_asked(cards: list[Card], store: Store, clock: FakeClock) -> None:
    everything = asked(cards, store, StudyOptions(Level.LEAD, Mode.QUIZ, count=0), clock)
    store.mark(Level.LEAD, [key("http-post")], "suspended", True, clock())
    store.hide([Level.LEAD], "topic", "postgresql", True, clock())
    quiz = asked(cards, store, StudyOptions(Level.LEAD, Mode.QUIZ, count=0), clock)
    assert quiz == everything - {"http-post", "pg-port", "isolation-default"}
    flashcards = asked(cards, store, StudyOptions(Level.LEAD, Mode.FLASHCARDS), clock)
    assert flashcards.isdisjoint({"http-post", "pg-port", "isolation-default"}) and "cap" in flashcards
    cram = asked(cards, store, StudyOptions(Level.LEAD, Mode.FLASHCARDS, cram_until=clock()), clock)
    assert cram.isdisjoint({"http-post", "pg-port", "isolation-default"})
    # another track is untouched
    assert asked(cards, store, StudyOptions(Level.LEAD, Mode.QUIZ, count=0), clock) != everything
    assert "http-post" in asked(cards, store, StudyOptions(Level.JUNIOR, Mode.QUIZ, count=0), clock)
    store.hide([Level.LEAD], "pack", PACK, True, clock())
    with pytest.raises(NothingToStudy, match="9 cards are suspended or hidden on the lead track"):
        start_session(deck(cards), store, StudyOptions(Level.LEAD, Mode.QUIZ), clock)


def test_a_suspended_card_that_is_due_is_not_shown(cards: list[Card], store: Store, clock: FakeClock) -> None:
    store.record_rating(Level.SENIOR, key("cap"), Rating.AGAIN, clock())
    clock.advance(hours=1)
    assert "cap" in asked(cards, store, StudyOptions(Level.SENIOR, Mode.FLASHCARDS, new_per_day=0), clock)
    store.mark(Level.SENIOR, [key("cap")], "suspended", True, clock())
    with pytest.raises(NothingToStudy):
        start_session(deck(cards), store, StudyOptions(Level.SENIOR, Mode.FLASHCARDS, new_per_day=0), clock)


def test_flagged_cards_can_be_studied_on_their_own(cards: list[Card], store: Store, clock: FakeClock) -> None:
    options = StudyOptions(Level.SENIOR, Mode.QUIZ, flagged=True)
    with pytest.raises(NothingToStudy, match="no card is flagged on the senior track"):
        start_session(deck(cards), store, options, clock)
    store.mark(Level.SENIOR, [key("http-post"), key("cap"), key("version")], "flagged", True, clock())
    store.mark(Level.SENIOR, [key("version")], "suspended", True, clock())  # suspended wins over flagged
    assert asked(cards, store, options, clock) == {"http-post"}  # cap is a flashcard: not in quizzes
    assert asked(cards, store, replace(options, mode=Mode.FLASHCARDS), clock) == {"http-post", "cap"}


def test_flagged_on_another_track_only(cards: list[Card], store: Store, clock: FakeClock) -> None:
    store.mark(Level.SENIOR, [key("http-post")], "flagged", True, clock())
    with pytest.raises(NothingToStudy, match="flagged"):
        start_session(deck(cards), store, StudyOptions(Level.MID, Mode.QUIZ, flagged=True), clock)


def test_readiness_and_stats_count_only_what_is_studied(cards: list[Card], store: Store, clock: FakeClock) -> None:
    store.record_answer(Answer(Level.JUNIOR, *key("http-post"), True, "POST", 1.0, clock()))
    before = level_stats(store, deck(cards), [Level.JUNIOR], clock())[Level.JUNIOR]
    assert (before.seen, before.total) == (1, 4)
    store.hide([Level.JUNIOR], "topic", "yaml", True, clock())
    hidden = level_stats(store, deck(cards), [Level.JUNIOR], clock())[Level.JUNIOR]
    assert (hidden.seen, hidden.total) == (1, 3) and "yaml" not in hidden.topics
    assert hidden.readiness == pytest.approx(before.readiness * 4 / 3, abs=1e-3)
    store.mark(Level.JUNIOR, [key("http-post")], "suspended", True, clock())
    suspended = level_stats(store, deck(cards), [Level.JUNIOR], clock())[Level.JUNIOR]
    assert (suspended.seen, suspended.total, suspended.readiness) == (0, 2, 0.0)
    assert suspended.weakest == [] and suspended.forecast[0] == 0
    store.mark(Level.JUNIOR, [key("http-post")], "suspended", False, clock())  # and it is all reversible
    store.hide([Level.JUNIOR], "topic", "yaml", False, clock())
    assert level_stats(store, deck(cards), [Level.JUNIOR], clock())[Level.JUNIOR] == before


def test_a_target_s_readiness_leaves_out_what_its_track_set_aside(
    cards: list[Card], store: Store, clock: FakeClock
) -> None:
    target = Target("t", "T", Level.MID, date(2026, 12, 15), "deck-t", (), (), (), clock())
    pool = Deck(tuple(cards)).pool(Level.MID)
    assert target_figures(target, pool, store, clock()).cards == 6
    store.hide([Level.MID], "topic", "http", True, clock())
    assert target_figures(target, pool, store, clock()).cards == 3
