"""The library's cards on the skills a document names, chosen by reference (never copied).

A built deck lists them under `uses:`; a quiz on the deck asks the library's own card, so its
progress is that card's progress, and a pool that holds both the deck and the library holds the
card once.
"""

from __future__ import annotations

from collections.abc import Sequence

from prep.core.builder.extract import Extraction
from prep.core.builder.ids import digest
from prep.core.model import Card, Level, Pack

SKILL_CARDS_PER_LEVEL = 8
CardKey = tuple[str, str]


class SkillCards:
    """Picks library cards by topic and level."""

    def __init__(self, library: Sequence[Pack], level: Level | None) -> None:
        self.level = level
        self.index = _skill_index(library)

    def keys_for(self, found: Extraction) -> list[CardKey]:
        """(pack, card id) of the cards on the skills `found` names, at its levels, each once."""
        levels = [self.level] if self.level is not None else found.levels
        keys: dict[CardKey, None] = {}
        for skill in found.skills:
            if skill.slug is None:
                continue
            for level in levels:
                for card in self.index.get((skill.slug, level), ())[:SKILL_CARDS_PER_LEVEL]:
                    keys[(card.pack, card.id)] = None
        return list(keys)


def _skill_index(library: Sequence[Pack]) -> dict[tuple[str, Level], list[Card]]:
    """(topic, level) → the cards on it, those whose main topic it is first, in a stable spread."""
    index: dict[tuple[str, Level], list[Card]] = {}
    for pack in library:
        for card in pack.cards:
            for topic in card.topics:
                for level in card.levels:
                    index.setdefault((topic, level), []).append(card)
    for (topic, _level), cards in index.items():
        cards.sort(key=lambda card: (card.topics[0] != topic, digest(topic, card.pack, card.id)))
    return index
