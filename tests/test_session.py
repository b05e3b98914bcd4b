"""The quiz session, driven directly: choosing cards, grading, scoring and the summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from prep.core.model import Card, Deck, Level
from prep.core.packs.load import load_pack
from prep.core.quiz import QuizSession, choose_quiz_cards
from prep.core.store import Store

from conftest import PACKS, picked


@pytest.fixture
def deck() -> Deck:
    return Deck.of([load_pack(PACKS / "basics.yaml")])


def by_id(deck: Deck) -> dict[str, Card]:
    return {card.id: card for card in deck.cards}


def test_quiz_draws_graded_cards_own_level_first(deck: Deck) -> None:
    cards = choose_quiz_cards(deck, Level.MID, count=0, seed=1)
    levels = [card.level for card in cards]
    assert levels == sorted(levels, reverse=True)
    assert {card.id for card in cards} == {
        "http-post",
        "http-404",
        "norway",
        "pg-port",
        "idempotent-methods",
        "isolation-default",
    }  # no flashcards, no senior cards


def test_seed_makes_the_order_reproducible(deck: Deck) -> None:
    first = [card.id for card in choose_quiz_cards(deck, Level.SENIOR, seed=7)]
    assert first == [card.id for card in choose_quiz_cards(deck, Level.SENIOR, seed=7)]
    orders = {tuple(card.id for card in choose_quiz_cards(deck, Level.SENIOR, seed=seed)) for seed in range(20)}
    assert len(orders) > 1


def test_count_and_topics_limit_the_quiz(deck: Deck) -> None:
    assert len(choose_quiz_cards(deck, Level.SENIOR, count=3)) == 3
    assert {card.id for card in choose_quiz_cards(deck, Level.SENIOR, topics=["postgresql"])} == {
        "pg-port",
        "isolation-default",
    }


def test_answers_are_graded_scored_and_summarised(deck: Deck) -> None:
    cards = by_id(deck)
    session = QuizSession(
        [cards["http-post"], cards["http-404"], cards["idempotent-methods"], cards["pg-port"]], Level.MID
    )
    assert session.submit(picked(session.current, "POST")).correct is True
    session.advance()
    assert session.submit(" 404 not found ").correct is True
    session.advance()
    outcome = session.submit(picked(session.current, "GET", "POST"))
    assert outcome.correct is False and set(outcome.given.split("; ")) == {"GET", "POST"}
    session.advance()
    assert session.skip().correct is None
    assert session.advance() is None
    summary = session.finish()
    assert (summary.right, summary.answered, summary.skipped, summary.planned) == (2, 3, 1, 4)
    assert summary.percent == 67
    assert summary.topics["http"].right == 2 and summary.topics["http"].asked == 3
    assert [outcome.card.id for outcome in summary.missed] == ["idempotent-methods"]


def test_choice_can_be_answered_by_text(deck: Deck) -> None:
    session = QuizSession([by_id(deck)["http-post"]], Level.JUNIOR)
    assert session.submit("post").correct is True


def test_answering_twice_without_advancing_is_refused(deck: Deck) -> None:
    session = QuizSession([by_id(deck)["http-post"]], Level.JUNIOR)
    session.submit("POST")
    with pytest.raises(RuntimeError):
        session.submit("POST")


def test_every_answer_is_in_the_store_when_submit_returns(deck: Deck, tmp_path: Path) -> None:
    cards = by_id(deck)
    with Store.open(tmp_path / "p.db") as store, Store.open(tmp_path / "p.db") as reader:
        session = QuizSession([cards["http-post"], cards["norway"]], Level.JUNIOR, store)
        session.submit(picked(session.current, "GET"))
        assert [(a.card, a.correct, a.given) for a in reader.answers()] == [("http-post", False, "GET")]
        session.advance()
        session.submit("NO")
        assert [(a.card, a.correct) for a in reader.answers(Level.JUNIOR)] == [("http-post", False), ("norway", True)]


def test_choices_are_shuffled_for_each_quiz_and_a_seed_repeats_the_order(deck: Deck) -> None:
    card = by_id(deck)["http-post"]
    orders = {QuizSession([card], Level.JUNIOR).current.choices for _ in range(40)}
    assert len(orders) > 1 and all(sorted(order) == sorted(card.choices) for order in orders)
    assert (
        QuizSession([card], Level.JUNIOR, seed=3).current.choices
        == QuizSession([card], Level.JUNIOR, seed=3).current.choices
    )
    places = {QuizSession([card], Level.JUNIOR, seed=seed).current.choices.index("POST") for seed in range(40)}
    assert places == set(range(len(card.choices)))  # the right answer is not learnt by its place


def test_a_time_limit_makes_a_late_answer_wrong_and_a_timeout_a_stored_wrong_answer(deck: Deck, tmp_path: Path) -> None:
    now = [0.0]
    with Store.open(tmp_path / "p.db") as store:
        session = QuizSession(
            [by_id(deck)["http-post"], by_id(deck)["http-404"]],
            Level.JUNIOR,
            store,
            timer=lambda: now[0],
            time_limit=30,
        )
        now[0] = 31
        late = session.submit(picked(session.current, "POST"))
        assert (late.correct, late.timed_out) == (False, True)
        session.advance()
        assert session.time_left == 30
        now[0] = 62
        assert session.time_left == 0
        timed_out = session.time_out()
        assert (timed_out.correct, timed_out.timed_out, timed_out.given) == (False, True, "")
        assert [(a.card, a.correct) for a in store.answers()] == [("http-post", False), ("http-404", False)]


def test_asking_for_the_hint_is_noted_with_the_answer(deck: Deck, store, tmp_path) -> None:
    from prep.core.browse import card_record, history_rows
    from prep.core.progress_file import read_export, write_export
    from prep.core.store import Store

    card = by_id(deck)["tls-handshake"]
    session = QuizSession([card, card], Level.LEAD, store)
    assert session.hint() == card.hint
    assert session.submit("1 2 3 4").hinted
    session.advance()
    assert not session.submit("1 2 3 4").hinted
    assert [answer.hinted for answer in store.answers()] == [True, False]
    rows = history_rows(card_record(card, store, Level.LEAD, store.answers()[-1].at))
    assert [row[3].endswith("(after the hint)") for row in rows] == [True, False]
    write_export(tmp_path / "out.json", store.export([Level.LEAD]), [Level.LEAD])
    with Store.open(tmp_path / "other.db") as other:  # the mark travels with an export
        other.merge(read_export(tmp_path / "out.json"))
        assert [answer.hinted for answer in other.answers()] == [True, False]
