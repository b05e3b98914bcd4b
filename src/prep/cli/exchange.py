"""`prep export anki` and `prep import`: cards to and from other flashcard tools."""

from __future__ import annotations

import argparse
import sys

from prep.cli.common import LEVEL_HELP, level_of, load_library, paths_of
from prep.errors import PrepError, UsageError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from prep.core.exchange.packing import Imported
    from prep.core.model import Card
    from prep.core.packs.discover import Library
    from prep.errors import PackError
    from prep.paths import Paths

SHOWN_PROBLEMS = 50
"""Problem lines an import prints before it only counts the rest."""


# ---------------------------------------------------------------- export


def run_export_anki(args: argparse.Namespace) -> int:
    from pathlib import Path

    from prep.core.exchange.anki import NoteTypes, anki_text
    from prep.core.files import atomic_write, check_output, write_failed

    output = Path(args.output)
    check_output(output, "export")
    note_types = NoteTypes(
        _note_type(args.basic_notetype, "--basic-notetype"), _note_type(args.cloze_notetype, "--cloze-notetype")
    )
    cards = chosen_cards(paths_of(args), args.pack or [], args.level, args.topic or [])
    try:
        atomic_write(output, anki_text(cards, note_types).encode("utf-8"))
    except OSError as error:
        raise write_failed(output, error) from None
    packs = sorted({card.pack for card in cards})
    from prep.core.text import visible

    print(visible(f"wrote {_counted(len(cards), 'note')} from {', '.join(packs)} to {output}"))
    print("In Anki: File › Import, choose the file, Import. Importing a newer export updates these notes.")
    return 0


def _counted(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def _note_type(name: str, option: str) -> str:
    if not name.strip() or any(char in name for char in '\t\n\r"'):
        raise UsageError(f"{option}: {name!r} is not a note type name Anki can read from a file")
    return name


def chosen_cards(paths: Paths, packs: Sequence[str], level_name: str | None, topics: Sequence[str]) -> list[Card]:
    """The cards to export: of the packs named (or given as files), or of every installed pack; at
    `level` and below (as a session at that level draws them) and on `topics`, if given."""
    from prep.core.packs.discover import Library
    from prep.core.topics import resolve_topics

    library = load_library(paths)
    chosen = _chosen_packs(paths, library, packs) if packs else library
    cards = list(Library(packs=chosen.packs, others=library.packs).deck().cards if packs else library.deck().cards)
    if level_name:
        level = level_of(level_name)
        cards = [card for card in cards if card.level <= level]
    if topics:
        wanted = set(resolve_topics(topics, {topic for card in cards for topic in card.topics}))
        cards = [card for card in cards if wanted.intersection(card.topics)]
    if not cards:
        raise PrepError("no cards to export: no card is at that level or on those topics in the packs chosen")
    return cards


def _chosen_packs(paths: Paths, library: Library, names: Sequence[str]) -> Library:
    from pathlib import Path

    from prep.core.packs.discover import Library

    by_name = [library.find(name) for name in names]
    files = [name for name, pack in zip(names, by_name, strict=True) if pack is None]
    missing = [name for name in files if not Path(name).exists()]
    if missing:
        known = ", ".join(sorted(pack.name for pack in library.packs)) or "none"
        raise UsageError(f"no pack named {missing[0]!r} and no such file; installed packs: {known}")
    found = load_library(paths, files).packs if files else []
    return Library(packs=[pack for pack in by_name if pack is not None] + found)


def export_anki_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write (such as prep.txt)")
    parser.add_argument(
        "--pack", "-p", action="append", metavar="NAME", help="this pack only (a name, or a file); repeatable"
    )
    parser.add_argument("--level", "-l", help="cards a session at this level draws on: it and the levels below")
    parser.add_argument("--topic", "-t", action="append", metavar="T", help="cards on this topic only; repeatable")
    parser.add_argument(
        "--basic-notetype",
        default="Basic",
        metavar="NAME",
        help="Anki's Basic note type, if your Anki calls it something else (default: Basic)",
    )
    parser.add_argument(
        "--cloze-notetype",
        default="Cloze",
        metavar="NAME",
        help="Anki's Cloze note type, if your Anki calls it something else (default: Cloze)",
    )


# ---------------------------------------------------------------- import


def run_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from prep.core.exchange.importing import import_file
    from prep.core.exchange.packing import ImportOptions
    from prep.core.files import check_output

    options = ImportOptions(
        name=args.name or "", title=args.title or "", level=level_of(args.level) if args.level else None
    )
    output = Path(args.output) if args.output else None
    if output is not None:
        check_output(output, "pack")
    imported = import_file(Path(args.file), options, args.format or "")
    _print_problems(imported.problems)
    where = _write(imported, output) if output is not None else _install(imported, paths_of(args))
    _print_summary(imported, args.file, where)
    return 0


def _write(imported: Imported, output: Path) -> str:
    from prep.core.files import write_failed
    from prep.core.packs.write import write_deck

    try:
        written = write_deck(imported.pack, output, header=_HEADER)
    except OSError as error:
        raise write_failed(output, error) from None
    return ", ".join(str(path) for path in written)


def _install(imported: Imported, paths: Paths) -> str:
    import tempfile
    from pathlib import Path

    from prep.core.packs.install import add_packs
    from prep.core.packs.write import write_deck
    from prep.errors import PackErrors

    with tempfile.TemporaryDirectory(prefix="prep-import-") as folder:
        write_deck(imported.pack, Path(folder) / f"{imported.pack.name}.yaml", header=_HEADER)
        try:
            installed = add_packs(Path(folder), paths.packs)
        except PackErrors as errors:
            raise PrepError(f"the imported pack was not installed: {errors.errors[0]}") from None
    replaced = next((item.replaced for item in installed if item.replaced), None)
    change = f" (replaces version {replaced.version})" if replaced else ""
    return f"your pack folder as {imported.pack.name}{change}"


_HEADER = "Made by `prep import`. Import the file again to update these cards; their ids (and your progress) stay."


def _print_problems(problems: Sequence[PackError]) -> None:
    from prep.core.text import visible

    for problem in problems[:SHOWN_PROBLEMS]:
        print(visible(str(problem)).replace("\n", " "), file=sys.stderr)
    if len(problems) > SHOWN_PROBLEMS:
        print(f"prep: … and {len(problems) - SHOWN_PROBLEMS} more", file=sys.stderr)


def _print_summary(imported: Imported, source: str, where: str) -> None:
    from collections import Counter

    from prep.core.text import visible

    pack = imported.pack
    kinds = Counter(card.type.value for card in pack.cards)
    levels = sorted({card.level for card in pack.cards})
    lines = [
        f"imported {_counted(len(pack.cards), 'card')} from {source} ({imported.format}) into {where}",
        "  " + ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
        + f"; level {', '.join(level.label for level in levels)}",
    ]  # fmt: skip
    if imported.skipped:
        lines.append(f"  {imported.skipped} left out (the lines above say why)")
    print(visible("\n".join(lines)))


def import_arguments(parser: argparse.ArgumentParser) -> None:
    from prep.core.exchange import FORMATS

    parser.add_argument(
        "file",
        metavar="FILE",
        help="an Anki text export or .apkg, a hashcards deck (or folder), a hascard deck, or a TSV/CSV file",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="PACK.yaml",
        help="write the pack here (default: install it in your pack folder, like `prep packs add`)",
    )
    parser.add_argument("--name", help="the pack's name, a slug (default: from the file's name)")
    parser.add_argument("--title", help="the pack's title (default: the deck's or the file's name)")
    parser.add_argument(
        "--level",
        "-l",
        help=LEVEL_HELP + "; every card gets it (default: a level the deck's "
        "name gives, else junior, which every level's sessions draw on)",
    )
    parser.add_argument("--format", choices=FORMATS, help="read the file as this format (default: told from it)")
