"""The web server behind `prep serve`: textual-serve's `Server`, quieter, guarded, stopping cleanly.

The guard: a page on another site that the user visits could open a websocket to this server
(browsers let any page connect to 127.0.0.1) or reach it under its own name by DNS rebinding, and
type into prep. So a request whose Origin is not this server's, or (on a loopback address) whose
Host is not a loopback name or the public URL's, is refused.

Imported only by `prep serve`, so nothing else pays for textual-serve, aiohttp and Jinja.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import web
from aiohttp.web_runner import GracefulExit
from textual_serve.server import Server

from prep.cli.serve import is_loopback
from prep.errors import PrepError

TEMPLATES = Path(__file__).with_name("web_templates")
"""prep's own page (app_index.html): it loads nothing from outside this server, unlike the stock one."""
SHUTDOWN_SECONDS = 3.0
"""How long open tabs get when the server stops; each tab's prep is told to quit and then waited for."""


class PrepServer(Server):
    """One prep process per browser tab (textual-serve starts `command` for each websocket)."""

    def __init__(self, command: str, *, host: str, port: int, data: Path, public_url: str | None = None) -> None:
        super().__init__(command, host=host, port=port, title="prep", public_url=public_url, templates_path=TEMPLATES)
        self.data = data
        self.stopped_by: int | None = None
        self._tabs: set[asyncio.Task[object]] = set()

    def initialize_logging(self) -> None:
        """Problems only (a tab's prep that failed to start, say), as plain lines on stderr."""
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("prep serve: %(message)s"))
        for name in ("textual-serve", "aiohttp"):
            logger = logging.getLogger(name)
            logger.handlers[:] = [handler]
            logger.setLevel(logging.DEBUG if self.debug else logging.WARNING)
            logger.propagate = False

    async def on_startup(self, app: web.Application) -> None:
        """Nothing yet: the address is announced once the socket listens (`_announce`), not before."""

    def _announce(self, _banner: str) -> None:
        print(f"prep is at {self.public_url} (one prep per browser tab; progress in {self.data})", flush=True)
        print("Press Ctrl+C to stop.", flush=True)

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self._guard)
        return app

    @web.middleware
    async def _guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        problem = refusal(request.host, request.headers.get("Origin"), self.public_url, local=is_loopback(self.host))
        if problem:
            logging.getLogger("textual-serve").warning("refused %s %s: %s", request.method, request.path, problem)
            raise web.HTTPForbidden(text=f"prep serve: {problem}\n")
        return await handler(request)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One tab: its websocket and its prep process, remembered so that stopping can end them."""
        task = asyncio.current_task()
        assert task is not None  # aiohttp runs each request in a task
        self._tabs.add(task)
        try:
            return await super().handle_websocket(request)
        finally:
            self._tabs.discard(task)

    async def on_shutdown(self, app: web.Application) -> None:
        """Close every tab now (each tab's prep is told to quit and is waited for), not after a timeout."""
        tabs = list(self._tabs)
        for task in tabs:
            task.cancel()
        if tabs:
            await asyncio.wait(tabs, timeout=SHUTDOWN_SECONDS)

    def run(self) -> int:
        """Serve until Ctrl+C or SIGTERM; the exit code a shell expects after that signal (130, 143)."""
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        for number in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(number, self._stop, int(number))
            except NotImplementedError:  # no signal handlers on this platform's loop: Ctrl+C raises instead
                pass
        try:
            web.run_app(
                self._make_app(),
                host=self.host,
                port=self.port,
                handle_signals=False,
                loop=loop,
                print=self._announce,  # aiohttp calls it once every socket listens
                access_log=None,
                shutdown_timeout=SHUTDOWN_SECONDS,
            )
        except OSError as error:
            raise PrepError(f"cannot listen on {self.host}:{self.port}: {error.strerror or error}") from None
        except KeyboardInterrupt:
            self.stopped_by = signal.SIGINT
        finally:
            loop.close()
        return 128 + self.stopped_by if self.stopped_by else 0

    def _stop(self, number: int) -> None:
        self.stopped_by = number
        raise GracefulExit()


def refusal(host: str, origin: str | None, public_url: str, *, local: bool) -> str | None:
    """Why a request with these Host and Origin headers is refused, or None to serve it.

    `local`: the server listens on a loopback address, so only loopback names (and the public
    URL's) may be asked for. A request with no Origin comes from a program, not a page.
    """
    public = urlsplit(public_url).netloc.lower()
    host = host.lower()
    if local and host != public and not is_loopback(urlsplit(f"//{host}").hostname or ""):
        return f"this server answers to {public_url}, not to {host!r}"
    if origin is not None and urlsplit(origin).netloc.lower() not in (host, public):
        return f"a page from {origin!r} may not use this server"
    return None
