"""The bundled cards on the skills a document names, copied into the deck at the document's levels."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from prep.core.builder.distractors import digest
from prep.core.builder.extract import Extraction
from prep.core.builder.ids import skill_id
from prep.core.model import Card, Level, Pack, Source

SKILL_CARDS_PER_LEVEL = 6


class SkillCards:
    """Picks bundled cards by topic and level; each bundled card is copied once per build."""

    def __init__(self, bundled: Sequence[Pack], level: Level | None, pack: str) -> None:
        self.level = level
        self.pack = pack
        self.index = _skill_index(bundled)
        self.copied: set[str] = set()
        """Ids of the bundled cards already copied: a skill in many documents is copied once."""

    def cards_for(
        self, found: Extraction, source: Callable[[Extraction, int, str, str], Source]
    ) -> tuple[list[Card], int]:
        """Copies of the bundled cards on the skills found (not copied before), and how many the skills chose."""
        levels = [self.level] if self.level is not None else found.levels
        cards = []
        chosen = 0
        for skill in found.skills:
            if skill.slug is None:
                continue
            for level in levels:
                for card in self.index.get((skill.slug, level), ())[:SKILL_CARDS_PER_LEVEL]:
                    chosen += 1
                    card_id = skill_id(card)
                    if card_id in self.copied:
                        continue
                    self.copied.add(card_id)
                    cards.append(
                        Card(
                            id=card_id,
                            type=card.type,
                            levels=(self.level,) if self.level is not None else card.levels,
                            prompt=card.prompt,
                            answer=card.answer,
                            topics=card.topics,
                            choices=card.choices,
                            accept=card.accept,
                            explain=card.explain,
                            pack=self.pack,
                            source=source(found, skill.line, skill.section, "skill"),
                        )
                    )
        return cards, chosen


def _skill_index(bundled: Sequence[Pack]) -> dict[tuple[str, Level], list[Card]]:
    """(topic, level) → the bundled cards on it, those whose main topic it is first, in a stable spread."""
    index: dict[tuple[str, Level], list[Card]] = {}
    for pack in bundled:
        for card in pack.cards:
            for topic in card.topics:
                for level in card.levels:
                    index.setdefault((topic, level), []).append(card)
    for (topic, _level), cards in index.items():
        cards.sort(key=lambda card: (card.topics[0] != topic, digest(topic, card.pack, card.id)))
    return index
