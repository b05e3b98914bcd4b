"""Check a parsed pack file against the format (`format.py`) and build the `Pack`, reporting every problem.

Each problem is a located `PackError` (`FILE:LINE: card ID: FIELD: what is wrong, and how to fix
it`). A field's kind, limits and card types come from its declaration in `format.py`; the rules
here are the ones a declaration cannot say (patterns, the answer among the choices, one cloze blank).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any

from prep.core.model import CLOZE_BLANK, LEVEL_ALIASES, Card, CardType, Level, Pack, Source
from prep.core.packs.format import (
    CARD_FIELD,
    CARD_FIELDS,
    FORMAT_VERSION,
    ID_PATTERN,
    NAME_PATTERN,
    PACK_FIELDS,
    REORDER_ITEMS,
    SOURCE_FIELD,
    SOURCE_FIELDS,
    TOP_FIELDS,
    USE_FIELD,
    USE_FIELDS,
    Field,
    Kind,
)
from prep.core.packs.strict_yaml import YamlList, YamlMap
from prep.core.text import find_control_character
from prep.errors import PackError, PackErrors

_GENERIC = (Kind.TEXT, Kind.TEXTS, Kind.LIST)
"""Kinds whose fields need no rule beyond their declaration (topics, explain, ...)."""
_SPECIAL = frozenset({"id", "type", "level", "choices", "answer", "accept", "source"})


def suggestion(word: str, options: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1)
    return f"did you mean {close[0]!r}?" if close else f"use one of: {', '.join(options)}"


def _names(fields: Sequence[Field]) -> tuple[str, ...]:
    return tuple(field.name for field in fields)


class _Reporter:
    """Collects the problems of one file, each located by line, card and field."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.errors: list[PackError] = []

    def add(self, line: int | None, message: str, card_id: str | None = None, field: str | None = None) -> None:
        self.errors.append(PackError(self.path, message, line=line, card_id=card_id, field=field))


class _Fields:
    """Typed access to one mapping's fields, reporting problems against a card and line."""

    def __init__(self, node: YamlMap, report: _Reporter, card_id: str | None = None, prefix: str = "") -> None:
        self.node = node
        self.report = report
        self.card_id = card_id
        self.prefix = prefix
        """Put before field names in messages (`pack.` for the pack's own fields)."""

    def line(self, name: str) -> int:
        return self.node.key_lines.get(name, self.node.line)

    def problem(self, name: str | None, message: str, line: int | None = None) -> None:
        where = line if line is not None else (self.line(name) if name else self.node.line)
        self.report.add(where, message, self.card_id, self.prefix + name if name else None)

    def unknown(self, allowed: tuple[str, ...], what: str) -> None:
        for key in self.node:
            if key not in allowed:
                self.problem(key, f"unknown {what} field; {suggestion(key, allowed)}")

    def missing(self, field: Field) -> None:
        example = field.example or f"`{field.name}: ...`"
        self.problem(field.name if field.name in self.node else None, f"missing `{field.name}`; add {example}")

    def text(self, field: Field, *, required: bool | None = None) -> str | None:
        value = self.node.get(field.name)
        if value is None:
            if field.required if required is None else required:
                self.missing(field)
            return None
        return self._check_text(field, value, self.line(field.name))

    def _check_text(self, field: Field, value: Any, line: int) -> str | None:
        if not isinstance(value, str):
            self.problem(field.name, f"expected text, got a {_kind(value)}; write it as one line of text", line)
            return None
        value = value.strip()
        if not value:
            self.problem(field.name, "is empty; write some text or remove the field", line)
            return None
        control = find_control_character(value)
        if control is not None:
            self.problem(field.name, f"contains control character U+{ord(value[control]):04X}; remove it", line)
            return None
        if len(value) > field.limit:
            self.problem(field.name, f"is {len(value):,} characters; the limit is {field.limit:,}, shorten it", line)
            return None
        return value

    def text_list(self, field: Field, *, required: bool | None = None, single: bool = True) -> list[str] | None:
        """A list of texts; a single text counts as a list of one when `single`."""
        value = self.node.get(field.name)
        if value is None:
            if field.required if required is None else required:
                self.missing(field)
            return None
        if isinstance(value, str) and single:
            one = self._check_text(field, value, self.line(field.name))
            return None if one is None else [one]
        if not isinstance(value, YamlList):
            self.problem(field.name, f"expected a list, got a {_kind(value)}; write it as [a, b, c]")
            return None
        if field.items and len(value) > field.items:
            self.problem(field.name, f"has {len(value)} items; the limit is {field.items}")
            return None
        items = [self._check_text(field, item, line) for item, line in zip(value, value.item_lines, strict=True)]
        checked = [item for item in items if item is not None]
        return checked if len(checked) == len(items) else None

    def value(self, field: Field) -> Any:
        """A field of a generic kind: its checked text or list of texts."""
        if field.kind is Kind.TEXT:
            return self.text(field)
        return self.text_list(field, single=field.kind is Kind.TEXTS)


def build_pack(path: str, document: YamlMap, *, origin: str = "") -> Pack:
    """Check a parsed pack file and build the `Pack`; raises `PackErrors` listing every problem."""
    report = _Reporter(path)
    top = _Fields(document, report)
    top.unknown(TOP_FIELDS, "top-level")
    _check_format(top)
    meta = _pack_meta(top, report)
    uses = _uses(top, report, meta.get("name") or "")
    cards = _cards(top, report, meta.get("name") or "", may_be_empty=bool(uses))
    if report.errors:
        raise PackErrors(report.errors)
    return Pack(cards=tuple(cards), uses=uses, path=path, origin=origin, **meta)


def _uses(top: _Fields, report: _Reporter, pack_name: str) -> tuple[tuple[str, str], ...]:
    """The `uses:` list: `- pack: NAME` with `cards: [ID, ...]`, each card named once."""
    node = top.node.get("uses")
    if node is None:
        return ()
    if not isinstance(node, YamlList):
        top.problem("uses", "expected a list of `- pack: NAME` items with `cards: [ID, ...]`")
        return ()
    uses: dict[tuple[str, str], None] = {}
    for item, line in zip(node, node.item_lines, strict=True):
        if not isinstance(item, YamlMap):
            report.add(line, f"each `uses` item is a mapping (pack, cards), got {_kind(item)}", field="uses")
            continue
        fields = _Fields(item, report, prefix="uses.")
        fields.unknown(_names(USE_FIELDS), "uses")
        name = fields.text(USE_FIELD["pack"])
        ids = fields.text_list(USE_FIELD["cards"], single=False) or []
        if name is not None and not NAME_PATTERN.match(name):
            fields.problem("pack", f"{name!r} is not a pack name; pack names are lowercase letters, digits and dashes")
            continue
        if name == pack_name:
            fields.problem("pack", "a pack cannot use its own cards; list them under `cards:` instead")
            continue
        for card_id in ids:
            if not ID_PATTERN.match(card_id):
                fields.problem(
                    "cards", f"{card_id!r} is not a card id; ids are letters, digits, dots, dashes, underscores"
                )
            elif name is not None:
                if (name, card_id) in uses:
                    fields.problem("cards", f"{name}/{card_id} is listed twice; list each card once")
                uses[(name, card_id)] = None
    return tuple(uses)


def _check_format(top: _Fields) -> None:
    value = top.node.get("format")
    if value is None and "format" not in top.node:
        return
    if value != str(FORMAT_VERSION):
        top.problem(
            "format",
            f"format {value!r} is not supported; this prep reads `format: {FORMAT_VERSION}`"
            " (upgrade prep for newer formats)",
        )


def _pack_meta(top: _Fields, report: _Reporter) -> dict[str, Any]:
    node = top.node.get("pack")
    if not isinstance(node, YamlMap):
        top.problem(
            "pack" if "pack" in top.node else None, "missing `pack:` mapping; add `pack:` with name, title and version"
        )
        return {}
    fields = _Fields(node, report, prefix="pack.")
    fields.unknown(_names(PACK_FIELDS), "pack")
    meta = {field.attribute: fields.text(field) for field in PACK_FIELDS}
    name = meta["name"]
    if name is not None and not NAME_PATTERN.match(name):
        fields.problem(
            "name", f"{name!r} is not a valid pack name; use lowercase letters, digits and dashes, like backend-core"
        )
        meta["name"] = None
    for field in PACK_FIELDS:
        if not field.required and meta[field.attribute] is None:
            meta[field.attribute] = ""
    return meta


def _cards(top: _Fields, report: _Reporter, pack_name: str, *, may_be_empty: bool = False) -> list[Card]:
    node = top.node.get("cards")
    if not isinstance(node, YamlList):
        top.problem(
            "cards" if "cards" in top.node else None,
            "missing `cards:` list; add `cards:` followed by `- id: ...` items",
        )
        return []
    if not node:
        if not may_be_empty:
            top.problem("cards", "the pack has no cards; add at least one (or `uses:` other packs' cards)")
        return []
    cards: list[Card] = []
    first_line_of: dict[str, int] = {}
    for item, line in zip(node, node.item_lines, strict=True):
        if not isinstance(item, YamlMap):
            report.add(line, f"each card is a mapping (id, type, level, prompt, ...), got {_kind(item)}")
            continue
        card = _card(_Fields(item, report), pack_name)
        if card is None:
            continue
        if card.id in first_line_of:
            report.add(
                card.line,
                f"duplicate card id (first at line {first_line_of[card.id]}); give each card its own id",
                card.id,
                "id",
            )
            continue
        first_line_of[card.id] = card.line
        cards.append(card)
    return cards


def _card(fields: _Fields, pack_name: str) -> Card | None:
    before = len(fields.report.errors)
    card_id = fields.text(CARD_FIELD["id"])
    fields.card_id = card_id or "(no id)"
    if card_id is not None and not ID_PATTERN.match(card_id):
        fields.problem("id", f"{card_id!r} is not a valid id; use letters, digits, dots, dashes and underscores")
        card_id = None
    fields.unknown(_names(CARD_FIELDS), "card")
    card_type = _card_type(fields)
    levels = _levels(fields)
    values = {field.attribute: fields.value(field) for field in CARD_FIELDS if field.name not in _SPECIAL}
    values["source"] = _source(fields)
    answer: tuple[str, ...] = ()
    choices: list[str] = []
    accept: list[str] = []
    if card_type is not None:
        for field in CARD_FIELDS:
            if card_type not in field.types and field.name in fields.node:
                why = _why_not(card_type, field)
                fields.problem(field.name, f"a {card_type.value} card has no `{field.name}`; {why}")
        answer, choices, accept = _answer(fields, card_type, values["prompt"])
    _check_card_text(fields, {"prompt": [values["prompt"]], "answer": list(answer), "explain": [values["explain"]]})
    failed = len(fields.report.errors) > before
    if failed or card_type is None or card_id is None or values["prompt"] is None or not levels:
        return None
    if values.get("topics"):
        values["topics"] = tuple(dict.fromkeys(topic.lower() for topic in values["topics"]))
    for field in CARD_FIELDS:
        if field.name not in _SPECIAL and values[field.attribute] is None:
            values[field.attribute] = "" if field.kind is Kind.TEXT else ()
    return Card(
        id=card_id,
        type=card_type,
        levels=levels,
        answer=answer,
        choices=tuple(choices),
        accept=tuple(accept),
        pack=pack_name,
        line=fields.node.line,
        **values,
    )


def _check_card_text(fields: _Fields, texts: dict[str, list[str | None]]) -> None:
    """Code fences closed and naming a language prep knows (`core/card_text.py`), located to the line."""
    from prep.core.card_text import problems

    for name, values in texts.items():
        for text in values:
            for offset, message in problems(text or ""):
                block = 1 if "\n" in (text or "") else 0  # a block scalar's text starts below its key
                fields.problem(name, message, line=fields.line(name) + block + offset)


def _card_type(fields: _Fields) -> CardType | None:
    value = fields.text(CARD_FIELD["type"])
    if value is None:
        return None
    try:
        return CardType(value)
    except ValueError:
        fields.problem("type", f"unknown type {value!r}; {suggestion(value, [t.value for t in CardType])}")
        return None


def _levels(fields: _Fields) -> tuple[Level, ...]:
    names = fields.text_list(CARD_FIELD["level"])
    levels: set[Level] = set()
    for name in names or []:
        level = LEVEL_ALIASES.get(name.lower())
        if level is None:
            fields.problem("level", f"unknown level {name!r}; use one of {', '.join(Level.names())}")
        else:
            levels.add(level)
    return tuple(sorted(levels))


def _answer(fields: _Fields, card_type: CardType, prompt: str | None) -> tuple[tuple[str, ...], list[str], list[str]]:
    """Check the answer fields of a card of `card_type`; returns (answer, choices, accept)."""
    accept = fields.text_list(CARD_FIELD["accept"]) if card_type in CARD_FIELD["accept"].types else None
    if card_type is CardType.CLOZE:
        return _cloze_answer(fields, prompt), [], accept or []
    answer_field = CARD_FIELD["answer"]
    if card_type in (CardType.CHOICE, CardType.MULTI):
        choices = _choices(fields)
        if card_type is CardType.MULTI:
            answer = fields.text_list(answer_field) or []
        else:
            single = fields.text(answer_field)
            answer = [single] if single is not None else []
        if choices:
            _answer_in_choices(fields, answer, choices)
        return tuple(answer), choices, []
    if card_type is CardType.REORDER:
        return _reorder_answer(fields), [], []
    single = fields.text(answer_field)
    return ((single,) if single is not None else ()), [], accept or []


def _reorder_answer(fields: _Fields) -> tuple[str, ...]:
    items = fields.text_list(CARD_FIELD["answer"], single=False) or []
    if items and len(items) not in REORDER_ITEMS:
        fields.problem(
            "answer",
            f"a reorder card needs {REORDER_ITEMS.start}–{REORDER_ITEMS.stop - 1} items in their right order,"
            f" found {len(items)}",
        )
        return ()
    if len({item.casefold() for item in items}) != len(items):
        fields.problem("answer", "lists the same item twice; every step of a reorder card must differ")
        return ()
    return tuple(items)


def _choices(fields: _Fields) -> list[str]:
    field = CARD_FIELD["choices"]
    choices = fields.text_list(field, single=False) or []
    if choices and len(choices) < field.min_items:  # two, in format 1
        fields.problem(
            "choices",
            "needs at least two choices" if field.min_items == 2 else f"needs at least {field.min_items} choices",
        )
        return []
    seen: set[str] = set()
    for choice in choices:
        key = choice.casefold()
        if key in seen:
            fields.problem("choices", f"{choice!r} is listed twice; make every choice different")
            return []
        seen.add(key)
    return choices


def _answer_in_choices(fields: _Fields, answer: list[str], choices: list[str]) -> None:
    if len(set(answer)) != len(answer):
        fields.problem("answer", "lists the same choice twice")
    for item in answer:
        if item in choices:
            continue
        close = [choice for choice in choices if choice.casefold() == item.casefold()]
        hint = f"did you mean {close[0]!r}?" if close else "copy the right choice exactly"
        fields.problem("answer", f'"{item}" is not one of the choices; {hint}')


def _cloze_answer(fields: _Fields, prompt: str | None) -> tuple[str, ...]:
    if prompt is None:
        return ()
    blanks = [blank.strip() for blank in CLOZE_BLANK.findall(prompt)]
    if len(blanks) != 1 or not blanks[0]:
        fields.problem(
            "prompt",
            f"a cloze prompt needs exactly one {{{{blank}}}}, found {len(blanks)};"
            " write it like: Port {{5432}} is PostgreSQL's default",
        )
        return ()
    return (blanks[0],)


def _source(fields: _Fields) -> Source | None:
    node = fields.node.get("source")
    if node is None:
        return None
    if not isinstance(node, YamlMap):
        fields.problem("source", "expected a mapping with document, line, section and kind")
        return None
    sub = _Fields(node, fields.report, fields.card_id, prefix="source.")
    sub.unknown(_names(SOURCE_FIELDS), "source")
    document = sub.text(SOURCE_FIELD["document"])
    line_text = sub.text(SOURCE_FIELD["line"])
    if line_text is not None and not line_text.isdigit():
        sub.problem("line", f"{line_text!r} is not a line number; write a whole number")
        return None
    if document is None or line_text is None:
        return None
    return Source(
        document, int(line_text), sub.text(SOURCE_FIELD["section"]) or "", sub.text(SOURCE_FIELD["kind"]) or ""
    )


def _kind(value: Any) -> str:
    if isinstance(value, YamlMap):
        return "mapping"
    if isinstance(value, YamlList):
        return "list"
    return "empty value" if value is None else "text"


_WHY_NOT: dict[tuple[CardType, str], str] = {
    (CardType.CLOZE, "answer"): "put the answer inside the prompt as {{answer}}",
}


def _why_not(card_type: CardType, field: Field) -> str:
    specific = _WHY_NOT.get((card_type, field.name))
    if specific:
        return specific
    used = [
        other.name
        for other in CARD_FIELDS
        if other.name in ("choices", "answer", "accept") and card_type in other.types
    ]
    return f"remove it (a {card_type.value} card uses {', '.join(sorted(used)) or 'only the prompt'})"
