"""Anki's text format ("Notes in Plain Text"): prep cards out, Anki notes in.

The rules are Anki's own (`rslib/src/import_export/text/csv/` in ankitects/anki): a head of
`#key:value` lines, then one note per record. Export writes every header Anki needs to import
the file unchanged — the note type, deck, tags and GUID of every note in its own column — and
GUIDs made from the pack's name and the card's id, so importing a newer export updates the notes
in place instead of adding new ones.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from prep.core.exchange.delimited import Row, looks_like_html, rows
from prep.core.exchange.drafts import Reading
from prep.core.exchange.markup import html, inline_html, join_html
from prep.core.exchange.notes import Note, note_drafts, stock_faces
from prep.core.model import CLOZE_BLANK, Card, CardType, shuffled

# ---------------------------------------------------------------- export

EXPORT_HEADER = (
    "#separator:tab",
    "#html:true",
    "#guid column:1",
    "#notetype column:2",
    "#deck column:3",
    "#tags column:6",
    "#if matches:update current",
)
"""Anki's own export layout (guid, note type, deck, two fields, tags), and "update current", so a
re-import updates even when an earlier import told Anki to keep the notes it has."""
DECK_ROOT = "prep"
_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True, slots=True)
class NoteTypes:
    """The note types the export names; Anki's stock ones have other names in other languages."""

    basic: str = "Basic"
    cloze: str = "Cloze"


def anki_text(cards: Iterable[Card], note_types: NoteTypes = NoteTypes()) -> str:
    """The cards as a file Anki's File › Import reads as it is."""
    lines = list(EXPORT_HEADER)
    for card in cards:
        lines.append("\t".join(_cell(value) for value in note_row(card, note_types)))
    return "\n".join(lines) + "\n"


def note_row(card: Card, note_types: NoteTypes = NoteTypes()) -> tuple[str, str, str, str, str, str]:
    """(GUID, note type, deck, first field, second field, tags) of the card's note."""
    if card.type is CardType.CLOZE:
        note_type, first, second = note_types.cloze, cloze_text(card), _joined(_accepted(card), _explained(card))
    else:
        note_type, first, second = note_types.basic, front(card), back(card)
    return guid(card.pack, card.id), note_type, deck_of(card), first, second, " ".join(tags_of(card))


def guid(pack: str, card_id: str) -> str:
    """A note GUID from the pack's name and the card's id: the same card always has the same one.

    Eleven characters of base 62 (64 bits), within the alphabet of Anki's own GUIDs."""
    number = int.from_bytes(hashlib.sha256(f"prep\x1f{pack}\x1f{card_id}".encode()).digest()[:8], "big")
    digits = ""
    while number or not digits:
        number, digit = divmod(number, 62)
        digits = _BASE62[digit] + digits
    return digits.rjust(11, "0")


def deck_of(card: Card) -> str:
    return f"{DECK_ROOT}::{card.pack}::{card.level.label}"


def tags_of(card: Card) -> list[str]:
    return [re.sub(r"\s+", "_", topic.strip()) for topic in card.topics if topic.strip()]


def front(card: Card) -> str:
    parts = [html(card.prompt)]
    if card.type in (CardType.CHOICE, CardType.MULTI):
        parts.append(_list("ol", _in_showing_order(card).choices, " type=A"))
    elif card.type is CardType.REORDER:
        parts.append(_list("ul", _in_showing_order(card).choices))
    if card.hint:
        parts.append(f"<details><summary>Hint</summary>{html(card.hint)}</details>")
    return join_html(parts)


def back(card: Card) -> str:
    if card.type is CardType.CHOICE:
        answer = inline_html(card.answer[0])
    elif card.type is CardType.MULTI:
        answer = _list("ul", card.answer)
    elif card.type is CardType.REORDER:
        answer = _list("ol", card.answer)
    else:
        answer = html(card.answer[0])
    return _joined(answer, _accepted(card), _explained(card))


def cloze_text(card: Card) -> str:
    """A cloze card's prompt with its blank as deletion 1 (its hint as Anki's hint), everything else escaped."""
    blank = CLOZE_BLANK.search(card.prompt)
    assert blank is not None  # the validator makes sure a cloze card has its blank
    text = html(card.prompt[: blank.start()] + "\ue000" + card.prompt[blank.end() :])
    hint = f"::{_in_cloze(card.hint)}" if card.hint else ""
    return text.replace("\ue000", f"{{{{c1::{_in_cloze(blank.group(1).strip())}{hint}}}}}")


def _in_cloze(text: str) -> str:
    """Text inside a deletion: `::` would start Anki's hint, so colons are written as entities."""
    return inline_html(" ".join(text.split())).replace(":", "&#58;")


def _in_showing_order(card: Card) -> Card:
    """The choices (or a reorder card's items) in an order of their own, the same on every export."""
    return shuffled(card, random.Random(f"{card.pack}/{card.id}"))


def _list(tag: str, items: Iterable[str], attributes: str = "") -> str:
    return f"<{tag}{attributes}>" + "".join(f"<li>{inline_html(item)}</li>" for item in items) + f"</{tag}>"


def _accepted(card: Card) -> str:
    return f"Also accepted: {inline_html(', '.join(card.accept))}" if card.accept else ""


def _explained(card: Card) -> str:
    return html(card.explain) if card.explain else ""


def _joined(*parts: str) -> str:
    return join_html(list(parts))


def _cell(value: str) -> str:
    """A field as Anki's reader needs it: quoted when it holds a tab, a quote or a line break, or
    starts with `#` (which would make the record a comment)."""
    if value.startswith("#") or any(char in value for char in '\t\n\r"'):
        return '"' + value.replace('"', '""') + '"'
    return value


# ---------------------------------------------------------------- import

HEADER_KEYS = frozenset(
    {"separator", "html", "tags", "columns", "notetype", "deck", "notetype column", "deck column",
     "tags column", "guid column", "match scope", "if matches"}
)  # fmt: skip
_NAMED_SEPARATORS = {"tab": "\t", "pipe": "|", "semicolon": ";", "colon": ":", "comma": ",", "space": " "}
_DETECTED_SEPARATORS = ("\t", "|", ";", ":", ",", " ")
"""Anki's order when no header names the separator: the first that occurs in the first 8 KiB wins."""
_FIELD_NAMES = {
    "basic": ("Front", "Back"),
    "basic (and reversed card)": ("Front", "Back"),
    "basic (optional reversed card)": ("Front", "Back", "Add Reverse"),
    "basic (type in the answer)": ("Front", "Back"),
    "cloze": ("Text", "Back Extra"),
}
DEFAULT_NOTE_TYPE = "Basic"


def header_key(line: str) -> str | None:
    """The key of an Anki header line (`#separator:tab` → `separator`), or None if it is not one."""
    if not line.startswith("#") or ":" not in line:
        return None
    key = line[1:].split(":", 1)[0].strip().lower()
    return key if key in HEADER_KEYS else None


def is_anki_text(text: str) -> bool:
    """Whether a file starts with Anki's headers (or the old first-line `tags:`)."""
    first = text.split("\n", 1)[0]
    return first.startswith("tags:") or header_key(first) is not None


@dataclass
class _Head:
    separator: str = ""
    html: bool | None = None
    tags: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    notetype: str = ""
    deck: str = ""
    notetype_column: int = 0
    deck_column: int = 0
    tags_column: int = 0
    guid_column: int = 0
    lines: int = 0
    """How many lines the head takes."""


def _head(text: str) -> _Head:
    head = _Head()
    lines = text.split("\n")
    if lines[0].startswith("tags:"):
        head.tags = tuple(lines[0][5:].split())
        head.lines = 1
    while head.lines < len(lines) and lines[head.lines].startswith("#"):
        line = lines[head.lines][1:]
        head.lines += 1
        if ":" in line:
            key, value = line.split(":", 1)
            _set(head, key.strip().lower(), value)
    return head


def _set(head: _Head, key: str, value: str) -> None:
    if key in ("tags", "notetype", "deck", "columns"):
        if key == "tags":
            head.tags = tuple(value.split())
        elif key == "columns":
            head.columns = tuple(next(rows("", value, head.separator or "\t"), Row(0, [])).cells)
        else:
            setattr(head, key, value)
        return
    value = _cut(value)
    if key == "separator":
        chosen = value if value in _DETECTED_SEPARATORS else _NAMED_SEPARATORS.get(value.strip().lower(), "")
        head.separator = chosen or head.separator
    elif key == "html" and value.lower() in ("true", "false"):
        head.html = value.lower() == "true"
    elif key.endswith(" column") and value.strip().isdigit() and int(value.strip()) > 0:
        setattr(head, key.replace(" ", "_"), int(value.strip()))


def _cut(value: str) -> str:
    """Anki cuts a header's value at the first character after its first that is not a letter or digit
    (so `#separator:Pipe,,,,` from a spreadsheet still says pipe)."""
    if not value:
        return value
    rest = re.match(r"[A-Za-z0-9]*", value[1:])
    return value[0] + (rest.group() if rest else "")


def read_anki_text(shown: str, text: str) -> Reading:
    """A file in Anki's text format: the notes of every record, each from the line it starts on."""
    head = _head(text)
    body = "\n".join(text.split("\n")[head.lines :])
    separator = head.separator or next((s for s in _DETECTED_SEPARATORS if s in body[:8192]), " ")
    records = list(rows(shown, body, separator, first_line=head.lines + 1, comments=True))
    is_html = head.html if head.html is not None else looks_like_html(records)
    reading = Reading(format="Anki text", title=head.deck.strip())
    for record in records:
        note = _note(head, record, is_html)
        if note is None:
            continue
        if not note.fields or not note.fields[0].strip():
            reading.problem(shown, record.line, "skipped: the first field is empty (Anki skips such a note too)")
            continue
        note_drafts(note, reading, shown)
    return reading


def _note(head: _Head, record: Row, is_html: bool) -> Note | None:
    cells = record.cells
    if not any(cell.strip() for cell in cells):
        return None

    def column(number: int) -> str:
        return cells[number - 1] if 0 < number <= len(cells) else ""

    meta = {head.guid_column, head.notetype_column, head.deck_column, head.tags_column} - {0}
    note_type = column(head.notetype_column) if head.notetype_column else head.notetype or DEFAULT_NOTE_TYPE
    free = [number for number in range(1, len(cells) + 1) if number not in meta]
    fields, tags_column = _fields(head, note_type, free, column)
    cloze, faces, unsupported = stock_faces(note_type, fields)
    tags = tuple(column(tags_column).split()) + head.tags
    deck = column(head.deck_column) if head.deck_column else head.deck
    return Note(record.line, fields, faces, cloze=cloze, html=is_html, tags=tags, deck=deck.strip(),
                guid=column(head.guid_column).strip(), unsupported=unsupported)  # fmt: skip


def _fields(head: _Head, note_type: str, free: list[int], column: Callable[[int], str]) -> tuple[tuple[str, ...], int]:
    """The note's fields, and the tags column: Anki's, or the first free column after the fields."""
    names = _FIELD_NAMES.get(note_type.strip().casefold())
    if head.notetype_column or names is None:
        count = len(free) if head.notetype_column else 2
        used = free[:count]
    elif head.columns and any(label in names for label in head.columns):
        by_label = {label: number for number, label in enumerate(head.columns, start=1) if number in free}
        used = [by_label.get(name, 0) for name in names]
        if not used[0]:
            used[0] = free[0] if free else 0
    else:
        used = free[: len(names)]
    tags_column = head.tags_column
    if not tags_column and not head.notetype_column:
        last = max(used, default=0)
        tags_column = next((number for number in free if number > last), 0)
    return tuple(column(number) if number else "" for number in used), tags_column
