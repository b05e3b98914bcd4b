"""Blocks: a document as headings, paragraphs, list items, table rows and code, in order.

Each format has its reader — `plain_text.py` (prep's own line heuristics for text pasted from web
pages), `markdown.py` (markdown-it-py) and the HTML lines of `html_pages.py` — and all of them give
the same `Block`s. The guesses made afterwards are prep's own: three or more short lines in a row
are a list, and plain-text headings are recognised by shape (UPPERCASE lines, short title-case
lines followed by content, known section names, short lines ending in a colon).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from prep.core.builder.documents import Document
from prep.core.builder.headings import SectionKind, classify_heading
from prep.core.builder.lines import Line
from prep.core.builder.skills import is_skill_name

MAX_HEADING_WORDS = 12
BULLETS = "-*+•·▪◦●○■□➢➤►▸‣⁃✓✔–—"
BULLET = re.compile(rf"^([ \t]*)([{re.escape(BULLETS)}])[ \t]+(?:\[[ xX]\][ \t]+)?(\S.*)$")
"""A bulleted line: (indent, bullet, text); a task-list box `[ ]` is dropped."""
TERMINAL = (".", "!", "?", ":", ";")


class Kind(StrEnum):
    HEADING = "heading"
    TEXT = "text"
    """A paragraph (or one line of one)."""
    ITEM = "item"
    """A list item."""
    ROW = "row"
    """A table row."""
    SUMMARY = "summary"
    """The visible part of a <details> block: a question whose answer follows."""
    CODE = "code"
    BREAK = "break"
    """The end of a <details> block or a horizontal rule: an answer stops here."""
    META = "meta"
    """A fact about the document from its front matter (`company: ...`, the field name in `cells`)."""


@dataclass(slots=True)
class Block:
    kind: Kind
    text: str
    line: int
    level: int = 0
    """Heading level 1-6 (0 when guessed from plain text); list depth for items."""
    numbered: bool = False
    link: bool = False
    """Only a link (navigation, a table of contents entry)."""
    cells: tuple[str, ...] = ()
    header: bool = False
    """A table's header row."""
    gap: bool = True
    """A blank line (or, in HTML, a block boundary) comes before it."""
    indent: int = 0
    """Indentation of a text block: indented text after a list item belongs to that item."""
    lines: int = 1
    """How many source lines were joined into it."""
    parts: tuple[tuple[int, str], ...] = ()
    """The source lines joined into it (line number, text), when plain text joined several."""
    strong: bool = False
    bold_lead: int = 0
    """Characters at the start of `text` that were bold ("**Situation:** ..." → 10): a label."""


def blocks_of(document: Document) -> list[Block]:
    """The document's blocks, by its format's reader, then prep's guesses about structure."""
    if document.format == "html":
        found = _lead_ins(list(_html_blocks(document.lines)))
        _guess_headings(found, html=True)
        return found
    from prep.core.builder.markdown import looks_like_markdown, markdown_blocks
    from prep.core.builder.plain_text import text_blocks

    if document.format == "markdown" or looks_like_markdown(document.lines):
        found = markdown_blocks(document.lines)
    else:
        found = text_blocks(document.lines)
    _short_runs_to_items(found)
    found = _lead_ins(found)
    _guess_headings(found, html=False)
    return found


_LEAD_IN = re.compile(r"(?<=[.!?])\s+([A-Z][^.!?]{3,80}:)$")
"""The last sentence of a paragraph when it ends in a colon: "... message them. Day to day you would:"."""


def _lead_ins(found: list[Block]) -> list[Block]:
    """A paragraph whose last sentence introduces the list after it as duties or requirements ("Day to day
    you would:") is split there, and that sentence becomes the list's heading."""
    out: list[Block] = []
    for index, block in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        lead = _LEAD_IN.search(block.text) if block.kind is Kind.TEXT and block.text.endswith(":") else None
        if lead is None or following is None or following.kind is not Kind.ITEM:
            out.append(block)
            continue
        kind = classify_heading(lead.group(1)).kind
        if kind not in (SectionKind.RESPONSIBILITIES, SectionKind.QUALIFICATIONS):
            out.append(block)
            continue
        block.text = block.text[: lead.start()].strip()
        out += [block, Block(Kind.HEADING, lead.group(1), block.line, level=0)]
    return out


def continues(current: Block, previous: str, text: str, indent: int) -> bool:
    """Whether a line carries on the paragraph or item above it (`previous` is its last line so far).

    A question ends its paragraph (the answer follows); an item ends at a full stop unless the next
    line is indented under it; a paragraph goes on where the next line starts in lower case or the
    line before was long (a wrapped sentence).
    """
    if previous.endswith("?") or (current.kind is Kind.ITEM and previous.endswith(TERMINAL)):
        return False
    if current.kind is Kind.ITEM and indent >= 2:
        return True
    if previous.endswith(TERMINAL):
        return False
    return text[:1].islower() or len(previous) >= 60


def code_text(lines: list[str]) -> str:
    return textwrap.dedent("\n".join(lines)).strip("\n")


CODE_INDENT = 4
_CODE_LINE = re.compile(
    r"[(){}\[\]=;]|^\s*(?:def|class|import|from|return|if|elif|else|for|while|try|except|finally|with|print|const|"
    r"let|var|func|fn|select|insert|update|delete)\b|^\s*[@#$]",
    re.IGNORECASE,
)


def indent_of(raw: str) -> int:
    expanded = raw.expandtabs(4)
    return len(expanded) - len(expanded.lstrip())


def code_line(raw: str, context: int) -> bool:
    """Whether a line indented under text at `context` reads as code: brackets, an assignment, a keyword first
    ("def add(item):", "SELECT *") — a question collection pasted as text keeps its examples that way."""
    return indent_of(raw) >= CODE_INDENT > context and bool(_CODE_LINE.search(raw))


# ---------------------------------------------------------------- HTML

_HTML_KINDS = {"li": Kind.ITEM, "tr": Kind.ROW, "summary": Kind.SUMMARY, "end": Kind.BREAK, "pre": Kind.CODE}


def _html_blocks(lines: Iterable[Line]) -> Iterable[Block]:
    for line in lines:
        if line.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            yield Block(Kind.HEADING, line.text, line.number, level=int(line.tag[1]))
            continue
        kind = _HTML_KINDS.get(line.tag, Kind.TEXT)
        text = line.text
        bullet = BULLET.match(text) if kind is Kind.TEXT else None
        if bullet:  # "• Design the API" typed into a paragraph
            kind, text = Kind.ITEM, bullet.group(3)
        indent = 2 if kind is Kind.TEXT and line.depth else 0
        yield Block(
            kind,
            text,
            line.number,
            level=line.depth,
            link=line.link,
            cells=line.cells,
            header=line.header,
            indent=indent,
            strong=line.strong,
        )


# ---------------------------------------------------------------- guessing plain-text structure

_WORD = re.compile(r"[^\W\d_][\w'’.+#/-]*")
_SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "for",
        "to",
        "in",
        "on",
        "with",
        "at",
        "by",
        "&",
        "vs",
        "as",
        "from",
        "into",
        "your",
        "our",
        "you",
        "we",
    }
)


def _short_line(block: Block) -> bool:
    text = block.text
    return (
        block.kind is Kind.TEXT
        and block.lines == 1
        and not text.endswith(("?", ".", ",", ";", "!"))
        and len(text) <= 60
        and len(text.split()) <= 6
    )


def _short_runs_to_items(found: list[Block]) -> None:
    """Three or more short lines in a row with no blank between them are a list without bullets."""
    index = 0
    while index < len(found):
        end = index
        while end < len(found) and _short_line(found[end]) and (end == index or not found[end].gap):
            end += 1
        if end - index >= 3:
            first = found[index]
            start = index
            if first.text.endswith(":") or classify_heading(first.text).kind is not SectionKind.OTHER:
                start += 1
            for block in found[start:end]:
                block.kind = Kind.ITEM
        index = max(end, index + 1)


def title_case(text: str) -> bool:
    words = [word for word in _WORD.findall(text) if word.lower() not in _SMALL_WORDS]
    if not words or not words[0][:1].isupper():
        return False
    capitalised = sum(1 for word in words if word[:1].isupper())
    return capitalised * 3 >= len(words) * 2


def uppercase(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    if len(letters) < 3:
        return False
    upper = sum(1 for char in letters if char.isupper())
    return upper * 10 >= len(letters) * 9


BARE_LABELS = frozenset({"q", "a", "question", "answer"})
"""Words that only mark a question or an answer ("Q:", "Answer:"), with nothing of their own."""
_LONE_LABELS = BARE_LABELS | {"answers", "questions"}


def guessable(block: Block) -> bool:
    """A line `_guess_headings` may take for a heading, by the block alone: one short line of text, not a
    sentence, not a question (it asks `classify_heading` about each; Markdown workers classify them ahead)."""
    if block.kind is not Kind.TEXT or block.lines != 1 or block.indent or block.link:
        return False
    text = block.text
    if len(text.split()) > MAX_HEADING_WORDS or len(text) > 120 or text.endswith((".", ",", ";", "!")):
        return False
    return not (text.endswith("?") and not uppercase(text))


def _lists_under(previous: Block | None) -> bool:
    """Whether the line straight above heads a list ("Qualifications" / "3+ years of ..."): the line is its
    first item, not a heading of its own, though it reads like one."""
    return (
        previous is not None
        and previous.kind is Kind.HEADING
        and classify_heading(previous.text).kind in _LISTING_KINDS
    )


def _apart(previous: Block | None) -> bool:
    """Whether a title-case line stands apart: a gap above it, or a heading straight above it. In the middle of
    lines copied from a list ("Familiarity with RESTful API design") it is an item."""
    return previous is None or previous.kind is Kind.HEADING


_LISTING_KINDS = frozenset({SectionKind.RESPONSIBILITIES, SectionKind.QUALIFICATIONS, SectionKind.SKILLS})


def _guess_headings(found: list[Block], *, html: bool) -> None:
    marked = any(block.kind is Kind.HEADING for block in found)  # the document writes its own headings
    asked = False  # the last heading is a question: its lines are the answer ("At minimum:" before a list)
    for index, block in enumerate(found):
        if block.kind is Kind.HEADING:
            asked = block.text.rstrip().endswith("?")
        if not guessable(block):
            continue
        text = block.text
        words = text.split()
        following = found[index + 1] if index + 1 < len(found) else None
        if following is None:
            continue
        first = index == 0 and not html
        known = classify_heading(text).kind is not SectionKind.OTHER
        if not known and is_skill_name(text):
            continue
        colon = text.endswith(":") and ": " not in text[:-1] and len(words) <= 8
        if colon and text[:-1].strip().lower() in _LONE_LABELS:
            continue  # "A:" alone on its line: the answer follows it, it is not a section
        if colon and marked and not known and (asked or not (title_case(text) or len(words) <= 3)):
            colon = False  # "The standard defines four levels:" leads into a list in a document with headings
        shouting = uppercase(text) and (len(words) >= 2 or known)
        if ": " in text[:-1] and not shouting:
            continue  # "Tools: Jira, Confluence, dbt", "Location: Berlin": a labelled line, not a heading
        if html:
            heading = shouting or colon or (known and len(words) <= 6) or (block.strong and len(words) <= 10)
        else:
            previous = found[index - 1] if index and not block.gap else None  # the line straight above it
            heading = (
                shouting
                or colon
                or (known and len(words) <= 8 and not _lists_under(previous))
                or first
                or (": " not in text and len(words) <= 10 and title_case(text) and _apart(previous))
            )
        if heading:
            block.kind = Kind.HEADING
            block.level = 0
