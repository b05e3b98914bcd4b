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


def _code_spans(text: str) -> list[tuple[str, bool]]:
    """Untrusted one-line `text` made safe and cut into (piece, is inline code) runs."""
    shown = visible(text)
    if shown.count("`") % 2:  # an unmatched backtick is just a character
        return [(shown, False)]
    return [(piece, bool(number % 2)) for number, piece in enumerate(shown.split("`")) if piece]


def inline(text: str) -> Content:
    """Untrusted one-line text with its `inline code` styled as code (the rest literal)."""
    parts = [(piece, "$text-accent on $boost") if code else Content(piece) for piece, code in _code_spans(text)]
    return Content.assemble(*parts)


def inline_text(text: str) -> Text:
    """`inline` for widgets that take Rich text (Tree labels, DataTable cells)."""
    return Text.assemble(*((piece, "bold") if code else piece for piece, code in _code_spans(text)))


def first_line(text: str, width: int = 0) -> str:
    """The first paragraph line of card text (no code), cut at a word with an ellipsis past `width`."""
    line = next((part.strip() for part in text.split("\n") if part.strip() and not part.lstrip().startswith("```")), "")
    if width and len(line) > width:
        cut = line[: width - 1].rsplit(" ", 1)[0] if " " in line[: width - 1] else line[: width - 1]
        line = cut.rstrip(" ,;:.") + "…"
    return line


def card_origin(card: object, pack_title: str = "") -> str:
    """ "topics · pack" for a card's header line: the pack by its title, shortened, and left out when it
    only repeats a topic ("algorithms · algorithms")."""
    topics = ", ".join(getattr(card, "topics", ())) or "general"
    pack = first_line(pack_title or getattr(card, "pack", ""), 32)
    return topics if pack.casefold() in topics.casefold().split(", ") else f"{topics}  ·  {pack}"
