"""Aligned text tables for the CLI's reports (stats, packs, coverage)."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], align: str, gap: int = 2) -> list[str]:
    """The rows under their headers, one line each; `align` has a `<` or `>` per column.

    The last column is not padded, so a long title at the end of a row costs no trailing spaces.
    """
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [max([len(header), *(len(row[index]) for row in cells)]) for index, header in enumerate(headers)]
    space = " " * gap

    def line(row: Sequence[str]) -> str:
        parts = [f"{cell:{side}{width}}" for cell, side, width in zip(row, align, widths, strict=True)]
        if align[-1] == "<":
            parts[-1] = row[-1]
        return space.join(parts).rstrip()

    return [line(list(headers)), *(line(row) for row in cells)]
