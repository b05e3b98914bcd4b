"""`prep import`: which format a file is in, its reader, and the pack its cards make."""

from __future__ import annotations

import os
from pathlib import Path

from prep.core.exchange.anki import is_anki_text, read_anki_text
from prep.core.exchange.delimited import comma_or_semicolon, read_delimited
from prep.core.exchange.drafts import Reading
from prep.core.exchange.hascard import is_hascard, read_hascard
from prep.core.exchange.hashcards import MARKDOWN, is_hashcards, read_hashcards
from prep.core.exchange.packing import Imported, ImportOptions, make_pack
from prep.core.exchange.source import MAX_TEXT_BYTES, decode, read_bytes
from prep.core.packs.load import display_path
from prep.errors import PackError

MAX_DECK_FILES = 10_000


def import_file(path: Path, options: ImportOptions | None = None, format: str = "") -> Imported:
    """The pack a file (or a folder of hashcards decks) makes; raises `PackError` when it makes none."""
    shown = display_path(path)
    reading = read_source(path, shown, format)
    return make_pack(reading, shown, path, options or ImportOptions())


def read_source(path: Path, shown: str, format: str = "") -> Reading:
    if path.is_dir():
        return _hashcards_folder(path, shown)
    if format == "apkg" or (not format and path.is_file() and is_package(path)):
        from prep.core.exchange.apkg import read_apkg  # SQLite and zstd only for a package

        return read_apkg(shown, path)
    text = decode(shown, read_bytes(path, shown))
    return _read_text(shown, text, path, format or _text_format(text, path))


def is_package(path: Path) -> bool:
    import zipfile

    return path.suffix.lower() in (".apkg", ".colpkg") or zipfile.is_zipfile(path)


def _text_format(text: str, path: Path) -> str:
    if is_anki_text(text):
        return "anki"
    if path.suffix.lower() == MARKDOWN and is_hashcards(text):
        return "hashcards"
    if is_hascard(text):
        return "hascard"
    return ""


def _read_text(shown: str, text: str, path: Path, format: str) -> Reading:
    if format == "anki":
        return read_anki_text(shown, text)
    if format == "hashcards":
        return read_hashcards(shown, text, path)
    if format == "hascard":
        return read_hascard(shown, text)
    forced = {"tsv": "\t", "csv": comma_or_semicolon(text)}.get(format, "")
    return read_delimited(shown, text, path.suffix, forced)


def _hashcards_folder(folder: Path, shown: str) -> Reading:
    """A hashcards collection: every `.md` deck in the folder and below it, as one pack."""
    files = _markdown_files(folder)
    if not files:
        raise PackError(shown, "holds no .md decks; give a deck file, or a folder of hashcards decks")
    if len(files) > MAX_DECK_FILES:
        raise PackError(shown, f"holds {len(files):,} .md files; prep imports at most {MAX_DECK_FILES:,} at once")
    reading = Reading(format="hashcards", title=folder.resolve().name)
    total = 0
    for path in files:
        data = read_bytes(path, display_path(path))
        total += len(data)
        if total > MAX_TEXT_BYTES:
            raise PackError(shown, "holds more than 50 MB of decks; import it a folder at a time")
        deck = read_hashcards(display_path(path), decode(display_path(path), data), path)
        reading.drafts += deck.drafts
        reading.problems += deck.problems
    return reading


def _markdown_files(folder: Path) -> list[Path]:
    found = []
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        found += [Path(root) / name for name in sorted(names) if name.endswith(MARKDOWN) and not name.startswith(".")]
    return found
