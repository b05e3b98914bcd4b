"""Anki packages (`.apkg`, `.colpkg`): a zip holding an Anki collection, which is an SQLite file.

Only the collection is read, never the media. Which member holds it is decided as Anki decides
(`rslib/src/import_export/package/meta.rs`): the `meta` member's version — 3 is
`collection.anki21b`, zstd-compressed; 2 is `collection.anki21` — else `collection.anki21` if it is
there, else `collection.anki2` (which newer packages also carry, holding only a note that says
"please update Anki"). Note types, templates and decks are read from the schema the collection
has (11: JSON in `col`; 15 and later: tables with protobuf blobs).

A package is a stranger's file: the zip's entries are counted, the collection is unpacked with a
cap on its size (a zip bomb stops at the cap), and the store package reads the copy's rows
(`prep.core.store.anki_collection`: read-only, immutable, with a time limit), since only the store
speaks SQL.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, cast

from prep.core.exchange.drafts import Reading
from prep.core.exchange.notes import BASIC, Face, Note, note_drafts
from prep.core.packs.format import megabytes
from prep.core.store.anki_collection import AnkiCollection, CollectionError, read_anki_collection
from prep.errors import PackError

MAX_ENTRIES = 100_000
"""Members a package may have (a shared deck with tens of thousands of pictures has that many)."""
MAX_COLLECTION_BYTES = 256 * 1024 * 1024
MAX_NOTES = 100_000
CHUNK = 1024 * 1024
_MEMBERS = {1: "collection.anki2", 2: "collection.anki21", 3: "collection.anki21b"}
FIELD_SEPARATOR = "\x1f"


def read_apkg(shown: str, path: Path) -> Reading:
    """The notes of a package, as drafts; each note is named by its number and GUID in messages."""
    reading = Reading(format="Anki package")
    with tempfile.TemporaryDirectory(prefix="prep-apkg-") as folder:
        database = Path(folder) / "collection.sqlite"
        _unpack_collection(shown, path, database)
        for note in _notes(shown, database):
            note_drafts(note, reading, shown)
    return reading


# ---------------------------------------------------------------- the zip


def _unpack_collection(shown: str, path: Path, target: Path) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise PackError(
            shown, "is not an Anki package (it is not a zip file); export the deck from Anki again"
        ) from None
    except OSError as error:
        raise PackError(shown, f"cannot read the file: {error.strerror or error}") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise PackError(shown, f"has {len(infos):,} entries; prep reads packages of at most {MAX_ENTRIES:,}")
        names = {info.filename: info for info in infos}
        version = _version(shown, archive, names)
        member = names.get(_MEMBERS[version])
        if member is None:
            raise PackError(shown, f"has no {_MEMBERS[version]}, so it holds no Anki collection; export it again")
        if member.flag_bits & 0x1:
            raise PackError(shown, "is encrypted; export it from Anki again without a password")
        try:
            with archive.open(member) as raw, target.open("wb") as sink:
                _copy(shown, _zstd_reader(raw) if version == 3 else raw, sink)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, _ZstdError) as error:
            raise PackError(shown, f"its collection cannot be unpacked ({error}); export it from Anki again") from None


def _version(shown: str, archive: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo]) -> int:
    meta = names.get("meta")
    if meta is None:
        return 2 if "collection.anki21" in names else 1
    if meta.file_size > 1024:
        raise PackError(shown, "has a `meta` entry too large to be Anki's; it is not an Anki package")
    try:
        version = protobuf_fields(archive.read(meta)).get(1, 0)
    except (ValueError, zipfile.BadZipFile) as error:
        raise PackError(shown, f"has a damaged `meta` entry ({error}); export it from Anki again") from None
    if version not in _MEMBERS:
        raise PackError(shown, f"was written by an Anki newer than prep knows (package version {version}); "
                        "export it with “Support older Anki versions” ticked")  # fmt: skip
    return int(version)


if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd  # the standard library's zstd (Python 3.14), for earlier Pythons
_ZstdError = zstd.ZstdError


def _zstd_reader(raw: IO[bytes]) -> IO[bytes]:
    """The v3 collection is one or more zstd frames."""
    return cast(IO[bytes], zstd.ZstdFile(raw))


def _copy(shown: str, source: IO[bytes], sink: IO[bytes]) -> None:
    written = 0
    while chunk := source.read(CHUNK):
        written += len(chunk)
        if written > MAX_COLLECTION_BYTES:
            raise PackError(shown, f"its collection unpacks to more than {megabytes(MAX_COLLECTION_BYTES)}; "
                            "prep reads collections up to that size")  # fmt: skip
        sink.write(chunk)


def protobuf_fields(data: bytes) -> dict[int, Any]:
    """The first value of each field of a protobuf message: an int (varint) or bytes (length-delimited)."""
    found: dict[int, Any] = {}
    index = 0
    while index < len(data):
        key, index = _varint(data, index)
        number, wire = key >> 3, key & 7
        value: int | bytes
        if wire == 0:
            value, index = _varint(data, index)
        elif wire == 2:
            length, index = _varint(data, index)
            if index + length > len(data):
                raise ValueError("a field runs past the end of the message")
            value, index = data[index : index + length], index + length
        elif wire in (1, 5):
            size = 8 if wire == 1 else 4
            value, index = data[index : index + size], index + size
        else:
            raise ValueError(f"unknown protobuf wire type {wire}")
        found.setdefault(number, value)
    return found


def _varint(data: bytes, index: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if index >= len(data) or shift > 63:
            raise ValueError("a number runs past the end of the message")
        byte = data[index]
        index += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, index
        shift += 7


# ---------------------------------------------------------------- the collection


@dataclass(frozen=True, slots=True)
class NoteType:
    name: str
    cloze: bool
    fields: tuple[str, ...]
    templates: tuple[tuple[int, str, str], ...]
    """(number from 0, question template, answer template) of each card template."""


def _notes(shown: str, database: Path) -> Iterator[Note]:
    try:
        collection = read_anki_collection(database, MAX_NOTES)
    except CollectionError as error:
        raise PackError(shown, f"its collection {error}") from None
    if len(collection.notes) > MAX_NOTES:
        raise PackError(shown, f"holds more than {MAX_NOTES:,} notes; prep imports at most that many at once")
    if collection.schema >= 15:
        note_types = _note_types_18(collection)
        decks = {deck_id: str(name).replace("\x1f", "::") for deck_id, name in collection.decks}
    else:
        note_types = _note_types_11(shown, collection.models)
        decks = _decks_11(shown, collection.decks_json)
    yield from _read_notes(collection, note_types, decks, _cards_of_notes(collection))


def _json(shown: str, text: object, what: str) -> dict[str, Any]:
    try:
        value = json.loads(text) if isinstance(text, str | bytes) else None
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, dict):
        raise PackError(shown, f"holds a collection whose {what} cannot be read; export it from Anki again")
    return value


def _note_types_11(shown: str, models: object) -> dict[int, NoteType]:
    found = {}
    for key, model in _json(shown, models, "note types").items():
        if not isinstance(model, dict) or not str(key).lstrip("-").isdigit():
            continue
        fields = sorted(_dicts(model.get("flds")), key=lambda item: _number(item.get("ord")))
        templates = sorted(_dicts(model.get("tmpls")), key=lambda item: _number(item.get("ord")))
        found[int(key)] = NoteType(
            name=str(model.get("name", "")),
            cloze=model.get("type") == 1,
            fields=tuple(str(item.get("name", "")) for item in fields),
            templates=tuple((_number(item.get("ord")), str(item.get("qfmt", "")), str(item.get("afmt", "")))
                            for item in templates),
        )  # fmt: skip
    return found


def _decks_11(shown: str, decks: object) -> dict[int, str]:
    return {int(key): str(deck.get("name", "")) for key, deck in _json(shown, decks, "decks").items()
            if isinstance(deck, dict) and str(key).lstrip("-").isdigit()}  # fmt: skip


def _dicts(value: object) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _number(value: object) -> int:
    return value if isinstance(value, int) else 0


def _note_types_18(collection: AnkiCollection) -> dict[int, NoteType]:
    fields: dict[int, list[str]] = {}
    for type_id, name in collection.fields:
        fields.setdefault(type_id, []).append(str(name))
    templates: dict[int, list[tuple[int, str, str]]] = {}
    for type_id, number, config in collection.templates:
        parts = _protobuf_or_empty(config)
        templates.setdefault(type_id, []).append((int(number), _text(parts.get(1)), _text(parts.get(2))))
    found = {}
    for type_id, name, config in collection.note_types:
        kind = _protobuf_or_empty(config).get(1, 0)  # Notetype.Config.kind: 1 is cloze
        found[type_id] = NoteType(
            str(name), kind == 1, tuple(fields.get(type_id, ())), tuple(templates.get(type_id, ()))
        )
    return found


def _protobuf_or_empty(blob: object) -> dict[int, Any]:
    try:
        return protobuf_fields(blob) if isinstance(blob, bytes) else {}
    except ValueError:
        return {}


def _text(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else ""


def _cards_of_notes(collection: AnkiCollection) -> dict[int, tuple[set[int], int]]:
    """Each note's card numbers (template order from 0, or cloze number less one) and its deck."""
    found: dict[int, tuple[set[int], int]] = {}
    for note_id, number, deck, original in collection.cards:
        found.setdefault(note_id, (set(), original or deck))[0].add(number)
    return found


def _read_notes(
    collection: AnkiCollection,
    note_types: dict[int, NoteType],
    decks: dict[int, str],
    cards: dict[int, tuple[set[int], int]],
) -> Iterator[Note]:
    for index, (note_id, guid, type_id, tags, fields) in enumerate(collection.notes, 1):
        where = f"note {index} (GUID {guid})"
        note_type = note_types.get(type_id)
        values = tuple(str(fields or "").split(FIELD_SEPARATOR))
        numbers, deck = cards.get(note_id, ({0}, 0))
        if note_type is None:
            yield Note(0, values, BASIC, guid=str(guid), where=where, unsupported="its note type is not in the package")
            continue
        values = (values + ("",) * len(note_type.fields))[: max(len(note_type.fields), 1)]
        yield _note(note_type, values, numbers, str(guid), where, str(tags or "").split(), decks.get(deck, ""))


_REFERENCE = re.compile(r"\{\{([^{}]+)\}\}")


def _note(note_type: NoteType, values: tuple[str, ...], numbers: set[int], guid: str, where: str,
          tags: list[str], deck: str) -> Note:  # fmt: skip
    note = Note(0, values, BASIC, guid=guid, where=where, tags=tuple(tags), deck=deck)
    if note_type.cloze:
        question, answer = note_type.templates[0][1:] if note_type.templates else ("", "")
        cloze_field = next(iter(_referenced(question, note_type.fields, only="cloze:")), 0)
        extra = tuple(index for index in _referenced(answer, note_type.fields) if index != cloze_field)
        occlusion = any("image-occlusion:" in value for value in values)
        unsupported = "an image occlusion note needs its picture, which prep cannot show" if occlusion else ""
        return replace(note, faces=(), cloze=True, cloze_field=cloze_field, extra_fields=extra, unsupported=unsupported)
    faces = tuple(_face(note_type, number, question, answer)
                  for number, question, answer in note_type.templates if number in numbers)  # fmt: skip
    return replace(note, faces=faces or BASIC)


def _face(note_type: NoteType, number: int, question: str, answer: str) -> Face:
    """The card a template makes: the fields its front shows; the fields only its back adds."""
    asked = _referenced(question, note_type.fields)
    told = [index for index in _referenced(answer, note_type.fields) if index not in asked]
    if not asked:
        return Face((0,), tuple(range(1, len(note_type.fields))), number + 1)
    typed = bool(re.search(r"\{\{\s*type:", question))
    return Face(tuple(asked), tuple(told), number + 1, typed)


def _referenced(template: str, fields: tuple[str, ...], only: str = "") -> list[int]:
    """The fields a template shows, in order: `{{Front}}`, `{{type:Back}}`, `{{cloze:Text}}`, …
    (`{{#Field}}` sections, `{{FrontSide}}` and other special names are not fields)."""
    found: list[int] = []
    for match in _REFERENCE.finditer(template):
        inner = match.group(1).strip()
        if inner[:1] in "#^/!" or (only and not inner.startswith(only)):
            continue
        name = inner.rsplit(":", 1)[-1].strip()
        if name in fields and fields.index(name) not in found:
            found.append(fields.index(name))
    return found
