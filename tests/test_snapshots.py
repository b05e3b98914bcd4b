"""What each screen looks like at 80×24, pinned as SVG snapshots (pytest-textual-snapshot).

Each test says in its docstring what the picture must show. A snapshot that changes on purpose is
updated with `pytest tests/test_snapshots.py --snapshot-update`; look at the new pictures first
(the report pytest prints links them).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from prep.core.flashcards import FlashcardSession
from prep.core.model import Card, Level
from prep.core.packs.discover import Library
from prep.core.packs.load import load_pack
from prep.core.quiz import QuizSession
from prep.core.store import Store
from prep.core.store.records import Answer
from prep.errors import PackError, PackErrors
from prep.paths import Paths
from prep.tui.app import PrepApp, make_app

from conftest import PACKS, FakeClock

SIZE = (80, 24)


@pytest.fixture
def library() -> Library:
    """The test pack under a fixed path (the real one depends on where the checkout is)."""
    library = Library()
    pack = load_pack(PACKS / "basics.yaml", origin="bundled")
    library.add(replace(pack, path="questions/basics.yaml"))
    library.problems.append(PackErrors([PackError("packs/broken.yaml", "unknown type 'essay'", line=3, card_id="x")]))
    return library


def cards(library: Library, *ids: str) -> list[Card]:
    by_id = {card.id: card for card in library.packs[0].cards}
    return [by_id[card_id] for card_id in ids]


def quiz_app(store: Store, library: Library, clock: FakeClock, *ids: str) -> PrepApp:
    session = QuizSession(cards(library, *ids), Level.JUNIOR, store, clock=clock, timer=lambda: 0.0, seed=1)
    return make_app(store=store, library=library, level=Level.JUNIOR, clock=clock, session=session)


def home_app(store: Store, library: Library, clock: FakeClock) -> PrepApp:
    return make_app(store=store, library=library, level=Level.JUNIOR, clock=clock)


class TestHome:
    def test_home(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """The four level tiles with junior active (0% ready, cards due), the one-line summary of the
        junior track, the Quiz / Flashcards / Options / Stats / Packs buttons, the Targets list (no
        target yet: only "+ New target: paste a job ad"), and the footer keys."""
        assert snap_compare(home_app(store, library, clock), terminal_size=SIZE)

    def test_study_options_dialog(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """The options dialog over the home screen: Quiz or Flashcards, topics, how many cards, new cards
        a day, a cram date, and Start / Cancel, all inside 80×24."""
        assert snap_compare(home_app(store, library, clock), terminal_size=SIZE, press=["o"])


class TestQuiz:
    def test_choice_question(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """Question 1/2 on the junior track: its topic and pack, the prompt, four numbered choices (in
        the order seed 1 shuffles them to), score 0/0 and an empty progress line, and footer keys to
        pick, skip, get help and end."""
        assert snap_compare(quiz_app(store, library, clock, "http-post", "http-404"), terminal_size=SIZE)

    def test_choice_answered_wrong(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """After picking choice 2, GET (wrong; the seed puts POST first): POST ticked, GET crossed, "Not
        quite. The answer: POST", the explanation, and the footer offering Next."""
        app = quiz_app(store, library, clock, "http-post", "http-404")
        assert snap_compare(app, terminal_size=SIZE, press=["2"])

    def test_multi_question(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """A select-all-that-apply card: every option with a check box, none ticked yet."""
        assert snap_compare(quiz_app(store, library, clock, "idempotent-methods"), terminal_size=SIZE)

    def test_typed_question(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """A typed card: the prompt and an empty answer box with its placeholder."""
        assert snap_compare(quiz_app(store, library, clock, "http-404"), terminal_size=SIZE)


class TestSummary:
    def test_summary_after_a_quiz(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """The quiz summary: score 1/2 (50%), no skips, time 0:00, the per-topic table, and the missed
        card with what was typed and the right answer."""
        app = quiz_app(store, library, clock, "http-post", "http-404")
        keys = ["1", "enter", *"410", "enter", "enter"]  # POST is choice 1 with this seed
        assert snap_compare(app, terminal_size=SIZE, press=keys)


class TestFlashcards:
    def app(self, store: Store, library: Library, clock: FakeClock) -> PrepApp:
        session = FlashcardSession(cards(library, "cap", "http-post"), Level.SENIOR, store, clock=clock, seed=1)
        return make_app(store=store, library=library, level=Level.SENIOR, clock=clock, session=session)

    def test_front(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """The front of the first card on the senior track, the count of cards to go, and Space / Enter
        to show the answer; no rating buttons yet."""
        assert snap_compare(self.app(store, library, clock), terminal_size=SIZE)

    def test_back_with_ratings(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """After Space: the answer, and the four rating buttons, each with the interval it would give
        (Again 1m, Hard, Good 10m, Easy in days)."""
        assert snap_compare(self.app(store, library, clock), terminal_size=SIZE, press=["space"])

    def test_summary_with_the_again_card(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """The flashcard summary after rating the first card Again and the second Easy, then ending: "Rated
        2 cards · 1 Again · 1 Easy", the per-topic lines, the Again card listed, and the keys to drill the
        Again cards or finish."""
        keys = ["space", "1", "space", "4", "q"]
        assert snap_compare(self.app(store, library, clock), terminal_size=SIZE, press=keys)

    def test_back_at_60_by_15(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """At 60×15 after Space: the question, the start of the answer (the rest scrolls), and all four
        rating buttons on one row, Easy not cut off."""
        assert snap_compare(self.app(store, library, clock), terminal_size=(60, 15), press=["space"])


class TestOtherScreens:
    def test_stats(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """The stats screen on the junior track: the table of all four levels with junior marked, the
        readiness sentence, the activity and forecast lines, and mastery by topic."""
        assert snap_compare(home_app(store, library, clock), terminal_size=SIZE, press=["s"])

    def test_packs(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """The packs tree with the test pack opened: its card count, name, version and origin with counts
        per level, description, topics and file; the highlighted pack's description under the tree; a
        Problems (1) branch naming the skipped file, its line and card; a Quiz pack and Flashcards key."""
        assert snap_compare(home_app(store, library, clock), terminal_size=SIZE, press=["p", "down", "space"])

    def test_help(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """The help overlay opened with ? over the home screen, listing its keys (the screen's own first,
        Browse cards among them), then the scrolling keys of the focused widget."""
        assert snap_compare(home_app(store, library, clock), terminal_size=SIZE, press=["question_mark"])

    def test_leaving_home_asks(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """Escape on the home screen: a dialog over it asking whether to leave prep, with Yes (y) and No
        (n or Escape) — it never quits without asking."""
        assert snap_compare(home_app(store, library, clock), terminal_size=SIZE, press=["escape"])

    def test_home_at_60_by_15(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """At 60×15: no intro line, the four level tiles, the junior readiness line, all six action buttons
        on two rows in view, the targets heading below, and the footer keys."""
        assert snap_compare(home_app(store, library, clock), terminal_size=(60, 15))


class TestBrowser:
    def app(self, store: Store, library: Library, clock: FakeClock) -> PrepApp:
        """The mid track with one card suspended, one flagged and one wrong answer on record."""
        store.mark(Level.MID, [("test-basics", "norway")], "suspended", True, clock())
        store.mark(Level.MID, [("test-basics", "isolation-default")], "flagged", True, clock())
        store.record_answer(Answer(Level.MID, "test-basics", "http-404", False, "410", 3.0, clock()))
        return make_app(store=store, library=library, level=Level.MID, clock=clock)

    def test_browser_list(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """The card browser opened with b from home, "postgres" typed: the search box, the track / state /
        topic / pack filters, "2 cards · Enter opens one", the two PostgreSQL cards with their topics,
        level and state (pg-port "new", isolation-default "! new": flagged), the first row highlighted, and
        the footer keys for a card (suspend, flag, hide, quiz, cards, help, back)."""
        assert snap_compare(self.app(store, library, clock), terminal_size=SIZE, press=["b", *"postgres", "down"])

    def test_browser_every_card(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """No search: the six junior and mid cards in pack order, http-404 due "in 1m" after its wrong answer,
        norway "suspended", isolation-default "! new" (flagged), and "6 cards · 3 more above mid"."""
        assert snap_compare(self.app(store, library, clock), terminal_size=SIZE, press=["b", "down"])

    def test_card_detail(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """The card screen of test-basics/http-404 opened from the browser: its name, type, level and topic,
        the pack file, the question, "Answer: 404" and what else is accepted, the explanation, its state
        on the mid track with when it is due, and a history row of the wrong answer "410"; footer keys to
        suspend, flag, hide and go back."""
        keys = ["b", *"status code", "enter", "enter"]
        assert snap_compare(self.app(store, library, clock), terminal_size=SIZE, press=keys)

    def test_hide_dialog(self, snap_compare, store: Store, library: Library, clock: FakeClock) -> None:
        """h on a card in the browser: a dialog offering to hide the card's topic or its pack on the mid
        track (or cancel), over the list."""
        keys = ["b", *"postgres", "down", "h"]
        assert snap_compare(self.app(store, library, clock), terminal_size=SIZE, press=keys)


class TestTargets:
    def app(self, store: Store, paths: Paths) -> PrepApp:
        from test_targets import library as target_library

        installed = Library()
        installed.add(target_library()[0])
        return make_app(store=store, library=installed, level=Level.JUNIOR, clock=FakeClock(), paths=paths)

    @staticmethod
    async def paste_and_read(pilot) -> None:
        from textual import events

        from test_targets import POSTING

        await pilot.press("n")
        pilot.app.post_message(events.Paste(POSTING))  # as a terminal pastes
        await pilot.pause()
        await pilot.press("ctrl+r")

    def test_new_target_after_reading(self, snap_compare, store: Store, paths: Paths) -> None:
        """The new-target screen after a posting was pasted and read: the end of the pasted text, the
        path box and Read button, what prep found (title, levels, skills, lists, cards), the level radio
        buttons with senior chosen, the interview date and name boxes."""
        assert snap_compare(self.app(store, paths), terminal_size=SIZE, run_before=self.paste_and_read)

    def test_gap_map(self, snap_compare, store: Store, paths: Paths) -> None:
        """A saved target's screen: its summary line (level, no date, 0% ready today, today's plan),
        the cards and what readiness means, then the skills with the ones without cards first ("no
        cards — add a pack") and bars for the rest, and the posting's lists."""

        async def save(pilot) -> None:
            await self.paste_and_read(pilot)
            await pilot.press("ctrl+s")
            await pilot.pause()

        assert snap_compare(self.app(store, paths), terminal_size=SIZE, run_before=save)

    def test_home_with_a_target(self, snap_compare, store: Store, paths: Paths) -> None:
        """The home screen with one target listed under Targets: its name, level, no date, readiness
        today and today's plan, then "+ New target"."""

        async def save_and_go_home(pilot) -> None:
            await self.paste_and_read(pilot)
            await pilot.press("ctrl+s")
            await pilot.pause()
            await pilot.press("escape")

        assert snap_compare(self.app(store, paths), terminal_size=SIZE, run_before=save_and_go_home)
