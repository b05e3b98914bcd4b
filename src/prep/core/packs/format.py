"""Pack format 1, defined once: every field of a pack and a card, its limits, and its record form.

The validator (`validate.py`) checks fields by these declarations, the writer (`write.py`) and the
parse cache (`cache.py`) go through `card_record` and `card_row`, the JSON Schema
(`schema.py`) and the field table in docs/packs.md are generated from them (tests keep the
checked-in copies current). Adding a card field means one `Field` here, its attribute on
`model.Card`, and any rule beyond its kind in the validator.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from prep.core.model import CLOZE_BLANK, Card, CardType, Level, Pack, Source

FORMAT_VERSION = 1
MAX_FILE_BYTES = 5 * 1024 * 1024
"""Pack files larger than this are refused before they are read."""
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
DEFAULT_TEXT_LIMIT = 2000


FILE_LIMIT = f"{MAX_FILE_BYTES // 1048576} MB"
"""The size limit as messages and docs say it."""


def megabytes(size: int) -> str:
    return f"{size / 1048576:.1f} MB"


def too_big(size: int) -> str:
    """The message for a pack file of `size` bytes, over the limit."""
    return f"file is {megabytes(size)}; packs are limited to {FILE_LIMIT}, split it into several files"


class Kind(StrEnum):
    TEXT = "text"
    """One piece of text."""
    TEXTS = "texts"
    """A list of texts; a single text counts as a list of one."""
    LIST = "list"
    """A list of texts, always written as a list."""
    LEVELS = "levels"
    """A level name, or a list of them."""
    TYPE = "type"
    """A card type."""
    ANSWER = "answer"
    """One text, or a list of texts for a multi card."""
    SOURCE = "source"
    """A mapping of the `SOURCE_FIELDS`."""
    NUMBER = "number"
    """A whole number."""


ALL_TYPES = frozenset(CardType)
CHOICE_TYPES = frozenset({CardType.CHOICE, CardType.MULTI})
LIST_ANSWERS = frozenset({CardType.MULTI, CardType.REORDER})
"""Types whose answer is always a list."""
REORDER_ITEMS = range(3, 11)


@dataclass(frozen=True)  # no slots: a few dozen instances, and a slotted class costs import time
class Field:
    name: str
    """As written in a pack file."""
    kind: Kind
    doc: str
    """One line for the docs' field table and the JSON Schema."""
    limit: int = DEFAULT_TEXT_LIMIT
    """Characters in each text."""
    items: int = 0
    """Items in a list at most (0: not a list)."""
    min_items: int = 1
    """Items in a list at least."""
    required: bool = False
    """Every pack (or every card of `types`) must have it."""
    types: frozenset[CardType] = ALL_TYPES
    """The card types that have this field."""
    example: str = ""
    """How the "missing field" message says to write it."""
    attr: str = ""
    """The attribute of `Card` (or `Pack`, `Source`) that holds it, when the name differs."""

    @property
    def attribute(self) -> str:
        """The attribute of `Card` (or `Pack`, `Source`) that holds it."""
        return self.attr or self.name


TOP_FIELDS = ("format", "pack", "uses", "cards")

PACK_FIELDS = (
    Field("name", Kind.TEXT, "Slug (a-z, 0-9, dashes). Progress is keyed by pack name **and** card id: keep both "
          "stable.", limit=64, required=True, example="a slug like `name: backend-core`"),
    Field("title", Kind.TEXT, "What lists and screens call the pack.", limit=200, required=True,
          example="a title like `title: Backend core`"),
    Field("version", Kind.TEXT, "Your pack's own version, such as \"1.2\"; bump it when you change cards.", limit=40,
          required=True, example='a version like `version: "1.0"`'),
    Field("description", Kind.TEXT, "Optional text.", limit=2000),
    Field("license", Kind.TEXT, "Optional text, such as CC-BY-4.0.", limit=100),
)  # fmt: skip

MAX_CHOICES = 10
MAX_TOPICS = 12
MAX_ACCEPT = 20

CARD_FIELDS = (
    Field("id", Kind.TEXT, "Letters, digits, `.`, `_`, `-`; unique in the pack and never reused for another "
          "question.", limit=100, required=True, example="a unique id like `id: http-idempotent`"),
    Field("type", Kind.TYPE, "choice, multi, typed, cloze, flashcard or reorder; see below.", limit=40,
          required=True, example="one of `type: choice`, multi, typed, cloze, flashcard, reorder"),
    Field("level", Kind.LEVELS, "One level or a list. Aliases: entry → junior, intermediate → mid, staff/principal "
          "→ lead.", required=True, attr="levels", example="`level: junior` (or a list: [junior, mid])"),
    Field("topics", Kind.TEXTS, "Up to 12 topic slugs from the vocabulary below.", limit=40, items=MAX_TOPICS),
    Field("prompt", Kind.TEXT, "The question. A cloze prompt holds its `{{blank}}`. Prompts, answers and "
          "explanations may use paragraphs, `- ` lists, `inline code` and fenced code blocks with a language.",
          required=True,
          example="the question as `prompt: ...`"),
    Field("choices", Kind.LIST, "2–10 different texts.", limit=300, items=MAX_CHOICES, min_items=2, required=True,
          types=CHOICE_TYPES, example="`choices: [A, B, C, D]`"),
    Field("answer", Kind.ANSWER, "The right answer; for `multi` a list, for `reorder` the items in their right "
          "order (3–10). For `choice` and `multi` copy it exactly from `choices`.", limit=4000, items=MAX_CHOICES,
          required=True, types=ALL_TYPES - {CardType.CLOZE}, example="the right answer as `answer: ...`"),
    Field("accept", Kind.TEXTS, "Other answers that count as right.", limit=300, items=MAX_ACCEPT,
          types=frozenset({CardType.TYPED, CardType.CLOZE})),
    Field("explain", Kind.TEXT, "Why the answer is right; shown after answering. Write one for every card.",
          limit=6000),
    Field("hint", Kind.TEXT, "A nudge the learner can ask for before answering (`h`), without giving the answer "
          "away.", limit=500),
    Field("source", Kind.SOURCE, "Where a built card came from; `prep build` writes it."),
)  # fmt: skip

SOURCE_FIELDS = (
    Field("document", Kind.TEXT, "The document's path.", limit=500, required=True, example="`document: FILE`"),
    Field("line", Kind.NUMBER, "The line in the document.", limit=40, required=True, example="`line: 12`"),
    Field("section", Kind.TEXT, "The heading the card came from.", limit=200),
    Field("kind", Kind.TEXT, "What the card came from (faq, question, skill, ...).", limit=40),
)

MAX_USES = 20_000

USE_FIELDS = (
    Field("pack", Kind.TEXT, "The name of the pack that holds the cards.", limit=64, required=True,
          example="the pack's name as `pack: NAME`"),
    Field("cards", Kind.LIST, "Ids of its cards to study with this pack.", limit=100, items=MAX_USES, required=True,
          example="`cards: [ID, ...]`"),
)  # fmt: skip
"""An item of the top-level `uses:` list: cards of another pack that this one studies as they are."""

CARD_FIELD = {field.name: field for field in CARD_FIELDS}
USE_FIELD = {field.name: field for field in USE_FIELDS}
PACK_FIELD = {field.name: field for field in PACK_FIELDS}
SOURCE_FIELD = {field.name: field for field in SOURCE_FIELDS}


# ---------------------------------------------------------------- records: a card as the plain data a pack file holds


_RECORD_FIELDS = {kind: [field for field in CARD_FIELDS if kind in field.types] for kind in CardType}
"""The fields each card type writes, in order (computed once: the writer asks for every card)."""


def card_record(card: Card) -> dict[str, Any]:
    """The card as a pack file writes it, in field order, leaving out what is empty."""
    record: dict[str, Any] = {}
    for field in _RECORD_FIELDS[card.type]:
        value = getattr(card, field.attribute)
        if value and field.kind is not Kind.TEXT:
            value = _encode(field, card, value)
        if value:
            record[field.name] = value
    return record


def _encode(field: Field, card: Card, value: Any) -> Any:
    kind = field.kind
    if kind is Kind.TYPE:
        return value.value
    if kind is Kind.LEVELS:
        labels = [level.label for level in value]
        return labels[0] if len(labels) == 1 else labels
    if kind is Kind.ANSWER:
        if card.type in LIST_ANSWERS:
            return list(value)
        return value[0] if value else None
    if kind is Kind.SOURCE:
        if value is None:
            return None
        return {sub.name: getattr(value, sub.attribute) for sub in SOURCE_FIELDS if getattr(value, sub.attribute)}
    if kind in (Kind.TEXTS, Kind.LIST):
        return list(value)
    return value


def card_from_record(record: dict[str, Any], *, pack: str = "", line: int = 0) -> Card:
    """A card from `card_record` output (the parse cache); the record is trusted to be valid."""
    card_type = CardType(record["type"])
    values: dict[str, Any] = {}
    for field in CARD_FIELDS:
        if field.name in record:
            values[field.attribute] = _decode(field, record[field.name])
    values["type"] = card_type
    if card_type is CardType.CLOZE:
        values["answer"] = tuple(CLOZE_BLANK.findall(values["prompt"]))
    return Card(**values, pack=pack, line=line)


def _decode(field: Field, value: Any) -> Any:
    kind = field.kind
    if kind is Kind.LEVELS:
        return tuple(_LEVELS[name] for name in ([value] if isinstance(value, str) else value))
    if kind in (Kind.TEXTS, Kind.LIST, Kind.ANSWER):
        return (value,) if isinstance(value, str) else tuple(value)
    if kind is Kind.SOURCE:
        return Source(**value)
    return value


_LEVELS = {level.label: level for level in Level}


# ---------------------------------------------------------------- rows: a card as the parse cache keeps it

# A row holds a Card's attributes in the order of its constructor (so one positional call rebuilds
# it, which matters when a cached deck of 20,000 cards loads in milliseconds), each encoded by its
# field's kind.
_ROW_ATTRIBUTES = tuple(field.name for field in fields(Card) if field.name not in ("pack", "line"))
_FIELD_OF = {field.attribute: field for field in CARD_FIELDS}
_LEVEL_NUMBERS = {int(level): level for level in Level}
_TYPES = {kind.value: kind for kind in CardType}


def _texts(value: Any) -> tuple[str, ...]:
    if type(value) is not list or not all(type(item) is str for item in value):
        raise TypeError("a cached list of texts is not one")
    return tuple(value)


def _levels(numbers: Any) -> tuple[Level, ...]:
    if type(numbers) is not list:
        raise TypeError("cached levels are not a list")
    return tuple([_LEVEL_NUMBERS[number] for number in numbers])


def _source(value: Any) -> Source | None:
    if value is None:
        return None
    document, line, section, kind = value
    if not (type(document) is str and type(line) is int and type(section) is str and type(kind) is str):
        raise TypeError("a cached source is not one")
    return Source(document, line, section, kind)


def _text(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("a cached text is not one")
    return value


_ROW_DECODERS: dict[Kind, Callable[[Any], Any]] = {
    Kind.TYPE: _TYPES.__getitem__,
    Kind.LEVELS: _levels,
    Kind.TEXTS: _texts,
    Kind.LIST: _texts,
    Kind.ANSWER: _texts,
    Kind.SOURCE: _source,
    Kind.TEXT: _text,
}
"""Each kind's decoder checks what it decodes: a damaged or foreign cache entry raises, and the pack
is parsed again instead (a wrong value must never reach the screen)."""
_DECODERS = [(index, _ROW_DECODERS[_FIELD_OF[attribute].kind]) for index, attribute in enumerate(_ROW_ATTRIBUTES)]


def card_row(card: Card) -> list[Any]:
    """The card as the parse cache stores it (JSON-ready)."""
    row: list[Any] = []
    for attribute in _ROW_ATTRIBUTES:
        value = getattr(card, attribute)
        kind = _FIELD_OF[attribute].kind
        if kind is Kind.TYPE:
            value = value.value
        elif kind is Kind.LEVELS:
            value = [int(level) for level in value]
        elif kind is Kind.SOURCE:
            value = [getattr(value, sub.attribute) for sub in SOURCE_FIELDS] if value else None
        elif isinstance(value, tuple):
            value = list(value)
        row.append(value)
    return row


def card_from_row(row: list[Any], pack: str, line: int) -> Card:
    """A card from `card_row` output; raises KeyError, TypeError or ValueError on a row that is not one."""
    if len(row) != len(_ROW_ATTRIBUTES):
        raise ValueError("a cached card has the wrong number of fields")
    for index, decode in _DECODERS:
        row[index] = decode(row[index])
    row += (pack, line)  # Card's last two attributes
    return Card(*row)


def pack_meta(pack: Pack) -> dict[str, Any]:
    """The `pack:` mapping of a pack file, leaving out empty optional fields."""
    return {field.name: getattr(pack, field.attribute) for field in PACK_FIELDS if getattr(pack, field.attribute)}


def uses_record(uses: tuple[tuple[str, str], ...]) -> list[dict[str, Any]]:
    """The `uses:` list: one item per pack, its card ids in the pack's order of first mention."""
    grouped: dict[str, list[str]] = {}
    for pack, card in uses:
        grouped.setdefault(pack, []).append(card)
    return [{"pack": pack, "cards": cards} for pack, cards in grouped.items()]


def uses_from_record(items: list[dict[str, Any]]) -> tuple[tuple[str, str], ...]:
    return tuple((item["pack"], card) for item in items for card in item["cards"])


def pack_record(pack: Pack) -> dict[str, Any]:
    """A whole pack file as plain data."""
    record: dict[str, Any] = {"format": pack.format, "pack": pack_meta(pack)}
    if pack.uses:
        record["uses"] = uses_record(pack.uses)
    record["cards"] = [card_record(card) for card in pack.cards]
    return record


def pack_from_record(record: dict[str, Any], *, path: str = "", origin: str = "") -> Pack:
    """A pack from `pack_record` output; the record is trusted to be valid."""
    meta = record["pack"]
    name = meta["name"]
    cards = tuple(card_from_record(card, pack=name) for card in record["cards"])
    return Pack(
        cards=cards,
        uses=uses_from_record(record.get("uses", [])),
        format=record.get("format", FORMAT_VERSION),
        path=path,
        origin=origin,
        **{field.attribute: meta.get(field.name, "") for field in PACK_FIELDS},
    )


def field_table() -> str:
    """The Markdown table of every field, for docs/packs.md (tests/test_schema.py keeps the docs current)."""
    rows = [
        "| field | where | what |",
        "|---|---|---|",
        "| `format` | top | `1`. Optional; a later format will say `2`. |",
    ]
    for field in PACK_FIELDS:
        rows.append(f"| `pack.{field.name}` | pack | {_described(field)} |")
    for field in USE_FIELDS:
        rows.append(f"| `uses[].{field.name}` | uses | {_described(field)} |")
    for field in CARD_FIELDS:
        where = (
            "card" if field.types == ALL_TYPES else ", ".join(kind.value for kind in CardType if kind in field.types)
        )
        rows.append(f"| `{field.name}` | {where} | {_described(field)} |")
    subfields = ", ".join(field.name for field in SOURCE_FIELDS)
    rows[-1] = rows[-1][:-2] + f" `{{{subfields}}}`. |"
    return "\n".join(rows)


def _described(field: Field) -> str:
    parts = [("Required. " if field.required else "") + field.doc]
    if field.kind in (Kind.TEXT, Kind.TEXTS, Kind.LIST, Kind.ANSWER):
        parts.append(f"At most {field.limit:,} characters{' each' if field.items else ''}.")
    return " ".join(parts)
