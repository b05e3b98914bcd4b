"""Flashcard sessions: the day's due cards, then new ones; ratings go to the level's FSRS schedule.

Cram sessions drill the cards most likely to be forgotten by a date (an interview), weakest
first; their ratings are logged but leave the long-term schedule as it was.
Like the quiz session, this knows nothing of screens: the TUI, `--plain` and the tests drive it.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from prep.core.clock import Clock, next_day, start_of_day, utc_now
from prep.core.model import Card, Deck, Level, arrange, shuffled
from prep.core.scheduler import InvalidMemory, Preview, Rating, describe_interval, recall_at
from prep.core.store import Review, Store
from prep.core.text import plural

DEFAULT_NEW_PER_DAY = 20
DEFAULT_CRAM_SIZE = 50
LEARN_AHEAD = timedelta(minutes=20)
"""A card rated now and due again within this long comes back in the same session."""
_PAGE = 200


def choose_flashcards(
    deck: Deck,
    store: Store,
    level: Level,
    now: datetime,
    *,
    new_per_day: int = DEFAULT_NEW_PER_DAY,
    new_today: int | None = None,
    topics: Sequence[str] = (),
    seed: int | None = None,
) -> list[Card]:
    """Due cards (most overdue first), then up to the day's allowance of new cards: `new_per_day` less
    those the track met today, or `new_today` when given."""
    pool = arrange(deck.pool(level, topics), level, random.Random(seed))
    by_key = {card.key: card for card in pool}
    due = _due_cards(store, level, now, by_key)
    if new_today is not None:
        allowance = new_today
    else:
        allowance = max(0, new_per_day - store.introduced_since(level, start_of_day(now)))
    return due + _new_cards(store, level, pool, allowance)


def _due_cards(store: Store, level: Level, now: datetime, by_key: dict) -> list[Card]:
    due: list[Card] = []
    offset = 0
    while True:
        keys = store.due_keys(level, now, limit=_PAGE, offset=offset)
        due += [by_key[key] for key in keys if key in by_key]
        if len(keys) < _PAGE:
            return due
        offset += _PAGE


def _new_cards(store: Store, level: Level, pool: list[Card], allowance: int) -> list[Card]:
    if allowance <= 0:
        return []
    fresh: list[Card] = []
    for start in range(0, len(pool), _PAGE):
        page = pool[start : start + _PAGE]
        seen = store.studied(level, [card.key for card in page])
        fresh += [card for card in page if card.key not in seen]
        if len(fresh) >= allowance:
            break
    return fresh[:allowance]


def choose_cram_cards(
    deck: Deck,
    store: Store,
    level: Level,
    until: datetime,
    *,
    count: int = DEFAULT_CRAM_SIZE,
    topics: Sequence[str] = (),
) -> list[Card]:
    """The `count` cards least likely to be recalled at `until`; never-studied cards count as 0."""
    numbers = store.schedule_numbers(level)
    refs = store.refs()
    moment = until.timestamp()

    def recall(card: Card) -> float:
        row = numbers.get(refs.get(card.key, 0))
        if row is None:
            return 0.0
        try:
            return recall_at(row[0], row[1], moment, row[3], row[4])
        except InvalidMemory:
            return 0.0  # `prep progress check` reports it; drilling the card does no harm

    pool = deck.pool(level, topics)  # already own level first; sorted() keeps that order among ties
    return sorted(pool, key=recall)[:count]


@dataclass(frozen=True, slots=True)
class FlashcardSummary:
    level: Level
    cram: bool
    rated: int
    """Ratings given (a card rated twice counts twice)."""
    cards: int
    """Distinct cards rated."""
    ratings: dict[Rating, int]
    topics: dict[str, Counter[Rating]]
    """Per topic, each card's last rating in the session."""
    again: list[Card]
    """Cards whose last rating was Again: the ones to retry."""
    left: int
    """Cards still in the queue when the session ended."""
    due_later_today: int

    @property
    def tally(self) -> str:
        """ "Rated 4 cards · 1 Again · 2 Good · 1 Easy · 3 left": the TUI, plain mode and the command
        line say the same."""
        counts = " · ".join(f"{self.ratings[r]} {r.label}" for r in Rating if self.ratings.get(r))
        parts = [f"Rated {plural(self.cards, 'card')}" + (f" · {counts}" if counts else "")]
        if self.due_later_today:
            parts.append(f"{self.due_later_today} due again later today")
        parts.append(f"{self.left} left" if self.left else "none left")
        return " · ".join(parts)


@dataclass
class FlashcardSession:
    queue: list[Card]
    level: Level
    store: Store
    clock: Clock = utc_now
    cram: bool = False
    again: int = 0
    """Ratings of Again in this session."""
    history: list[tuple[Review, Card, bool]] = field(default_factory=list)
    """Each rating with its card and whether the card was queued again; `undo` pops it."""
    seed: int | None = None
    """Makes the order of each card's choices reproducible."""

    def __post_init__(self) -> None:
        rng = random.Random(self.seed)
        self.queue = [shuffled(card, rng) for card in self.queue]  # its own copy, choices in a fresh order
        self._preview: tuple[Card, Preview] | None = None

    @property
    def current(self) -> Card | None:
        return self.queue[0] if self.queue else None

    @property
    def remaining(self) -> int:
        return len(self.queue)

    @property
    def rated(self) -> int:
        return len(self.history)

    @property
    def coming_back(self) -> int:
        """Cards in the queue that were rated already and come back later in this session."""
        seen = {card.key for _, card, _ in self.history}
        return sum(card.key in seen for card in self.queue)

    @property
    def progress(self) -> str:
        """ "3 rated · 12 to go (2 coming back) · 1 Again", as every front end words it."""
        back = self.coming_back
        to_go = f"{self.remaining} to go" + (f" ({back} coming back)" if back else "")
        return f"{self.rated} rated · {to_go} · {self.again} Again"

    def summary(self) -> FlashcardSummary:
        """What the session did: ratings in all and per topic, the cards last rated Again, and how many
        of its cards are due again later today (they come back in a later session)."""
        last: dict[tuple[str, str], tuple[Rating, Card]] = {}
        ratings: Counter[Rating] = Counter()
        for review, card, _ in self.history:
            rating = Rating(review.rating)
            ratings[rating] += 1
            last[card.key] = (rating, card)
        topics: dict[str, Counter[Rating]] = {}
        for rating, card in last.values():
            for topic in card.topics or ("general",):
                topics.setdefault(topic, Counter())[rating] += 1
        end_of_day = next_day(start_of_day(self.clock()))
        later = 0 if self.cram else sum(1 for review, _, _ in self.history if review.after and
                                          self.clock() < review.after.due < end_of_day)  # fmt: skip
        return FlashcardSummary(
            level=self.level,
            cram=self.cram,
            rated=self.rated,
            cards=len(last),
            ratings=dict(ratings),
            topics=dict(sorted(topics.items())),
            again=[card for rating, card in last.values() if rating is Rating.AGAIN],
            left=self.remaining,
            due_later_today=later,
        )

    def last_rating(self) -> str:
        """ "Good: due in 3d" for the card rated last; "" before any rating (or after undoing them all)."""
        if not self.history:
            return ""
        review, _card, requeue = self.history[-1]
        if self.cram:
            when = "again in this drill" if requeue else "done for this drill"
        elif requeue or review.after is None:
            when = "back this session"
        else:
            when = f"due in {describe_interval(review.after.due - (review.after.last_review or self.clock()))}"
        return f"{Rating(review.rating).label}: {when}"

    def intervals(self) -> dict[Rating, str]:
        """For the current card: how long until it is due again after each rating."""
        card = self.current
        if card is None:
            return {}
        if self.cram:
            return dict.fromkeys(Rating, "cram")
        preview = self._preview_of(card)
        return {rating: describe_interval(delta) for rating, delta in preview.intervals().items()}

    def _preview_of(self, card: Card) -> Preview:
        """The current card's preview, computed once per showing: rating it applies what was shown."""
        if self._preview is None or self._preview[0] is not card:
            memory = self.store.memory(self.level, card.key)
            self._preview = (card, self.store.scheduler.preview(self.store.ref(card.key) or 0, memory, self.clock()))
        return self._preview[1]

    def rate(self, rating: Rating) -> Review:
        """Store the rating of the current card (committed before this returns) and move on."""
        card = self.queue.pop(0)
        now = self.clock()
        preview = self._preview[1] if self._preview is not None and self._preview[0] is card else None
        self._preview = None
        review = self.store.record_rating(self.level, card.key, rating, now, cram=self.cram, preview=preview)
        if rating is Rating.AGAIN:
            self.again += 1
        if self.cram:
            requeue = rating is Rating.AGAIN
        else:
            requeue = review.after is not None and review.after.due - now <= LEARN_AHEAD
        if requeue:
            self.queue.append(card)
        self.history.append((review, card, requeue))
        return review

    def retry(self) -> FlashcardSession:
        """A drill on the cards last rated Again: ratings logged, the schedule left as this session left it."""
        again = self.summary().again
        return FlashcardSession(again, self.level, self.store, self.clock, cram=True, seed=self.seed)

    def undo(self) -> Card | None:
        """Take back the last rating and show that card again; None when there is nothing to undo."""
        if not self.history:
            return None
        review, card, requeued = self.history.pop()
        self.store.undo(review)
        self._preview = None
        if requeued:
            self.queue.pop()
        self.queue.insert(0, card)
        if review.rating == Rating.AGAIN:
            self.again -= 1
        return card
