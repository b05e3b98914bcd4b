"""Progress figures per level, computed from the store and the deck."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from prep.core.model import Deck, Level
from prep.core.store import Store


@dataclass(frozen=True, slots=True)
class LevelFigures:
    answered: int
    correct: int
    accuracy: float
    """Share of answers that were right, 0–1."""
    seen: int
    """Distinct cards answered at least once on this track."""
    total: int
    """Cards in the level's pool (its own and every lower level's)."""


def level_stats(store: Store, deck: Deck, levels: Iterable[Level]) -> dict[Level, LevelFigures]:
    counts = store.counts()
    figures = {}
    for level in levels:
        count = counts[level]
        figures[level] = LevelFigures(
            answered=count.answered,
            correct=count.correct,
            accuracy=round(count.correct / count.answered, 4) if count.answered else 0.0,
            seen=count.seen,
            total=len(deck.pool(level)),
        )
    return figures
