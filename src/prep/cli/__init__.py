"""The `prep` command line.

`COMMANDS` lists every command with its help line and, as "module:function" names, the function
that runs it and the one that adds its arguments. Only the command being run is loaded and given
its arguments, and each command imports what it needs when it runs — only the ones that open the
TUI import Textual — so `prep --help`, `prep stats` and `prep packs ...` start fast
(tests/test_imports.py keeps them honest).
"""

from __future__ import annotations

import argparse
import sys

from prep import __version__
from prep.errors import PrepError

TYPE_CHECKING = False  # typing costs milliseconds that `prep --help` should not pay
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any


class Command:
    __slots__ = ("arguments", "children", "help", "name", "run")

    def __init__(
        self, name: str, help: str, run: str = "", arguments: str = "", children: tuple[Command, ...] = ()
    ) -> None:
        self.name = name
        self.help = help
        self.run = run
        """"module:function" (in prep.cli) that runs the command; a group without one shows its help."""
        self.arguments = arguments
        """"module:function" that adds the command's arguments to its parser."""
        self.children = children


COMMANDS = (
    Command("quiz", "answer questions for a target level", "study:run_quiz", "study:quiz_arguments"),
    Command(
        "cards",
        "review flashcards with spaced repetition (due cards first, then new)",
        "study:run_cards",
        "study:cards_arguments",
    ),
    Command("stats", "show progress per level", "stats:run_stats", "stats:stats_arguments"),
    Command(
        "packs",
        "list, check and install question packs",
        children=(
            Command("list", "list the installed packs", "packs:run_list", "packs:list_arguments"),
            Command("show", "show one pack: metadata, topics, counts", "packs:run_show", "packs:show_arguments"),
            Command(
                "validate",
                "check pack files and report every problem",
                "packs:run_validate",
                "packs:validate_arguments",
            ),
            Command(
                "add",
                "check and install a pack file, a folder of them, or a .zip",
                "packs:run_add",
                "packs:add_arguments",
            ),
            Command(
                "remove",
                "remove a pack from the user pack folder (progress is kept)",
                "packs:run_remove",
                "packs:remove_arguments",
            ),
            Command("schema", "print the JSON Schema of pack format 1 (for editors)", "packs:run_schema"),
            Command(
                "coverage",
                "cards per topic and level, and seed skills missing junior or senior cards",
                "packs:run_coverage",
                "packs:pack_files_argument",
            ),
        ),
    ),
    Command(
        "target",
        "the interviews you prepare for: a posting, a level and a date",
        children=(
            Command(
                "add",
                "build a posting's deck and keep it as a target (its level and interview date)",
                "targets:run_add",
                "targets:add_arguments",
            ),
            Command("list", "every target: days left, readiness on the day, today's plan", "targets:run_list"),
            Command(
                "show",
                "one target: readiness per skill and list, gaps, and today's plan",
                "targets:run_show",
                "targets:show_arguments",
            ),
            Command(
                "remove",
                "forget a target and its deck (progress is kept)",
                "targets:run_remove",
                "targets:name_argument",
            ),
        ),
    ),
    Command(
        "build",
        "turn job descriptions and question collections into a deck",
        "build:run_build",
        "build:build_arguments",
    ),
    Command(
        "progress",
        "export, import, reset, check or restore your progress",
        children=(
            Command("export", "write progress to a JSON file", "progress:run_export", "progress:export_arguments"),
            Command(
                "import",
                "merge a JSON export into your progress (safe to repeat)",
                "progress:run_import",
                "progress:import_arguments",
            ),
            Command(
                "reset",
                "forget one level's progress (asks first; backed up)",
                "progress:run_reset",
                "progress:reset_arguments",
            ),
            Command("check", "check the store for damage", "progress:run_check"),
            Command(
                "restore",
                "bring back a backup (the newest by default)",
                "progress:run_restore",
                "progress:restore_arguments",
            ),
        ),
    ),
)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a terminal or pipe that is not UTF-8 gets ? for what it cannot show
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    args = build_parser(argv).parse_args(argv)
    try:
        return args.run(args) or 0
    except PrepError as error:
        from prep.core.text import visible

        print(f"prep: {visible(str(error)).replace(chr(10), ' ')}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser for this command line: every command is listed, the one in `argv` complete."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep progress and packs here instead of the user data folder (or set PREP_DATA_DIR)",
    )
    parser = argparse.ArgumentParser(
        prog="prep",
        description="Interview practice for backend engineers: quizzes and flashcards by seniority level."
        " Without a command, opens the home screen.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"prep {__version__}")
    parser.set_defaults(run=lambda args: _load("study:run_home")(args))
    _add_commands(parser, COMMANDS, common, _command_path(argv))
    return parser


def _add_commands(
    parser: argparse.ArgumentParser, commands: tuple[Command, ...], common: argparse.ArgumentParser, wanted: list[str]
) -> None:
    title, metavar = ("commands", "COMMAND") if parser.prog == "prep" else ("actions", "ACTION")
    into = parser.add_subparsers(title=title, metavar=metavar)
    for command in commands:
        sub = into.add_parser(command.name, parents=[common], help=command.help, description=command.help)
        if not wanted or wanted[0] != command.name:
            continue  # only the command being run needs its arguments
        if command.arguments:
            _load(command.arguments)(sub)
        sub.set_defaults(run=_load(command.run) if command.run else (lambda args, sub=sub: sub.print_help()))
        if command.children:
            _add_commands(sub, command.children, common, wanted[1:])


def _command_path(argv: Sequence[str]) -> list[str]:
    """The command words in `argv` ("packs", "list"), skipping options and the value of --data-dir."""
    words: list[str] = []
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token == "--data-dir":
            skip = True
        elif not token.startswith("-"):
            words.append(token)
    return words


def _load(name: str) -> Any:
    from importlib import import_module

    module, function = name.split(":")
    return getattr(import_module(f"prep.cli.{module}"), function)
