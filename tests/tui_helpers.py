"""What a person would see: the current screen of a running app as plain text lines."""

from __future__ import annotations

import html
import re

from rich.cells import get_character_cell_size
from textual.app import App

from prep.core.packs.discover import Library
from prep.core.quiz import QuizSession
from prep.tui.app import PrepApp, make_app

_TEXT = re.compile(
    r'<text class="[^"]*-r\d+" x="([\d.]+)" y="[\d.]+" textLength="([\d.]+)" '
    r'clip-path="url\(#[\w-]+-line-(\d+)\)">([^<]*)</text>'
)


def screen_text(app: App) -> str:
    """The screen as a person sees it, one string per row: read back from Textual's public SVG
    screenshot (`App.export_screenshot`), which draws every character at its cell."""
    width, height = app.size
    rows = [[" "] * width for _ in range(height)]
    cell = None
    for x, length, row, escaped in _TEXT.findall(app.export_screenshot()):
        text = html.unescape(escaped).replace("\xa0", " ")
        if cell is None and text.isascii() and text:
            cell = float(length) / len(text)
        column = round(float(x) / (cell or 12.2))
        for char in text:
            if 0 <= column < width and int(row) < height:
                rows[int(row)][column] = char
            column += get_character_cell_size(char)
    return "\n".join("".join(row).rstrip() for row in rows)


def quiz_app(session: QuizSession) -> PrepApp:
    """The app as `prep quiz` starts it, on this session."""
    return make_app(store=session.store, library=Library(), level=session.level, session=session)


def run_in_pty(argv: list[str], env: dict[str, str], steps, timeout: float = 20) -> tuple[bytes, int]:
    """Run `argv` in a pseudo-terminal; `steps(output, fd, pid)` is called as output arrives and returns
    True when it is done. Returns everything the terminal was sent and the exit status."""
    import os
    import pty
    import select
    import time

    pid, fd = pty.fork()
    if pid == 0:  # the child: the program in a terminal
        os.execve(argv[0], argv, env)
    output = bytearray()
    deadline = time.monotonic() + timeout
    status = None
    try:
        done = False
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    break
                output += chunk
            if not done:
                done = steps(bytes(output), fd, pid)
    finally:
        waited, status = os.waitpid(pid, os.WNOHANG)
        if waited == 0:
            os.kill(pid, 9)
            _, status = os.waitpid(pid, 0)
        os.close(fd)
    return bytes(output), os.waitstatus_to_exitcode(status)
