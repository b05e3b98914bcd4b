"""Cloze deletions from any tool, as prep cards.

A reader splits its text into `Piece`s — plain text and `Deletion`s, which may nest (Anki's
`{{c1::a {{c2::b}}}}`) and may belong to several cards (`{{c1,2::…}}`). Each card number becomes
one prep card. prep's cloze card has exactly one blank, so a card that hides one span becomes a
`cloze` card (`{{answer}}` in the prompt, the tool's hint as prep's hint); a card that hides
several spans, or one prep cannot type as a single line, becomes a `flashcard` with the spans
masked in the prompt and listed on the back. Nothing is lost either way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from prep.core.exchange.drafts import Draft
from prep.core.model import CLOZE_MASK, CardType

MAX_NESTING = 10
"""Anki honours ten levels of nested deletions; deeper ones are text."""


@dataclass(frozen=True, slots=True)
class Deletion:
    numbers: frozenset[int]
    """The cards that hide it (0 hides it on none)."""
    content: tuple[Piece, ...]
    hint: str = ""
    accept: tuple[str, ...] = ()
    """Other answers that count (hascard's `_a|b_` alternatives)."""


Piece = str | Deletion


def card_numbers(pieces: Iterable[Piece]) -> list[int]:
    found: set[int] = set()
    for piece in pieces:
        if isinstance(piece, Deletion):
            found |= {number for number in piece.numbers if number > 0}
            found.update(card_numbers(piece.content))
    return sorted(found)


def revealed(pieces: Iterable[Piece]) -> str:
    """The text with every deletion shown."""
    return "".join(piece if isinstance(piece, str) else revealed(piece.content) for piece in pieces)


_MARK = "\ue000{}\ue001"
_MARKS = re.compile("\ue000(\\d+)\ue001")


def _face(pieces: Iterable[Piece], number: int, hidden: list[Deletion]) -> str:
    """The text for card `number`: its deletions as numbered marks (collected in `hidden`), the others shown."""
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
        elif number in piece.numbers:
            out.append(_MARK.format(len(hidden)))
            hidden.append(piece)
        else:
            out.append(_face(piece.content, number, hidden))
    return "".join(out)


def cloze_drafts(
    base: Draft,
    pieces: tuple[Piece, ...],
    to_text: Callable[[str], str],
    to_line: Callable[[str], str],
    suffix: str = "c",
) -> list[Draft]:
    """One draft per card number of `pieces`; `to_text` converts the tool's markup to card text,
    `to_line` a deletion's content to one line. Ids come from `base.identity` and the number."""
    drafts = []
    clean = "".join(piece for piece in pieces if isinstance(piece, str))
    if "\ue000" in clean or "\ue001" in clean:  # private-use marks in the text itself: drop them
        pieces = tuple(piece.replace("\ue000", "").replace("\ue001", "") if isinstance(piece, str) else piece
                       for piece in pieces)  # fmt: skip
    for number in card_numbers(pieces):
        hidden: list[Deletion] = []
        face = to_text(_face(pieces, number, hidden))
        answers = [to_line(revealed(deletion.content)) for deletion in hidden]
        hints = [to_line(deletion.hint) for deletion in hidden]
        identity = f"{base.identity}#{suffix}{number}"
        drafts.append(_one_card(replace(base, identity=identity), face, hidden, answers, hints))
    return drafts


def _one_card(base: Draft, face: str, hidden: list[Deletion], answers: list[str], hints: list[str]) -> Draft:
    only = answers[0] if len(answers) == 1 else ""
    outside = _MARKS.sub("", face)
    if only and "{{" not in only + outside and "}}" not in only + outside:
        prompt = _MARKS.sub(lambda _match: "{{" + only + "}}", face)
        return replace(base, type=CardType.CLOZE, prompt=prompt, hint=hints[0], accept=hidden[0].accept)
    prompt = _MARKS.sub(lambda match: _mask(hints[int(match[1])]), face)
    back = answers[0] if len(answers) == 1 else "\n".join(f"- {answer}" for answer in answers)
    return replace(base, type=CardType.FLASHCARD, prompt=prompt, answer=(back,))


def _mask(hint: str) -> str:
    return f"{CLOZE_MASK} ({hint})" if hint else CLOZE_MASK


# ---------------------------------------------------------------- Anki's {{c1::text::hint}}


_ANKI_TOKEN = re.compile(r"\{\{c(\d+(?:,\d+)*)::|\}\}|::")
ANKI_CLOZE = re.compile(r"\{\{c\d+(?:,\d+)*::")


@dataclass
class _Open:
    numbers: frozenset[int]
    opening: str
    content: list[Piece]
    hint: list[str] | None = None


def anki_pieces(text: str) -> tuple[Piece, ...]:
    """Anki's cloze syntax (`rslib/src/cloze.rs`): `{{cN::text}}`, `{{cN::text::hint}}`, `{{c1,2::…}}`,
    nesting up to ten levels; a `}}` with no open deletion is text, an unclosed one is no deletion."""
    top: list[Piece] = []
    stack: list[_Open] = []
    position = 0
    for match in _ANKI_TOKEN.finditer(text):
        _add(stack, top, text[position : match.start()])
        position = match.end()
        token = match.group()
        if match.group(1) is not None and len(stack) < MAX_NESTING:
            stack.append(_Open(frozenset(int(n) for n in match.group(1).split(",")), token, []))
        elif token == "::" and stack and stack[-1].hint is None:
            stack[-1].hint = []
        elif token == "}}" and stack:
            done = stack.pop()
            deletion = Deletion(done.numbers, tuple(done.content), "".join(done.hint or []))
            (stack[-1].content if stack else top).append(deletion)
        else:
            _add(stack, top, token)
    _add(stack, top, text[position:])
    while stack:  # never closed: its text, as written
        done = stack.pop()
        hint = "::" + "".join(done.hint) if done.hint is not None else ""
        target = stack[-1].content if stack else top
        target.extend([done.opening, *done.content, hint])
    return tuple(piece for piece in top if piece != "")


def _add(stack: list[_Open], top: list[Piece], text: str) -> None:
    if not text:
        return
    if not stack:
        top.append(text)
    elif stack[-1].hint is not None:
        stack[-1].hint.append(text)
    else:
        stack[-1].content.append(text)
