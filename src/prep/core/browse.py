"""Finding cards and reading one: the search behind `prep find` and the browser, each card's state on a
track, one card's record (its schedule, recall and history), and the PACK/CARD names commands take.

A search matches cards whose prompt, answer, choices or explanation contain every word of the text,
in any order and any case; filters narrow it to topics, packs and states. The cards are those a
session on the track draws from (its level and every level below), in deck order, those whose prompt
has every word first. The text of each card is lowered once, so a search over 20,000 cards is a
few milliseconds.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from prep.core.clock import from_timestamp
from prep.core.model import Card, Level
from prep.core.scheduler import LEARNING, RELEARNING, REVIEW, Memory, describe_interval, recall_probability
from prep.core.store import Marks, Store
from prep.core.store.records import PACK, TOPIC, CardKey
from prep.errors import PrepError


class State(StrEnum):
    """What `--state` and the browser's filter pick, on one track."""

    NEW = "new"
    """Never studied."""
    LEARNING = "learning"
    """Studied, and still on its first steps (or relearning after a lapse)."""
    REVIEW = "review"
    """Learnt: back at growing intervals."""
    DUE = "due"
    """Studied and due now."""
    SUSPENDED = "suspended"
    FLAGGED = "flagged"
    HIDDEN = "hidden"
    """In a topic or pack hidden on the track."""


FSRS_STATES = {LEARNING: "learning", REVIEW: "review", RELEARNING: "relearning"}


CLOSE = 0.75
"""How alike two names must be (difflib's ratio) to be offered in "did you mean"."""


class UnknownCard(PrepError):
    """A PACK/CARD name no loaded pack has; the message says what is close."""


@dataclass(frozen=True, slots=True)
class Status:
    """One card on one track: where the schedule has it, and what the learner set on it."""

    state: int | None
    """fsrs's state (1 learning, 2 review, 3 relearning); None when never studied."""
    due: float | None
    """When it is due, as POSIX seconds (None: never studied)."""
    suspended: bool = False
    flagged: bool = False
    hidden: bool = False

    def has(self, state: State, now: float) -> bool:
        match state:
            case State.NEW:
                return self.state is None
            case State.LEARNING:
                return self.state in (LEARNING, RELEARNING)
            case State.REVIEW:
                return self.state == REVIEW
            case State.DUE:
                return self.due is not None and self.due <= now
            case State.SUSPENDED:
                return self.suspended
            case State.FLAGGED:
                return self.flagged
        return self.hidden

    def label(self, now: float) -> str:
        """Short, for a table cell: suspended, hidden, new, due, or when it is due ("in 12d"); "!" first when
        flagged."""
        if self.suspended:
            text = "suspended"
        elif self.hidden:
            text = "hidden"
        elif self.state is None or self.due is None:
            text = "new"
        elif self.due <= now:
            text = "due"
        else:
            text = f"in {describe_interval(timedelta(seconds=self.due - now))}"
        return f"! {text}" if self.flagged else text


class Track:
    """The state of every card on one level's track, read from the store once."""

    def __init__(self, store: Store, level: Level, now: datetime) -> None:
        self.level = level
        self.now = now
        self.marks: Marks = store.marks(level)
        numbers = store.schedule_numbers(level)
        self._schedule: dict[CardKey, tuple[Any, float | None]] = {
            key: (row[3], row[2] if isinstance(row[2], float | int) else None)  # else a value no review gives
            for key, ref in store.refs().items()
            if (row := numbers.get(ref)) is not None
        }
        """(pack, card) → (fsrs state, due) of every card studied on the track."""

    def status(self, card: Card) -> Status:
        marks = self.marks
        state, due = self._schedule.get(card.key, (None, None))
        return Status(state, due, card.key in marks.suspended, card.key in marks.flagged, marks.hides(card))

    def is_in(self, card: Card, states: Collection[State]) -> bool:
        """Whether `card` is in any of `states` (what `status(card).has` says, without making a `Status`)."""
        key, marks = card.key, self.marks
        schedule = self._schedule.get(key)
        for state in states:
            if state is State.NEW:
                found = schedule is None
            elif state is State.DUE:
                found = schedule is not None and schedule[1] is not None and schedule[1] <= self._now
            elif state is State.SUSPENDED:
                found = key in marks.suspended
            elif state is State.FLAGGED:
                found = key in marks.flagged
            elif state is State.HIDDEN:
                found = marks.hides(card)
            else:
                found = schedule is not None and (schedule[0] == REVIEW) == (state is State.REVIEW)
            if found:
                return True
        return False

    @property
    def _now(self) -> float:
        return self.now.timestamp()


@dataclass(frozen=True, slots=True)
class Query:
    text: str = ""
    topics: tuple[str, ...] = ()
    packs: tuple[str, ...] = ()
    states: tuple[State, ...] = ()
    """Cards in any of these states (empty: every card)."""

    @property
    def words(self) -> list[str]:
        return self.text.casefold().split()


@dataclass(frozen=True, slots=True)
class Found:
    cards: list[Card]
    higher: int = 0
    """Cards that match but are asked only above the track's level."""


class Finder:
    """The cards of a deck, ready to search: each card's text lowered once, when first searched."""

    def __init__(self, cards: Sequence[Card]) -> None:
        self.cards = tuple(cards)
        self._texts: list[tuple[str, str]] | None = None
        self._by_key = {card.key: card for card in self.cards}

    def texts(self) -> list[tuple[str, str]]:
        """(prompt, everything searched) of each card, case-folded."""
        if self._texts is None:
            self._texts = [(card.prompt.casefold(), searched_text(card).casefold()) for card in self.cards]
        return self._texts

    def search(self, query: Query, track: Track) -> Found:
        """The cards on `track` that match `query`: those whose prompt has every word first."""
        words, level = query.words, track.level
        topics, packs, states = set(query.topics), set(query.packs), query.states
        first: list[Card] = []
        then: list[Card] = []
        higher = 0
        for card, (prompt, text) in zip(self.cards, self.texts(), strict=True):
            if (packs and card.pack not in packs) or (topics and topics.isdisjoint(card.topics)):
                continue
            if words and not all(word in text for word in words):
                continue
            if states and not track.is_in(card, states):
                continue
            if card.level > level:
                higher += 1
            elif not words or all(word in prompt for word in words):
                first.append(card)
            else:
                then.append(card)
        return Found(first + then, higher)

    def card(self, name: str) -> Card:
        """The card `name` names: PACK/CARD, or a card id only one pack has; `UnknownCard` with what is
        close when there is none."""
        pack, slash, card_id = name.strip().partition("/")
        if slash:
            found = self._by_key.get((pack, card_id))
            if found is not None:
                return found
        else:
            same = [card for card in self.cards if card.id == pack]
            if len(same) == 1:
                return same[0]
            if same:
                names = ", ".join(card_name(card) for card in same[:4])
                raise UnknownCard(f"{name} is a card in {len(same)} packs ({names}); write PACK/CARD")
        raise UnknownCard(f"no card {name}; {did_you_mean(name, [card_name(card) for card in self.cards])}")

    def cards_named(self, names: Iterable[str]) -> list[Card]:
        """Each card `names` names, once, in order; `UnknownCard` on the first that is not there."""
        return list({card.key: card for card in map(self.card, names)}.values())


def searched_text(card: Card) -> str:
    """What a search looks in: the prompt, choices, answer, other accepted answers, hint and explanation."""
    return "\n".join((card.prompt, *card.choices, *card.answer, *card.accept, card.hint, card.explain))


def card_name(card: Card) -> str:
    return f"{card.pack}/{card.id}"


def first_line(card: Card, width: int) -> str:
    """The first line of the card's question (with " …" when more follow, as code often does), cut at
    `width` with an ellipsis."""
    lines = card.question.strip().splitlines() or [""]
    line = " ".join(lines[0].split()) + (" …" if len(lines) > 1 else "")
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def did_you_mean(name: str, known: Collection[str], what: str = "card") -> str:
    """ "did you mean …?" with the names in `known` closest to `name`, or where to look when none is close.
    A card's id is compared with the ids of its pack (or of every pack, given alone), not the whole name."""
    close = difflib.get_close_matches(name, list(known), n=3, cutoff=CLOSE)
    if what == "card":
        pack, slash, card_id = name.partition("/")
        ids: dict[str, list[str]] = {}
        for known_name in known:
            known_pack, _, known_id = known_name.partition("/")
            if not slash or known_pack == pack:
                ids.setdefault(known_id, []).append(known_name)
        if ids:
            close = [full for found in difflib.get_close_matches(card_id if slash else pack, list(ids), n=3,
                                                                  cutoff=CLOSE) for full in ids[found]][:3]  # fmt: skip
    if close:
        return f"did you mean {' or '.join(close)}?"
    return {"card": "`prep find TEXT` finds cards", "pack": "`prep packs list` shows the packs"}[what]


# ------------------------------------------------------------------ one card


@dataclass(frozen=True, slots=True)
class Event:
    """One time the card was studied on the track."""

    at: datetime
    mode: str
    """"quiz", "cards" (flashcards) or "cram"."""
    rating: int | None
    """1 Again … 4 Easy (a quiz answer counts Good when right, Again when wrong); None if not rated."""
    correct: bool | None = None
    """For a quiz answer: whether it was right."""
    given: str = ""
    """For a quiz answer: what was given."""
    hinted: bool = False
    """For a quiz answer: the hint was asked for first."""


@dataclass(frozen=True)
class CardRecord:
    """One card on one track, as `prep show` and the card screen present it."""

    card: Card
    level: Level
    status: Status
    memory: Memory | None
    recall: float
    """The chance of recalling it now (see `scheduler.recall_at`: 0 when never studied or just failed)."""
    history: list[Event] = field(default_factory=list)

    @property
    def fsrs_state(self) -> str:
        return "new" if self.memory is None else FSRS_STATES.get(self.memory.state, "unknown")

    def to_dict(self) -> dict[str, Any]:
        card, memory = self.card, self.memory
        return {
            "name": card_name(card),
            **card_fields(card),
            "choices": list(card.choices),
            "answer": list(card.answer),
            "accept": list(card.accept),
            "explain": card.explain,
            "hint": card.hint,
            "source": card.source.describe() if card.source else None,
            "track": self.level.label,
            "suspended": self.status.suspended,
            "flagged": self.status.flagged,
            "hidden": self.status.hidden,
            "state": self.fsrs_state,
            "step": memory.step if memory else None,
            "due": memory.due.isoformat() if memory else None,
            "last_review": memory.last_review.isoformat() if memory and memory.last_review else None,
            "stability": memory.stability if memory else None,
            "difficulty": memory.difficulty if memory else None,
            "recall_now": round(self.recall, 4),
            "history": [
                {"time": event.at.isoformat(), "mode": event.mode, "rating": event.rating, "correct": event.correct,
                 "given": event.given, "hinted": event.hinted}
                for event in self.history
            ],
        }  # fmt: skip


def card_fields(card: Card) -> dict[str, Any]:
    """What `prep find --json` gives of each card (and `prep show --json` starts with)."""
    return {
        "pack": card.pack,
        "card": card.id,
        "type": card.type.value,
        "levels": [level.label for level in card.levels],
        "topics": list(card.topics),
        "prompt": card.question,
    }


def answer_lines(card: Card) -> list[str]:
    """What a card answers, as `prep show` and the card screen give it after the question: the choices
    (the right ones ticked) or the order, the answer, what else is accepted and the hint; "" between parts."""
    from prep.core.model import CardType

    if card.type is CardType.REORDER:
        lines = ["In order:", *(f"  {number}. {item}" for number, item in enumerate(card.answer, start=1))]
    else:
        lines = [f"  {'✓' if choice in card.answer else ' '} {choice}" for choice in card.choices]
        lines += [""] * bool(lines) + [f"Answer: {card.back if card.type is CardType.CLOZE else card.answer_text}"]
    if card.accept:
        lines.append(f"Also accepted: {'; '.join(card.accept)}")
    if card.hint:
        lines.append(f"Hint: {card.hint}")
    return lines


def track_summary(record: CardRecord, now: datetime) -> list[str]:
    """Where the card stands on the track, in two lines: its state and marks, then when it is due and
    how well it is known."""
    status, memory = record.status, record.memory
    set_aside = [name for name, on in (("suspended", status.suspended), ("flagged", status.flagged),
                                       ("hidden (its topic or pack)", status.hidden)) if on]  # fmt: skip
    lines = [f"On the {record.level} track: {record.fsrs_state}" + "".join(f" · {name}" for name in set_aside)]
    if memory is None:
        return [*lines, "Never studied on this track."]
    return [
        *lines,
        f"Due {when(memory.due, now)} · recall now {record.recall:.0%} · stability {memory.stability or 0:.1f}"
        f" days · difficulty {memory.difficulty or 0:.1f} of 10",
    ]


def history_rows(record: CardRecord) -> list[tuple[str, str, str, str]]:
    """(local time, mode, rating, answer given) for each time the card was studied on the track."""
    from prep.core.scheduler import Rating

    rows = []
    for event in record.history:
        rating = Rating(event.rating).label if event.rating in (1, 2, 3, 4) else "not rated"
        answer = "" if event.correct is None else f"{'right' if event.correct else 'wrong'}: {event.given}"
        answer += " (after the hint)" if event.hinted else ""
        rows.append((local_time(event.at), event.mode, rating, answer))
    return rows


def when(moment: datetime, now: datetime) -> str:
    """A moment as a person reads it: the local day and time, and how far off it is ("in 3d", "2h ago")."""
    gap = moment - now
    if abs(gap.total_seconds()) < 60:
        relative = "now"
    else:
        relative = f"in {describe_interval(gap)}" if gap.total_seconds() > 0 else f"{describe_interval(-gap)} ago"
    return f"{local_time(moment)} ({relative})"


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def card_record(card: Card, store: Store, level: Level, now: datetime) -> CardRecord:
    memory = store.memory(level, card.key)
    return CardRecord(
        card, level, Track(store, level, now).status(card), memory, recall_probability(memory, now),
        history(store, level, card.key),
    )  # fmt: skip


def history(store: Store, level: Level, key: CardKey) -> list[Event]:
    """The card's ratings on the track, each quiz answer with what was given, oldest first."""
    answers, reviews = store.history(level, key)
    by_moment = {answer.at: answer for answer in answers}
    events = []
    for review in reviews:
        answer = by_moment.pop(review.at, None) if review.mode == "quiz" else None
        correct, given, hinted = (answer.correct, answer.given, answer.hinted) if answer else (None, "", False)
        events.append(Event(review.at, review.mode, review.rating, correct, given, hinted))
    events += [
        Event(answer.at, "quiz", None, answer.correct, answer.given, answer.hinted) for answer in by_moment.values()
    ]
    return sorted(events, key=lambda event: event.at)


def find_dict(found: Found, track: Track) -> dict[str, Any]:
    """`prep find --json`: each card with its state on the track."""
    now = track.now.timestamp()
    cards = []
    for card in found.cards:
        status = track.status(card)
        due = from_timestamp(status.due) if status.due is not None else None
        states = [state.value for state in State if status.has(state, now)]
        cards.append(
            {"name": card_name(card), **card_fields(card), "states": states, "due": due.isoformat() if due else None}
        )
    return {"track": track.level.label, "cards": cards, "higher_levels": found.higher}


# ------------------------------------------------------------------ names of topics and packs


def known_name(kind: str, name: str, known: Collection[str]) -> str:
    """The topic or pack `name` asks for, checked against `known`; `PrepError` with what is close."""
    if kind == TOPIC:
        from prep.core.topics import resolve_topics

        return resolve_topics([name], known)[0]
    assert kind == PACK
    if name not in known:
        raise PrepError(f"no pack {name!r}; {did_you_mean(name, known, 'pack')}")
    return name
