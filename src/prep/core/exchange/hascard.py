"""hascard decks: `# question` cards apart by `---`, in five kinds the body's shape decides.

The grammar is hascard's own (`src/Parser.hs` in Yvee1/hascard). hascard tries the kinds in this
order, and the first that fits wins: multiple choice (`- wrong` / `* right`), multiple answer
(`[*]`/`[x]` right, `[ ]` wrong), reorder (`2. step` — the number is the step's place), open
question (`_gap_` or `_one|other_`), and definition (any text). `---` ends a card wherever it
stands, even inside a line. hascard refuses a deck over one bad card; prep reports the card,
with its line, and imports the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from prep.core.exchange.cloze import Deletion, Piece, cloze_drafts
from prep.core.exchange.drafts import Draft, Reading
from prep.core.exchange.markup import MEDIA_NOTE, fenced, markdown_text
from prep.core.model import CardType
from prep.core.packs.format import REORDER_ITEMS

SUFFIXES = (".txt", ".md")
_SEPARATOR = re.compile("---")
_HEADER = re.compile(r"#[ \t](.*)")
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)[ \t]*(?:\n|$)")
_LATEX = re.compile(r"```(.*?)```[ \t]*(?:\n|$)", re.DOTALL)
_OPTION = re.compile(r"\[([*x ])\] ([^\[]*)")
_STEP = re.compile(r"(\d+)\. ")
_GAP = re.compile(r"((?:[^_\\]|\\_|\\(?!_))*)_([^_|]+(?:\|[^_|]+)*)_")


def is_hascard(text: str) -> bool:
    """Whether a file reads as a hascard deck: its first line with text is a `# question` header."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    return bool(_HEADER.fullmatch(first)) and not first.startswith(("#separator", "#html"))


@dataclass(frozen=True, slots=True)
class _Chunk:
    line: int
    text: str


def read_hascard(shown: str, text: str) -> Reading:
    """The cards of a hascard deck (`text` has `\\n` line ends)."""
    reading = Reading(format="hascard")
    for chunk in _chunks(shown, text, reading):
        _card(shown, chunk, reading)
    return reading


def _chunks(shown: str, text: str, reading: Reading) -> list[_Chunk]:
    """The text between separators, each with the line it starts on. hascard allows only line
    breaks after `---`; a card whose separator is followed by more text is reported."""
    chunks = []
    start = 0
    for match in _SEPARATOR.finditer(text):
        if match.start() < start:
            continue
        chunks.append(_Chunk(text.count("\n", 0, start) + 1, text[start : match.start()]))
        after = match.end()
        if after < len(text) and text[after] != "\n":
            line = text.count("\n", 0, match.start()) + 1
            reading.problem(shown, line, "--- ends a hascard card wherever it stands, and only a line break may "
                            "follow it; the text after it was not imported")  # fmt: skip
            newline = text.find("\n", after)
            after = len(text) if newline < 0 else newline
        start = after
    chunks.append(_Chunk(text.count("\n", 0, start) + 1, text[start:]))
    return [chunk for chunk in chunks if chunk.text.strip()]


def _card(shown: str, chunk: _Chunk, reading: Reading) -> None:
    leading = len(chunk.text) - len(chunk.text.lstrip("\n"))
    line = chunk.line + leading
    first, _, rest = chunk.text[leading:].partition("\n")
    header = _HEADER.fullmatch(first)
    if header is None:
        reading.problem(shown, line, "skipped: a hascard card starts with a `# question` line; add one")
        return
    question = header.group(1)
    external, image, body = _external(rest.lstrip("\n"))
    if image:
        reading.problem(shown, line, f"prep cannot show {image}; the text names it instead")
    prompt = markdown_text(f"{question}\n\n{external}" if external else question)
    base = Draft(line, f"{question}\n{body}", CardType.FLASHCARD, prompt)
    for kind in (_multiple_choice, _multiple_answer, _reorder, _open_question, _definition):
        done = kind(base, body.rstrip(), shown, reading)
        if done:
            return


def _external(text: str) -> tuple[str, str, str]:
    """The picture or LaTeX block right below the header as prep text, the picture's name, and the body."""
    image = _IMAGE.match(text)
    if image:
        name = image.group(2).strip().rsplit("/", 1)[-1]
        return MEDIA_NOTE.format(kind="image", name=name), name, text[image.end() :].lstrip("\n")
    latex = _LATEX.match(text)
    if latex:
        return fenced(latex.group(1).strip("\n"), "text"), "", text[latex.end() :].lstrip("\n")
    return "", "", text


def _multiple_choice(base: Draft, body: str, shown: str, reading: Reading) -> bool:
    if not re.match(r"[-*]\s", body):
        return False
    marks = [match.start() for match in re.finditer(r"[-*] ", body)]
    if not marks or marks[0] != 0:
        marks = [0, *marks]
    choices = [(body[start], _one_line(body[start + 2 : end])) for start, end in pairwise([*marks, len(body)])]
    right = [text for mark, text in choices if mark == "*"]
    if not right:
        return False
    if len(right) > 1:
        reading.problem(shown, base.line, "skipped: a multiple-choice card marks one answer right with *; "
                        "mark the others with -, or write [*] options for several")  # fmt: skip
        return True
    texts = tuple(text for _mark, text in choices)
    reading.drafts.append(_with(base, CardType.CHOICE, choices=texts, answer=(right[0],)))
    return True


def _multiple_answer(base: Draft, body: str, shown: str, reading: Reading) -> bool:
    options = list(_OPTION.finditer(body))
    if not options or options[0].start() != 0 or any(a.end() != b.start() for a, b in pairwise(options)):
        return False
    if options[-1].end() != len(body):
        return False
    texts = tuple(_one_line(option.group(2)) for option in options)
    right = tuple(_one_line(option.group(2)) for option in options if option.group(1) in "*x")
    if not right:
        reading.problem(shown, base.line, "skipped: no option is marked right ([*] or [x]); prep's "
                        "multiple-answer cards need one at least")  # fmt: skip
        return True
    reading.drafts.append(_with(base, CardType.MULTI, choices=texts, answer=right))
    return True


def _reorder(base: Draft, body: str, shown: str, reading: Reading) -> bool:
    steps = list(_STEP.finditer(body))
    if not steps or steps[0].start() != 0:
        return False
    ends = [step.start() for step in steps[1:]] + [len(body)]
    placed = {int(step.group(1)): _one_line(body[step.end() : end]) for step, end in zip(steps, ends, strict=True)}
    if sorted(placed) != list(range(1, len(steps) + 1)):
        reading.problem(shown, base.line, "skipped: a reorder card numbers its steps 1, 2, 3 … once each; "
                        "fix the numbers")  # fmt: skip
        return True
    order = tuple(placed[number] for number in sorted(placed))
    if len(order) in REORDER_ITEMS:
        reading.drafts.append(_with(base, CardType.REORDER, answer=order))
    else:  # prep puts 3 to 10 steps in order; the order is still worth recalling
        steps_text = "\n".join(f"{number}. {step}" for number, step in enumerate(order, start=1))
        reading.drafts.append(_with(base, CardType.FLASHCARD, answer=(steps_text,)))
    return True


def _open_question(base: Draft, body: str, shown: str, reading: Reading) -> bool:
    pieces: list[Piece] = []
    position = 0
    while (gap := _GAP.match(body, position)) is not None:
        alternatives = [alternative.strip() for alternative in gap.group(2).split("|")]
        pieces.append(gap.group(1).replace("\\_", "_"))
        number = sum(isinstance(piece, Deletion) for piece in pieces) + 1
        pieces.append(Deletion(frozenset({number}), (alternatives[0],), accept=tuple(alternatives[1:])))
        position = gap.end()
    tail = body[position:]
    if not pieces or "_" in tail:
        return False
    pieces.append(tail)
    question = base.prompt

    def with_question(text: str) -> str:
        return question + "\n\n" + markdown_text(text)

    reading.drafts.extend(cloze_drafts(base, tuple(pieces), with_question, _one_line, suffix="gap"))
    return True


def _definition(base: Draft, body: str, shown: str, reading: Reading) -> bool:
    reading.drafts.append(_with(base, CardType.FLASHCARD, answer=(markdown_text(body.replace("\\_", "_")),)))
    return True


def _with(base: Draft, card_type: CardType, answer: tuple[str, ...], choices: tuple[str, ...] = ()) -> Draft:
    return replace(base, type=card_type, answer=answer, choices=choices)


def _one_line(text: str) -> str:
    return " ".join(text.split())
