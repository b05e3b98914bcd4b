"""Write packs as v1 YAML files that load back unchanged, byte-identical for the same pack.

Every text is written as a double-quoted scalar produced by `json.dumps`: JSON strings are valid
YAML double-quoted scalars, so nothing is ever re-read as a number, a bool or a date, and writing
twelve thousand cards takes milliseconds rather than the seconds PyYAML's emitter needs.

A deck too big for one pack file (see `MAX_FILE_BYTES`) is written as several packs, `NAME`,
`NAME-2`, …, each card always in the same part for the same number of parts.
"""

from __future__ import annotations

import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import replace
from json.encoder import encode_basestring  # json.dumps for one str, without building an encoder each call
from pathlib import Path
from typing import Any, BinaryIO

from prep.core.collector import gc_paused
from prep.core.files import atomic_write
from prep.core.model import Card, Pack
from prep.core.packs.format import (
    CARD_FIELD,
    MAX_FILE_BYTES,
    PACK_FIELD,
    SOURCE_FIELD,
    USE_FIELD,
    Field,
    Kind,
    card_record,
    pack_meta,
    uses_record,
)

PART_BYTES = MAX_FILE_BYTES * 9 // 10
"""Room to spare below the loader's limit."""


_text = encode_basestring
_BARE = (Kind.TYPE, Kind.LEVELS, Kind.NUMBER)
"""Kinds written without quotes: slugs and numbers the validator reads back as they are."""


def _lines(fields: dict[str, Field], record: dict[str, Any], indent: str) -> list[str]:
    """`key: value` lines for a record of the pack format: texts quoted, slugs and numbers bare."""
    lines = []
    for key, value in record.items():
        kind = fields[key].kind
        if isinstance(value, str):
            lines.append(f"{indent}{key}: {value if kind in _BARE else _text(value)}")
        elif kind is Kind.SOURCE:
            lines.append(f"{indent}{key}:")
            lines += _lines(SOURCE_FIELD, value, indent + "  ")
        elif kind is Kind.LEVELS:
            lines.append(f"{indent}{key}: [{', '.join(value)}]")
        elif isinstance(value, list):
            lines.append(f"{indent}{key}:" + "".join(f"\n{indent}  - {_text(item)}" for item in value))
        else:
            lines.append(f"{indent}{key}: {value}")
    return lines


def _card(card: Card) -> str:
    lines = _lines(CARD_FIELD, card_record(card), "    ")
    return "  - " + "\n".join(lines)[4:] + "\n"


def dump_pack(pack: Pack, header: str = "") -> str:
    """The pack as YAML text; `header` lines are written first as comments."""
    return _assemble(pack, pack.name, pack.title, [_card(card).encode() for card in pack.cards], header).decode()


def _assemble(pack: Pack, name: str, title: str, cards: list[bytes], header: str) -> bytes:
    """The pack file, UTF-8: its fields, then `cards` (each card's YAML, already encoded)."""
    comments = "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines())
    meta = "\n".join(_lines(PACK_FIELD, {**pack_meta(pack), "name": name, "title": title}, "  "))
    uses = "".join("  - " + "\n".join(_lines(USE_FIELD, item, "    "))[4:] + "\n" for item in uses_record(pack.uses))
    head = comments + f"format: {pack.format}\npack:\n{meta}\n" + (f"uses:\n{uses}" if uses else "")
    return b"".join([head.encode(), b"cards:\n", *cards] if cards else [head.encode(), b"cards: []\n"])


def write_pack(pack: Pack, path: Path, header: str = "") -> None:
    atomic_write(path, _assemble(pack, pack.name, pack.title, [_card(card).encode() for card in pack.cards], header))


def split_deck(pack: Pack, header: str = "") -> Iterator[tuple[str, bytes]]:
    """The pack as one or more (pack name, UTF-8 YAML) parts, each small enough to load, made one at a
    time (a big deck's parts are never all in memory at once).

    Each card is written once, to a temporary file rather than kept (a 10 MB document's cards make
    over 100 MB of text); parts are groups of those texts (a card's text does not depend on the part
    it lands in), so splitting costs no more than writing.
    """
    with tempfile.TemporaryFile() as spool:
        spans = _spool_cards(pack, spool)
        room = PART_BYTES - len(_assemble(pack, pack.name + "-00", pack.title + " (part 00 of 00)", [], header))
        groups = _groups(pack, [size for _, size in spans], room)
        if len(groups) == 1:
            yield pack.name, _assemble(pack, pack.name, pack.title, _read(spool, spans, groups[0]), header)
            return
        for number, group in enumerate(groups, start=1):
            if group:
                yield (
                    _part_name(pack.name, number),
                    _assemble(
                        pack if number == 1 else replace(pack, uses=()),  # the first part lists what the deck uses
                        _part_name(pack.name, number),
                        f"{pack.title} (part {number} of {len(groups)})",
                        _read(spool, spans, group),
                        header,
                    ),
                )


def _spool_cards(pack: Pack, spool: BinaryIO) -> list[tuple[int, int]]:
    """Write each card's YAML to `spool`, UTF-8; its (offset, size) there, card by card."""
    spans = []
    offset = 0
    with gc_paused():  # a big deck makes many strings and no cycles
        for card in pack.cards:
            data = _card(card).encode("utf-8")
            spool.write(data)
            spans.append((offset, len(data)))
            offset += len(data)
    return spans


def _groups(pack: Pack, sizes: list[int], room: int) -> list[list[int]]:
    """Card indexes per part: as few parts as fit in `room` bytes each, a card's part set by its id."""
    parts = max(1, -(-sum(sizes) // room))  # a first guess from the size, then up as needed
    while True:
        groups: list[list[int]] = [[] for _ in range(parts)]
        for index, card in enumerate(pack.cards):
            groups[0 if parts == 1 else zlib.crc32(card.id.encode()) % parts].append(index)
        if all(sum(sizes[index] for index in group) <= room for group in groups) or parts >= len(sizes):
            return groups
        parts += 1


def _read(spool: BinaryIO, spans: list[tuple[int, int]], group: list[int]) -> list[bytes]:
    texts = []
    for index in group:
        offset, size = spans[index]
        spool.seek(offset)
        texts.append(spool.read(size))
    return texts


def _part_name(name: str, number: int) -> str:
    return name if number == 1 else f"{name[:60]}-{number}"


def write_deck(pack: Pack, path: Path, header: str = "") -> list[Path]:
    """Write a built deck to `path`, or to `path` and `STEM-2.yaml`, … when it needs several files."""
    written = []
    for name, text in split_deck(pack, header):
        suffix = name[len(pack.name[:60]) + 1 :] if name != pack.name else ""
        target = path.with_name(f"{path.stem}-{suffix}{path.suffix}") if suffix else path
        atomic_write(target, text)
        written.append(target)
    _remove_stale_parts(pack, path, written)
    return written


def _remove_stale_parts(pack: Pack, path: Path, written: list[Path]) -> None:
    """Delete parts an earlier, bigger build of this deck left behind (they would duplicate cards)."""
    for candidate in path.parent.glob(f"{path.stem}-*{path.suffix}"):
        number = candidate.stem[len(path.stem) + 1 :]
        if candidate in written or not number.isdigit():
            continue
        with candidate.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
        if f"  name: {_text(_part_name(pack.name, int(number)))}\n" in head:
            candidate.unlink()
