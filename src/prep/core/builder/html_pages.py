"""HTML pages → tagged lines, with the standard library's parser (no network, no scripts).

Each block element becomes one `Line` tagged with what it was (`h2`, `li`, `tr`, `summary`, ...);
scripts, styles, comments, navigation and forms are dropped. `defuse` first makes the markup safe
for html.parser to read in linear time.
"""

from __future__ import annotations

import re
import textwrap
from html.parser import HTMLParser

from prep.core.builder.lines import MAX_LINE_CHARS, Line, clean, text_lines

_SKIPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "head",
        "nav",
        "footer",
        "form",
        "select",
        "option",
        "iframe",
        "object",
        "canvas",
        "aside",
        "dialog",
        "menu",
    }
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "dl",
        "ul",
        "ol",
        "li",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "details",
        "summary",
        "figure",
        "figcaption",
        "hr",
        "br",
        "address",
        "center",
        "legend",
        "fieldset",
        "button",
    }
    | _HEADINGS
)
_VOID = frozenset(
    {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr", "param"}
)
_BOLD = frozenset({"b", "strong"})
_SPACE = re.compile(r"\s+")


class _Flattener(HTMLParser):
    """Collects the text of block elements as tagged lines, without recursion (deep nesting is cheap)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self.title = ""
        self.skip: list[str] = []
        self.parts: list[str] = []
        self.start_line = 0
        self.tag = ""
        self.linked = 0
        self.bold = 0
        self.chars = 0
        self.linked_chars = 0
        self.bold_chars = 0
        self.list_depth = 0
        self.items_open = 0
        self.item_fresh = False
        self.cells: list[str] | None = None
        self.header_cells = 0
        self.row_line = 0
        self.in_title = False

    # -- text

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if self.skip or not data:
            return
        if not data.strip():
            if self.parts:
                self.parts.append(" ")
            return
        if not self.parts:
            line, _ = self.getpos()
            self.start_line = line + data[: len(data) - len(data.lstrip())].count("\n")
        self.parts.append(data)
        size = len(data.strip())
        self.chars += size
        if self.linked:
            self.linked_chars += size
        if self.bold:
            self.bold_chars += size

    def flush(self) -> None:
        if not self.parts:
            return
        if self.tag == "pre":  # code keeps its lines and their indentation
            lines = [line.rstrip() for line in clean("".join(self.parts)).split("\n")]
            text = textwrap.dedent("\n".join(lines)).strip("\n")[:MAX_LINE_CHARS]
        else:
            text = _SPACE.sub(" ", clean("".join(self.parts))).strip()[:MAX_LINE_CHARS]
        self.parts = []
        link = self.chars > 0 and self.linked_chars >= self.chars
        strong = self.chars > 0 and self.bold_chars >= self.chars
        self.chars = self.linked_chars = self.bold_chars = 0
        if not text:
            return
        if self.cells is not None:
            self.cells.append(text)
            return
        tag = self.tag
        if self.items_open and tag in ("", "p", "li"):
            tag = "li" if self.item_fresh else "p"
            self.item_fresh = False
        self.lines.append(Line(self.start_line, text, tag or "p", max(self.list_depth - 1, 0), link, strong))
        self.tag = ""

    # -- tags

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and not self.title and self.skip in ([], ["head"]):
            self.in_title = True
            return
        if tag in _SKIPPED:
            if tag not in _VOID:
                self.skip.append(tag)
            return
        if self.skip:
            return
        if tag == "a":
            self.linked += 1
        elif tag in _BOLD:
            self.bold += 1
        elif tag in _BLOCKS:
            self.block_start(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skip and tag in ("br", "hr"):
            self.block_start(tag)

    def block_start(self, tag: str) -> None:
        if self.cells is not None and tag not in ("tr", "td", "th", "table"):
            self.parts.append(" ")
            return
        self.flush()
        if tag in ("ul", "ol"):
            self.list_depth += 1
        elif tag == "li":
            self.items_open += 1
            self.item_fresh = True
        elif tag == "tr":
            self.end_row()
            self.cells = []
            self.header_cells = 0
            self.row_line = self.getpos()[0]
        elif tag in ("td", "th"):
            if self.cells is None:
                self.cells = []
                self.row_line = self.getpos()[0]
            if tag == "th":
                self.header_cells += 1
        elif tag == "table":
            self.end_row()
        elif tag in _HEADINGS or tag in ("summary", "dt", "pre"):
            self.tag = tag
        if tag == "hr":
            self.lines.append(Line(self.getpos()[0], "", "end"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.in_title:
            self.in_title = False
            return
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            elif tag in self.skip:  # a missing end tag inside: unwind to the one that closes
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag == "a":
            self.linked = max(self.linked - 1, 0)
        elif tag in _BOLD:
            self.bold = max(self.bold - 1, 0)
        elif tag in ("td", "th"):
            self.end_cell()
        elif tag == "tr" or tag == "table":
            self.end_row()
        elif tag in _BLOCKS:
            if self.cells is not None:
                self.parts.append(" ")
                return
            self.flush()
            self.tag = ""
            if tag in ("ul", "ol"):
                self.list_depth = max(self.list_depth - 1, 0)
            elif tag == "li":
                self.items_open = max(self.items_open - 1, 0)
                self.item_fresh = False
            elif tag == "details":
                self.lines.append(Line(self.getpos()[0], "", "end"))

    def end_cell(self) -> None:
        if self.cells is None:
            return
        count = len(self.cells)
        self.flush()
        if len(self.cells) == count:
            self.cells.append("")

    def end_row(self) -> None:
        if self.cells is None:
            return
        self.flush()
        cells = tuple(self.cells)
        self.cells = None
        if any(cells):
            header = self.header_cells >= len(cells) > 0
            self.lines.append(Line(self.row_line, " | ".join(cells), "tr", cells=cells, header=header))

    def close(self) -> None:
        super().close()
        self.end_row()
        self.flush()


_TAG = re.compile(r"<[^<>]{0,1000}>")
_TAG_START = re.compile(r"<[/!?]?[A-Za-z]")
MAX_TAG_CHARS = 2000


def defuse(text: str) -> str:
    """HTML that html.parser reads in linear time: comments blanked, and every `<` that does not open a
    complete tag (one that closes within `MAX_TAG_CHARS`, before the next `<`) written as `&lt;`.

    The standard parser rescans unfinished constructs ("<a <a <a ...", "</</</", "<!--" without its
    end) again and again, which takes minutes on a few hundred kilobytes of hostile markup.
    """
    out: list[str] = []
    position = 0
    size = len(text)
    while position < size:
        start = text.find("<", position)
        if start < 0:
            out.append(text[position:])
            break
        out.append(text[position:start])
        if text.startswith("<!--", start):
            end = text.find("-->", start + 4)
            end = size if end < 0 else end + 3  # an unfinished comment hides the rest, as in browsers
            out.append("\n" * text.count("\n", start, end))  # keep the line numbers of what follows
            position = end
            continue
        following = text.find("<", start + 1, start + MAX_TAG_CHARS)
        end = text.find(">", start + 1, following if following >= 0 else start + MAX_TAG_CHARS)
        if end < 0 or not _TAG_START.match(text, start):
            out.append("&lt;")
            position = start + 1
            continue
        out.append(text[start : end + 1])
        position = end + 1
    return "".join(out)


def html_lines(text: str) -> tuple[tuple[Line, ...], str]:
    """An HTML page as tagged lines, and its <title>."""
    parser = _Flattener()
    try:
        parser.feed(defuse(text))
        parser.close()
    except Exception:
        stripped = _TAG.sub(" ", text)
        return text_lines(stripped), ""
    title = _SPACE.sub(" ", clean(parser.title)).strip()[:300]
    return tuple(parser.lines), title
