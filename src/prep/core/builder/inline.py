"""Markdown inline text → the plain lines prep reads, in one regular-expression pass per paragraph.

markdown-it-py's own inline parser builds a token per word run, per emphasis delimiter and per
link; on a 10 MB document that is most of the Markdown reader's time and memory, and prep keeps
little of it. What prep keeps:

- text, with `code` spans in backticks and `<placeholders>` (`<BRANCH>`, `<commit-hash>`) as
  written: only real HTML tags are markup (`<code>` becomes a backtick);
- link text, and per line whether all of it was link text (navigation, tables of contents);
- emphasis delimiters removed where they pair up as CommonMark pairs them (left- and
  right-flanking runs, `_` never inside a word), unpaired ones kept as text;
- the length of a bold span that starts a line ("**Situation:** ..."), so that answers can keep
  such labels as structure.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

MAX_SPAN_CHARS = 1000
"""Code spans and link texts longer than this are read as text (bounds the work per backtick)."""
MAX_OPENERS = 64
"""How far back a closing delimiter looks for its opener (bounds the work on a paragraph of stray `*`s)."""
MAX_LEAD_CHARS = 60
"""A bold span at the start of a paragraph counts as its label when it is this short."""

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
CODE_TAGS = frozenset({"code", "kbd", "samp", "tt"})

_INLINE = re.compile(
    rf"""(?P<code>(?P<ticks>`+)(?P<code_text>[^`]|[^`].{{0,{MAX_SPAN_CHARS}}}?[^`])(?P=ticks)(?!`))
    |(?P<ticks_run>`+)
    |(?P<dunder>(?<![\w`])__[a-z][a-z0-9_]{{0,40}}?__(?!\w))
    |\\(?P<escaped>[!-/:-@\[-`{{-~])
    |(?P<image>!\[[^\[\]]{{0,{MAX_SPAN_CHARS}}}\]\([^()\s]{{0,2000}}(?:\s+"[^"\n]{{0,300}}")?\))
    |\[(?P<link_text>(?:[^\[\]]|\[[^\[\]]{{0,200}}\]){{0,{MAX_SPAN_CHARS}}})\]
        \((?P<target><[^<>\n]{{0,2000}}>|[^()\s]{{0,2000}}(?:\([^()\s]{{0,200}}\)[^()\s]{{0,2000}})?)
        (?:\s+(?:"[^"\n]{{0,300}}"|'[^'\n]{{0,300}}'|\([^()\n]{{0,300}}\)))?\s*\)
    |<(?P<autolink>[A-Za-z][A-Za-z0-9+.-]{{1,31}}:[^<>\s]{{0,2000}}|[\w.!#$%&'*+/=?^`{{|}}~-]{{1,64}}@[\w-]{{1,63}}(?:\.[\w-]{{1,63}}){{1,8}})>
    |(?P<tag></?(?P<tag_name>[A-Za-z][A-Za-z0-9-]{{0,30}})(?:\s[^<>]{{0,500}})?/?>)
    |(?P<comment><!--.{{0,5000}}?-->)
    |(?P<entity>&(?:\#[0-9]{{1,7}}|\#[xX][0-9a-fA-F]{{1,6}}|[A-Za-z][A-Za-z0-9]{{1,31}});)""",
    re.VERBOSE | re.DOTALL,
)
_DELIMITERS = re.compile(r"\*+|_+")
_MARKUP = re.compile(r"[`\\\[<&*_]")
"""Characters that can start inline markup (an image starts with `[` too)."""
_HARD_BREAK = re.compile(r"(?: {2,}|\\)\n")


@dataclass(slots=True)
class InlineLine:
    """One source line of a paragraph, as prep reads it."""

    text: str
    link: bool
    """All of the line's text was link text."""


@dataclass(slots=True)
class Inline:
    lines: list[InlineLine]
    leads: dict[int, int]
    """Line index → characters of the bold span that opens that line's text ("**Situation:** ..." → 10)."""


@dataclass(slots=True)
class _Piece:
    text: str
    link: bool
    plain: bool
    """Text whose `*` and `_` may be emphasis delimiters (not code, not an escaped or literal character)."""


_LINK_PUNCTUATION = " *_`-|·•,;:/"


def render(content: str) -> Inline:
    """A Markdown paragraph's inline `content` (lines joined by newlines) as prep's plain lines."""
    if not _MARKUP.search(content):  # most lines of a posting: nothing to read but the text
        return Inline([InlineLine(line, False) for line in content.split("\n")], {})
    pieces = _pieces(_HARD_BREAK.sub("\n", content) if "\n" in content else content, link=False)
    leads = _strip_emphasis(pieces)
    return Inline(_lines(pieces), leads)


def _pieces(content: str, link: bool) -> list[_Piece]:
    pieces: list[_Piece] = []
    position = 0
    for match in _INLINE.finditer(content):
        if match.start() > position:
            pieces.append(_Piece(content[position : match.start()], link, True))
        position = match.end()
        kind = match.lastgroup
        if kind == "code":
            pieces.append(_Piece(f"`{_code_text(match.group('code_text'))}`", link, False))
        elif kind in ("ticks_run", "dunder"):  # "__eq__" is Python's method name, not bold "eq"
            pieces.append(_Piece(match.group(), link, False))
        elif kind == "escaped":
            pieces.append(_Piece(match.group("escaped"), link, False))
        elif kind == "target":
            pieces.extend(_pieces(match.group("link_text"), link=True))
        elif kind == "autolink":
            pieces.append(_Piece(match.group("autolink"), True, False))
        elif kind == "tag":
            pieces.append(_Piece(tag_text(match.group("tag"), match.group("tag_name")), link, False))
        elif kind == "entity":
            pieces.append(_Piece(html.unescape(match.group()), link, False))
        # images and comments leave nothing
    if position < len(content):
        pieces.append(_Piece(content[position:], link, True))
    return pieces


def tag_text(tag: str, name: str) -> str:
    """What an HTML tag leaves in the text: a backtick for code, nothing for other HTML, itself otherwise."""
    name = name.lower()
    if name in CODE_TAGS:
        return "`"
    if name in HTML_TAGS:
        return "\n" if name == "br" else ""
    return tag


def _code_text(text: str) -> str:
    text = text.replace("\n", " ")
    if len(text) > 2 and text[0] == " " and text[-1] == " " and text.strip():
        text = text[1:-1]
    return text


# ---------------------------------------------------------------- emphasis


@dataclass(slots=True)
class _Run:
    piece: int
    start: int
    end: int
    char: str
    opens: bool
    closes: bool
    line: int
    """Which line of the paragraph the run is on."""
    first: bool
    """Nothing but spaces comes before it on its line."""


def _strip_emphasis(pieces: list[_Piece]) -> dict[int, int]:
    """Remove the delimiter runs that pair up (CommonMark's rules, simplified); the bold spans that open lines."""
    runs = _delimiter_runs(pieces)
    if not runs:
        return {}
    removed: dict[int, list[tuple[int, int]]] = {}
    left = [run.end - run.start for run in runs]
    stack: list[int] = []  # openers still waiting for a closer
    leads: dict[int, int] = {}
    for index, run in enumerate(runs):
        while run.closes and left[index] and stack:
            position = _opener(stack, runs, run.char)
            if position < 0:
                break
            opener = stack[position]
            size = 2 if left[opener] >= 2 and left[index] >= 2 else 1
            start = runs[opener].start + left[opener] - size  # an opener gives up its innermost characters
            removed.setdefault(runs[opener].piece, []).append((start, start + size))
            start = run.end - left[index]  # a closer too
            removed.setdefault(run.piece, []).append((start, start + size))
            if size == 2 and runs[opener].first and runs[opener].line == run.line and run.line not in leads:
                leads[run.line] = _span_length(pieces, runs[opener], run)
            left[opener] -= size
            left[index] -= size
            del stack[position + (1 if left[opener] else 0) :]  # openers inside the pair can no longer close
        if run.opens and left[index]:
            stack.append(index)
    for piece_index, spans in removed.items():
        pieces[piece_index].text = _without(pieces[piece_index].text, spans)
    return {line: size for line, size in leads.items() if 0 < size <= MAX_LEAD_CHARS}


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    kept = []
    position = 0
    for start, end in sorted(spans):
        kept.append(text[position:start])
        position = max(position, end)
    kept.append(text[position:])
    return "".join(kept)


def _opener(stack: list[int], runs: list[_Run], char: str) -> int:
    """The position in `stack` of the nearest opener of `char` (looking back a bounded distance), or -1."""
    for position in range(len(stack) - 1, max(len(stack) - MAX_OPENERS, 0) - 1, -1):
        if runs[stack[position]].char == char:
            return position
    return -1


def _delimiter_runs(pieces: list[_Piece]) -> list[_Run]:
    runs = []
    line = 0
    blank = True  # nothing but spaces so far on this line
    for index, piece in enumerate(pieces):
        text = piece.text
        if piece.plain and ("*" in text or "_" in text):
            position = 0
            for match in _DELIMITERS.finditer(text):
                between = text[position : match.start()]
                line, blank = _advance(line, blank, between)
                position = match.end()
                before = _char_before(pieces, index, match.start())
                after = _char_after(pieces, index, match.end())
                left = not after.isspace() and (not _punctuation(after) or before.isspace() or _punctuation(before))
                right = not before.isspace() and (not _punctuation(before) or after.isspace() or _punctuation(after))
                char = match.group()[0]
                if char == "_":
                    opens = left and (not right or _punctuation(before))
                    closes = right and (not left or _punctuation(after))
                else:
                    opens, closes = left, right
                if opens or closes:
                    runs.append(_Run(index, match.start(), match.end(), char, opens, closes, line, blank))
                blank = False
            text = text[position:]
        line, blank = _advance(line, blank, text)
    return runs


def _advance(line: int, blank: bool, text: str) -> tuple[int, bool]:
    """The line number and whether the line is still blank after `text`."""
    if "\n" in text:
        return line + text.count("\n"), not text.rsplit("\n", 1)[1].strip()
    return line, blank and not text.strip()


def _char_before(pieces: list[_Piece], index: int, start: int) -> str:
    if start > 0:
        return pieces[index].text[start - 1]
    for piece in reversed(pieces[:index]):
        if piece.text:
            return piece.text[-1]
    return " "


def _char_after(pieces: list[_Piece], index: int, end: int) -> str:
    if end < len(pieces[index].text):
        return pieces[index].text[end]
    for piece in pieces[index + 1 :]:
        if piece.text:
            return piece.text[0]
    return " "


def _punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _span_length(pieces: list[_Piece], opener: _Run, closer: _Run) -> int:
    return len(_between(pieces, opener, closer).replace("*", "").replace("_", "").strip())


def _between(pieces: list[_Piece], start: _Run, end: _Run) -> str:
    if start.piece == end.piece:
        return pieces[start.piece].text[start.end : end.start]
    parts = [pieces[start.piece].text[start.end :]]
    parts.extend(piece.text for piece in pieces[start.piece + 1 : end.piece])
    parts.append(pieces[end.piece].text[: end.start])
    return "".join(parts)


# ---------------------------------------------------------------- lines


def _lines(pieces: list[_Piece]) -> list[InlineLine]:
    lines: list[InlineLine] = []
    parts: list[str] = []
    linked = other = 0
    for piece in pieces:
        chunks = piece.text.split("\n")
        for number, chunk in enumerate(chunks):
            if number:
                lines.append(InlineLine("".join(parts), linked > 0 and other == 0))
                parts, linked, other = [], 0, 0
            parts.append(chunk)
            size = len(chunk.strip(_LINK_PUNCTUATION))
            if piece.link:
                linked += size
            else:
                other += size
    lines.append(InlineLine("".join(parts), linked > 0 and other == 0))
    return lines
