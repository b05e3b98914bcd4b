"""Pilot tests of the card browser: search as you type, filters, a card's own screen, and marks that
go to the store at once and change what sessions ask."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.widgets import DataTable, Select

from prep.core.browse import State
from prep.core.model import Card, Deck, Level
from prep.core.packs.discover import Library
from prep.core.packs.load import load_pack
from prep.core.store import Store
from prep.core.store.records import Answer
from prep.core.study import Mode, StudyOptions, start_session
from prep.tui.app import PrepApp, make_app
from prep.tui.screens.browser import BrowserScreen
from prep.tui.screens.card_detail import CardDetailScreen
from prep.tui.screens.home import HomeScreen
from prep.tui.screens.quiz import QuizScreen

from conftest import PACKS, FakeClock
from tui_helpers import screen_text

PACK = "test-basics"


@pytest.fixture
def library() -> Library:
    library = Library()
    library.add(load_pack(PACKS / "basics.yaml", origin="bundled"))
    return library


def home(store: Store, library: Library, clock: FakeClock, level: Level = Level.MID) -> PrepApp:
    return make_app(store=store, library=library, level=level, clock=clock)


def listed(app: PrepApp) -> list[str]:
    """The ids of the cards in the browser's list, in order."""
    screen = app.screen
    assert isinstance(screen, BrowserScreen)
    assert screen.query_one("#results", DataTable).row_count == len(screen.rows)
    return [card.id for card in screen.rows]


async def to_card(pilot, app: PrepApp, card_id: str) -> None:
    """Into the list, down to the card `card_id`."""
    await pilot.press("down")  # from the search box into the list
    for _ in range(listed(app).index(card_id)):
        await pilot.press("down")
    assert app.screen.current.id == card_id


def quiz_ids(app: PrepApp, level: Level = Level.MID, **options) -> set[str]:
    """The cards a quiz started the one way (`prep.core.study`) would ask."""
    session = start_session(app.deck, app.store, StudyOptions(level, Mode.QUIZ, count=0, **options), app.clock)
    return {card.id for card in session.cards}


async def test_b_on_home_opens_the_browser_and_typing_narrows_the_list(
    store: Store, library: Library, clock: FakeClock
) -> None:
    app = home(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        assert isinstance(app.screen, BrowserScreen) and app.screen.level is Level.MID
        everything = listed(app)
        assert len(everything) == 6  # junior and mid cards; the three above are counted, not listed
        assert "6 cards · 3 more above mid" in screen_text(app)
        await pilot.press(*"postgres")
        assert listed(app) == ["pg-port", "isolation-default"]
        await pilot.press(*" isolation")  # every word, in prompt, answer or explanation
        assert listed(app) == ["isolation-default"]
        assert "What is PostgreSQL's default" in screen_text(app)
        await pilot.press(*" nothing-like-this")
        assert listed(app) == [] and "0 cards" in screen_text(app)
        await pilot.press("ctrl+u")
        assert listed(app) == everything
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_filters_by_topic_pack_state_and_track(store: Store, library: Library, clock: FakeClock) -> None:
    store.mark(Level.MID, [(PACK, "norway")], "suspended", True, clock())
    app = home(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        screen = app.screen

        async def choose(widget_id: str, value: object) -> None:
            screen.query_one(f"#{widget_id}", Select).value = value
            await pilot.pause()

        await choose("topic", "http")
        assert listed(app) == ["http-post", "http-404", "idempotent-methods"]
        await choose("topic", "any")
        await choose("state", State.SUSPENDED)
        assert listed(app) == ["norway"] and "suspended" in screen_text(app)
        await choose("state", State.FLAGGED)
        assert listed(app) == []
        await choose("state", State.NEW)  # never studied: suspended or not
        assert len(listed(app)) == 6
        await choose("state", "any")
        await choose("pack", PACK)
        await choose("level", Level.LEAD)  # the lead track: every level, and its own marks
        assert len(listed(app)) == 9 and "lead track" in screen_text(app)
        assert "suspended" not in screen_text(app)  # norway is suspended on the mid track only


async def test_suspend_leaves_the_card_out_of_sessions_and_x_again_brings_it_back(
    store: Store, library: Library, clock: FakeClock
) -> None:
    app = home(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        assert "http-post" in quiz_ids(app)
        await to_card(pilot, app, "http-post")
        await pilot.press("x")
        assert store.marks(Level.MID).suspended == {(PACK, "http-post")}
        assert "suspended" in screen_text(app).splitlines()[5]  # its row, at once
        assert "http-post" not in quiz_ids(app)
        assert "http-post" in quiz_ids(app, Level.SENIOR)  # another track is not touched
        await pilot.press("x")
        assert store.marks(Level.MID).suspended == set()
        assert "suspended" not in screen_text(app) and "http-post" in quiz_ids(app)


async def test_flagged_cards_are_what_a_flagged_session_asks(store: Store, library: Library, clock: FakeClock) -> None:
    app = home(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        await to_card(pilot, app, "isolation-default")
        await pilot.press("f")
        assert store.marks(Level.MID).flagged == {(PACK, "isolation-default")}
        assert "! new" in screen_text(app)
        assert quiz_ids(app, flagged=True) == {"isolation-default"}  # what `prep quiz --flagged` asks
        await pilot.press("exclamation_mark")  # ! toggles it too
        assert store.marks(Level.MID).flagged == set() and "! new" not in screen_text(app)


async def test_hiding_a_topic_hides_every_card_in_it_until_shown_again(
    store: Store, library: Library, clock: FakeClock
) -> None:
    app = home(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        await to_card(pilot, app, "pg-port")
        await pilot.press("h")
        assert "Hide topic postgresql  (2 cards)" in screen_text(app)
        assert "Hide pack test-basics  (9 cards)" in screen_text(app)
        await pilot.press("enter")  # the first option: its topic
        assert store.marks(Level.MID).hidden_topics == {"postgresql"}
        assert screen_text(app).count("hidden") >= 2  # both postgresql cards, at once
        assert quiz_ids(app).isdisjoint({"pg-port", "isolation-default"})
        await pilot.press("h")
        assert "Show again topic postgresql" in screen_text(app)
        await pilot.press("escape")  # cancel changes nothing
        assert store.marks(Level.MID).hidden_topics == {"postgresql"}
        await pilot.press("h", "enter")
        assert store.marks(Level.MID).hidden_topics == set()
        assert "hidden" not in screen_text(app) and {"pg-port", "isolation-default"} <= quiz_ids(app)


async def test_a_card_opens_with_its_text_state_and_history(store: Store, library: Library, clock: FakeClock) -> None:
    store.record_answer(Answer(Level.MID, PACK, "http-404", False, "410", 3.0, clock()))
    app = home(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b", *"status code")
        await pilot.press("enter", "enter")  # to the list, then open the highlighted card
        assert isinstance(app.screen, CardDetailScreen)
        text = screen_text(app)
        for shown in ("test-basics/http-404 · typed · junior · http", "Which status code means the resource",
                      "Answer: 404", "Also accepted: 404 Not Found", "On the mid track:",
                      "History on this track", "wrong: 410"):  # fmt: skip
            assert shown in text
        await pilot.press("x", "f")
        marks = store.marks(Level.MID)
        assert (PACK, "http-404") in marks.suspended and (PACK, "http-404") in marks.flagged
        assert "suspended · flagged" in screen_text(app)
        await pilot.press("h", "down", "enter")  # its pack this time
        assert store.marks(Level.MID).hidden_packs == {PACK}
        assert "hidden (its topic" in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, BrowserScreen)
        assert "! suspended" in screen_text(app)  # the list shows what changed on the card's screen
        with pytest.raises(Exception, match="suspended or hidden"):
            quiz_ids(app)


async def test_quiz_on_the_cards_found_then_back_to_the_browser(
    store: Store, library: Library, clock: FakeClock
) -> None:
    app = home(store, library, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b", *"method", "enter", "a")
        assert isinstance(app.screen, QuizScreen)
        assert {card.id for card in app.screen.session.cards} == {"http-post", "idempotent-methods"}
        await pilot.press("escape")
        while not isinstance(app.screen, BrowserScreen):
            await pilot.press("escape")
        assert listed(app) == ["http-post", "idempotent-methods"]


async def test_small_terminals_keep_every_column_that_matters_and_the_card_scrolls(
    store: Store, library: Library, clock: FakeClock
) -> None:
    app = home(store, library, clock)
    async with app.run_test(size=(60, 15)) as pilot:
        await pilot.press("b")
        text = screen_text(app)
        assert "Prompt" in text and "State" in text and "Topics" not in text
        assert all(len(line) <= 60 for line in text.splitlines())
        await to_card(pilot, app, "isolation-default")
        await pilot.press("enter")
        card = app.screen.query_one("#card")
        assert card.has_focus and card.max_scroll_y > 0  # it scrolls rather than cuts
        await pilot.press("end")
        await pilot.pause(0.3)
        assert "On the mid track" in screen_text(app)


def many_cards(library: Library, count: int) -> Library:
    """The basics pack with `count` cards, each with its own prompt."""
    pack = library.packs[0]
    cards: list[Card] = []
    for number in range(count):
        card = pack.cards[number % len(pack.cards)]
        cards.append(replace(card, id=f"{card.id}-{number}", prompt=f"{card.prompt} (variant {number})"))
    bigger = Library()
    bigger.add(replace(pack, cards=tuple(cards)))
    return bigger


async def test_a_deck_of_two_thousand_cards_searches_as_you_type(
    store: Store, library: Library, clock: FakeClock
) -> None:
    app = home(store, many_cards(library, 2000), clock, Level.LEAD)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        assert "2,000 cards (first 300 shown)" in screen_text(app)
        await pilot.press(*"variant 1999")
        assert listed(app) == ["http-404-1999"]  # 1999 % 9 == 1: the second card's variant
        assert isinstance(app.deck, Deck)
