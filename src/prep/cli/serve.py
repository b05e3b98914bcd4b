"""`prep serve`: the full TUI in a web browser, through textual-serve.

Each browser tab that opens the page starts its own prep process (this module run as
`python -m prep.cli.serve`), on the same data folder, store and locking as prep in a terminal.
The server listens on the loopback address unless told otherwise, and has no authentication:
anyone who can reach it can use the store, so any other address is warned about.

textual-serve (and aiohttp under it) is one of prep's dependencies, imported only by
`prep.web_server`, and only when `prep serve` runs.
"""

from __future__ import annotations

import argparse
import sys

from prep.errors import PrepError, UsageError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

    from prep.paths import Paths

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
TAB_MODULE = "prep.cli.serve"
INSTALL_HINT = (
    "prep serve needs textual-serve, which installs with prep but is missing here:"
    " reinstall prep (pip install . in prep's folder) or pip install textual-serve"
)


def run_serve(args: argparse.Namespace) -> int:
    from prep.cli.common import paths_of

    port = _port(args.port)
    host = args.host
    server_class = _server_class()
    command = tab_command(args.data_dir if "data_dir" in args else None)
    paths = paths_of(args)
    if not is_loopback(host):
        print(exposure_warning(host, port), file=sys.stderr)
    server = server_class(command, host=host, port=port, data=paths.data, public_url=args.public_url or None)
    code: int = server.run()
    return code


def serve_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=f"address to listen on (default {DEFAULT_HOST}: this computer only; anything else is reachable"
        " by others, with no password)",
    )
    parser.add_argument("--port", default=str(DEFAULT_PORT), help=f"port to listen on (default {DEFAULT_PORT})")
    parser.add_argument(
        "--public-url",
        metavar="URL",
        help="the address browsers use, when it is not http://HOST:PORT (behind a proxy, or with --host 0.0.0.0)",
    )


def is_loopback(host: str) -> bool:
    """True for addresses only this computer can reach: localhost, 127.0.0.0/8, ::1."""
    import ipaddress

    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str, port: int) -> str:
    return (
        f"prep: warning: listening on {host}:{port}, not just this computer. prep serve has no login:"
        " anyone who can reach this address can study, reset and replace the progress in your store."
        f" Use --host {DEFAULT_HOST} to keep it to this computer."
    )


def tab_command(data_dir: str | None) -> str:
    """The shell command each browser tab runs: this module, on the same data folder."""
    import os
    import shlex

    command = [sys.executable, "-m", TAB_MODULE]
    if data_dir:
        command += ["--data-dir", os.path.abspath(os.path.expanduser(data_dir))]
    return shlex.join(command)


def _port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise UsageError(f"--port must be a port number from 1 to 65535, not {text!r}")
    return int(text)


def _server_class() -> type:
    try:
        from prep.web_server import PrepServer
    except ImportError as error:
        if error.name and error.name.split(".")[0] in ("textual_serve", "aiohttp", "aiohttp_jinja2", "jinja2"):
            raise PrepError(INSTALL_HINT) from None
        raise
    return PrepServer


def tab_main(argv: Sequence[str] | None = None) -> int:
    """One browser tab's prep: the home screen, driven by textual-serve's web driver."""
    import os

    parser = argparse.ArgumentParser(prog="python -m prep.cli.serve", description="one tab of `prep serve`")
    parser.add_argument("--data-dir", metavar="DIR")
    args = parser.parse_args(argv)
    if not os.environ.get("TEXTUAL_DRIVER"):
        print("prep: this is the process behind one tab of `prep serve`; run `prep serve` instead", file=sys.stderr)
        return 2
    import signal

    from prep.paths import Paths

    # Ctrl+C in the server's terminal reaches this process too; the server then tells each tab to
    # quit, which ends the app cleanly. Ctrl+C typed in the browser arrives as a key, not a signal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return _run_home(Paths.default(args.data_dir))
    except PrepError as error:
        from prep.core.text import visible

        print(f"prep: {visible(str(error)).replace(chr(10), ' ')}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130


def _run_home(paths: Paths) -> int:
    from prep.cli.common import load_library, study_store

    library = load_library(paths)
    with study_store(paths) as store:
        from prep.tui.app import run_app

        return run_app(store=store, library=library, paths=paths)


if __name__ == "__main__":
    raise SystemExit(tab_main())
