"""Write packs as v1 YAML files that load back unchanged, byte-identical for the same pack.

Every text is written as a double-quoted scalar produced by `json.dumps`: JSON strings are valid
YAML double-quoted scalars, so nothing is ever re-read as a number, a bool or a date, and writing
twelve thousand cards takes milliseconds rather than the seconds PyYAML's emitter needs.

A deck too big for one pack file (see `MAX_FILE_BYTES`) is written as several packs, `NAME`,
`NAME-2`, …, each card always in the same part for the same number of parts.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import replace
from pathlib import Path

from prep.core.files import atomic_write
from prep.core.model import Card, Pack, Source
from prep.core.packs.load import MAX_FILE_BYTES

PART_BYTES = MAX_FILE_BYTES * 9 // 10
"""Room to spare below the loader's limit."""


def _text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _texts(values: tuple[str, ...], indent: str) -> str:
    return "".join(f"\n{indent}- {_text(value)}" for value in values)


def _card(card: Card) -> str:
    levels = [level.label for level in card.levels]
    lines = [
        f"  - id: {_text(card.id)}",
        f"    type: {card.type.value}",
        f"    level: {levels[0] if len(levels) == 1 else '[' + ', '.join(levels) + ']'}",
    ]
    if card.topics:
        lines.append("    topics:" + _texts(card.topics, "      "))
    lines.append(f"    prompt: {_text(card.prompt)}")
    if card.choices:
        lines.append("    choices:" + _texts(card.choices, "      "))
    if card.type.value == "multi":
        lines.append("    answer:" + _texts(card.answer, "      "))
    elif card.type.value != "cloze":
        lines.append(f"    answer: {_text(card.answer[0])}")
    if card.accept:
        lines.append("    accept:" + _texts(card.accept, "      "))
    if card.explain:
        lines.append(f"    explain: {_text(card.explain)}")
    if card.source:
        lines.append(_source(card.source))
    return "\n".join(lines) + "\n"


def _source(source: Source) -> str:
    lines = ["    source:", f"      document: {_text(source.document)}", f"      line: {source.line}"]
    if source.section:
        lines.append(f"      section: {_text(source.section)}")
    if source.kind:
        lines.append(f"      kind: {_text(source.kind)}")
    return "\n".join(lines)


def dump_pack(pack: Pack, header: str = "") -> str:
    """The pack as YAML text; `header` lines are written first as comments."""
    comments = "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines())
    meta = [f"  name: {_text(pack.name)}", f"  title: {_text(pack.title)}", f"  version: {_text(pack.version)}"]
    if pack.description:
        meta.append(f"  description: {_text(pack.description)}")
    if pack.license:
        meta.append(f"  license: {_text(pack.license)}")
    return (comments + f"format: {pack.format}\npack:\n" + "\n".join(meta) + "\ncards:\n"
            + "".join(_card(card) for card in pack.cards))


def write_pack(pack: Pack, path: Path, header: str = "") -> None:
    atomic_write(path, dump_pack(pack, header).encode("utf-8"))


def split_deck(pack: Pack, header: str = "") -> list[tuple[Pack, str]]:
    """The pack as one or more (pack, YAML text) parts, each small enough to load."""
    parts = 1
    while True:
        split = _split(pack, parts)
        texts = [dump_pack(part, header) for part in split]
        if all(len(text.encode("utf-8")) <= PART_BYTES for text in texts) or parts >= len(pack.cards):
            return list(zip(split, texts))
        parts += 1


def _split(pack: Pack, parts: int) -> list[Pack]:
    if parts == 1:
        return [pack]
    groups: list[list[Card]] = [[] for _ in range(parts)]
    for card in pack.cards:
        groups[zlib.crc32(card.id.encode()) % parts].append(card)
    split = []
    for number, cards in enumerate(groups, start=1):
        if not cards:
            continue
        name = pack.name if number == 1 else f"{pack.name[:60]}-{number}"
        split.append(replace(pack, name=name, title=f"{pack.title} (part {number} of {parts})",
                             cards=tuple(replace(card, pack=name) for card in cards)))
    return split


def write_deck(pack: Pack, path: Path, header: str = "") -> list[Path]:
    """Write a built deck to `path`, or to `path` and `STEM-2.yaml`, … when it needs several files."""
    written = []
    for part, text in split_deck(pack, header):
        number = part.name[len(pack.name[:60]) + 1:] if part.name != pack.name else ""
        target = path.with_name(f"{path.stem}-{number}{path.suffix}") if number else path
        atomic_write(target, text.encode("utf-8"))
        written.append(target)
    _remove_stale_parts(pack, path, written)
    return written


def _remove_stale_parts(pack: Pack, path: Path, written: list[Path]) -> None:
    """Delete parts an earlier, bigger build of this deck left behind (they would duplicate cards)."""
    for candidate in path.parent.glob(f"{path.stem}-*{path.suffix}"):
        number = candidate.stem[len(path.stem) + 1:]
        if candidate in written or not number.isdigit():
            continue
        with candidate.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
        if f"  name: {_text(f'{pack.name[:60]}-{number}')}\n" in head:
            candidate.unlink()
