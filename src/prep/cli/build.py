"""`prep build`: job descriptions and question collections in, a deck out."""

from __future__ import annotations

import argparse

from prep.cli.common import paths_of


def run_build(args: argparse.Namespace) -> int:
    from pathlib import Path

    from prep.core.build import build
    from prep.core.model import Level
    from prep.core.packs.discover import bundled_library
    from prep.core.packs.write import write_deck

    level = Level.parse(args.level) if args.level else None
    result = build(
        [Path(path) for path in args.inputs],
        level=level,
        name=args.name,
        title=args.title,
        bundled=bundled_library().packs,
    )
    output = Path(args.output) if args.output else paths_of(args).packs / f"{result.pack.name}.yaml"
    outputs = [str(path) for path in write_deck(result.pack, output, header=result.header)]
    if args.json:
        import json

        print(json.dumps(result.report(outputs), indent=2))
    else:
        from prep.core.text import visible

        print(visible(result.describe(outputs)))
    return 0


def build_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs", nargs="+", metavar="DOC_OR_DIR", help="text, Markdown or HTML files, or folders of them"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.yaml",
        help="where to write the deck (default: the user pack folder, so quizzes find it)",
    )
    parser.add_argument("--level", "-l", help="tag every card with this level instead of the detected ones")
    parser.add_argument("--name", help="pack name (a slug; default: from the documents)")
    parser.add_argument("--title", help="pack title (default: from the documents)")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object")
