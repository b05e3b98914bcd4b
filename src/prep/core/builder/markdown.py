"""Markdown → blocks with markdown-it-py (CommonMark, tables, front matter); its tokens carry source lines.

What prep adds on top of the parser:
- a paragraph is split where a line does not carry on the one before (`blocks.continues`): FAQ
  pages and question collections often put a question and its answer on consecutive lines;
- `<details>` / `<summary>` (how question collections hide answers) become a SUMMARY block, the
  answer blocks, and a BREAK;
- inline markup is read by `inline.py`: `code` kept in backticks (with its `<placeholder>`s), link
  text, and `<things>` that are not HTML tags; a thematic break (`---`) is a BREAK;
- a `title:` in front matter is the document's title, and a `company:` a META block;
- a long document is parsed in pieces that start where CommonMark starts a new block anyway
  (`chunks`), so the parser's tokens for a 10 MB document never all exist at once.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from prep.core.builder import workers
from prep.core.builder.blocks import CODE_INDENT, Block, Kind, code_line, code_text, continues, guessable, indent_of
from prep.core.builder.headings import Heading, classified_ahead, classify_heading
from prep.core.builder.inline import Inline, render, tag_text
from prep.core.builder.lines import Line

_SUMMARY = re.compile(r"<summary[^<>]{0,200}>(.{0,500}?)</summary>", re.IGNORECASE | re.DOTALL)
_DETAILS_END = re.compile(r"</details\s*>", re.IGNORECASE)
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]{0,30})(?:\s[^<>]{0,500})?/?>")
_ANSWER_LABEL = re.compile(
    r"^(?:show |see |view |reveal |click (?:here )?(?:to|for) )?(?:the )?"
    r"(?:answers?|solutions?|explanations?|hints?|details|more|expand)\b.{0,20}$",
    re.IGNORECASE,
)
_UNDERLINE = re.compile(r"^(?:=+|-{2,}|(?:\* ?){3,}|(?:_ ?){3,})$")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_HIDDEN = re.compile(r"\s*<(?:script|style|noscript|template|svg|nav|form)\b", re.IGNORECASE)
"""HTML blocks whose text is not part of the document."""
_FRONT_FIELD = re.compile(r"^(title|company):[ \t]*(.+?)[ \t]*$", re.MULTILINE | re.IGNORECASE)
_SIGNS = re.compile(r"^ {0,3}(?:#{1,6} |```|~~~)|\*\*\S|\]\(|<details", re.MULTILINE)
"""What only Markdown writes: ATX headings, code fences, bold, links, <details>."""
CHUNK_LINES = 2000
"""The parser reads a long document in pieces of about this many lines, so its tokens never all exist at once."""
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_RAW_HTML = re.compile(r"^ {0,3}<(?:(script|pre|style|textarea)(?=[\s>]|$)|(!--)|(\?)|(!\[CDATA\[)|(![A-Za-z]))", re.I)
_RAW_HTML_ENDS = ("", "</{}>", "-->", "?>", "]]>", ">")
"""What ends each kind of raw HTML block `_RAW_HTML` opens (CommonMark's HTML blocks 1 to 5)."""
_NEW_BLOCK = re.compile(r"^(?:#{1,6}(?:[ \t]|$)|[^\W\d_])")
"""A line at the left margin that starts a heading or a paragraph, never a list item, quote or table row."""
_PARSER: Any = None


def _parser() -> Any:
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.front_matter import front_matter_plugin

        # Rules prep does without, for speed (markdown-it-py tries every block rule on every line):
        # indented code (postings indent prose), link reference definitions, thematic breaks and
        # setext underlines (both read below, as the plain-text reader reads them), and the whole
        # inline parser (`inline.py` reads what prep keeps of inline text, at a fraction of the cost).
        parser = MarkdownIt("commonmark", {"html": True}).enable("table").use(front_matter_plugin)
        _PARSER = parser.disable(["code", "reference", "hr", "lheading", "inline"])
    return _PARSER


def looks_like_markdown(lines: Sequence[Line]) -> bool:
    """Whether a text file is written in Markdown (a question collection saved as .txt, say)."""
    return any(_SIGNS.search(line.text) for line in lines[:2000])


def markdown_blocks(lines: Sequence[Line], chunk_lines: int = CHUNK_LINES) -> list[Block]:
    pieces = chunks(lines, chunk_lines)
    if len(pieces) >= PARALLEL_PIECES and workers.count() > 1:
        return _read_in_workers(lines, pieces)
    reader = _Reader(lines)
    for piece in pieces:
        reader.read(piece)
    return reader.out


PARALLEL_PIECES = 8
"""A document of this many pieces or more is parsed by forked workers (`workers.py`), piece by piece."""
_forked_lines: Sequence[Line] = ()
"""The lines of the document workers are being forked to parse."""


def _read_in_workers(lines: Sequence[Line], pieces: list[tuple[int, int]]) -> list[Block]:
    """The blocks of each piece as workers read them from a fresh reader; a piece that starts where the reader
    is not fresh (an empty list item at the end of the piece before) is read again here, from there."""
    global _forked_lines
    _forked_lines = lines
    try:
        pool = workers.pool()
    finally:
        _forked_lines = ()
    with pool:
        read = pool.map(_read_piece, pieces, chunksize=1)
    classified_ahead({text: heading for _, _, headings in read for text, heading in headings.items()})
    reader = _Reader(lines)
    fresh = reader.state()
    for piece, (blocks, state, _) in zip(pieces, read, strict=True):
        if reader.state() == fresh:
            reader.out += blocks
            reader.restore(state)
        else:
            reader.read(piece)
    return reader.out


def _read_piece(piece: tuple[int, int]) -> tuple[list[Block], tuple[Any, ...], dict[str, Heading]]:
    """A piece's blocks, the reader's state after them, and its headings classified (the outline needs them), with
    the lines that could be headings (`_guess_headings` asks about them)."""
    reader = _Reader(_forked_lines)
    reader.read(piece)
    headings = {
        block.text: classify_heading(block.text)
        for block in reader.out
        if block.kind is Kind.HEADING or guessable(block)
    }
    return reader.out, reader.state(), headings


def chunks(lines: Sequence[Line], size: int = CHUNK_LINES) -> list[tuple[int, int]]:
    """(start, end) line ranges that parse the same apart as together: each starts at the left margin after a
    blank line or with a heading, outside code fences, raw HTML and front matter, and runs at least `size` lines."""
    found = []
    start = 0
    fence = ""
    raw_end = ""
    index = _front_matter_end(lines)
    while index < len(lines):
        text = lines[index].text
        if fence:
            if (
                text.lstrip(" ").startswith(fence)
                and not text.strip().strip(fence[0])
                and len(text) - len(text.lstrip(" ")) <= 3
            ):
                fence = ""
        elif raw_end:
            if raw_end in text.lower():
                raw_end = ""
        elif (
            index - start >= size
            and _NEW_BLOCK.match(text)
            and (text.startswith("#") or not lines[index - 1].text.strip())
        ):
            found.append((start, index))
            start = index
        if not fence and not raw_end:
            opening = _FENCE.match(text)
            if opening:
                fence = opening.group(1)
            else:
                raw = _RAW_HTML.match(text)
                if raw:
                    raw_end = _RAW_HTML_ENDS[raw.lastindex or 0].format((raw.group(1) or "").lower())
                    if raw_end in text.lower()[raw.end() :]:
                        raw_end = ""
        index += 1
    found.append((start, len(lines)))
    return found


def _front_matter_end(lines: Sequence[Line]) -> int:
    if not lines or lines[0].text.rstrip() != "---":
        return 0
    for index in range(1, len(lines)):
        if lines[index].text.rstrip() in ("---", "..."):
            return index + 1
    return len(lines)


class _Reader:
    """Turns the token stream into blocks, tracking lists and tables."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.offset = 0
        """Where the piece of the document being parsed starts (its tokens count lines from there)."""
        self.out: list[Block] = []
        self.lists: list[bool] = []
        """Open lists, innermost last: whether each is numbered."""
        self.item_open = False
        """A list item has started and its first paragraph is still to come."""
        self.heading = 0
        self.cell_kind = ""
        self.cells: list[str] = []
        self.header_row = False
        self.row_line = 0
        self.text_indent = 0
        """How far the last paragraph of text was indented: code is indented further than its text."""
        self.last_code: Block | None = None
        self.last_code_lines: list[str] = []

    def read(self, piece: tuple[int, int]) -> None:
        start, end = piece
        self.offset = start
        for token in _parser().parse("\n".join(line.text for line in self.lines[start:end])):
            self.token(token)

    def state(self) -> tuple[Any, ...]:
        """What the reader carries from one token to the next (besides the blocks it made)."""
        return (
            list(self.lists),
            self.item_open,
            self.heading,
            self.cell_kind,
            list(self.cells),
            self.header_row,
            self.row_line,
        )

    def restore(self, state: tuple[Any, ...]) -> None:
        lists, self.item_open, self.heading, self.cell_kind, cells, self.header_row, self.row_line = state
        self.lists, self.cells = list(lists), list(cells)

    def number(self, line: int) -> int:
        """The 1-based source line of a 0-based line of the document."""
        return self.lines[min(line, len(self.lines) - 1)].number if self.lines else line + 1

    def gap_before(self, line: int) -> bool:
        return line == 0 or not self.lines[line - 1].text.strip()

    def first_line(self, token: Any) -> int:
        return (token.map[0] if token.map else 0) + self.offset

    def token(self, token: Any) -> None:
        kind = token.type
        if kind == "front_matter":
            self.front_matter(token)
        elif kind == "heading_open":
            self.heading = int(token.tag[1])
        elif kind == "inline":
            self.inline(token)
        elif kind in ("bullet_list_open", "ordered_list_open"):
            self.lists.append(kind == "ordered_list_open")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
        elif kind == "list_item_open":
            self.item_open = True
        elif kind in ("fence", "code_block"):
            text = code_text(token.content.split("\n"))
            if text:
                line = self.first_line(token)
                self.add(Block(Kind.CODE, text, self.number(line), cells=(token.info.strip(),)), line)
        elif kind == "html_block":
            self.html(token)
        elif kind == "tr_open":
            self.cells, self.header_row = [], False
            self.row_line = self.first_line(token)
        elif kind in ("th_open", "td_open"):
            self.cell_kind = kind
            self.header_row = kind == "th_open"
        elif kind == "tr_close":
            self.row(token)

    def add(self, block: Block, line: int) -> None:
        block.gap = self.gap_before(line)
        self.out.append(block)

    def front_matter(self, token: Any) -> None:
        first = self.first_line(token)
        for field, value, offset in _front_matter_fields(token.content):
            line = self.number(first + offset)
            if field == "title":
                self.add(Block(Kind.HEADING, value, line, level=1), 0)
            else:
                self.add(Block(Kind.META, value, line, cells=(field,)), 0)

    def inline(self, token: Any) -> None:
        first = self.first_line(token)
        rendered = render(token.content)
        if self.heading:
            text = " ".join(" ".join(line.text for line in rendered.lines).split())
            if text:
                self.add(Block(Kind.HEADING, text, self.number(first), level=self.heading), first)
            self.heading = 0
            self.item_open = False  # "1. ### What is Node.js?": a numbered heading, not an item
            return
        if self.cell_kind:
            self.cells.append(" ".join(" ".join(line.text for line in rendered.lines).split()))
            self.cell_kind = ""
            return
        self.paragraph(rendered, first)

    def paragraph(self, rendered: Inline, first: int) -> None:
        """One paragraph's lines as blocks: an item's text, or text blocks, split where a line does not go on."""
        in_item = bool(self.lists)
        current: Block | None = None
        parts: list[str] = []
        code: list[str] = []
        context = min(indent_of(self.raw(first)), self.text_indent)  # code sits deeper than the text around it
        for offset, piece in enumerate(rendered.lines):
            text = " ".join(piece.text.split())
            if not text:
                continue
            line = first + offset
            raw = self.raw(line)
            if not in_item and ((code and indent_of(raw) >= CODE_INDENT) or code_line(raw, context)):
                if not code and offset == 0 and self.out and self.out[-1] is self.last_code:
                    self.out.pop()
                    code = [*self.last_code_lines, ""]  # code that a blank line split in two
                if current is not None and len(parts) > 1:
                    current.text = " ".join(parts)
                current, parts = None, []
                code.append(raw)
                continue
            if code:
                self.add_code(code, line - len(code))
                code = []
            underline = _UNDERLINE.match(text)
            if underline:  # "Title" over "=====": a heading; "---" alone: a rule, which ends what came before
                if current is not None and current.kind is Kind.TEXT and len(parts) == 1 and not in_item:
                    current.kind = Kind.HEADING
                    current.level = 1 if text.startswith("=") else 2
                elif not text.startswith("="):
                    self.add(Block(Kind.BREAK, "", self.number(line)), line)
                current, parts = None, []
                continue
            if current is not None and continues(current, parts[-1], text, 2 if in_item else 0):
                parts.append(text)
                current.lines += 1
                continue
            if current is not None and len(parts) > 1:
                current.text = " ".join(parts)
            lead = rendered.leads.get(offset, 0)
            if self.item_open:
                depth = len(self.lists) - 1
                current = Block(
                    Kind.ITEM, text, self.number(line), level=depth, numbered=self.lists[-1], link=piece.link
                )
                self.item_open = False
            else:
                current = Block(Kind.TEXT, text, self.number(line), link=piece.link, indent=2 if in_item else 0)
                self.text_indent = indent_of(raw)
            current.bold_lead = lead
            parts = [text]
            self.add(current, line)
        if current is not None and len(parts) > 1:
            current.text = " ".join(parts)
        if code:
            self.add_code(code, first + len(rendered.lines) - len(code))

    def add_code(self, lines: list[str], line: int) -> None:
        """Code indented under a paragraph's text (Markdown read it as part of the paragraph)."""
        self.last_code = Block(Kind.CODE, code_text(lines), self.number(line), cells=("",))
        self.last_code_lines = lines
        self.add(self.last_code, line)

    def raw(self, line: int) -> str:
        """A 0-based line of the document as written (indentation kept)."""
        return self.lines[line].text if 0 <= line < len(self.lines) else ""

    def html(self, token: Any) -> None:
        """`<summary>Question</summary>` and `</details>`; the text of other HTML blocks is kept."""
        line = self.first_line(token)
        content = _COMMENT.sub(" ", token.content)
        if _HIDDEN.match(content):
            return
        summary = _SUMMARY.search(content)
        if summary:
            text = html_text(summary.group(1))
            if text and not _ANSWER_LABEL.match(text):
                at = line + content[: summary.start()].count("\n")
                self.add(Block(Kind.SUMMARY, text, self.number(at)), at)
            content = _SUMMARY.sub(" ", content)
        ended = _DETAILS_END.search(content)
        rest = html_text(content)
        if rest:
            self.add(Block(Kind.TEXT, rest, self.number(line)), line)
        if ended:
            self.add(Block(Kind.BREAK, "", self.number(line)), line)

    def row(self, _token: Any) -> None:
        cells = tuple(self.cells)
        if any(cells):
            line = self.row_line
            block = Block(Kind.ROW, " | ".join(cell for cell in cells if cell), self.number(line), cells=cells)
            block.header = self.header_row
            self.add(block, line)
        self.cells = []


def html_text(markup: str) -> str:
    """The text of an HTML fragment on one line: `<code>` as backticks, other HTML tags as spaces,
    `<placeholders>` and entities as what they stand for."""
    text = _TAG.sub(lambda match: tag_text(match.group(), match.group(1)) or " ", markup)
    return " ".join(html.unescape(text).split())


def _front_matter_fields(content: str) -> list[tuple[str, str, int]]:
    """(field, value, line offset) for the front-matter fields prep reads: `title:` and `company:`."""
    found = []
    for match in _FRONT_FIELD.finditer(content):
        value = match.group(2).strip().strip("\"'").strip()
        if value:
            found.append((match.group(1).lower(), value, content[: match.start()].count("\n") + 1))
    return found
