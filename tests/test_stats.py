"""Readiness and the other figures move as a learner studies."""

from __future__ import annotations

from pathlib import Path

from prep.core.model import Deck, Level
from prep.core.packs.load import load_pack
from prep.core.scheduler import Rating, Scheduler
from prep.core.stats import level_stats
from prep.core.store import Store

from conftest import PACKS, FakeClock


def test_readiness_topics_activity_and_forecast(tmp_path: Path, clock: FakeClock) -> None:
    deck = Deck.of([load_pack(PACKS / "basics.yaml")])
    with Store.open(tmp_path / "p.db") as store:
        store.scheduler = Scheduler(fuzz=False)
        empty = level_stats(store, deck, [Level.JUNIOR], clock())[Level.JUNIOR]
        assert (empty.readiness, empty.seen, empty.total, empty.streak) == (0.0, 0, 4, 0)
        assert empty.reviews_per_day == [0] * 30 and empty.forecast == [0] * 7

        for _day in range(3):
            for card in deck.pool(Level.JUNIOR)[:2]:
                store.record_rating(Level.JUNIOR, card.key, Rating.GOOD, clock())
                clock.advance(minutes=1)
            clock.advance(days=1)
        figures = level_stats(store, deck, list(Level), clock())
        junior = figures[Level.JUNIOR]
        assert 0.3 < junior.readiness < 0.5  # two of four cards well known, two unseen (count 0)
        assert junior.seen == 2 and junior.total == 4
        assert junior.reviews_per_day[-4:] == [2, 2, 2, 0] and sum(junior.reviews_per_day) == 6
        assert junior.streak == 3  # nothing yet today: the streak runs to yesterday
        assert junior.due_today == 0
        assert junior.topics["http"].seen + junior.topics["yaml"].seen + junior.topics["postgresql"].seen == 2
        assert len(junior.weakest) == 2
        assert figures[Level.SENIOR].readiness < junior.readiness  # a bigger pool, same two cards known
        assert figures[Level.LEAD].seen == 0  # other tracks are separate

        store.record_rating(Level.JUNIOR, deck.pool(Level.JUNIOR)[0].key, Rating.AGAIN, clock())
        after_lapse = level_stats(store, deck, [Level.JUNIOR], clock())[Level.JUNIOR]
        assert after_lapse.due_today == after_lapse.forecast[0] == 1
        assert after_lapse.streak == 4 and after_lapse.reviews_per_day[-1] == 1

        clock.advance(days=60)
        assert level_stats(store, deck, [Level.JUNIOR], clock())[Level.JUNIOR].readiness < junior.readiness
