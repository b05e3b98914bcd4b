"""What the store hands out and takes in: plain values, no SQL."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from prep.core.model import Card, Level

if TYPE_CHECKING:
    from prep.core.scheduler import Memory

CardKey = tuple[str, str]
"""(pack name, card id): what progress is keyed by."""


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer to one quiz question, as stored."""

    level: Level
    pack: str
    card: str
    correct: bool
    given: str
    seconds: float
    at: datetime
    hinted: bool = False
    """The learner asked for the card's hint before answering."""


@dataclass(frozen=True, slots=True)
class LevelCounts:
    answered: int = 0
    correct: int = 0
    seen: int = 0
    """Distinct cards answered at least once on this level's track."""


@dataclass(frozen=True, slots=True)
class Review:
    """A stored rating, with what it replaced so that it can be undone."""

    id: int
    level: Level
    key: CardKey
    card_ref: int
    rating: int
    before: Memory | None
    after: Memory | None
    """None for a cram drill, which leaves the schedule alone."""


SUSPENDED, FLAGGED = "suspended", "flagged"
CARD_MARKS = (SUSPENDED, FLAGGED)
"""What a card can be marked on a track: suspended (never asked, left out of readiness) or flagged
(to study on its own)."""
TOPIC, PACK = "topic", "pack"
HIDDEN_KINDS = (TOPIC, PACK)
"""What can be hidden on a track, with every card in it."""


@dataclass(frozen=True, slots=True)
class Marks:
    """What the learner set aside on one track."""

    suspended: frozenset[CardKey] = frozenset()
    flagged: frozenset[CardKey] = frozenset()
    hidden_topics: frozenset[str] = frozenset()
    hidden_packs: frozenset[str] = frozenset()

    def hides(self, card: Card) -> bool:
        """Whether the card is in a hidden pack, or has a hidden topic."""
        return card.pack in self.hidden_packs or not self.hidden_topics.isdisjoint(card.topics)

    def excludes(self, card: Card) -> bool:
        """Whether sessions, readiness and stats leave the card out: suspended or hidden."""
        return card.key in self.suspended or self.hides(card)

    @property
    def excludes_any(self) -> bool:
        return bool(self.suspended or self.hidden_topics or self.hidden_packs)

    def keep(self, cards: Iterable[Card]) -> list[Card]:
        """The cards sessions, readiness and stats count on the track: `cards` less those it excludes."""
        if not self.excludes_any:
            return list(cards)
        return [card for card in cards if not self.excludes(card)]


LEVEL_OF = {int(level): level for level in Level}
"""A level from the number the store keeps."""


def moment(stamp: float) -> datetime:
    """A stored POSIX timestamp as an aware UTC datetime."""
    return datetime.fromtimestamp(stamp, UTC)


ANSWER_COLUMNS = "level, pack, card, correct, given, seconds, answered_at, hinted"
"""What `answer_from_row` reads, in its order."""


def answer_from_row(row: tuple) -> Answer:
    """An `answers` row (`ANSWER_COLUMNS`) as an `Answer`."""
    return Answer(LEVEL_OF[row[0]], row[1], row[2], bool(row[3]), row[4], row[5], moment(row[6]), bool(row[7]))
