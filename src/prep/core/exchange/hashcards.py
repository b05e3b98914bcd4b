"""hashcards decks: Markdown files of `Q:`/`A:` cards and `C:` cloze cards with `[deletions]`.

The grammar is hashcards' own (`src/parser.rs` in eudoxia0/hashcards): a line starting with `Q:`,
`A:` or `C:` (uppercase, in the first column) starts a question, an answer or a cloze card; a
line `---` ends a card; TOML front matter between two `---` lines may name the deck. A cloze card
makes one card per `[…]` (`\\[` and `\\]` are brackets; `![…](…)` is an image). hashcards refuses a
whole collection over one bad card; prep reports the card, with its line, and imports the rest.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from prep.core.exchange.cloze import Deletion, Piece, cloze_drafts, revealed
from prep.core.exchange.drafts import Draft, Reading
from prep.core.exchange.markup import images_in_markdown, markdown_text
from prep.core.model import CardType
from prep.errors import PackError

MARKDOWN = ".md"


def is_hashcards(text: str) -> bool:
    """Whether a Markdown file reads as a hashcards deck: a line starts with `Q:` or `C:`."""
    return any(line.startswith(("Q:", "C:")) for line in text.split("\n"))


@dataclass
class _Card:
    kind: str
    """"Q" (question, then answer) or "C" (cloze)."""
    line: int
    question: list[str] = field(default_factory=list)
    answer: list[str] | None = None


def read_hashcards(shown: str, text: str, path: Path) -> Reading:
    """The cards of one deck file (`text` has `\\n` line ends)."""
    lines = text.split("\n")
    deck, first = _front_matter(shown, lines)
    reading = Reading(format="hashcards", title=deck or path.stem)
    deck = deck or path.stem
    card: _Card | None = None
    for number, line in enumerate(lines[first:], start=first + 1):
        tag = line[:2] if line[:2] in ("Q:", "A:", "C:") else ""
        if tag == "A:" and card is not None and card.kind == "Q" and card.answer is None:
            card.answer = [line[2:].strip()]
        elif tag in ("Q:", "C:"):
            _finish(card, shown, deck, reading)
            card = _Card(tag[0], number, [line[2:].strip()])
        elif tag == "A:":
            reading.problem(shown, number, "an A: answer with no Q: question before it; add the question")
            _finish(card, shown, deck, reading)
            card = None
        elif line.strip() == "---":
            _finish(card, shown, deck, reading)
            card = None
        elif card is not None:
            (card.answer if card.answer is not None else card.question).append(line)
        elif line.strip():
            reading.problem(shown, number, "text outside any card was not imported; start a card with Q: or C:")
            card = None
    _finish(card, shown, deck, reading)
    return reading


def _front_matter(shown: str, lines: list[str]) -> tuple[str, int]:
    """(the deck name the front matter gives, the index of the first line after it)."""
    if not lines or lines[0].strip() != "---":
        return "", 0
    end = next((index for index in range(1, len(lines)) if lines[index].strip() == "---"), None)
    if end is None:
        raise PackError(shown, "front matter opened with --- is never closed; end it with a --- line", line=1)
    try:
        matter = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as error:
        raise PackError(shown, f'the front matter is not TOML ({error}); write name = "Deck"', line=2) from None
    name = matter.get("name")
    return (name.strip() if isinstance(name, str) else ""), end + 1


def _finish(card: _Card | None, shown: str, deck: str, reading: Reading) -> None:
    if card is None:
        return
    question = "\n".join(card.question).strip()
    if card.kind == "Q":
        if card.answer is None:
            reading.problem(shown, card.line, "skipped: a Q: question with no A: answer; add the answer")
            return
        answer = "\n".join(card.answer).strip()
        reading.drafts.append(
            Draft(card.line, question, CardType.FLASHCARD, markdown_text(question), (markdown_text(answer),), deck=deck)
        )
        _note_images(question + "\n" + answer, card.line, shown, reading)
        return
    pieces = cloze_pieces(question)
    base = Draft(line=card.line, identity="", type=CardType.CLOZE, prompt="", deck=deck)
    if not any(isinstance(piece, Deletion) for piece in pieces):
        reading.problem(shown, card.line, "skipped: a C: cloze card with no [deletion]; put brackets round the answer")
        return
    reading.drafts.extend(cloze_drafts(replace(base, identity=revealed(pieces)), pieces, markdown_text, _one_line))
    _note_images(question, card.line, shown, reading)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _note_images(text: str, line: int, shown: str, reading: Reading) -> None:
    images = images_in_markdown(text)
    if images:
        reading.problem(shown, line, f"prep cannot show {', '.join(images)}; the text names it instead")


def cloze_pieces(text: str) -> tuple[Piece, ...]:
    """hashcards' cloze text: every unescaped `[…]` is a deletion of its own card; `\\[`, `\\]` are
    brackets; `![` starts an image, whose brackets are text; a `[` inside a deletion starts it again;
    brackets that make no deletion are dropped."""
    pieces: list[Piece] = []
    plain: list[str] = []
    opened: list[str] | None = None
    in_image = False
    index = 0
    while index < len(text):
        char = text[index]
        target = plain if opened is None else opened
        if char == "\\" and text[index + 1 : index + 2] in ("[", "]"):
            target.append(text[index + 1])
            index += 2
            continue
        if char == "!" and text[index + 1 : index + 2] == "[":
            target.append("![")
            in_image = True
            index += 2
            continue
        if char == "]" and in_image:
            target.append("]")
            in_image = False
        elif char == "[":
            if opened is not None:
                plain.extend(opened)
            opened = []
        elif char == "]":
            if opened is not None:
                pieces.append("".join(plain))
                plain = []
                number = sum(isinstance(piece, Deletion) for piece in pieces) + 1
                pieces.append(Deletion(frozenset({number}), ("".join(opened),)))
                opened = None
        else:
            target.append(char)
        index += 1
    if opened is not None:
        plain.extend(opened)
    pieces.append("".join(plain))
    return tuple(piece for piece in pieces if piece != "")
