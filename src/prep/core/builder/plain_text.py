"""Plain text → blocks: prep's reading of text copied out of web pages, one pass over the lines.

Job boards lose their markup when copied: bullets become `•` or a `-` alone on its line with the
text on the next, headings become short lines, underlines or UPPERCASE, and paragraphs wrap at
random. The reader keeps a paragraph or item open while the next line carries it on (see
`blocks.continues`), so questions and their answers, and wrapped sentences, come out whole.
Text that looks like Markdown is read by `markdown.py` instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from prep.core.builder.blocks import (
    BULLET,
    BULLETS,
    CODE_INDENT,
    Block,
    Kind,
    code_line,
    code_text,
    continues,
    indent_of,
)
from prep.core.builder.lines import Line

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-{2,})[ \t]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_MARKER_ALONE = re.compile(rf"^[ \t]*(?:([{re.escape(BULLETS)}])|(\d{{1,3}})[.)]?)[ \t]*$")
_NUMBERED = re.compile(r"^([ \t]*)(\d{1,3})[.)][ \t]+(\S.*)$")
_TABLE = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_QUOTE = re.compile(r"^(?:[ \t]*>)+[ \t]?")


def _words(text: str) -> str:
    return " ".join(text.split())


class _TextReader:
    """The state of one pass over a text document's lines."""

    def __init__(self) -> None:
        self.out: list[Block] = []
        self.current: Block | None = None
        """The paragraph or item that a following line may continue."""
        self.pieces: list[str] = []
        """The lines of `current` so far (joined once, when it ends: joining line by line is quadratic)."""
        self.numbers: list[int] = []
        """The line number of each of `pieces`."""
        self.gap = True
        self.marker: tuple[bool, int] | None = None
        """A bullet alone on its line: (numbered, indent); the next line is its text."""
        self.code: list[str] | None = None
        """The lines of a code block indented under the text above it, while it lasts."""
        self.code_line = 0
        self.indent = 0
        """How far the last line of text was indented: code is indented further than its context."""

    def add(self, block: Block) -> Block:
        self.end_current()
        block.gap = self.gap
        self.out.append(block)
        self.gap = False
        if block.kind in (Kind.TEXT, Kind.ITEM):
            self.current, self.pieces, self.numbers = block, [block.text], [block.line]
        return block

    def blank(self) -> None:
        self.end_current()
        self.gap = True

    def end_current(self) -> None:
        if self.current is not None and len(self.pieces) > 1:
            self.current.text = " ".join(self.pieces)
            self.current.parts = tuple(zip(self.numbers, self.pieces, strict=True))
        self.current, self.pieces, self.numbers = None, [], []

    def read(self, line: Line) -> None:
        raw = line.text
        if self.code is not None:
            if not raw.strip() or indent_of(raw) >= CODE_INDENT:
                self.code.append(raw)
                return
            self.end_code()
        if not raw.strip():
            self.blank()
            return
        indent = indent_of(raw)
        if self.out and code_line(raw, self.indent) and not BULLET.match(raw):
            self.end_current()
            self.code, self.code_line = [raw], line.number
            return
        self.indent = indent
        raw = _QUOTE.sub("", raw) if raw.lstrip().startswith(">") else raw
        if self.marker is not None:
            numbered, indent = self.marker
            self.marker = None
            text = _words(raw)
            if text:
                self.add(Block(Kind.ITEM, text, line.number, level=indent // 2, numbered=numbered))
            return
        self.structure(raw, line.number)

    def structure(self, raw: str, number: int) -> None:
        atx = _ATX.match(raw)
        if atx:
            text = _words(atx.group(2))
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
            self.marker = (alone.group(2) is not None, len(raw) - len(raw.lstrip()))
            return
        if _TABLE.match(raw):
            self.table_row(raw, number)
            return
        item = BULLET.match(raw) or _NUMBERED.match(raw)
        if item and _ATX.match(item.group(3)):  # "1. ### What is Node.js?": a numbered heading
            self.structure(item.group(3), number)
            return
        if item:
            text = _words(item.group(3))
            numbered = item.group(2).isdigit()
            level = len(item.group(1).expandtabs(4)) // 2
            self.add(Block(Kind.ITEM, text, number, level=level, numbered=numbered))
            return
        self.text(raw, number)

    def end_code(self) -> None:
        """The code block read so far, dedented, as one block (blank lines inside it kept)."""
        lines, self.code = self.code or [], None
        text = code_text([line.expandtabs(4) for line in lines])
        if text:
            self.add(Block(Kind.CODE, text, self.code_line, cells=("",)))
            self.current = None
        self.gap = True

    def table_row(self, raw: str, number: int) -> None:
        previous = self.out[-1] if self.out else None
        if _TABLE_RULE.match(raw):
            if previous is not None and previous.kind is Kind.ROW:
                previous.header = True
            return
        cells = tuple(_words(cell) for cell in raw.strip().strip("|").split("|"))
        if any(cells):
            self.add(Block(Kind.ROW, " | ".join(cell for cell in cells if cell), number, cells=cells))

    def text(self, raw: str, number: int) -> None:
        text = _words(raw)
        indent = len(raw) - len(raw.lstrip())
        current = self.current
        if current is not None and not self.gap and continues(current, self.pieces[-1], text, indent):
            self.pieces.append(text)
            self.numbers.append(number)
            current.lines += 1
            return
        self.add(Block(Kind.TEXT, text, number, indent=indent))


def text_blocks(lines: Sequence[Line]) -> list[Block]:
    reader = _TextReader()
    for line in lines:
        reader.read(line)
    if reader.code is not None:
        reader.end_code()
    reader.end_current()
    return reader.out
