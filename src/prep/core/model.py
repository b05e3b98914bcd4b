"""Levels, cards and packs: plain values with no I/O and no UI."""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import IntEnum, StrEnum

from prep.errors import UnknownLevel


class Level(IntEnum):
    """A target seniority level; ordered, so `Level.MID < Level.SENIOR`."""

    JUNIOR = 1
    MID = 2
    SENIOR = 3
    LEAD = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    def __str__(self) -> str:
        return self.label

    @classmethod
    def names(cls) -> list[str]:
        return [level.label for level in cls]

    @classmethod
    def parse(cls, text: str) -> Level:
        """The level named by `text`, accepting common aliases; `UnknownLevel` if there is none."""
        key = text.strip().lower()
        level = LEVEL_ALIASES.get(key)
        if level is None:
            raise UnknownLevel(
                f"unknown level {text!r}: use one of {', '.join(cls.names())}"
                " (aliases: entry, intermediate, staff, principal)"
            )
        return level


LEVEL_ALIASES: dict[str, Level] = {
    **{level.label: level for level in Level},
    "entry": Level.JUNIOR,
    "entry-level": Level.JUNIOR,
    "graduate": Level.JUNIOR,
    "intermediate": Level.MID,
    "middle": Level.MID,
    "mid-level": Level.MID,
    "staff": Level.LEAD,
    "principal": Level.LEAD,
}


class CardType(StrEnum):
    CHOICE = "choice"
    """Pick the one right answer among `choices`."""
    MULTI = "multi"
    """Pick every right answer among `choices`."""
    TYPED = "typed"
    """Type the answer; `accept` lists other spellings that count."""
    CLOZE = "cloze"
    """Fill the `{{blank}}` in the prompt."""
    FLASHCARD = "flashcard"
    """Recall the back, then grade yourself."""
    REORDER = "reorder"
    """Put the items of `answer` (shown shuffled) back in their order."""

    @property
    def auto_graded(self) -> bool:
        """Whether prep can check the answer (flashcards are graded by the learner)."""
        return self is not CardType.FLASHCARD


CLOZE_BLANK = re.compile(r"\{\{(.+?)\}\}", re.DOTALL)
CLOZE_MASK = "_____"


@dataclass(frozen=True, slots=True)
class Source:
    """Where a built card came from (see `prep build`)."""

    document: str
    line: int
    section: str = ""
    kind: str = ""

    def describe(self) -> str:
        where = f"{self.document}:{self.line}"
        details = ", ".join(part for part in (self.section, self.kind) if part)
        return f"{where} ({details})" if details else where


@dataclass(slots=True)  # not frozen: frozen __init__ is 4x slower, and big packs load 20,000 of these
class Card:
    id: str
    """Unique in its pack and stable across edits: progress is keyed by (pack, id)."""
    type: CardType
    levels: tuple[Level, ...]
    """The levels this card is asked at, lowest first."""
    prompt: str
    """The question; for cloze cards it holds the `{{answer}}` blank."""
    answer: tuple[str, ...]
    """The right answer(s): one for every type but multi."""
    topics: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    """Other answers that count as right for typed and cloze cards."""
    explain: str = ""
    hint: str = ""
    """A nudge the learner may ask for before answering (`h`); asking does not change the grading."""
    source: Source | None = None
    pack: str = ""
    """Name of the pack the card belongs to."""
    line: int = 0
    """Line of the card in its pack file."""

    @property
    def key(self) -> tuple[str, str]:
        return (self.pack, self.id)

    @property
    def level(self) -> Level:
        """The lowest level the card is asked at."""
        return self.levels[0]

    @property
    def question(self) -> str:
        """The prompt as shown to the learner (cloze blanks masked)."""
        if self.type is CardType.CLOZE:
            return CLOZE_BLANK.sub(CLOZE_MASK, self.prompt)
        return self.prompt

    @property
    def answer_text(self) -> str:
        return (" → " if self.type is CardType.REORDER else "; ").join(self.answer)

    @property
    def back(self) -> str:
        """The answer side of the card, as a flashcard shows it."""
        if self.type is CardType.CLOZE:
            return CLOZE_BLANK.sub(lambda match: match.group(1), self.prompt)
        return self.answer_text

    @property
    def accepted(self) -> tuple[str, ...]:
        """Every answer that counts as right when typed."""
        return self.answer + self.accept


@dataclass(frozen=True, slots=True)
class Pack:
    name: str
    """Unique slug; progress is keyed by pack name and card id."""
    title: str
    version: str
    cards: tuple[Card, ...]
    description: str = ""
    license: str = ""
    format: int = 1
    path: str = ""
    """File the pack was loaded from."""
    origin: str = ""
    """Where discovery found it: bundled, user, entry point NAME, or command line."""
    uses: tuple[tuple[str, str], ...] = ()
    """(pack, card id) of other packs' cards this pack studies as they are: a built deck selects the
    library's cards on a posting's skills this way instead of copying them, so they keep their progress."""

    def counts_by_level(self) -> dict[Level, int]:
        return {level: sum(1 for card in self.cards if level in card.levels) for level in Level}

    @property
    def topics(self) -> list[str]:
        return sorted({topic for card in self.cards for topic in card.topics})


@dataclass(frozen=True)
class Deck:
    """The cards a study session may draw from: the loaded packs' cards."""

    cards: tuple[Card, ...] = field(default=())
    _pools: dict[Level, list[Card]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def of(cls, packs: Iterable[Pack]) -> Deck:
        return cls(tuple(card for pack in packs for card in pack.cards))

    def pool(self, level: Level, topics: Sequence[str] = (), *, graded_only: bool = False) -> list[Card]:
        """Cards for a `level` session: those asked at `level` or below, the level's own first.

        Within the pool cards keep deck order; callers shuffle within each level band
        (see `band`). The unfiltered pool of each level is computed once.
        """
        if level not in self._pools:
            cards = [card for card in self.cards if card.level <= level]
            self._pools[level] = sorted(cards, key=lambda card: -band(card, level))
        pool = self._pools[level]
        if not topics and not graded_only:
            return list(pool)
        wanted = {topic.lower() for topic in topics}
        return [
            card
            for card in pool
            if (not wanted or wanted.intersection(card.topics)) and (card.type.auto_graded or not graded_only)
        ]


def shuffled(card: Card, rng: random.Random) -> Card:
    """`card` as one showing presents it: its choices in a fresh order, so the right answer is never
    learnt by its place; a reorder card's items shuffled into `choices`, never already in order."""
    if card.type is CardType.REORDER:
        items = list(card.answer)
        while items == list(card.answer):
            rng.shuffle(items)
        return replace(card, choices=tuple(items))
    if len(card.choices) < 2:
        return card
    choices = list(card.choices)
    rng.shuffle(choices)
    return replace(card, choices=tuple(choices))


def band(card: Card, level: Level) -> int:
    """How close `card` is to `level`: its own level scores highest, then each level below."""
    if level in card.levels:
        return int(level)
    return max(card_level for card_level in card.levels if card_level <= level)


def arrange(cards: Sequence[Card], level: Level, rng: random.Random) -> list[Card]:
    """`level`'s own cards first, then each lower level in turn, shuffled within each level."""
    bands: dict[int, list[Card]] = defaultdict(list)
    for card in cards:
        bands[band(card, level)].append(card)
    ordered: list[Card] = []
    for rank in sorted(bands, reverse=True):
        group = bands[rank]
        rng.shuffle(group)
        ordered.extend(group)
    return ordered


@dataclass(frozen=True, slots=True)
class PostingSkill:
    """A skill a job posting asks for, as `prep build` found it and a target keeps it."""

    name: str
    """As a person would write it ("PostgreSQL", "Spark")."""
    topic: str | None
    """The vocabulary topic it maps onto, or None when prep's vocabulary has none (no card can cover it)."""
    optional: bool = False
    """Named as nice to have rather than required."""


@dataclass(frozen=True, slots=True)
class PostingGroup:
    """One of a posting's lists (responsibilities, qualifications) and the deck's cards made from it."""

    heading: str
    """The list's heading as the posting writes it ("What you'll do")."""
    kind: str
    """"responsibilities", "qualifications" or "expectations" (a career ladder's level)."""
    cards: tuple[str, ...]
    """Ids of the deck's cards made from the list's items."""
