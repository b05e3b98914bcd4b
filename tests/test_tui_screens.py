"""Pilot tests of the home, flashcard, stats and packs screens: keys and clicks, then screen and store."""

from __future__ import annotations

import pytest
from textual.widgets import Select

from prep.core.flashcards import FlashcardSession, choose_flashcards
from prep.core.model import Deck, Level
from prep.core.packs.discover import Library
from prep.core.packs.load import load_pack
from prep.core.scheduler import describe_interval
from prep.core.store import Store
from prep.tui.app import make_app
from prep.tui.screens.browser import BrowserScreen
from prep.tui.screens.flashcard_summary import FlashcardSummaryScreen
from prep.tui.screens.flashcards import FlashcardScreen
from prep.tui.screens.home import HomeScreen
from prep.tui.screens.packs import PacksScreen
from prep.tui.screens.quiz import QuizScreen
from prep.tui.screens.stats import StatsScreen
from prep.tui.screens.summary import SummaryScreen

from conftest import PACKS, FakeClock, query
from tui_helpers import screen_text


@pytest.fixture
def library() -> Library:
    library = Library()
    library.add(load_pack(PACKS / "basics.yaml", origin="bundled"))
    return library


async def test_home_shows_levels_and_remembers_the_chosen_one(store: Store, library: Library, clock: FakeClock) -> None:
    app = make_app(store=store, library=library, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, HomeScreen)
        text = screen_text(app)
        for name in ("Junior", "Mid", "Senior", "Lead"):
            assert name in text
        assert "Junior track · you would recall 0% of junior questions today" in text
        await pilot.press("3")
        assert "Senior track" in screen_text(app)
        await pilot.click("#level-mid")
        assert "Mid track" in screen_text(app)
    assert store.setting("last_level") == "mid"
    again = make_app(store=store, library=library, clock=clock)
    async with again.run_test(size=(80, 24)):
        assert again.level is Level.MID and "Mid track" in screen_text(again)


async def test_from_home_quiz_then_back_home_with_readiness_moved(
    store: Store, library: Library, clock: FakeClock
) -> None:
    app = make_app(store=store, library=library, level=Level.JUNIOR, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        assert isinstance(app.screen, QuizScreen)
        session = app.screen.session
        for _ in range(session.total):
            card = session.current
            if card.choices:
                await pilot.press(str(card.choices.index(card.answer[0]) + 1))
            else:
                await pilot.press(*card.answer[0], "enter")
            await pilot.press("enter")
        assert isinstance(app.screen, SummaryScreen)
        assert f"Score {session.total}/{session.total}" in screen_text(app)
        await pilot.press("q")
        assert isinstance(app.screen, HomeScreen) and app.is_running
        assert "0% ready" not in screen_text(app).split("Mid")[0]  # the junior tile moved
    assert len(store.answers()) == session.total


async def test_flashcards_flip_rate_undo_by_keys_and_clicks(store: Store, library: Library, clock: FakeClock) -> None:
    app = make_app(store=store, library=library, level=Level.SENIOR, clock=clock)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.press("f")
        assert isinstance(app.screen, FlashcardScreen)
        screen = app.screen
        first = screen.session.current
        assert "senior track" in screen_text(app) and "Show answer" in screen_text(app)
        await pilot.press("space")
        text = screen_text(app)
        assert "Answer: " in text and "1 Again 1m" in text and "3 Good 10m" in text
        await pilot.press("3")
        assert store.memory(Level.SENIOR, first.key) is not None
        assert "last: Good: back this session" in screen_text(app)  # 10 minutes: still today's
        await pilot.press("u")
        assert "last:" not in screen_text(app)
        assert store.memory(Level.SENIOR, first.key) is None and screen.session.current is first
        await pilot.press("space")
        await pilot.click("#rate-4")
        assert store.memory(Level.SENIOR, first.key).state == 2  # Easy: straight to review
        due = store.memory(Level.SENIOR, first.key).due - clock()
        assert f"last: Easy: due in {describe_interval(due)}" in screen_text(app)
        await pilot.press("q")
        assert isinstance(app.screen, FlashcardSummaryScreen)  # wherever the session began
        assert "Rated 1 card · 1 Easy" in screen_text(app)
        await pilot.press("q")
        assert isinstance(app.screen, HomeScreen)
    assert query(store, "SELECT count(*) FROM reviews")[0][0] == 1


async def test_flashcards_started_directly_exit_at_the_end(store: Store, library: Library, clock: FakeClock) -> None:
    deck_cards = choose_flashcards(
        make_app(store=store, library=library).deck, store, Level.JUNIOR, clock(), new_per_day=1
    )
    session = FlashcardSession(deck_cards, Level.JUNIOR, store, clock=clock)
    app = make_app(store=store, library=library, level=Level.JUNIOR, clock=clock, session=session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "4")
    assert not app.is_running


async def test_stats_screen_shows_every_level_and_switches(store: Store, library: Library, clock: FakeClock) -> None:
    app = make_app(store=store, library=library, level=Level.JUNIOR, clock=clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f", "space", "4", "q", "q", "s")
        assert isinstance(app.screen, StatsScreen)
        text = screen_text(app)
        assert "▶ junior" in text and "lead" in text
        assert "of junior questions today" in text and "Mastery by topic" in text and "Weakest cards" in text
        assert "Due, next 7 days:" in text
        await pilot.press("3")
        assert "of senior questions today" in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
    assert store.setting("last_level") == "senior"


async def test_stats_lists_studied_topics_first_and_t_shows_the_rest(
    store: Store, library: Library, clock: FakeClock
) -> None:
    app = make_app(store=store, library=library, level=Level.JUNIOR, clock=clock)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("s")
        before = screen_text(app)
        assert "Reviews, last 30 days: none yet" in before and "not studied yet" not in before
        assert "–" in before  # no answers yet: no accuracy figure, not 0%
        await pilot.press("q", "f", "space", "4", "q", "q", "s")
        text = screen_text(app)
        mastery = text[text.index("Mastery by topic") :]
        studied = [line.split()[0] for line in mastery.splitlines()[1:] if "/" in line and "%" in line]
        assert len(studied) == 1, mastery
        assert "topics not studied yet (t shows them)" in mastery
        assert "the tallest bar 1 review" in text
        await pilot.press("t")
        everything = screen_text(app)
        rows = everything[everything.index("Mastery by topic") :]
        assert "not studied yet" not in rows and len(rows.splitlines()) > 3
        assert rows.splitlines()[1].split()[0] == studied[0]  # the studied topic still leads


async def test_packs_screen_lists_packs_and_problems(store: Store, library: Library, clock: FakeClock) -> None:
    library.problems.append(Exception("broken.yaml:3: card x: answer: not one of the choices"))
    app = make_app(store=store, library=library, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        assert isinstance(app.screen, PacksScreen)
        text = screen_text(app)
        assert "Test basics  (9 cards)" in text and "Problems (1)" in text
        assert "broken.yaml:3: card x" in text
        await pilot.press("down", "space")  # open the pack
        text = screen_text(app)
        assert "test-basics 1.0, bundled: junior 4, mid 2, senior 2, lead 1" in text
        await pilot.press("a")
        assert isinstance(app.screen, QuizScreen)
        assert {card.pack for card in app.screen.session.cards} == {"test-basics"}
        await pilot.press("escape")  # ends the quiz on its summary
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("q")
        assert isinstance(app.screen, PacksScreen)  # back where the quiz was started
        await pilot.press("b")
        assert isinstance(app.screen, BrowserScreen)
        assert app.screen.query_one("#pack", Select).value == "test-basics"
        assert {card.pack for card in app.screen.rows} == {"test-basics"} and len(app.screen.rows) == 4  # junior ones


async def test_a_flashcard_session_ends_on_its_summary_and_drills_the_again_cards(
    store: Store, library: Library, clock: FakeClock
) -> None:
    deck = Deck.of(library.packs)
    cards = choose_flashcards(deck, store, Level.SENIOR, clock(), new_per_day=3)[:2]
    session = FlashcardSession(cards, Level.SENIOR, store, clock=clock)
    app = make_app(store=store, library=library, level=Level.SENIOR, clock=clock, session=session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "1", "space", "4", "q")  # the Again card would come back: stop first
        assert isinstance(app.screen, FlashcardSummaryScreen)
        text = screen_text(app)
        assert "Rated 2 cards · 1 Again" in text and "Rated Again" in text
        before = store.memory(Level.SENIOR, cards[0].key)
        await pilot.press("r")
        assert isinstance(app.screen, FlashcardScreen) and app.screen.session.cram
        assert [card.id for card in app.screen.session.queue] == [cards[0].id]
        await pilot.press("space", "3")
        assert store.memory(Level.SENIOR, cards[0].key) == before  # a drill leaves the schedule alone
