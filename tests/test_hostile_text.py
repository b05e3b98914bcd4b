"""Pack text in every widget the app uses is shown literally, never acts when clicked, and never
reaches the terminal as an escape sequence."""

from __future__ import annotations

import os
import pty
import select
import sys
import time
from pathlib import Path

import pytest

from prep.core.model import Level
from prep.core.packs.discover import Library
from prep.core.packs.load import load_pack
from prep.core.quiz import QuizSession
from prep.core.store import Store
from prep.tui.app import make_app
from prep.tui.screens.browser import BrowserScreen
from prep.tui.screens.card_detail import CardDetailScreen
from prep.tui.screens.packs import PacksScreen
from prep.tui.screens.summary import SummaryScreen

from conftest import PACKS, write
from tui_helpers import screen_text

HOSTILE_WARNING = "evil.yaml:1: [@click=app.quit]warning[/] [bold]x"


@pytest.fixture
def hostile() -> Library:
    library = Library()
    library.add(load_pack(PACKS / "hostile.yaml", origin="[red]origin"))
    library.warnings.append(HOSTILE_WARNING)
    return library


def by_id(library: Library, *ids: str):
    cards = {card.id: card for card in library.packs[0].cards}
    return [cards[card_id] for card_id in ids]


async def click_everything(pilot, app) -> None:
    """Click on every piece of text that looks like markup: had it been parsed, an action would
    be bound right there."""
    lines = screen_text(app).splitlines()
    spots = [(x + offset, y) for y, line in enumerate(lines) for x in _markup_starts(line) for offset in (1, 8)]
    for x, y in spots:
        await pilot.click(offset=(x, y))
        if not app.is_running:
            return


def _markup_starts(line: str) -> list[int]:
    return [index for index in range(len(line)) if line.startswith(("[@click", "[link", "[/", "[b", "[red"), index)]


async def test_quiz_widgets_static_optionlist_selectionlist_input_and_table(tmp_path: Path, hostile: Library) -> None:
    with Store.open(tmp_path / "p.db") as store:
        session = QuizSession(by_id(hostile, "markup-prompt", "markup-multi", "markup-typed"), Level.JUNIOR, store)
        app = make_app(store=store, library=hostile, level=Level.JUNIOR, session=session, warnings=[HOSTILE_WARNING])
        async with app.run_test(size=(100, 30), notifications=True) as pilot:
            await pilot.pause(0.2)
            text = screen_text(app)
            assert "[@click=app.quit]warning[/]" in text  # the notification, literally
            for literal in (
                "Is [bold]this[/] list[int] or [@click=app.quit]that[/]?",
                "[@click=app.quit]quit[/]",
                "[bold]plain",
                "[red]topic",
            ):
                assert literal in text
            await click_everything(pilot, app)  # clicking also answers the choice card
            assert app.is_running
            if app.screen.outcome is None:
                await pilot.press("1")
            await pilot.press("enter")
            text = screen_text(app)
            assert "Pick [b]both[/b]" in text and "[@click=app.quit]one[/]" in text and "[red]three" in text
            await pilot.press("1", "2", "enter")
            await click_everything(pilot, app)
            assert app.is_running
            await pilot.press("enter")
            await pilot.press(*"[/]", "enter")
            assert "✓ Right." in screen_text(app)
            await pilot.press("enter")
            assert isinstance(app.screen, SummaryScreen)
            assert "[@click=app.quit]t[/]" in screen_text(app)  # a topic in the DataTable
            await click_everything(pilot, app)
            assert app.is_running


async def test_packs_tree_and_flashcards(tmp_path: Path, hostile: Library) -> None:
    with Store.open(tmp_path / "p.db") as store:
        app = make_app(store=store, library=hostile, level=Level.JUNIOR)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("p")
            assert isinstance(app.screen, PacksScreen)
            tree = app.screen.query_one("#pack-tree")
            for node in list(tree.root.children):
                node.expand()
            await pilot.pause()
            text = screen_text(app)
            assert "[bold]Hostile[/] pack  (" in text and "test-hostile 1.0, [red]origin: " in text
            assert "[@click=app.quit]desc[/]" in text
            await click_everything(pilot, app)
            assert app.is_running
            await pilot.press("escape", "f")
            for _ in range(4):
                card = app.screen.session.current
                if card.id == "markup-flash":
                    break
                await pilot.press("space", "4")
            await pilot.press("space")
            text = screen_text(app)
            assert "Flash [@click=app.quit]front[/]" in text
            assert "[bold]back[/] evil" in text  # bidi override and zero-width space removed
            assert "[link=https://example.com]x[/link]" in text
            await click_everything(pilot, app)
            assert app.is_running


async def test_card_browser_list_filters_and_card_screen(tmp_path: Path, hostile: Library) -> None:
    with Store.open(tmp_path / "p.db") as store:
        app = make_app(store=store, library=hostile, level=Level.JUNIOR)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("b")
            assert isinstance(app.screen, BrowserScreen)
            text = screen_text(app)
            assert "Is [bold]this[/] list[int] or [@click=app.quit]that" in text and "[red]topic" in text
            await click_everything(pilot, app)
            assert app.is_running
            while not isinstance(app.screen, BrowserScreen):  # a click may have opened a card or a filter
                await pilot.press("escape")
            await pilot.press("slash", *"[bold]this", "enter", "enter")
            assert isinstance(app.screen, CardDetailScreen)
            text = screen_text(app)
            for literal in ("Is [bold]this[/] list[int] or [@click=app.quit]that[/]?", "[@click=app.quit]quit[/]",
                            "Answer: [/]", "[red]not red[/red] and [@click=app.bell]no bell[/]"):  # fmt: skip
                assert literal in text
            await click_everything(pilot, app)
            assert app.is_running
            await pilot.press("h")
            assert "Hide topic [red]topic" in screen_text(app)


def test_no_escape_sequence_from_pack_text_reaches_the_terminal(tmp_path: Path) -> None:
    """Run the real app in a pseudo-terminal on a pack whose file name and text try to write escapes."""
    payload = "\x1b]0;PWNED\x07"
    folder = tmp_path / "packs"
    evil_name = folder / f"evil{payload}.yaml"
    write(evil_name, "pack: [broken\n")  # a broken pack: its name is echoed in a warning
    write(
        folder / "bidi.yaml",
        (PACKS / "hostile.yaml").read_text().replace("Is [bold]this[/]", "Is \u202e[bold]this[/]\u2066"),
    )
    env = {
        **os.environ,
        "PREP_DATA_DIR": str(tmp_path / "data"),
        "TERM": "xterm-256color",
        "COLUMNS": "100",
        "LINES": "30",
    }
    pid, fd = pty.fork()
    if pid == 0:  # the child: prep in a terminal
        os.execve(
            sys.executable,
            [sys.executable, "-m", "prep", "quiz", "--level", "junior", "--pack", str(folder), "--seed", "1"],
            env,
        )
    output = bytearray()
    deadline = time.monotonic() + 20
    sent = False
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                output += chunk
            if not sent and b"Question 1/" in output:
                os.write(fd, b"1")
                time.sleep(0.5)
                os.write(fd, b"\r")
                time.sleep(0.5)
                os.write(fd, b"\x1b")  # end the quiz
                time.sleep(0.5)
                os.write(fd, b"q")
                sent = True
    finally:
        try:
            os.kill(pid, 9)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
    assert b"Question 1/" in output, output[-2000:]
    assert b"PWNED" in output or b"evil" in output  # the warning really was shown...
    assert payload.encode() not in output  # ...but never as an escape sequence
    assert "\u202e".encode() not in output and "\u2066".encode() not in output
