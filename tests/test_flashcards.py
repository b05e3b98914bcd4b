"""Flashcard and cram sessions over a real store, with an injected clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prep.core.flashcards import FlashcardSession, choose_cram_cards, choose_flashcards
from prep.core.model import Deck, Level
from prep.core.packs.load import load_pack
from prep.core.scheduler import Rating, Scheduler, describe_interval
from prep.core.store import Store

from conftest import PACKS, FakeClock, query


@pytest.fixture
def deck() -> Deck:
    return Deck.of([load_pack(PACKS / "basics.yaml")])


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "p.db") as store:
        store.scheduler = Scheduler(fuzz=False)
        yield store


def study(
    store: Store, deck: Deck, clock: FakeClock, level: Level, ratings: list[Rating], **options
) -> FlashcardSession:
    session = FlashcardSession(choose_flashcards(deck, store, level, clock(), **options), level, store, clock=clock)
    for rating in ratings:
        session.rate(rating)
    return session


def test_new_cards_are_capped_per_day_and_level(store: Store, deck: Deck, clock: FakeClock) -> None:
    first = choose_flashcards(deck, store, Level.SENIOR, clock(), new_per_day=3, seed=1)
    assert len(first) == 3 and first[0].level is Level.SENIOR  # own level first
    study(store, deck, clock, Level.SENIOR, [Rating.GOOD] * 3, new_per_day=3, seed=1)
    assert choose_flashcards(deck, store, Level.SENIOR, clock(), new_per_day=3) == []
    assert len(choose_flashcards(deck, store, Level.JUNIOR, clock(), new_per_day=3)) == 3  # another track
    clock.advance(days=1)
    later = choose_flashcards(deck, store, Level.SENIOR, clock(), new_per_day=3)
    assert len(later) == 3 + 3  # yesterday's three are due again, then three new ones
    assert {card.key for card in later[:3]} == {card.key for card in first}


def test_due_cards_come_first_most_overdue_first(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = study(store, deck, clock, Level.MID, [Rating.EASY, Rating.EASY], new_per_day=2, seed=3)
    first, second = [review.key for review, *_ in session.history]
    clock.advance(days=40)
    queue = choose_flashcards(deck, store, Level.MID, clock(), new_per_day=0)
    assert [card.key for card in queue] == [first, second]


def test_again_brings_the_card_back_in_the_same_session(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = FlashcardSession(
        choose_flashcards(deck, store, Level.JUNIOR, clock(), new_per_day=2, seed=2), Level.JUNIOR, store, clock=clock
    )
    card = session.current
    session.rate(Rating.AGAIN)
    assert session.queue[-1] is card and session.remaining == 2 and session.again == 1


def test_undo_restores_store_and_queue(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = FlashcardSession(
        choose_flashcards(deck, store, Level.JUNIOR, clock(), new_per_day=2, seed=2), Level.JUNIOR, store, clock=clock
    )
    card = session.current
    session.rate(Rating.GOOD)
    clock.advance(minutes=1)
    session.rate(Rating.AGAIN)
    session.undo()
    session.undo()
    assert session.current is card and session.remaining == 2 and session.again == 0
    assert query(store, "SELECT count(*) FROM reviews")[0][0] == 0
    assert store.memory(Level.JUNIOR, card.key) is None
    assert session.undo() is None


def test_undo_puts_back_the_previous_memory(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = study(store, deck, clock, Level.JUNIOR, [Rating.GOOD], new_per_day=1, seed=4)
    key = session.history[0][0].key
    clock.advance(days=3)
    before = store.memory(Level.JUNIOR, key)
    again = FlashcardSession(
        choose_flashcards(deck, store, Level.JUNIOR, clock(), new_per_day=0), Level.JUNIOR, store, clock=clock
    )
    again.rate(Rating.EASY)
    assert store.memory(Level.JUNIOR, key) != before
    again.undo()
    assert store.memory(Level.JUNIOR, key) == before


def test_intervals_are_shown_for_each_rating(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = FlashcardSession(
        choose_flashcards(deck, store, Level.JUNIOR, clock(), seed=1), Level.JUNIOR, store, clock=clock
    )
    assert session.intervals() == {
        Rating.AGAIN: "1m",
        Rating.HARD: "6m",
        Rating.GOOD: "10m",
        Rating.EASY: session.intervals()[Rating.EASY],
    }
    assert session.intervals()[Rating.EASY].endswith("d")


def test_cram_drills_the_weakest_first_and_leaves_the_schedule(store: Store, deck: Deck, clock: FakeClock) -> None:
    session = study(store, deck, clock, Level.JUNIOR, [Rating.EASY, Rating.AGAIN], new_per_day=2, seed=5)
    strong, weak = (review.key for review, *_ in session.history[:2])
    schedule = query(store, "SELECT * FROM schedule ORDER BY card_ref")
    cram = choose_cram_cards(deck, store, Level.JUNIOR, clock().replace(day=30))
    keys = [card.key for card in cram]
    assert keys.index(weak) < keys.index(strong)
    assert keys[-1] == strong  # everything else is unseen, recall 0
    drill = FlashcardSession(cram, Level.JUNIOR, store, clock=clock, cram=True)
    drill.rate(Rating.AGAIN)
    drill.rate(Rating.GOOD)
    assert query(store, "SELECT * FROM schedule ORDER BY card_ref") == schedule
    assert query(store, "SELECT count(*) FROM reviews WHERE mode = 'cram'")[0][0] == 2
    assert drill.queue[-1] is cram[0]  # Again in a cram comes round again


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    history=st.lists(st.tuples(st.sampled_from(list(Rating)), st.integers(1, 60 * 24 * 30)), max_size=8),
    rating=st.sampled_from(list(Rating)),
    thinking=st.integers(0, 600),
)
def test_the_interval_on_each_button_is_the_one_scheduled(
    tmp_path_factory, deck: Deck, history: list[tuple[Rating, int]], rating: Rating, thinking: int
) -> None:
    """With fuzz on (each computation draws anew), what the button shows is exactly what is applied,
    measured from the moment of rating, however long the learner looked at the answer."""
    with Store.open(tmp_path_factory.mktemp("p") / "p.db") as store:  # the default scheduler: fuzz on
        clock = FakeClock()
        card = deck.pool(Level.SENIOR)[0]
        for earlier, minutes in history:
            store.record_rating(Level.SENIOR, card.key, earlier, clock())
            clock.advance(minutes=minutes)
        session = FlashcardSession([card], Level.SENIOR, store, clock=clock)
        shown = session._preview_of(card).intervals()
        assert session.intervals() == {r: describe_interval(delta) for r, delta in shown.items()}
        clock.advance(seconds=thinking)
        rated_at = clock()
        session.rate(rating)
        assert store.memory(Level.SENIOR, card.key).due - rated_at == shown[rating]
