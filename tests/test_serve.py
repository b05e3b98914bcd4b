"""`prep serve`: the TUI in a browser, one prep per tab, on this computer only unless told otherwise."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from prep.cli import main
from prep.cli import serve as serve_command

from browser_support import assert_not_blank, browser_or_skip, open_page, terminal_text
from conftest import prep_command, subprocess_env

HOME = "Pick the level you are interviewing for"
"""Text only the home screen shows."""


class FakeServer:
    made: list[FakeServer] = []

    def __init__(self, command: str, *, host: str, port: int, data: Path, public_url: str | None) -> None:
        self.command, self.host, self.port, self.data, self.public_url = command, host, port, data, public_url
        FakeServer.made.append(self)

    def run(self) -> int:
        return 130


@pytest.fixture
def fake_server(monkeypatch: pytest.MonkeyPatch) -> list[FakeServer]:
    FakeServer.made = []
    monkeypatch.setattr(serve_command, "_server_class", lambda: FakeServer)
    return FakeServer.made


def test_serves_this_computer_only_by_default(fake_server, data_dir: Path, capsys) -> None:
    assert main(["serve"]) == 130
    (server,) = fake_server
    assert (server.host, server.port, server.data) == ("127.0.0.1", 8000, data_dir)
    assert "warning" not in capsys.readouterr().err


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "example.org"])
def test_any_other_address_is_warned_about(host: str, fake_server, capsys) -> None:
    main(["serve", "--host", host, "--port", "8080"])
    err = capsys.readouterr().err
    assert f"warning: listening on {host}:8080" in err
    assert "anyone who can reach this address" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"])
def test_loopback_addresses_are_not_warned_about(host: str, fake_server, capsys) -> None:
    main(["serve", "--host", host])
    assert capsys.readouterr().err == ""


def test_each_tab_runs_prep_on_the_same_data_folder(fake_server, tmp_path: Path) -> None:
    main(["serve", "--data-dir", "relative/data"])
    (server,) = fake_server
    assert server.command.endswith(f"-m prep.cli.serve --data-dir {tmp_path / 'relative' / 'data'}")
    assert server.data == Path("relative/data")


def test_without_data_dir_the_tabs_inherit_prep_data_dir(fake_server) -> None:
    """PREP_DATA_DIR (set for every test) is in the environment textual-serve gives each tab."""
    main(["serve"])
    assert "--data-dir" not in fake_server[0].command


@pytest.mark.parametrize("port", ["0", "65536", "http", "-1"])
def test_a_bad_port_is_a_usage_error(port: str, fake_server, capsys) -> None:
    assert main(["serve", f"--port={port}"]) == 2
    assert "--port must be a port number from 1 to 65535" in capsys.readouterr().err
    assert not fake_server


def test_textual_serve_installs_with_prep() -> None:
    """`pip install .` alone is enough for `prep serve`: textual-serve is a dependency, not an extra."""
    from importlib.metadata import requires

    declared = [r for r in requires("prep") or [] if r.replace("_", "-").startswith("textual-serve")]
    assert declared and all("extra" not in r for r in declared)


def test_without_textual_serve_it_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, "textual_serve", None)
    monkeypatch.delitem(sys.modules, "textual_serve.server", raising=False)
    monkeypatch.delitem(sys.modules, "prep.web_server", raising=False)
    assert main(["serve"]) == 1
    assert capsys.readouterr().err.strip() == f"prep: {serve_command.INSTALL_HINT}"


def test_the_tab_process_refuses_to_run_outside_prep_serve(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    assert serve_command.tab_main([]) == 2
    assert "run `prep serve` instead" in capsys.readouterr().err


def test_help_does_not_load_the_web_server(tmp_path: Path) -> None:
    code = "import sys\nfrom prep.cli import main\ntry:\n main(['serve', '--help'])\nexcept SystemExit:\n pass\n"
    code += "print(sorted(m for m in sys.modules if m.split('.')[0] in ('aiohttp', 'textual_serve', 'textual')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    "host, origin, local, refused",
    [
        ("127.0.0.1:8000", None, True, False),  # a program, not a page
        ("127.0.0.1:8000", "http://127.0.0.1:8000", True, False),
        ("localhost:8000", "http://localhost:8000", True, False),
        ("[::1]:8000", "http://[::1]:8000", True, False),
        ("127.0.0.1:8000", "http://evil.example", True, True),  # another site's page, opening a websocket here
        ("127.0.0.1:8000", "null", True, True),  # a file or sandboxed page
        ("evil.example:8000", "http://evil.example:8000", True, True),  # DNS rebinding: same origin, wrong host
        ("prep.example.org", "https://prep.example.org", True, False),  # the public URL, behind a proxy
        ("192.168.1.20:8000", "http://192.168.1.20:8000", False, False),  # exposed on purpose: same origin is fine
        ("192.168.1.20:8000", "http://evil.example", False, True),
    ],
)
def test_pages_from_other_sites_are_refused(host: str, origin: str | None, local: bool, refused: bool) -> None:
    from prep.web_server import refusal

    public = "https://prep.example.org" if host == "prep.example.org" else "http://127.0.0.1:8000"
    assert (refusal(host, origin, public, local=local) is not None) is refused


# A real server, in a subprocess, as a user starts it.


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Running:
    def __init__(self, process: subprocess.Popen[str], out: Path, err: Path, port: int) -> None:
        self.process, self.out, self.err, self.port = process, out, err, port
        self.url = f"http://127.0.0.1:{port}"

    def stop(self, number: int = signal.SIGINT) -> tuple[int, str, str]:
        if self.process.poll() is None:
            self.process.send_signal(number)
        code = self.process.wait(20)
        return code, self.out.read_text(), self.err.read_text()


def start_server(tmp_path: Path, *extra: str, env: dict[str, str] | None = None, port: int | None = None) -> Running:
    port = port or free_port()
    out, err = tmp_path / "serve.out", tmp_path / "serve.err"
    process = subprocess.Popen(
        [*prep_command(), "serve", "--port", str(port), *extra],
        stdout=out.open("w"),
        stderr=err.open("w"),
        stdin=subprocess.DEVNULL,
        text=True,
        env=env or subprocess_env(),
    )
    running = Running(process, out, err, port)
    deadline = time.monotonic() + 30
    while "prep is at" not in out.read_text():
        if process.poll() is not None or time.monotonic() > deadline:
            code, stdout, stderr = running.stop()
            raise AssertionError(f"prep serve did not start ({code}): {stdout} {stderr}")
        time.sleep(0.05)
    return running


async def read_tab(url: str, until: str, seconds: float = 30) -> str:
    """Open a tab's websocket as the browser does and read the screen until `until` shows."""
    import aiohttp

    received = b""
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(f"{url}/ws?width=100&height=30") as tab,
    ):
        await tab.send_str(json.dumps(["resize", {"width": 100, "height": 30}]))
        deadline = time.monotonic() + seconds
        while until not in terminal_text(received) and time.monotonic() < deadline:
            try:
                message = await tab.receive(timeout=1)
            except TimeoutError:
                continue
            if message.type == aiohttp.WSMsgType.BINARY:
                received += message.data
            elif message.type != aiohttp.WSMsgType.TEXT:
                break
    return terminal_text(received)


def tab_processes(marker: str) -> list[str]:
    """The command lines of running tab processes that mention `marker` (a test's own folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            line = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if "prep.cli.serve" in line and marker in line:
            found.append(line)
    return found


def test_a_tab_gets_the_home_screen_on_the_given_data_folder(tmp_path: Path, data_dir: Path) -> None:
    chosen = tmp_path / "chosen"
    server = start_server(tmp_path, "--data-dir", str(chosen))
    try:
        screen = asyncio.run(read_tab(server.url, HOME))
        assert HOME in screen
        assert "junior track" in screen
        assert (chosen / "progress.db").exists()  # the tab's prep opened the store where it was told
        assert not (data_dir / "progress.db").exists()
    finally:
        code, out, err = server.stop()
    assert code == 130  # Ctrl+C, as for every prep command
    assert "Traceback" not in out + err
    assert err == ""
    assert f"prep is at {server.url}" in out


def test_prep_data_dir_reaches_the_tabs(tmp_path: Path, data_dir: Path) -> None:
    server = start_server(tmp_path)
    try:
        assert HOME in asyncio.run(read_tab(server.url, HOME))
        assert (data_dir / "progress.db").exists()
    finally:
        server.stop()


def test_ctrl_c_with_a_tab_open_stops_at_once_and_ends_the_tab(tmp_path: Path) -> None:
    marker = str(tmp_path / "tabs")
    server = start_server(tmp_path, "--data-dir", marker)

    async def hold_a_tab_open() -> None:
        task = asyncio.create_task(read_tab(server.url, "never shown", seconds=60))
        deadline = time.monotonic() + 30
        while not tab_processes(marker) and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        await asyncio.sleep(1)  # the tab's prep is up and drawing
        started = time.monotonic()
        await asyncio.to_thread(server.stop)
        assert time.monotonic() - started < 5
        await asyncio.wait_for(task, 10)  # the server closed the tab's websocket

    asyncio.run(hold_a_tab_open())
    code, out, err = server.stop()
    assert code == 130
    assert "Traceback" not in out + err
    deadline = time.monotonic() + 5
    while tab_processes(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert tab_processes(marker) == []


def test_a_websocket_from_another_sites_page_is_refused(tmp_path: Path) -> None:
    import aiohttp

    server = start_server(tmp_path)

    async def attempts() -> tuple[int, int, int]:
        async with aiohttp.ClientSession() as session:
            try:
                socket = await session.ws_connect(f"{server.url}/ws", headers={"Origin": "http://evil.example"})
                await socket.close()
                cross_site = 101  # switched protocols: the page got in
            except aiohttp.WSServerHandshakeError as error:
                cross_site = error.status
            rebound = (await session.get(f"{server.url}/", headers={"Host": f"evil.example:{server.port}"})).status
            fine = (await session.get(f"{server.url}/", headers={"Origin": server.url})).status
        return cross_site, rebound, fine

    try:
        assert asyncio.run(attempts()) == (403, 403, 200)
    finally:
        code, _, err = server.stop()
    assert code == 130
    assert "refused GET /ws: a page from 'http://evil.example' may not use this server" in err


def test_sigterm_stops_the_server_with_143(tmp_path: Path) -> None:
    server = start_server(tmp_path)
    code, out, err = server.stop(signal.SIGTERM)
    assert code == 143
    assert "Traceback" not in out + err


def test_a_port_in_use_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [*prep_command(), "serve", "--port", str(port)], capture_output=True, text=True, timeout=60
        )
    assert done.returncode == 1
    assert done.stderr.startswith(f"prep: cannot listen on 127.0.0.1:{port}: ")
    assert len(done.stderr.strip().splitlines()) == 1


def test_the_home_screen_in_a_real_browser(tmp_path: Path) -> None:
    """Headless Chromium opens the page; the home screen reaches it and is drawn (screenshot kept), and
    a key typed in the page reaches the app."""
    browser = browser_or_skip()
    server = start_server(tmp_path)
    shot = tmp_path / "serve-home.png"

    async def look() -> None:
        async with open_page(browser, server.url, tmp_path / "profile") as page:
            await page.wait_for(lambda: HOME in page.received_text(), 60, "the home screen")
            await asyncio.sleep(1.5)  # let the terminal draw the last frame
            body = await page.evaluate("document.body.className")
            assert "-first-byte" in str(body)  # textual.js hid its splash and shows the terminal
            assert await page.evaluate("document.querySelectorAll('.xterm-screen canvas').length")
            assert_not_blank(await page.screenshot(shot))
            shown = len(page.frames)
            await page.type_key("s")  # the home screen's key for the Stats screen
            await page.wait_for(lambda: "prep — stats" in page.text_since(shown), 30, "Stats")
            assert await page.evaluate("document.title") == "prep"
            outside = [
                url for url in page.requests if not url.startswith((server.url, server.url.replace("http", "ws")))
            ]
            assert page.requests and outside == []  # the page, its script, styles, font and websocket: all local

    try:
        asyncio.run(look())
    finally:
        code, out, err = server.stop()
    assert shot.stat().st_size > 10_000
    assert code == 130
    assert "Traceback" not in out + err


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")
def test_ctrl_c_in_the_terminal_reaches_the_tabs_too_and_stays_clean(tmp_path: Path) -> None:
    """A terminal's Ctrl+C signals the whole process group: server and tab processes alike."""
    port = free_port()
    out, err = tmp_path / "serve.out", tmp_path / "serve.err"
    process = subprocess.Popen(
        [*prep_command(), "serve", "--port", str(port)],
        stdout=out.open("w"),
        stderr=err.open("w"),
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    server = Running(process, out, err, port)  # type: ignore[arg-type]
    deadline = time.monotonic() + 30
    while "prep is at" not in out.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)

    async def tab_then_ctrl_c() -> None:
        task = asyncio.create_task(read_tab(server.url, "never shown", seconds=60))
        await asyncio.sleep(3)
        os.killpg(process.pid, signal.SIGINT)
        await asyncio.wait_for(task, 10)

    asyncio.run(tab_then_ctrl_c())
    code = process.wait(20)
    assert code == 130
    assert "Traceback" not in out.read_text() + err.read_text()


def test_an_answer_given_in_the_browser_is_in_the_store_and_quitting_ends_the_tab(tmp_path: Path) -> None:
    """A quiz answered in the page is saved where `prep stats` in a terminal reads it; q at home ends
    that tab's prep, and the page says the session has ended."""
    browser = browser_or_skip()
    data = tmp_path / "shared"
    server = start_server(tmp_path, "--data-dir", str(data))

    async def study() -> None:
        async with open_page(browser, server.url, tmp_path / "profile") as page:
            await page.wait_for(lambda: HOME in page.received_text(), 60, "the home screen")
            shown = len(page.frames)
            await page.type_key("a")  # a quiz on the junior track
            await page.wait_for(lambda: "prep — quiz" in page.text_since(shown), 30, "a quiz")
            shown = len(page.frames)
            await page.type_key("1")  # a choice card: its first choice, right or wrong, is an answer
            await asyncio.sleep(1)
            if "Next" not in page.text_since(shown):  # a typed card: "1" is in its box; Enter answers
                await page.type_key("enter")
            await page.wait_for(lambda: "Next" in page.text_since(shown), 30, "the feedback")
            for _ in range(3):  # end the quiz, leave its summary, then quit at home
                await page.type_key("q")
                await asyncio.sleep(1)
            deadline = time.monotonic() + 20
            while "-closed" not in str(await page.evaluate("document.body.className")):
                assert time.monotonic() < deadline, "the page did not see its prep end"
                await asyncio.sleep(0.2)
            assert "This prep session has ended." in str(await page.evaluate("document.body.innerText"))

    try:
        asyncio.run(study())
    finally:
        code, out, err = server.stop()
    assert code == 130 and "Traceback" not in out + err
    stats = subprocess.run([*prep_command(), "stats", "--json", "--level", "junior", "--data-dir", str(data)],
                           capture_output=True, text=True, timeout=60)  # fmt: skip
    assert json.loads(stats.stdout)["levels"]["junior"]["answered"] == 1
