"""Markdown → blocks with markdown-it-py (CommonMark, tables, front matter); its tokens carry source lines.

What prep adds on top of the parser:
- a paragraph is split where a line does not carry on the one before (`blocks.continues`): FAQ
  pages and question collections often put a question and its answer on consecutive lines;
- `<details>` / `<summary>` (how question collections hide answers) become a SUMMARY block, the
  answer blocks, and a BREAK;
- inline markup is dropped but what it holds is kept: `code` as written (with its `<placeholder>`s),
  link text, and `<things>` that are not HTML tags;
- a `title:` in front matter is the document's title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from prep.core.builder.blocks import Block, Kind, code_text, continues
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
_FRONT_TITLE = re.compile(r"^title:\s*(.+?)\s*$", re.MULTILINE)
_SIGNS = re.compile(r"^ {0,3}(?:#{1,6} |```|~~~)|\*\*\S|\]\(|<details", re.MULTILINE)
"""What only Markdown writes: ATX headings, code fences, bold, links, <details>."""
_LINK_PUNCTUATION = " *_`-|·•,;:/"
HTML_TAGS = frozenset(
    [
        "a",
        "abbr",
        "address",
        "area",
        "article",
        "aside",
        "b",
        "bdi",
        "bdo",
        "blockquote",
        "body",
        "br",
        "button",
        "caption",
        "center",
        "cite",
        "code",
        "col",
        "colgroup",
        "data",
        "dd",
        "del",
        "details",
        "dfn",
        "dialog",
        "div",
        "dl",
        "dt",
        "em",
        "embed",
        "fieldset",
        "figcaption",
        "figure",
        "font",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "i",
        "iframe",
        "img",
        "input",
        "ins",
        "kbd",
        "label",
        "legend",
        "li",
        "link",
        "main",
        "mark",
        "meta",
        "nav",
        "noscript",
        "object",
        "ol",
        "optgroup",
        "option",
        "output",
        "p",
        "picture",
        "pre",
        "q",
        "s",
        "samp",
        "script",
        "section",
        "select",
        "small",
        "source",
        "span",
        "strike",
        "strong",
        "style",
        "sub",
        "summary",
        "sup",
        "svg",
        "table",
        "tbody",
        "td",
        "template",
        "textarea",
        "tfoot",
        "th",
        "thead",
        "time",
        "title",
        "tr",
        "track",
        "tt",
        "u",
        "ul",
        "var",
        "video",
        "wbr",
    ]
)
"""Tags that are HTML; anything else in angle brackets (`<BRANCH>`, `<your-name>`) is text."""

_PARSER: Any = None


def _parser() -> Any:
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.front_matter import front_matter_plugin

        # Rules prep does without, for speed (markdown-it-py tries every block rule on every line):
        # indented code (postings indent prose), link reference definitions, thematic breaks and
        # setext underlines (both read below, as the plain-text reader reads them).
        parser = MarkdownIt("commonmark", {"html": True}).enable("table").use(front_matter_plugin)
        _PARSER = parser.disable(["code", "reference", "hr", "lheading"])
    return _PARSER


def looks_like_markdown(lines: Sequence[Line]) -> bool:
    """Whether a text file is written in Markdown (a question collection saved as .txt, say)."""
    return any(_SIGNS.search(line.text) for line in lines[:2000])


def markdown_blocks(lines: Sequence[Line]) -> list[Block]:
    reader = _Reader(lines)
    for token in _parser().parse("\n".join(line.text for line in lines)):
        reader.token(token)
    return reader.out


class _Reader:
    """Turns the token stream into blocks, tracking lists and tables."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
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

    def number(self, line: int) -> int:
        """The 1-based source line of a 0-based parser line."""
        return self.lines[min(line, len(self.lines) - 1)].number if self.lines else line + 1

    def gap_before(self, line: int) -> bool:
        return line == 0 or not self.lines[line - 1].text.strip()

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
                self.add(Block(Kind.CODE, text, self.number(token.map[0])), token.map[0])
        elif kind == "html_block":
            self.html(token)
        elif kind == "tr_open":
            self.cells, self.header_row = [], False
            self.row_line = token.map[0] if token.map else 0
        elif kind in ("th_open", "td_open"):
            self.cell_kind = kind
            self.header_row = kind == "th_open"
        elif kind == "tr_close":
            self.row(token)

    def add(self, block: Block, line: int) -> None:
        block.gap = self.gap_before(line)
        self.out.append(block)

    def front_matter(self, token: Any) -> None:
        title = _FRONT_TITLE.search(token.content)
        if title:
            text = title.group(1).strip("\"'").strip()
            if text:
                offset = token.content[: title.start()].count("\n") + 1
                self.add(Block(Kind.HEADING, text, self.number(token.map[0] + offset), level=1), 0)

    def inline(self, token: Any) -> None:
        first = token.map[0] if token.map else 0
        pieces = _lines_of(token.children or [])
        if self.heading:
            text = " ".join(piece for piece, _ in pieces).strip()
            if text:
                self.add(Block(Kind.HEADING, " ".join(text.split()), self.number(first), level=self.heading), first)
            self.heading = 0
            self.item_open = False  # "1. ### What is Node.js?": a numbered heading, not an item
            return
        if self.cell_kind:
            self.cells.append(" ".join(" ".join(piece for piece, _ in pieces).split()))
            self.cell_kind = ""
            return
        self.paragraph(pieces, first)

    def paragraph(self, pieces: list[tuple[str, bool]], first: int) -> None:
        """One paragraph's lines as blocks: an item's text, or text blocks, split where a line does not go on."""
        in_item = bool(self.lists)
        current: Block | None = None
        parts: list[str] = []
        for offset, (raw, link) in enumerate(pieces):
            text = " ".join(raw.split())
            if not text:
                continue
            line = first + offset
            underline = _UNDERLINE.match(text)
            if underline:  # "Title" over "=====": a heading; "---" alone: a rule, which ends the paragraph
                if current is not None and current.kind is Kind.TEXT and len(parts) == 1 and not in_item:
                    current.kind = Kind.HEADING
                    current.level = 1 if text.startswith("=") else 2
                current, parts = None, []
                continue
            if current is not None and continues(current, parts[-1], text, 2 if in_item else 0):
                parts.append(text)
                current.lines += 1
                continue
            if current is not None and len(parts) > 1:
                current.text = " ".join(parts)
            if self.item_open:
                depth = len(self.lists) - 1
                current = Block(Kind.ITEM, text, self.number(line), level=depth, numbered=self.lists[-1], link=link)
                self.item_open = False
            else:
                current = Block(Kind.TEXT, text, self.number(line), link=link, indent=2 if in_item else 0)
            parts = [text]
            self.add(current, line)
        if current is not None and len(parts) > 1:
            current.text = " ".join(parts)

    def html(self, token: Any) -> None:
        """`<summary>Question</summary>` and `</details>`; the text of other HTML blocks is kept."""
        line = token.map[0]
        content = _COMMENT.sub(" ", token.content)
        if _HIDDEN.match(content):
            return
        summary = _SUMMARY.search(content)
        if summary:
            text = " ".join(_TAG.sub(" ", summary.group(1)).split())
            if text and not _ANSWER_LABEL.match(text):
                at = line + content[: summary.start()].count("\n")
                self.add(Block(Kind.SUMMARY, text, self.number(at)), at)
            content = _SUMMARY.sub(" ", content)
        ended = _DETAILS_END.search(content)
        rest = " ".join(_TAG.sub(" ", content).split())
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


def _lines_of(children: list[Any]) -> list[tuple[str, bool]]:
    """An inline token's text as source lines: (text, whether all of it was link text)."""
    lines: list[tuple[str, bool]] = []
    parts: list[str] = []
    linked = other = 0
    depth = 0

    def end() -> None:
        nonlocal linked, other
        text = "".join(parts)
        lines.append((text, linked > 0 and other == 0))
        parts.clear()
        linked = other = 0

    for child in children:
        kind = child.type
        if kind in ("softbreak", "hardbreak"):
            end()
            continue
        if kind == "link_open":
            depth += 1
            continue
        if kind == "link_close":
            depth = max(depth - 1, 0)
            continue
        if kind == "image":
            continue
        if kind in ("text", "code_inline"):
            text = child.content
        elif kind == "html_inline":
            tag = _TAG.fullmatch(child.content)
            text = "" if tag and tag.group(1).lower() in HTML_TAGS else child.content
        else:
            continue
        parts.append(text)
        size = len(text.strip(_LINK_PUNCTUATION))
        if depth:
            linked += size
        else:
            other += size
    end()
    return lines
