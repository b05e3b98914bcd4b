"""Drafts into a pack: stable ids, levels, topics, and prep's own validator as the last word.

A card's id is made from its draft's identity — the source's own id or the text that names the
card — so importing the same file again, or an edited one, gives the cards the ids they had and
progress survives. The pack is written with `prep.core.packs.write` and read back with
`prep.core.packs.load`, exactly as `prep packs validate` would; a card the validator refuses is
left out, with the validator's words located at the card's line in the imported file.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from prep.core.exchange.drafts import Draft, Reading
from prep.core.model import LEVEL_ALIASES, Card, CardType, Level, Pack
from prep.core.packs.format import MAX_TOPICS, NAME_PATTERN
from prep.core.packs.load import load_pack_bytes
from prep.core.packs.write import split_deck
from prep.core.topics import topic_for
from prep.errors import PackError, PackErrors, UsageError

DEFAULT_LEVEL = Level.JUNIOR
"""Imported cards are junior unless told otherwise: a session for any level draws on the levels
below it, so junior cards come up on every track."""
IGNORED_TAGS = frozenset({"leech", "marked"})
"""Anki's own bookkeeping tags, not topics."""
MAX_TOPIC_CHARS = 40


@dataclass(frozen=True, slots=True)
class ImportOptions:
    name: str = ""
    """The pack's name; by default a slug of the file's name."""
    title: str = ""
    level: Level | None = None
    """Every card's level; by default a level named in the card's deck, else `DEFAULT_LEVEL`."""


@dataclass
class Imported:
    pack: Pack
    format: str
    problems: list[PackError] = field(default_factory=list)
    """One per card left out, and notes on what prep could not keep (media)."""
    skipped: int = 0


def pack_name_for(path: Path) -> str:
    """A pack name from a file name: `Backend Databases.apkg` → `backend-databases`."""
    ascii_name = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[:60].strip("-")
    return slug or "imported"


def make_pack(reading: Reading, shown: str, source: Path, options: ImportOptions) -> Imported:
    """The pack the drafts make, checked by prep's validator; cards it refuses are reported and left out."""
    name = options.name or pack_name_for(source)
    if not NAME_PATTERN.match(name):
        raise UsageError(f"{name!r} is not a pack name; use lowercase letters, digits and dashes (--name)")
    problems = list(reading.problems)
    cards, where = _cards(reading.drafts, shown, options, problems)
    pack = Pack(
        name=name,
        title=(options.title or reading.title or source.stem)[:200],
        version="1",
        cards=tuple(cards),
        description=f"Imported from {source.name[:150]} ({reading.format}) with prep import.",
    )
    pack = _validated(pack, shown, where, problems)
    if not pack.cards:
        raise PackError(shown, f"holds no card prep could import ({reading.format}); {_why(problems)}")
    return Imported(pack, reading.format, problems, skipped=len(reading.drafts) - len(pack.cards))


def _why(problems: list[PackError]) -> str:
    return f"the first problem: {problems[0].message}" if problems else "is it empty?"


def _cards(drafts: list[Draft], shown: str, options: ImportOptions, problems: list[PackError]) -> tuple[
    list[Card], dict[str, Draft]
]:  # fmt: skip
    cards: list[Card] = []
    seen: dict[str, Draft] = {}
    for draft in drafts:
        missing = _missing(draft)
        if missing:
            problems.append(_located(shown, draft, f"skipped: {missing}"))
            continue
        card_id = _unique_id(draft, seen, shown, problems)
        if card_id is None:
            continue
        seen[card_id] = draft
        cards.append(_card(card_id, draft, options))
    return cards, seen


def _missing(draft: Draft) -> str:
    if not draft.prompt.strip():
        return "the card has no question (its front is empty)"
    if draft.type is not CardType.CLOZE and not any(part.strip() for part in draft.answer):
        return "the card has no answer (its back is empty); prep needs one to show"
    return ""


def _unique_id(draft: Draft, seen: dict[str, Draft], shown: str, problems: list[PackError]) -> str | None:
    base = card_id(draft)
    first = seen.get(base)
    if first is not None and draft.by_guid:
        problems.append(_located(shown, draft, f"skipped: its GUID is also {_where(first)}'s; give each note its own"))
        return None
    number = 1
    candidate = base
    while first is not None:
        if _same_card(first, draft):
            problems.append(_located(shown, draft, f"skipped: the same card as {_where(first)}"))
            return None
        number += 1
        candidate = f"{base}-{number}"
        first = seen.get(candidate)
    return candidate


def _where(draft: Draft) -> str:
    return f"line {draft.line}" if draft.line else draft.where or "an earlier card"


def _same_card(one: Draft, other: Draft) -> bool:
    return (one.type, one.prompt, one.answer, one.choices) == (other.type, other.prompt, other.answer, other.choices)


def card_id(draft: Draft) -> str:
    """The prep id of a draft: from its identity, so the same card gets the same id on every import."""
    identity = " ".join(draft.identity.split())
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:10]
    if draft.by_guid:
        return f"anki-{digest}"
    ascii_text = unicodedata.normalize("NFKD", identity).encode("ascii", "ignore").decode().lower()
    slug = "-".join(re.findall(r"[a-z0-9]+", ascii_text)[:6])[:48].strip("-")
    return f"{slug or 'card'}-{digest}"


def _card(card_id: str, draft: Draft, options: ImportOptions) -> Card:
    return Card(
        id=card_id,
        type=draft.type,
        levels=(options.level or level_of_deck(draft.deck) or DEFAULT_LEVEL,),
        prompt=draft.prompt,
        answer=draft.answer,
        topics=topics_of(draft),
        choices=draft.choices,
        accept=draft.accept,
        explain=draft.explain,
        hint=draft.hint,
        line=draft.line,
    )


def level_of_deck(deck: str) -> Level | None:
    """A level a deck's name gives (`prep::backend-core::senior`, `Interviews::Mid`), if any."""
    for part in reversed(deck.split("::")):
        level = LEVEL_ALIASES.get(part.strip().lower())
        if level is not None:
            return level
    return None


def topics_of(draft: Draft) -> tuple[str, ...]:
    """The draft's tags as topics — mapped onto prep's vocabulary where they match one, kept as they
    are otherwise — and the parts of its deck's name that match the vocabulary."""
    found = []
    for tag in draft.tags:
        key = tag.strip().lower()
        if key and key not in IGNORED_TAGS and len(key) <= MAX_TOPIC_CHARS:
            found.append(vocabulary_topic(key) or key)
    found += [topic for part in draft.deck.split("::") if (topic := vocabulary_topic(part.strip().lower()))]
    return tuple(dict.fromkeys(found))[:MAX_TOPICS]


def vocabulary_topic(tag: str) -> str | None:
    """The vocabulary topic a tag names: `PostgreSQL`, `backend::postgres`, `unit_testing` all match."""
    last = tag.rsplit("::", 1)[-1]
    for candidate in (tag, last, last.replace("_", " "), last.replace("-", " "), tag.replace("::", " ")):
        topic = topic_for(candidate) if candidate else None
        if topic:
            return topic
    return None


def _located(shown: str, draft: Draft, message: str) -> PackError:
    if draft.line:
        return PackError(shown, message, line=draft.line)
    return PackError(shown, f"{draft.where}: {message}" if draft.where else message)


MAX_ROUNDS = 3


def _validated(pack: Pack, shown: str, where: dict[str, Draft], problems: list[PackError]) -> Pack:
    """The pack as prep's validator reads it back, less the cards it refuses (reported where they came from)."""
    for _round in range(MAX_ROUNDS):
        if not pack.cards:
            return pack
        refused: dict[str, PackError] = {}
        for part_name, text in split_deck(pack):
            try:
                load_pack_bytes(part_name, text)
            except PackErrors as errors:
                for error in errors.errors:
                    if error.card_id not in where:
                        raise PackError(shown, f"prep made a pack it cannot read ({error}); please report it") from None
                    refused.setdefault(error.card_id, error)
        if not refused:
            return pack
        for card_id, error in refused.items():
            detail = f"{error.field}: {error.message}" if error.field else error.message
            problems.append(_located(shown, where[card_id], f"skipped: {detail}"))
        pack = replace(pack, cards=tuple(card for card in pack.cards if card.id not in refused))
    return pack
