"""The web server behind `prep serve`: textual-serve's `Server`, quieter, and stopping cleanly.

Imported only by `prep serve` (textual-serve is the optional extra `prep[serve]`).
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from pathlib import Path

from aiohttp import web
from aiohttp.web_runner import GracefulExit
from textual_serve.server import Server

from prep.errors import PrepError

SHUTDOWN_SECONDS = 3.0
"""How long open tabs get when the server stops; each tab's prep is told to quit and then waited for."""


class PrepServer(Server):
    """One prep process per browser tab (textual-serve starts `command` for each websocket)."""

    def __init__(self, command: str, *, host: str, port: int, data: Path, public_url: str | None = None) -> None:
        super().__init__(command, host=host, port=port, title="prep", public_url=public_url)
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
        print(f"prep is at {self.public_url} (one prep per browser tab; progress in {self.data})", flush=True)
        print("Press Ctrl+C to stop.", flush=True)

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
                print=None,
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
