"""Synthetic students for the cohort report: many plausible progress exports, quickly and reproducibly.

`write_exports` writes one `prep progress export` file per student, through prep's own writer, over
the cards of the given packs: each student has studied a share of the level's pool (some cards
recalled, some just failed), answered quizzes and reviewed on some of the last weeks' days.
benchmarks/run.py uses it too (the `cohort` section).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from prep.core.model import Card, Level
from prep.core.progress_file import write_export
from prep.core.scheduler import RELEARNING, REVIEW, Memory
from prep.core.store import Answer
from prep.core.store.transfer import Progress, ReviewRecord, ScheduleRecord

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def synthetic_progress(cards: list[Card], level: Level, rng: random.Random, now: datetime = NOW) -> Progress:
    """One student's track: a random share of `cards` studied, with answers and reviews to match."""
    share = rng.choice([0.0, 0.1, 0.3, 0.5, 0.7, 0.9])
    studied = rng.sample(cards, round(len(cards) * share))
    progress = Progress()
    for card in studied:
        last = now - timedelta(days=rng.uniform(0, 30))
        failed = rng.random() < 0.15
        memory = Memory(
            RELEARNING if failed else REVIEW,
            0 if failed else None,
            rng.uniform(0.5, 60),
            rng.uniform(2, 8),
            last + timedelta(days=1 if failed else rng.uniform(1, 40)),
            last,
        )
        first = last - timedelta(days=rng.uniform(0, 20))
        progress.schedule.append(ScheduleRecord(level, card.pack, card.id, memory, first))
        for number in range(rng.randint(1, 4)):
            at = first + (last - first) * (number / 4)
            progress.reviews.append(ReviewRecord(level, card.pack, card.id, rng.choice([1, 3, 3, 4]), "cards", at))
        if rng.random() < 0.5:
            correct = rng.random() < 0.7
            progress.answers.append(Answer(level, card.pack, card.id, correct, "x", rng.uniform(2, 40), last))
            progress.reviews.append(ReviewRecord(level, card.pack, card.id, 3 if correct else 1, "quiz", last))
    return progress


def write_exports(
    folder: Path, count: int, cards: list[Card], level: Level = Level.JUNIOR, seed: int = 16, now: datetime = NOW
) -> list[Path]:
    """`count` students' exports in `folder`, named student-001.json and on, each naming its student."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(1, count + 1):
        path = folder / f"student-{number:03d}.json"
        write_export(path, synthetic_progress(cards, level, rng, now), [level], now, student=f"Student {number:03d}")
        paths.append(path)
    return paths
