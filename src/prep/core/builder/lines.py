"""A document's text as numbered lines: the shape every reader (plain text, Markdown, HTML) starts from."""

from __future__ import annotations

from dataclasses import dataclass

from prep.core.text import without_controls

MAX_LINE_CHARS = 20_000
"""Longer lines are cut: no sentence worth a card is this long, and it bounds the work per line."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a document, or one block element of an HTML page."""

    number: int
    """Line in the source file (1-based)."""
    text: str
    tag: str = ""
    """What HTML said the line was (`h1`..`h6`, `li`, `tr`, `summary`, `end`, `p`); empty for text."""
    depth: int = 0
    """Nesting of HTML lists (0 = top level)."""
    link: bool = False
    """All of the line's text was inside links (navigation, tables of contents)."""
    strong: bool = False
    """All of the line's text was bold (HTML pages often use bold paragraphs as headings)."""
    cells: tuple[str, ...] = ()
    """Cells of a table row."""
    header: bool = False
    """A table row made of header cells."""


_NEWLINES = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"})
_SPACES = str.maketrans(dict.fromkeys((9, 11, 12, 13, 133, 160), " "))


def clean(text: str) -> str:
    """`text` without control or invisible formatting characters; tabs and no-break spaces become spaces."""
    return without_controls(text.translate(_SPACES))


def text_lines(text: str) -> tuple[Line, ...]:
    """Plain text or Markdown: one `Line` per source line, cleaned."""
    text = text.replace("\r\n", "\n").translate(_NEWLINES)
    raw = text.split("\n")
    if max(map(len, raw)) <= MAX_LINE_CHARS:  # no line is cut: clean them all at once (cleaning keeps newlines)
        raw = clean(text).split("\n")
        return tuple(Line(number, line.rstrip()) for number, line in enumerate(raw, start=1))
    return tuple(Line(number, clean(line[:MAX_LINE_CHARS]).rstrip()) for number, line in enumerate(raw, start=1))
