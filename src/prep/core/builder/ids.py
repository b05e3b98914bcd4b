"""Card ids for built decks: readable, and stable while a card's content stays the same."""

from __future__ import annotations

import hashlib
import re

MAX_ID_CHARS = 40
"""Built card ids stay short (the format allows more) so that they read well in messages."""
_ID_WORD = re.compile(r"[a-z0-9]+")


def card_id(kind: str, *content: str) -> str:
    """`kind-first-words-hash`: readable, and stable while the normalised content stays the same.

    At most `MAX_ID_CHARS - 3` characters, leaving room for the `-2` of a rare clash.
    """
    normal = [" ".join(_ID_WORD.findall(part.casefold())) for part in content]
    short = hashlib.sha1("\x1f".join(normal).encode("utf-8")).hexdigest()[:8]
    room = MAX_ID_CHARS - 3 - len(kind) - len(short) - 2
    slug = ""
    for word in _ID_WORD.findall(content[0].casefold()) if content else ():
        if len(slug) + len(word) + 1 > room:
            break
        slug = f"{slug}-{word}" if slug else word
    return f"{kind}-{slug}-{short}" if slug else f"{kind}-{short}"


def digest(*parts: str) -> int:
    """A stable number from text (Python's own `hash` changes between runs)."""
    return int(hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12], 16)
