"""Lines → blocks: headings, paragraphs, list items, table rows and the like, in document order.

Plain text and Markdown are read with one pass over the lines (no backtracking regexes, no
recursion): `#` and underlined headings, bullets (`•`, `-`, `*`, numbers, and a bullet alone on its
line with the text on the next), `|` tables, fenced code, `>` quotes, and the `<details>` /
`<summary>` blocks that Markdown question collections use. Plain-text headings are guessed
afterwards: UPPERCASE lines, short title-case lines followed by content, known section names, and
short lines ending in a colon. HTML arrives already tagged (see `documents.py`).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from prep.core.builder.documents import Document, Line
from prep.core.builder.headings import SectionKind, classify_heading
from prep.core.builder.skills import is_skill_name

MAX_HEADING_WORDS = 12


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
    strong: bool = False


def blocks_of(document: Document) -> list[Block]:
    if document.format == "html":
        found = list(_html_blocks(document.lines))
        _guess_headings(found, html=True)
    else:
        found = _text_blocks(document.lines)
        _short_runs_to_items(found)
        _guess_headings(found, html=False)
    return found


# ---------------------------------------------------------------- HTML

_HTML_KINDS = {"li": Kind.ITEM, "tr": Kind.ROW, "summary": Kind.SUMMARY, "end": Kind.BREAK, "pre": Kind.CODE}


def _html_blocks(lines: Iterable[Line]) -> Iterable[Block]:
    for line in lines:
        if line.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            yield Block(Kind.HEADING, line.text, line.number, level=int(line.tag[1]))
            continue
        kind = _HTML_KINDS.get(line.tag, Kind.TEXT)
        text = line.text
        bullet = _BULLET.match(text) if kind is Kind.TEXT else None
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


# ---------------------------------------------------------------- plain text and Markdown

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-{2,})[ \t]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_BULLETS = "-*+•·▪◦●○■□➢➤►▸‣⁃✓✔–—"
_MARKER_ALONE = re.compile(rf"^[ \t]*(?:([{re.escape(_BULLETS)}])|(\d{{1,3}})[.)]?)[ \t]*$")
_BULLET = re.compile(rf"^([ \t]*)([{re.escape(_BULLETS)}])[ \t]+(?:\[[ xX]\][ \t]+)?(\S.*)$")
_NUMBERED = re.compile(r"^([ \t]*)(\d{1,3})[.)][ \t]+(\S.*)$")
_TABLE = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_QUOTE = re.compile(r"^(?:[ \t]*>)+[ \t]?")
_FENCE = re.compile(r"^[ \t]{0,3}(```+|~~~+)")
_SUMMARY = re.compile(r"<summary[^<>]{0,200}>(.{0,500}?)</summary>", re.IGNORECASE)
_DETAILS_END = re.compile(r"</details\s*>", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?-->")
_ANSWER_LABEL = re.compile(
    r"^(?:show |see |view |reveal |click (?:here )?(?:to|for) )?(?:the )?"
    r"(?:answers?|solutions?|explanations?|hints?|details|more|expand)\b.{0,20}$",
    re.IGNORECASE,
)
_TERMINAL = (".", "!", "?", ":", ";")

# Inline Markdown: each pattern is linear (bounded, non-overlapping character classes).
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^()\s]{0,500}(?:\s+\"[^\"]{0,200}\")?\)")
_LINK = re.compile(r"\[([^\[\]\n]{0,300})\]\([^()\s]{0,500}(?:\s+\"[^\"]{0,200}\")?\)")
_REF_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\[[^\[\]\n]{0,100}\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,500})>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,500})?/?>")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)|(?<=\S)_(?![\w_])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_SPACES = re.compile(r"[ \t]+")


_MARKUP = re.compile(r"[\[<*_`\\!]")


def inline(text: str) -> tuple[str, bool]:
    """Markdown inline syntax removed; and whether the text was nothing but one or more links."""
    if not _MARKUP.search(text):
        return " ".join(text.split()), False
    bare = _SPACES.sub(" ", _HTML_TAG.sub("", _IMAGE.sub("", text))).strip()
    without_links = _LINK.sub("", _REF_LINK.sub("", _AUTOLINK.sub("", bare)))
    link = bool(bare) and not without_links.strip(" *_`-|·•,;:/") and bare != without_links
    text = _AUTOLINK.sub(r"\1", bare)
    text = _REF_LINK.sub(r"\1", _LINK.sub(r"\1", text))
    text = text.replace("**", "").replace("__", "").replace("`", "")
    text = _EMPHASIS.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip(), link


class _TextReader:
    """The state of one pass over a text document's lines."""

    def __init__(self) -> None:
        self.out: list[Block] = []
        self.current: Block | None = None
        """The paragraph or item that a following line may continue."""
        self.pieces: list[str] = []
        """The lines of `current` so far (joined once, when it ends: joining line by line is quadratic)."""
        self.gap = True
        self.marker: tuple[int, bool, int] | None = None
        """A bullet alone on its line: (line, numbered, indent); the next line is its text."""
        self.fence: str | None = None
        self.code: list[str] = []
        self.code_line = 0
        self.in_comment = False

    def add(self, block: Block) -> Block:
        self.end_current()
        block.gap = self.gap
        self.out.append(block)
        self.gap = False
        if block.kind in (Kind.TEXT, Kind.ITEM):
            self.current, self.pieces = block, [block.text]
        return block

    def blank(self) -> None:
        self.end_current()
        self.gap = True

    def end_current(self) -> None:
        if self.current is not None and len(self.pieces) > 1:
            self.current.text = " ".join(self.pieces)
        self.current, self.pieces = None, []

    def read(self, line: Line) -> None:
        raw = line.text
        if self.fence is not None:
            if raw.strip().startswith(self.fence):
                self.add(Block(Kind.CODE, _code(self.code), self.code_line))
                self.fence = None
            else:
                self.code.append(raw)
            return
        raw = self.uncomment(raw)
        if raw is None:
            return
        if not raw.strip():
            self.blank()
            return
        fence = _FENCE.match(raw)
        if fence:
            self.fence, self.code, self.code_line = fence.group(1)[:3], [], line.number
            return
        raw = _QUOTE.sub("", raw) if raw.lstrip().startswith(">") else raw
        if "<" in raw and self.html_bits(raw, line.number):
            return
        if self.marker is not None:
            _line, numbered, indent = self.marker
            self.marker = None
            text, link = inline(raw)
            if text:
                self.add(Block(Kind.ITEM, text, line.number, level=indent // 2, numbered=numbered, link=link))
            return
        self.structure(raw, line.number)

    def uncomment(self, raw: str) -> str | None:
        if self.in_comment:
            end = raw.find("-->")
            if end < 0:
                return None
            self.in_comment = False
            raw = raw[end + 3 :]
        if "<!--" in raw:
            raw = _COMMENT.sub("", raw)
            start = raw.find("<!--")
            if start >= 0:
                self.in_comment = True
                raw = raw[:start]
        return raw

    def html_bits(self, raw: str, number: int) -> bool:
        """`<summary>` and `</details>` inside Markdown; True when the line held nothing else."""
        summary = _SUMMARY.search(raw)
        ended = _DETAILS_END.search(raw)
        if not summary and not ended:
            return False
        if summary:
            text, _ = inline(summary.group(1))
            if text and not _ANSWER_LABEL.match(text):
                self.add(Block(Kind.SUMMARY, text, number))
        rest, _ = inline(_DETAILS_END.sub(" ", _SUMMARY.sub(" ", raw)))
        if rest:
            self.structure(rest, number)
        if ended:
            self.add(Block(Kind.BREAK, "", number))
        return True

    def structure(self, raw: str, number: int) -> None:
        atx = _ATX.match(raw)
        if atx:
            text, _ = inline(atx.group(2))
            if text:
                self.add(Block(Kind.HEADING, text, number, level=len(atx.group(1))))
            else:
                self.blank()
            return
        current = self.current
        if _SETEXT.match(raw) and current is not None and current.kind is Kind.TEXT and current.lines == 1:
            current.kind = Kind.HEADING
            current.level = 1 if raw.strip().startswith("=") else 2
            self.blank()
            return
        if _RULE.match(raw):
            self.blank()
            return
        alone = _MARKER_ALONE.match(raw)
        if alone:
            indent = len(raw) - len(raw.lstrip())
            self.marker = (number, alone.group(2) is not None, indent)
            return
        if _TABLE.match(raw):
            self.table_row(raw, number)
            return
        item = _BULLET.match(raw) or _NUMBERED.match(raw)
        if item and _ATX.match(item.group(3)):  # "1. ### What is Node.js?": a numbered heading
            self.structure(item.group(3), number)
            return
        if item:
            text, link = inline(item.group(3))
            if text:
                numbered = item.group(2).isdigit()
                self.add(
                    Block(
                        Kind.ITEM,
                        text,
                        number,
                        level=len(item.group(1).expandtabs(4)) // 2,
                        numbered=numbered,
                        link=link,
                    )
                )
            return
        self.text(raw, number)

    def table_row(self, raw: str, number: int) -> None:
        previous = self.out[-1] if self.out else None
        if _TABLE_RULE.match(raw):
            if previous is not None and previous.kind is Kind.ROW:
                previous.header = True
            return
        cells = tuple(inline(cell)[0] for cell in raw.strip().strip("|").split("|"))
        if any(cells):
            self.add(Block(Kind.ROW, " | ".join(cell for cell in cells if cell), number, cells=cells))

    def text(self, raw: str, number: int) -> None:
        text, link = inline(raw)
        if not text:
            return
        indent = len(raw) - len(raw.lstrip())
        current = self.current
        if current is not None and not self.gap and self._continues(current, self.pieces[-1], text, indent):
            self.pieces.append(text)
            current.lines += 1
            return
        self.add(Block(Kind.TEXT, text, number, link=link, indent=indent))

    @staticmethod
    def _continues(current: Block, previous: str, text: str, indent: int) -> bool:
        """Whether a line carries on the paragraph or item above it (`previous` is its last line so far)."""
        if previous.endswith("?") or (current.kind is Kind.ITEM and previous.endswith(_TERMINAL)):
            return False
        if current.kind is Kind.ITEM and indent >= 2:
            return True
        if previous.endswith(_TERMINAL):
            return False
        return text[:1].islower() or len(previous) >= 60


def _text_blocks(lines: Sequence[Line]) -> list[Block]:
    reader = _TextReader()
    for line in lines[_front_matter(lines) :]:
        reader.read(line)
    if reader.fence is not None and reader.code:
        reader.add(Block(Kind.CODE, _code(reader.code), reader.code_line))
    reader.end_current()
    return reader.out


def _code(lines: list[str]) -> str:
    return textwrap.dedent("\n".join(lines)).strip("\n")


def _front_matter(lines: Sequence[Line]) -> int:
    """How many lines a leading `---` ... `---` metadata block (Jekyll, Hugo) takes; 0 without one."""
    if not lines or lines[0].text.strip() != "---":
        return 0
    for index in range(1, min(len(lines), 60)):
        text = lines[index].text.strip()
        if text in ("---", "..."):
            return index + 1
        if text and ":" not in text and not text.startswith(("-", "#", " ")):
            return 0
    return 0


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


def _guess_headings(found: list[Block], *, html: bool) -> None:
    for index, block in enumerate(found):
        if block.kind is not Kind.TEXT or block.lines != 1 or block.indent or block.link:
            continue
        text = block.text
        words = text.split()
        if len(words) > MAX_HEADING_WORDS or len(text) > 120 or text.endswith((".", ",", ";", "!")):
            continue
        following = found[index + 1] if index + 1 < len(found) else None
        if following is None:
            continue
        first = index == 0 and not html
        if text.endswith("?") and not uppercase(text):
            continue
        known = classify_heading(text).kind is not SectionKind.OTHER
        if not known and is_skill_name(text):
            continue
        colon = text.endswith(":") and ": " not in text[:-1] and len(words) <= 8
        shouting = uppercase(text) and (len(words) >= 2 or known)
        if html:
            heading = shouting or colon or (known and len(words) <= 6) or (block.strong and len(words) <= 10)
        else:
            heading = (
                shouting
                or colon
                or (known and len(words) <= 8)
                or first
                or (": " not in text and len(words) <= 10 and title_case(text))
            )
        if heading:
            block.kind = Kind.HEADING
            block.level = 0
