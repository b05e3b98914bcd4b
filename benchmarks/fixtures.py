"""Generated inputs for the benchmarks: big packs, a big progress store. Deterministic."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from prep.core.model import Card, CardType, Level, Pack
from prep.core.packs.write import write_pack
from prep.core.store import Store

TOPICS = ["http", "sql", "git", "docker", "caching", "python", "kafka", "testing", "security", "algorithms"]
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def make_cards(count: int, pack: str, seed: int = 1) -> list[Card]:
    rng = random.Random(seed)
    cards = []
    for number in range(count):
        level = Level(rng.randint(1, 4))
        choices = tuple(f"Option {letter} for question {number}" for letter in "ABCD")
        cards.append(
            Card(
                id=f"q{number:06d}",
                type=CardType.CHOICE,
                levels=(level,),
                prompt=f"Generated question {number} about {rng.choice(TOPICS)}: which option is right?",
                answer=(choices[number % 4],),
                topics=(rng.choice(TOPICS), rng.choice(TOPICS)),
                choices=choices,
                explain=f"Option {'ABCD'[number % 4]} is right because generated explanations need some length.",
                pack=pack,
            )
        )
    return cards


def write_packs(folder: Path, total: int, per_file: int = 5000) -> list[Path]:
    """`total` cards in files of at most `per_file` cards (a pack file is limited to 5 MB)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for index, start in enumerate(range(0, total, per_file)):
        name = f"bench-{total}-{index}"
        cards = make_cards(min(per_file, total - start), name, seed=index)
        path = folder / f"{name}.yaml"
        write_pack(Pack(name, f"Bench {index}", "1", tuple(cards)), path)
        files.append(path)
    return files


def make_store(path: Path, cards: int, reviews: int, tracks: list[Level], seed: int = 7) -> None:
    """A store of `cards` cards, each studied on one of `tracks` in turn, and `reviews` reviews over two years."""
    rng = random.Random(seed)
    Store.open(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA synchronous = OFF")
    db.executemany(
        "INSERT INTO cards(id, pack, card) VALUES (?, ?, ?)",
        ((ref + 1, f"bench-{cards}-{ref // 5000}", f"q{ref % 5000:06d}") for ref in range(cards)),
    )
    now = NOW.timestamp()
    rows = []
    for ref in range(1, cards + 1):
        last = now - rng.uniform(0, 60) * 86400
        stability = rng.uniform(0.5, 120)
        level = tracks[ref % len(tracks)]
        rows.append(
            (
                int(level),
                ref,
                2,
                None,
                stability,
                rng.uniform(1, 10),
                last + stability * 86400 * 0.9,
                last,
                last - 86400 * 30,
            )
        )
    db.executemany("INSERT INTO schedule VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    start = now - 730 * 86400

    def review(number: int) -> tuple[int, int, int, float]:
        ref = rng.randint(1, cards)
        return (int(tracks[ref % len(tracks)]), ref, rng.randint(1, 4), start + number * (730 * 86400 / reviews))

    db.executemany(
        "INSERT INTO reviews(level, card_ref, rating, mode, reviewed_at) VALUES (?, ?, ?, 'cards', ?)",
        (review(number) for number in range(reviews)),
    )
    db.commit()
    db.execute("ANALYZE")
    db.close()


def when(**delta: float) -> datetime:
    return NOW + timedelta(**delta)
