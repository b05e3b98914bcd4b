"""Anki notes — from a text export, a package or a plain TSV — as prep drafts.

A note is fields and a note type. A cloze note type makes one prep card per cloze number
(`cloze.py`); any other makes one card per `Face`, the card Anki generates from one template:
the fields its front shows, and those its back adds. A text export names stock note types
(`stock_faces`); a package carries its templates (`apkg.py` reads them).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial

from prep.core.exchange.cloze import ANKI_CLOZE, anki_pieces, card_numbers, cloze_drafts
from prep.core.exchange.drafts import Draft, Reading
from prep.core.exchange.markup import html_line, html_text, plain_text
from prep.core.model import CardType

MAX_TYPED_ANSWER = 300
"""A "type in the answer" note with a longer back becomes a flashcard: nobody types that much."""


@dataclass(frozen=True, slots=True)
class Face:
    """One card of a note: the fields its front shows, and the ones its back adds."""

    prompt: tuple[int, ...]
    answer: tuple[int, ...]
    number: int = 1
    """Anki's card number (template order, from 1)."""
    typed: bool = False
    """The template asks to type the answer (`{{type:Back}}`)."""


@dataclass(frozen=True, slots=True)
class Note:
    line: int
    fields: tuple[str, ...]
    faces: tuple[Face, ...] = ()
    """The cards of a standard note."""
    cloze: bool = False
    cloze_field: int = 0
    extra_fields: tuple[int, ...] = (1,)
    """A cloze note's other fields, shown on the back (Back Extra)."""
    html: bool = True
    """Fields are HTML (Anki's own); else plain text, where a line break is a line break."""
    tags: tuple[str, ...] = ()
    deck: str = ""
    guid: str = ""
    where: str = ""
    unsupported: str = ""
    """Why prep cannot import this note at all (an image occlusion), if it cannot."""


BASIC = (Face((0,), (1,)),)
REVERSED = (Face((0,), (1,)), Face((1,), (0,), number=2))


def stock_faces(note_type: str, fields: tuple[str, ...]) -> tuple[bool, tuple[Face, ...], str]:
    """(cloze?, faces, why not) for a note type a text export names: Anki's stock ones by their
    English names; any other has its first field asked and the rest on the back, or is a cloze
    note when its first field holds a deletion."""
    name = note_type.strip().casefold()
    if name == "cloze":
        return True, (), ""
    if name == "image occlusion":
        return False, (), "an image occlusion note needs its picture, which prep cannot show"
    if name == "basic (and reversed card)":
        return False, REVERSED, ""
    if name == "basic (optional reversed card)":
        return False, REVERSED if len(fields) > 2 and fields[2].strip() else BASIC, ""
    if name == "basic (type in the answer)":
        return False, (Face((0,), (1,), typed=True),), ""
    if name == "basic":
        return False, BASIC, ""
    if fields and ANKI_CLOZE.search(fields[0]):
        return True, (), ""
    return False, (Face((0,), tuple(range(1, max(2, len(fields))))),), ""


def note_drafts(note: Note, reading: Reading, shown: str) -> None:
    """Add the note's cards to `reading`, or the reason it has none to its problems."""
    if note.unsupported:
        reading.problem(shown, note.line, _where(note, f"skipped: {note.unsupported}"))
        return
    media: list[str] = []
    convert = partial(_text, note.html, media)
    identity = note.guid or convert(note.fields[0] if note.fields else "")
    base = Draft(
        line=note.line,
        identity=identity,
        type=CardType.FLASHCARD,
        prompt="",
        tags=note.tags,
        deck=note.deck,
        where=note.where,
        by_guid=bool(note.guid),
    )
    if note.cloze:
        drafts = _cloze_cards(note, base, convert, reading, shown)
    else:
        drafts = [_face_card(note, face, base, convert) for face in note.faces]
    reading.drafts.extend(drafts)
    if media and drafts:
        names = ", ".join(dict.fromkeys(media))
        reading.problem(shown, note.line, _where(note, f"prep cannot show {names}; the text names it instead"))


def _where(note: Note, message: str) -> str:
    return f"{note.where}: {message}" if note.where and not note.line else message


def _text(html: bool, media: list[str], field: str) -> str:
    if not html:
        return plain_text(field)
    text, found = html_text(field)
    media.extend(found)
    return text


def _line(html: bool, field: str) -> str:
    return html_line(field) if html else " ".join(field.split())


def _joined(note: Note, indexes: tuple[int, ...], convert: partial[str]) -> str:
    texts = [convert(note.fields[index]) for index in indexes if index < len(note.fields)]
    return "\n\n".join(text for text in texts if text)


def _face_card(note: Note, face: Face, base: Draft, convert: partial[str]) -> Draft:
    prompt = _joined(note, face.prompt, convert)
    answer = _joined(note, face.answer, convert)
    typed = face.typed and answer and "\n" not in answer and len(answer) <= MAX_TYPED_ANSWER
    identity = base.identity if face.number == 1 else f"{base.identity}#card{face.number}"
    return Draft(
        line=base.line,
        identity=identity,
        type=CardType.TYPED if typed else CardType.FLASHCARD,
        prompt=prompt,
        answer=(answer,) if answer else (),
        tags=base.tags,
        deck=base.deck,
        where=base.where,
        by_guid=base.by_guid,
    )


def _cloze_cards(note: Note, base: Draft, convert: partial[str], reading: Reading, shown: str) -> list[Draft]:
    text = note.fields[note.cloze_field] if note.cloze_field < len(note.fields) else ""
    pieces = anki_pieces(text)
    if not card_numbers(pieces):
        reading.problem(shown, note.line, _where(note, "skipped: a cloze note with no {{c1::…}} deletion; add one"))
        return []
    explain = _joined(note, note.extra_fields, convert)
    return cloze_drafts(replace(base, explain=explain), pieces, convert, partial(_line, note.html))
