"""Text from packs, documents and the keyboard: made safe to show, and normalised to compare.

`visible()` is the one gate every untrusted string passes before it reaches a screen or a
terminal: control characters become visible symbols (ESC shows as ␛) and invisible formatting
characters (bidi overrides, zero-width spaces) are removed. Markup is a separate concern,
handled by the TUI, which never parses pack text as markup.
"""

from __future__ import annotations

import re
import unicodedata

MAX_ANSWER_LENGTH = 500
"""Typed answers longer than this are cut before comparing."""

# C0 controls except tab and newline, DEL, and the C1 block.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")
# Bidi embeddings, overrides and isolates; zero-width and other invisible format characters;
# the object replacement character and the noncharacters U+FFFE and U+FFFF.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffc\ufffe\uffff]"
)
_SPACE = re.compile(r"\s+")
_EDGE_PUNCTUATION = " \t\n.,;:!?\"'`()[]{}«»“”‘’"


def _show_control(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode "control pictures": ␛ for ESC, ␀ for NUL
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def visible(text: str) -> str:
    """`text` with nothing in it that could act on a terminal or hide from the reader."""
    text = text.replace("\r\n", "\n")
    text = _INVISIBLE.sub("", text)
    return _CONTROL.sub(_show_control, text)


def without_controls(text: str) -> str:
    """`text` with control and invisible characters removed (tab and newline stay): for text that
    prep itself writes into packs, such as what `prep build` extracts from documents."""
    return _CONTROL.sub("", _INVISIBLE.sub("", text))


def find_control_character(text: str) -> int | None:
    """Index of the first control character other than tab and newline, or None."""
    match = _CONTROL.search(text)
    return match.start() if match else None


def normalise_answer(text: str) -> str:
    """A typed answer reduced to what matters: NFKC, case-folded, spaces collapsed, edge punctuation dropped."""
    text = unicodedata.normalize("NFKC", text[:MAX_ANSWER_LENGTH])
    text = _INVISIBLE.sub("", _CONTROL.sub("", text))
    text = _SPACE.sub(" ", text.casefold())
    return text.strip(_EDGE_PUNCTUATION)
