"""The one way untrusted text (packs, documents, typed answers) becomes something a widget shows.

`literal()` makes terminal-safe text (see `prep.core.text.visible`) into a `Content` object, which
widgets render as-is: `[bold]`, `[/]` and `[@click=app.quit]` stay characters, never markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from prep.core.text import visible


def literal(text: str) -> Content:
    return Content(visible(text))


def styled(text: str, style: str) -> Content:
    """Untrusted `text` shown literally in one style of ours."""
    return Content.assemble((visible(text), style))


def literal_text(text: str) -> Text:
    """For widgets that take Rich text (DataTable cells, Tree labels), where a plain str is markup."""
    return Text(visible(text))


def inline(text: str) -> Content:
    """Untrusted one-line text with its `inline code` styled as code (the rest literal)."""
    shown = visible(text)
    if shown.count("`") % 2:  # an unmatched backtick is just a character
        return Content(shown)
    parts: list[Content | tuple[str, str]] = []
    for number, piece in enumerate(shown.split("`")):
        if piece:
            parts.append((piece, "$text-accent on $boost") if number % 2 else Content(piece))
    return Content.assemble(*parts)


def first_line(text: str, width: int = 0) -> str:
    """The first paragraph line of card text (no code), cut at a word with an ellipsis past `width`."""
    line = next((part.strip() for part in text.split("\n") if part.strip() and not part.lstrip().startswith("```")), "")
    if width and len(line) > width:
        cut = line[: width - 1].rsplit(" ", 1)[0] if " " in line[: width - 1] else line[: width - 1]
        line = cut.rstrip(" ,;:.") + "…"
    return line
