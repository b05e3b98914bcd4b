"""Card text on screen: paragraphs and list items wrapped and literal, `inline code` styled, fenced
code highlighted and never reflowed — a code block wider than the screen scrolls sideways instead
(see `prep.core.card_text` for the subset)."""

from __future__ import annotations

from rich.syntax import Syntax
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import HorizontalScroll, Vertical
from textual.widgets import Static

from prep.core.card_text import blocks
from prep.core.text import visible

CODE_THEME = "ansi_dark"
"""Highlighting in the terminal's own palette, so it suits light and dark themes alike."""
INLINE_CODE = "bold cyan"
_LEXERS = {"hcl": "terraform", "shell": "bash", "": "text"}


class CardText(Vertical):
    """Untrusted card text, shown literally in the Markdown subset cards may use."""

    DEFAULT_CSS = """
    CardText { height: auto; }
    CardText > Static { height: auto; }
    CardText > .gap { margin-top: 1; }
    CardText > HorizontalScroll { height: auto; overflow-y: hidden; }
    CardText > HorizontalScroll > Static { width: auto; }
    """

    def __init__(self, text: str, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.text = text

    def compose(self) -> ComposeResult:
        previous = ""
        for block in blocks(self.text):
            gap = "gap" if previous and not (previous == block.kind == "item") else ""
            previous = block.kind
            if block.kind == "code":
                with HorizontalScroll(classes=gap):
                    yield Static(code(block.text, block.language))
            elif block.kind == "item":
                line = Text(f"  {block.marker} ")
                line.append_text(inline_text(block.text))
                yield Static(line, classes=gap)
            else:
                yield Static(inline_text(block.text), classes=gap)


def code(text: str, language: str) -> Syntax:
    return Syntax(visible(text), _LEXERS.get(language, language), theme=CODE_THEME, word_wrap=False,
                  background_color="default", padding=(0, 2))  # fmt: skip


def inline_text(text: str) -> Text:
    """One paragraph: literal text with `inline code` styled (an unmatched backtick stays a backtick)."""
    shown = visible(text)
    if shown.count("`") % 2:
        return Text(shown)
    line = Text()
    for number, piece in enumerate(shown.split("`")):
        line.append(piece, style=INLINE_CODE if number % 2 else "")
    return line
