"""`prep build`: job descriptions and question collections in, a deck out."""

from __future__ import annotations

import argparse

from prep.cli.common import level_of, load_library, paths_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

    from prep.core.builder import BuildResult


def run_build(args: argparse.Namespace) -> int:
    from pathlib import Path

    from prep.core.builder import build
    from prep.core.files import check_output, write_failed
    from prep.core.packs.write import write_deck

    level = level_of(args.level) if args.level else None
    if args.output:
        check_output(Path(args.output), "deck")
    result = build(
        [Path(path) for path in args.inputs],
        level=level,
        name=args.name,
        title=args.title,
        bundled=load_library(paths_of(args), quiet=True).packs,
    )
    output = Path(args.output) if args.output else paths_of(args).packs / f"{result.pack.name}.yaml"
    try:
        outputs = [str(path) for path in write_deck(result.pack, output, header=result.header)]
    except OSError as error:
        raise write_failed(output, error) from None
    if args.json:
        import json

        print(json.dumps(result.report(outputs), indent=2))
    else:
        from prep.core.text import visible

        print(visible(describe_build(result, outputs)))
    return 0


def describe_build(result: BuildResult, outputs: Sequence[str]) -> str:
    """What a build made, document by document; `outputs` has several files when the deck was split."""
    from prep.core.packs.format import FILE_LIMIT

    if len(outputs) == 1:
        where = outputs[0]
    else:
        where = f"{len(outputs)} pack files (one pack file holds at most {FILE_LIMIT}): {', '.join(outputs)}"
    uses = len(result.pack.uses)
    using = f", and uses {uses} of the library's cards on its skills" if uses else ""
    lines = [f"Built {result.pack.name}: {len(result.pack.cards)} cards from the documents{using} → {where}"]
    for document in result.documents:
        lines.append("")
        lines.append(f"{document.path}" + (f" — {document.title}" if document.title else ""))
        if document.title or document.cards:
            levels = (
                ", ".join(document.levels) or "none named (its cards are at junior, so every level's quiz has them)"
            )
            lines.append(f"  levels: {levels}")
            lines.append(
                f"  FAQ pairs: {document.faq}  questions: {document.questions}  "
                f"library cards: {document.skill_cards}  other cards: {document.other}"
            )
            shown = ", ".join(document.skills[:20]) + (" …" if len(document.skills) > 20 else "")
            lines.append(f"  skills ({len(document.skills)}): {shown or '-'}")
        lines += [f"  skipped: {skipped}" for skipped in document.skipped[:10]]
        if len(document.skipped) > 10:
            lines.append(f"  skipped: … and {len(document.skipped) - 10} more")
    return "\n".join(lines)


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
