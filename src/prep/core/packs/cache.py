"""A cache of parsed packs, so a pack file unchanged since the last run is not parsed again.

An entry is used only when the file's size, modification time and BLAKE2 hash of its bytes, the
cache format and prep's version all match what was stored; anything else — a changed file, a
damaged or foreign entry — means a normal, fully checked parse. Entries live in the user cache
folder (or under PREP_DATA_DIR) and can be deleted at any time.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from prep import __version__
from prep.core.files import atomic_write
from prep.core.model import Card, CardType, Level, Pack, Source
from prep.core.packs.load import display_path, load_pack_bytes, read_pack_bytes

CACHE_FORMAT = 1
_LEVELS = {int(level): level for level in Level}
_TYPES = {kind.value: kind for kind in CardType}


class PackCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder / "packs"

    def load(self, path: Path, *, origin: str = "") -> Pack:
        """The pack in `path`, from the cache when the file is unchanged; raises like `load_pack`."""
        shown = display_path(path)
        data = read_pack_bytes(path, shown)
        status = path.stat()
        key = [
            CACHE_FORMAT,
            __version__,
            status.st_size,
            status.st_mtime_ns,
            hashlib.blake2b(data, digest_size=16).hexdigest(),
        ]
        entry = self.folder / (hashlib.blake2b(str(path.resolve()).encode(), digest_size=16).hexdigest() + ".json")
        pack = _read_entry(entry, key, shown, origin)
        if pack is None:
            pack = load_pack_bytes(shown, data, origin=origin)
            _write_entry(entry, key, pack)
        return pack


def _read_entry(entry: Path, key: list[Any], shown: str, origin: str) -> Pack | None:
    try:
        stored = json.loads(entry.read_bytes())
        if stored["key"] != key:
            return None
        name, title, version, description, license_, format_ = stored["pack"]
        cards = tuple(_card(row, name) for row in stored["cards"])
        return Pack(name, title, version, cards, description, license_, format_, shown, origin)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None  # missing, damaged or from another format: parse the file instead


def _write_entry(entry: Path, key: list[Any], pack: Pack) -> None:
    stored = {
        "key": key,
        "pack": [pack.name, pack.title, pack.version, pack.description, pack.license, pack.format],
        "cards": [_row(card) for card in pack.cards],
    }
    try:
        atomic_write(entry, json.dumps(stored, separators=(",", ":")).encode(), durable=False)
    except OSError:
        pass  # a read-only cache folder only costs speed


def _row(card: Card) -> list[Any]:
    source = card.source
    return [
        card.id,
        card.type.value,
        [int(level) for level in card.levels],
        card.prompt,
        list(card.answer),
        list(card.topics),
        list(card.choices),
        list(card.accept),
        card.explain,
        [source.document, source.line, source.section, source.kind] if source else None,
        card.line,
    ]


def _card(row: list[Any], pack: str) -> Card:
    identity, kind, levels, prompt, answer, topics, choices, accept, explain, source, line = row
    return Card(
        identity,
        _TYPES[kind],
        tuple([_LEVELS[level] for level in levels]),
        prompt,
        tuple(answer),
        tuple(topics),
        tuple(choices),
        tuple(accept),
        explain,
        Source(*source) if source else None,
        pack,
        line,
    )
