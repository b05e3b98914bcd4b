"""Pilot tests of targets in the TUI: paste a posting, read what prep found, set the date, save; the home
screen lists the target; its gap map shows every skill and studies one with Enter."""

from __future__ import annotations

from datetime import timedelta

from textual import events
from textual.widgets import Input

from prep.core.clock import local_date
from prep.core.packs.discover import Library
from prep.core.store import Store
from prep.core.targets import load_targets
from prep.paths import Paths
from prep.tui.app import make_app
from prep.tui.screens.flashcards import FlashcardScreen
from prep.tui.screens.home import HomeScreen
from prep.tui.screens.new_target import NewTargetScreen
from prep.tui.screens.target import TargetScreen
from test_targets import POSTING, library

from conftest import FakeClock
from tui_helpers import screen_text


def app_for(store: Store, paths: Paths, clock: FakeClock):
    installed = Library()
    installed.add(library()[0])  # the library pack; the deck comes from the posting
    return make_app(store=store, library=installed, clock=clock, paths=paths)


async def test_paste_a_posting_review_it_set_the_date_and_save(store: Store, paths: Paths, clock: FakeClock) -> None:
    app = app_for(store, paths, clock)
    when = (local_date(clock()) + timedelta(days=14)).isoformat()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        assert isinstance(app.screen, NewTargetScreen)
        app.post_message(events.Paste(POSTING))  # as a terminal pastes: to the app, which hands it to the focused box
        await pilot.pause()
        await pilot.press("ctrl+r")
        found = screen_text(app)
        assert "Found: Senior Backend Engineer (describes senior)" in found
        assert "Kafka" in found and "What you'll do: 2" in found
        app.screen.query_one("#date", Input).focus()
        await pilot.press(*when)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TargetScreen)
        shown = screen_text(app)
        assert "senior-backend-engineer · senior · 14 days · 0% ready on the day" in shown
        assert "Kafka" in shown and "What you'll do" in shown
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        assert "senior-backend-engineer · senior · 14 days" in screen_text(app)
    (saved,) = load_targets(store)
    assert saved.interview_date is not None and saved.interview_date.isoformat() == when
    assert (paths.packs / f"{saved.deck}.yaml").is_file()


async def test_an_empty_paste_or_a_bad_date_is_said_on_the_screen(store: Store, paths: Paths, clock: FakeClock) -> None:
    app = app_for(store, paths, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.press("ctrl+r")
        assert "paste the job ad into the box" in screen_text(app)
        app.post_message(events.Paste(POSTING))
        await pilot.pause()
        await pilot.press("ctrl+r")
        app.screen.query_one("#date", Input).focus()
        await pilot.press(*"2020-01-01", "ctrl+s")
        assert "interview date 2020-01-01 has passed" in screen_text(app)
        assert isinstance(app.screen, NewTargetScreen) and load_targets(store) == []
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_the_gap_map_lists_gaps_first_and_enter_studies_a_skill(
    store: Store, paths: Paths, clock: FakeClock
) -> None:
    app = app_for(store, paths, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        app.post_message(events.Paste(POSTING))
        await pilot.pause()
        await pilot.press("ctrl+r", "ctrl+s")
        await pilot.pause()
        lines = screen_text(app).splitlines()
        caption = next(index for index, line in enumerate(lines) if "weakest first" in line)
        assert "no cards — add a pack" in lines[caption + 1]  # skills the library has no cards on come first
        rows = [line.split()[0] for line in lines[caption + 1 :] if "studied" in line or "no cards" in line]
        while app.screen.query_one("#coverage").highlighted != rows.index("Kafka"):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FlashcardScreen)
        queue = app.screen.session.queue
        assert queue and all("kafka" in card.topics for card in queue)
