"""A cache of parsed packs, so a pack file unchanged since the last run is not parsed again.

An entry holds each card as a row of its attributes (`format.card_row`). It is used only
when the file's size, modification time and CRC-32 of its bytes (enough to notice an edit beside the
size and time, and cheaper to load than hashlib on every start), the cache format and prep's
version all match what was stored; anything else — a changed file, a
damaged or foreign entry — means a normal, fully checked parse. Entries live in the user cache
folder (or under PREP_DATA_DIR) and can be deleted at any time.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

from prep import __version__
from prep.core.files import atomic_write
from prep.core.model import Pack
from prep.core.packs.format import PACK_FIELDS, card_from_row, card_row, pack_meta
from prep.core.packs.load import display_path, load_pack_bytes, read_pack_bytes

CACHE_FORMAT = 6
"""Bump when what an entry holds changes; older entries are then parsed again."""


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
            zlib.crc32(data),
        ]
        name = str(path.resolve()).encode()
        entry = self.folder / f"{zlib.crc32(name):08x}-{len(name)}.json"
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
        meta = _meta(stored["pack"])
        name = meta["name"]
        cards = tuple([card_from_row(row, name, _whole(line)) for row, line in stored["cards"]])
        uses = _uses(stored.get("uses", []))
        return Pack(cards=cards, uses=uses, format=_whole(stored["format"]), path=shown, origin=origin, **meta)
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
        return None  # missing, damaged or from another format: parse the file instead


def _meta(meta: dict[str, Any]) -> dict[str, Any]:
    values = {field.attribute: meta.get(field.name, "") for field in PACK_FIELDS}
    if not all(type(value) is str for value in values.values()) or not values["name"]:
        raise TypeError("the cached pack fields are not texts")
    return values


def _uses(value: Any) -> tuple[tuple[str, str], ...]:
    if type(value) is not list or not all(
        type(pair) is list and len(pair) == 2 and all(type(part) is str for part in pair) for pair in value
    ):
        raise TypeError("the cached `uses` is not a list of (pack, card) pairs")
    return tuple((pack, card) for pack, card in value)


def _whole(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("a cached number is not a whole number")
    return value


def _write_entry(entry: Path, key: list[Any], pack: Pack) -> None:
    stored = {
        "key": key,
        "format": pack.format,
        "pack": pack_meta(pack),
        "cards": [[card_row(card), card.line] for card in pack.cards],
        "uses": [list(key) for key in pack.uses],
    }
    try:
        atomic_write(entry, json.dumps(stored, separators=(",", ":")).encode(), durable=False)
    except OSError:
        pass  # a read-only cache folder only costs speed
