"""A real browser for the tests: headless Chromium driven over the DevTools protocol.

`open_page` loads a URL in a fresh headless Chromium (its own profile in the test's tmp folder),
collects what the page's websockets receive, and can take a screenshot and evaluate JavaScript.
Where no Chromium is installed, `browser_or_skip` skips the test with the reason; it never fails
for that. The protocol is spoken with aiohttp's websocket client (installed with textual-serve).
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import shutil
import struct
import subprocess
import time
import zlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

# CSI sequences (colours, cursor moves), OSC strings (titles), charset choices, other escapes.
ESCAPES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>@-_]")
SPECIAL_KEYS = {"enter": ("Enter", "Enter", 13, "\r")}
"""Keys `Page.type_key` types by name: (DOM key, DOM code, key code, text)."""
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chromium-headless-shell")


def find_browser() -> str | None:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def browser_or_skip() -> str:
    browser = find_browser()
    if browser is None:
        pytest.skip(f"no headless browser here (looked for {', '.join(BROWSERS)}); `apt-get install chromium` runs it")
    return browser


def _key_code(key: str) -> str:
    return f"Key{key.upper()}" if key.isalpha() else f"Digit{key}"


def terminal_text(data: bytes) -> str:
    """The text a terminal would show for `data`, escape sequences removed, runs of spaces as one."""
    text = ESCAPES.sub(b" ", data).decode("utf-8", "replace")
    return re.sub(r"\s+", " ", text)


class Page:
    """One browser tab, over its DevTools websocket."""

    def __init__(self, socket: object) -> None:
        self._socket = socket
        self._next = 0
        self._replies: dict[int, asyncio.Future[dict]] = {}
        self.requests: list[str] = []
        """The URL of every request the page made, websockets included."""
        self.frames: list[bytes] = []
        """Every websocket frame the page received, in order (binary ones decoded)."""
        self.loaded = asyncio.Event()

    async def call(self, method: str, **params: object) -> dict:
        self._next += 1
        reply: asyncio.Future[dict] = asyncio.get_running_loop().create_future()
        self._replies[self._next] = reply
        await self._socket.send_str(json.dumps({"id": self._next, "method": method, "params": params}))  # type: ignore[attr-defined]
        answer = await asyncio.wait_for(reply, 30)
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error']}")
        return answer.get("result", {})

    async def listen(self) -> None:
        async for message in self._socket:  # type: ignore[attr-defined]
            data = json.loads(message.data)
            if "id" in data and data["id"] in self._replies:
                self._replies.pop(data["id"]).set_result(data)
            elif data.get("method") == "Network.webSocketFrameReceived":
                response = data["params"]["response"]
                payload = response["payloadData"]
                self.frames.append(base64.b64decode(payload) if response["opcode"] == 2 else payload.encode())
            elif data.get("method") == "Network.requestWillBeSent":
                self.requests.append(data["params"]["request"]["url"])
            elif data.get("method") == "Network.webSocketCreated":
                self.requests.append(data["params"]["url"])
            elif data.get("method") == "Page.loadEventFired":
                self.loaded.set()

    def received_text(self) -> str:
        """What the page's websockets received, with terminal escape sequences taken out."""
        return terminal_text(b"".join(self.frames))

    async def evaluate(self, expression: str) -> object:
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    async def screenshot(self, path: Path) -> bytes:
        data = base64.b64decode((await self.call("Page.captureScreenshot", format="png"))["data"])
        path.write_bytes(data)
        return data

    async def type_key(self, key: str) -> None:
        """Type one letter, digit or "enter" into the page, as one key press (xterm listens on a hidden
        textarea): a keyDown that carries the text, then a keyUp."""
        name, code, number, text = SPECIAL_KEYS.get(key) or (key, _key_code(key), ord(key.upper()), key)
        await self.evaluate("document.querySelector('.xterm-helper-textarea').focus()")
        await self.call("Input.dispatchKeyEvent", type="keyDown", key=name, code=code, windowsVirtualKeyCode=number,
                        text=text)  # fmt: skip
        await self.call("Input.dispatchKeyEvent", type="keyUp", key=name, code=code, windowsVirtualKeyCode=number)

    def text_since(self, frame: int) -> str:
        """What the page received from frame number `frame` on, as `terminal_text`."""
        return terminal_text(b"".join(self.frames[frame:]))

    async def wait_for(self, check: Callable[[], bool], seconds: float, what: str) -> None:
        deadline = time.monotonic() + seconds
        while not check():
            if time.monotonic() > deadline:
                shown = self.received_text()[-2000:]
                raise AssertionError(f"the browser did not show {what} within {seconds:g} s; it last showed: {shown}")
            await asyncio.sleep(0.2)


@asynccontextmanager
async def open_page(browser: str, url: str, profile: Path, size: tuple[int, int] = (1200, 800)) -> AsyncIterator[Page]:
    """A headless Chromium on `url`; its DevTools port is read from the profile, so nothing is guessed."""
    import aiohttp

    profile.mkdir(parents=True, exist_ok=True)
    command = [browser, "--headless=new", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
               "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", f"--user-data-dir={profile}",
               f"--window-size={size[0]},{size[1]}", "--disable-dev-shm-usage", "about:blank"]  # fmt: skip
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.insert(1, "--no-sandbox")  # Chromium refuses to run its sandbox as root
    log = (profile / "browser.log").open("wb")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        port = await _devtools_port(profile, process)
        async with aiohttp.ClientSession() as session:
            targets = await (await session.get(f"http://127.0.0.1:{port}/json/list")).json()
            page_url = next(target["webSocketDebuggerUrl"] for target in targets if target["type"] == "page")
            async with session.ws_connect(page_url, max_msg_size=0) as socket:
                page = Page(socket)
                listener = asyncio.create_task(page.listen())
                await page.call("Network.enable")
                await page.call("Page.enable")
                await page.call("Page.navigate", url=url)
                try:
                    yield page
                finally:
                    listener.cancel()
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


async def _devtools_port(profile: Path, process: subprocess.Popen[bytes]) -> int:
    marker = profile / "DevToolsActivePort"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if marker.exists() and marker.read_text().strip():
            return int(marker.read_text().split()[0])
        if process.poll() is not None:
            raise AssertionError(f"the browser exited ({process.returncode}): {(profile / 'browser.log').read_text()}")
        await asyncio.sleep(0.1)
    raise AssertionError("the browser did not open its DevTools port within 30 s")


def png_colours(data: bytes) -> tuple[int, int, dict[tuple[int, ...], int]]:
    """Width, height and how many pixels have each colour, for an 8-bit RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, chunks, header = 8, [], b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour_type in (2, 6) and not interlace, "an 8-bit RGB(A) PNG, not interlaced"
    channels = 3 if colour_type == 2 else 4
    rows = _unfilter(zlib.decompress(b"".join(chunks)), width * channels, height, channels)
    counts: dict[tuple[int, ...], int] = {}
    for row in rows:
        for x in range(0, len(row), channels * 4):  # every 4th pixel is plenty to tell a blank page
            colour = tuple(row[x : x + 3])
            counts[colour] = counts.get(colour, 0) + 1
    return width, height, counts


def _unfilter(raw: bytes, stride: int, height: int, bpp: int) -> list[bytearray]:
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = row[i - bpp] if i >= bpp else 0
            up = previous[i]
            corner = previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                row[i] = (row[i] + left) & 255
            elif kind == 2:
                row[i] = (row[i] + up) & 255
            elif kind == 3:
                row[i] = (row[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                row[i] = (row[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(row)
        previous = row
    return rows


def assert_not_blank(png: bytes, at_least: float = 0.01) -> None:
    """The screenshot shows something: more than one colour, and the commonest is not everything."""
    _, _, counts = png_colours(png)
    total = sum(counts.values())
    background = max(counts.values())
    assert len(counts) > 2, f"the screenshot is one flat colour {next(iter(counts))}"
    assert (total - background) / total >= at_least, "the screenshot is almost entirely one colour"
