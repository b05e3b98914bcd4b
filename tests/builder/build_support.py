"""Shared pieces of the `prep build` tests (a plain module; the fixtures are in conftest.py)."""

from __future__ import annotations

from pathlib import Path

from prep.core.model import Card, CardType, Level, Pack

DOCUMENTS = Path(__file__).resolve().parent / "documents"
SHAPES = DOCUMENTS / "shapes"
"""Eight documents of shapes seen in real postings and collections, and EXPECTED.md, what a good extractor finds."""
SHAPE_DOCUMENTS = sorted(path for path in SHAPES.iterdir() if path.name != "EXPECTED.md")


def skill_pack() -> Pack:
    """A small, fixed stand-in for the bundled packs: 8 Kafka cards per level, 2 PostgreSQL cards."""
    cards = []
    for level in Level:
        for number in range(8):
            cards.append(
                Card(
                    id=f"kafka-{level.label}-{number}",
                    type=CardType.CHOICE,
                    levels=(level,),
                    prompt=f"Kafka question {number} for {level.label}?",
                    answer=("A",),
                    choices=("A", "B", "C"),
                    topics=("kafka", "message-queues"),
                    pack="streams",
                )
            )
    cards.append(
        Card(
            id="pg-port",
            type=CardType.CLOZE,
            levels=(Level.JUNIOR, Level.SENIOR),
            prompt="PostgreSQL listens on port {{5432}} by default.",
            answer=("5432",),
            topics=("postgresql",),
            pack="streams",
        )
    )
    cards.append(
        Card(
            id="pg-mvcc-a-rather-long-card-id-for-the-limit",
            type=CardType.FLASHCARD,
            levels=(Level.SENIOR,),
            prompt="Explain MVCC.",
            answer=("Readers see a snapshot.",),
            topics=("postgresql",),
            pack="streams",
        )
    )
    return Pack(name="streams", title="Streams", version="1", cards=tuple(cards))
