"""How well a set of cards covers the topic vocabulary and the seed skills, level by level."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from prep.core.model import Card, Level
from prep.core.topics import SEED_SKILLS, topic_for

REQUIRED_LEVELS = (Level.JUNIOR, Level.SENIOR)
"""Every seed skill needs cards at these levels at least."""


@dataclass(frozen=True, slots=True)
class Coverage:
    table: dict[str, dict[Level, int]]
    """topic → level → cards tagged with the topic and asked at the level."""
    gaps: list[tuple[str, Level]]
    """(seed skill, level) pairs with no card."""
    per_level: dict[Level, int]


def coverage(cards: Iterable[Card], skills: Iterable[str] = SEED_SKILLS) -> Coverage:
    counts: Counter[tuple[str, Level]] = Counter()
    per_level: Counter[Level] = Counter()
    for card in cards:
        for level in card.levels:
            per_level[level] += 1
            for topic in card.topics:
                counts[(topic, level)] += 1
    topics = sorted({topic for topic, _level in counts})
    table = {topic: {level: counts[(topic, level)] for level in Level} for topic in topics}
    gaps = [
        (skill, level)
        for skill in skills
        for level in REQUIRED_LEVELS
        if not counts[(topic_for(skill) or skill.lower(), level)]
    ]
    return Coverage(table, gaps, {level: per_level[level] for level in Level})
