"""Cutting text to a length without cutting a word or a sentence in half."""

from __future__ import annotations


def shorten(text: str, limit: int) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with an ellipsis when cut."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def limit(text: str, size: int) -> str:
    """`text` cut after the last whole sentence or line that fits in `size` characters, with an ellipsis."""
    if len(text) <= size:
        return text
    cut = text[: size - 1]
    end = max(cut.rfind(". "), cut.rfind("\n"))
    return (cut[: end + 1] if end > size // 2 else cut).rstrip() + "…"
