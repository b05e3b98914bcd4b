"""Text charts for the CLI and the TUI alike: a bar for a share, a sparkline for a series."""

from __future__ import annotations

SPARKS = " ▁▂▃▄▅▆▇█"


def bar(share: float, width: int = 20, full: str = "█", empty: str = "·") -> str:
    """A text bar `width` characters wide, `share` (0–1) of it filled."""
    filled = round(max(0.0, min(1.0, share)) * width)
    return full * filled + empty * (width - filled)


def sparkline(values: list[int]) -> str:
    """One character per value, its height in proportion to the largest value (0 shows as a space)."""
    top = max(values, default=0)
    if not top:
        return SPARKS[0] * len(values)
    return "".join(
        SPARKS[min(len(SPARKS) - 1, round(value / top * (len(SPARKS) - 1)))] if value else SPARKS[0] for value in values
    )
