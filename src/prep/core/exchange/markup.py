"""Card text across tools: other tools' HTML and Markdown into prep's Markdown subset, and back to HTML.

prep's card text (`prep.core.card_text`) knows paragraphs, `- `/`1. ` list items, `inline code` and
fenced code blocks. Other tools' markup is turned into exactly that, and nothing of it survives as
markup: tags are read for their structure and dropped, entities are decoded, media become a short
note in the text (prep has no viewer). The other way, prep's text becomes HTML with every character
of the card's own text escaped, so Anki never reads it as markup either.
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

from prep.core.card_text import LANGUAGES, Block, blocks, language_of
from prep.core.text import without_controls

MEDIA_NOTE = "[{kind}: {name}]"
"""How a picture or a sound prep cannot play is named in the text instead."""

_BLOCK_TAGS = frozenset(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header",
                        "footer", "aside", "nav", "main", "figure", "figcaption", "table", "thead", "tbody", "tfoot",
                        "tr", "dl", "dt", "dd", "hr", "address", "center", "details", "summary", "form", "fieldset",
                        "legend"])  # fmt: skip
_SKIPPED_TAGS = frozenset(["script", "style", "head", "title", "template", "noscript", "svg", "object"])
_SOUND = re.compile(r"\[sound:([^\]]*)\]")
_TYPE_FIELD = re.compile(r"\[\[type:[^\]]*\]\]")
_SPACE = re.compile(r"\s+")
_LANGUAGE_CLASS = re.compile(r"(?:^|\s)(?:language|lang)-([\w+#-]+)")


# ---------------------------------------------------------------- prep's blocks as card text


def render(found: list[Block]) -> str:
    """Blocks as prep card text: paragraphs apart by a blank line, list items on their own lines."""
    out: list[str] = []
    previous = ""
    for block in found:
        if out:
            out.append("\n" if previous == block.kind == "item" else "\n\n")
        previous = block.kind
        if block.kind == "code":
            out.append(fenced(block.text, block.language))
        elif block.kind == "item":
            out.append(f"{block.marker} {block.text}")
        else:
            out.append(block.text)
    return without_controls("".join(out))


def fenced(code: str, language: str) -> str:
    """A fenced code block that no line of `code` can close early."""
    longest = max((len(line.strip()) for line in code.split("\n") if line.strip() and not line.strip("` ")), default=0)
    fence = "`" * max(3, longest + 1)
    name = language if language in LANGUAGES else ""
    return f"{fence}{name}\n{code}\n{fence}"


def plain_text(text: str) -> str:
    """Plain text (a TSV cell, an Anki field without HTML) as card text: each line break stays one."""
    found = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            found.append(_line_block(_SPACE.sub(" ", line).strip()))
    return render(found)


def _line_block(text: str) -> Block:
    item = re.match(r"^([-*+]|\d{1,3}[.)])\s+(.*)$", text)
    if item:
        marker = "-" if item.group(1) in "-*+" else item.group(1)[:-1] + "."
        return Block("item", item.group(2), marker)
    return Block("paragraph", text)


def markdown_text(text: str) -> str:
    """Markdown from a tool that writes it (hashcards, hascard): kept as written, except what prep's
    subset would refuse — a code fence naming a language prep does not know becomes plain text, one
    never closed is closed — and images, which are named instead."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    fence = ""
    for line in lines:
        opening = re.match(r"^(\s*)(`{3,}|~{3,})\s*([\w+#-]*)\s*$", line)
        if fence:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = ""
            out.append(line)
        elif opening:
            indent, fence, name = opening.groups()
            known = language_of(name) in LANGUAGES
            out.append(f"{indent}{fence}{name if known else ''}")
        else:
            out.append(_IMAGE.sub(lambda match: MEDIA_NOTE.format(kind="image", name=_file_name(match[2])), line))
    if fence:
        out.append(fence)
    return without_controls("\n".join(out).strip())


_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")


def images_in_markdown(text: str) -> list[str]:
    return [_file_name(match[2]) for match in _IMAGE.finditer(text)]


def _file_name(path: str) -> str:
    return path.strip().rstrip("/").rsplit("/", 1)[-1] or path.strip()


# ---------------------------------------------------------------- HTML → card text


def html_text(html: str) -> tuple[str, list[str]]:
    """An HTML field as card text, and the media it refers to (which the text names instead).

    `<br>` and block elements end a line; lists become items; `<pre>` becomes a fenced code block
    (its language from a `language-…` class); `<code>` becomes `inline code`; entities are decoded
    and every other tag is dropped.
    """
    reader = _read(html)
    return render(reader.found), reader.media


def html_line(html: str) -> str:
    """An HTML fragment as one line of text (a choice, a cloze answer, a hint)."""
    return without_controls(_SPACE.sub(" ", " ".join(block.text for block in _read(html).found)))


def _audio(sound: re.Match[str]) -> str:
    """Anki's `[sound:name]` as the tag it stands for, read before entities are: `&#91;sound:…&#93;` is text."""
    return f'<audio src="{escape(sound[1].strip(), quote=True)}">'


def _read(html: str) -> _HtmlReader:
    reader = _HtmlReader()
    reader.feed(_SOUND.sub(_audio, _TYPE_FIELD.sub("", html)))
    reader.close()
    reader.end_paragraph()
    return reader


class _HtmlReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Block] = []
        self.media: list[str] = []
        self.parts: list[str] = []
        self.marker = ""
        self.lists: list[list[int]] = []
        """One [counter] per open list; 0 marks an unordered one."""
        self.code_starts: list[int] = []
        self.pre: list[str] | None = None
        self.pre_language = ""
        self.skipping = 0
        self.cells = 0

    # -- tags

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif self.skipping:
            return
        elif self.pre is not None:
            if tag == "br":
                self.pre.append("\n")
            elif tag == "code":
                self.pre_language = self.pre_language or _language(values.get("class", ""))
        elif tag == "br" or tag in _BLOCK_TAGS:
            self.end_paragraph()
            self.cells = 0 if tag == "tr" else self.cells
        elif tag in ("ul", "ol"):
            self.end_paragraph()
            start = values.get("start", "")
            self.lists.append([int(start) - 1 if start.isdigit() and tag == "ol" else 0 if tag == "ol" else -1])
        elif tag == "li":
            self.end_paragraph()
            self.marker = self._next_marker()
        elif tag == "pre":
            self.end_paragraph()
            self.pre = []
            self.pre_language = _language(values.get("class", ""))
        elif tag == "code":
            self.code_starts.append(len(self.parts))
        elif tag in ("td", "th"):
            if self.cells:
                self.parts.append(" | ")
            self.cells += 1
        elif tag == "img":
            self._media("image", values.get("src", "") or values.get("alt", ""))
        elif tag in ("audio", "video", "source") and values.get("src"):
            self._media("sound" if tag == "audio" else "video", values["src"])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIPPED_TAGS:
            self.skipping -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif self.skipping:
            return
        elif tag == "pre" and self.pre is not None:
            code = "".join(self.pre).replace("\r\n", "\n").replace("\u00a0", " ").strip("\n")
            if code.strip():
                self.found.append(Block("code", code.rstrip(), language=self.pre_language))
            self.pre = None
        elif self.pre is not None:
            return
        elif tag == "code" and self.code_starts:
            self._close_inline_code(self.code_starts.pop())
        elif tag in ("ul", "ol"):
            self.end_paragraph()
            if self.lists:
                self.lists.pop()
        elif tag in _BLOCK_TAGS or tag == "li":
            self.end_paragraph()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.pre is not None:
            self.pre.append(data)
        else:
            self.parts.append(data)

    # -- pieces

    def _next_marker(self) -> str:
        if not self.lists or self.lists[-1][0] < 0:
            return "-"
        self.lists[-1][0] += 1
        return f"{self.lists[-1][0]}."

    def _media(self, kind: str, source: str) -> None:
        name = _file_name(source)
        if name:
            self.media.append(name)
            self.parts.append(f" {MEDIA_NOTE.format(kind=kind, name=name)} ")

    def _close_inline_code(self, start: int) -> None:
        code = _SPACE.sub(" ", "".join(self.parts[start:])).strip()
        del self.parts[start:]
        if code:
            self.parts.append(f"`{code}`" if "`" not in code else code)

    def end_paragraph(self) -> None:
        self.code_starts = [min(start, 0) for start in self.code_starts]
        text = _SPACE.sub(" ", "".join(self.parts)).strip()
        self.parts = []
        if text:
            self.found.append(Block("item", text, self.marker) if self.marker else Block("paragraph", text))
            self.marker = ""


def _language(classes: str) -> str:
    match = _LANGUAGE_CLASS.search(classes)
    name = language_of(match.group(1)) if match else ""
    return name if name in LANGUAGES else ""


# ---------------------------------------------------------------- card text → HTML


_ESCAPES = str.maketrans({"[": "&#91;", "]": "&#93;", "{": "&#123;", "}": "&#125;", "\t": "&#9;"})
"""Beyond `html.escape`: brackets and braces, so that no text of a card reads to Anki as a sound,
a LaTeX block or a cloze deletion; tabs, so that a field never needs quoting."""


def escaped(text: str) -> str:
    return escape(text, quote=True).translate(_ESCAPES)


def inline_html(text: str) -> str:
    """One paragraph: escaped text, `inline code` as <code> (an odd backtick stays a backtick)."""
    pieces = text.split("`")
    if len(pieces) % 2 == 0:
        return escaped(text)
    return "".join(f"<code>{escaped(piece)}</code>" if number % 2 else escaped(piece)
                   for number, piece in enumerate(pieces))  # fmt: skip


def html(text: str) -> str:
    """prep card text as HTML for Anki: paragraphs apart by a blank line, lists as lists, code as
    <pre><code>; a paragraph with MathJax delimiters in it is marked for MathJax to leave alone."""
    out: list[str] = []
    items: list[Block] = []
    for block in [*blocks(text), Block("end", "")]:
        if items and (block.kind != "item" or _ordered(block) != _ordered(items[0])):
            tag = "ol" if _ordered(items[0]) else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{inline_html(item.text)}</li>" for item in items) + f"</{tag}>")
            items = []
        if block.kind == "item":
            items.append(block)
        elif block.kind == "code":
            language = f" class=language-{block.language}" if block.language else ""
            code = "<br>".join(escaped(line) for line in block.text.split("\n"))
            out.append(f"<pre><code{language}>{code}</code></pre>")
        elif block.kind == "paragraph":
            out.append(_paragraph(inline_html(block.text)))
    return join_html(out)


def _ordered(block: Block) -> bool:
    return block.marker.endswith(".")


def _paragraph(content: str) -> str:
    if "\\(" in content or "\\[" in content:
        return f"<span class=tex2jax_ignore>{content}</span>"
    return content


def join_html(parts: list[str]) -> str:
    """HTML blocks in a row: paragraphs apart by <br><br>; lists and code blocks are blocks of their own."""
    out = ""
    for part in filter(None, parts):
        if out and not out.endswith(("</ul>", "</ol>", "</pre>")) and not part.startswith(("<ul>", "<ol>", "<pre>")):
            out += "<br><br>"
        out += part
    return out
