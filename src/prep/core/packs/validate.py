"""Pack format v1: check a parsed pack file and turn it into a `Pack`, reporting every problem.

Each problem is a located `PackError` (`FILE:LINE: card ID: FIELD: what is wrong, and how to fix
it`). The rules here and `schema.json` describe the same format; tests keep them in agreement.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from prep.core.model import CLOZE_BLANK, LEVEL_ALIASES, Card, CardType, Level, Pack, Source
from prep.core.packs.strict_yaml import YamlList, YamlMap
from prep.core.text import find_control_character
from prep.errors import PackError, PackErrors

FORMAT_VERSION = 1
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
MAX_CHOICES = 10
MAX_TOPICS = 12
MAX_ACCEPT = 20
TEXT_LIMITS = {
    "title": 200,
    "version": 40,
    "description": 2000,
    "license": 100,
    "prompt": 2000,
    "answer": 4000,
    "choices": 300,
    "accept": 300,
    "explain": 6000,
    "topics": 40,
    "document": 500,
    "section": 200,
    "kind": 40,
}

TOP_FIELDS = ("format", "pack", "cards")
PACK_FIELDS = ("name", "title", "version", "description", "license")
CARD_FIELDS = ("id", "type", "level", "topics", "prompt", "choices", "answer", "accept", "explain", "source")
SOURCE_FIELDS = ("document", "line", "section", "kind")
FIELDS_BY_TYPE: dict[CardType, set[str]] = {
    CardType.CHOICE: {"choices", "answer"},
    CardType.MULTI: {"choices", "answer"},
    CardType.TYPED: {"answer", "accept"},
    CardType.CLOZE: {"accept"},
    CardType.FLASHCARD: {"answer"},
}
TYPE_SPECIFIC_FIELDS = {"choices", "answer", "accept"}


def suggestion(word: str, options: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1)
    return f"did you mean {close[0]!r}?" if close else f"use one of: {', '.join(options)}"


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

    def line(self, field: str) -> int:
        return self.node.key_lines.get(field, self.node.line)

    def problem(self, field: str | None, message: str, line: int | None = None) -> None:
        where = line if line is not None else (self.line(field) if field else self.node.line)
        self.report.add(where, message, self.card_id, self.prefix + field if field else None)

    def unknown(self, allowed: tuple[str, ...], what: str) -> None:
        for key in self.node:
            if key not in allowed:
                self.problem(key, f"unknown {what} field; {suggestion(key, allowed)}")

    def text(self, field: str, *, required: bool = False, limit_key: str | None = None) -> str | None:
        value = self.node.get(field)
        if value is None:
            if required:
                self.problem(field if field in self.node else None, f"missing `{field}`; add {_example(field)}")
            return None
        return self._check_text(field, value, self.line(field), limit_key or field)

    def _check_text(self, field: str, value: Any, line: int, limit_key: str) -> str | None:
        if not isinstance(value, str):
            self.problem(field, f"expected text, got a {_kind(value)}; write it as one line of text", line)
            return None
        value = value.strip()
        if not value:
            self.problem(field, "is empty; write some text or remove the field", line)
            return None
        control = find_control_character(value)
        if control is not None:
            self.problem(field, f"contains control character U+{ord(value[control]):04X}; remove it", line)
            return None
        limit = TEXT_LIMITS.get(limit_key, 2000)
        if len(value) > limit:
            self.problem(field, f"is {len(value):,} characters; the limit is {limit:,}, shorten it", line)
            return None
        return value

    def text_list(
        self, field: str, *, limit: int, required: bool = False, allow_single: bool = True
    ) -> list[str] | None:
        """A list of texts; a single text counts as a list of one when `allow_single`."""
        value = self.node.get(field)
        if value is None:
            if required:
                self.problem(field if field in self.node else None, f"missing `{field}`; add {_example(field)}")
            return None
        if isinstance(value, str) and allow_single:
            checked = self._check_text(field, value, self.line(field), field)
            return None if checked is None else [checked]
        if not isinstance(value, YamlList):
            self.problem(field, f"expected a list, got a {_kind(value)}; write it as [a, b, c]")
            return None
        if len(value) > limit:
            self.problem(field, f"has {len(value)} items; the limit is {limit}")
            return None
        items = [self._check_text(field, item, line, field) for item, line in zip(value, value.item_lines, strict=True)]
        return None if any(item is None for item in items) else items  # type: ignore[return-value]


def build_pack(path: str, document: YamlMap, *, origin: str = "") -> Pack:
    """Check a parsed pack file and build the `Pack`; raises `PackErrors` listing every problem."""
    report = _Reporter(path)
    top = _Fields(document, report)
    top.unknown(TOP_FIELDS, "top-level")
    _check_format(top)
    meta = _pack_meta(top, report)
    cards = _cards(top, report, meta.get("name") or "")
    if report.errors:
        raise PackErrors(report.errors)
    return Pack(cards=tuple(cards), path=path, origin=origin, **meta)


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
    fields.unknown(PACK_FIELDS, "pack")
    name = fields.text("name", required=True, limit_key="title")
    if name is not None and not NAME_PATTERN.match(name):
        fields.problem(
            "name", f"{name!r} is not a valid pack name; use lowercase letters, digits and dashes, like backend-core"
        )
        name = None
    meta = {
        "name": name,
        "title": fields.text("title", required=True),
        "version": fields.text("version", required=True),
        "description": fields.text("description") or "",
        "license": fields.text("license") or "",
    }
    return meta


def _cards(top: _Fields, report: _Reporter, pack_name: str) -> list[Card]:
    node = top.node.get("cards")
    if not isinstance(node, YamlList):
        top.problem(
            "cards" if "cards" in top.node else None,
            "missing `cards:` list; add `cards:` followed by `- id: ...` items",
        )
        return []
    if not node:
        top.problem("cards", "the pack has no cards; add at least one")
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
    card_id = fields.text("id", required=True, limit_key="version")
    fields.card_id = card_id or "(no id)"
    if card_id is not None and not ID_PATTERN.match(card_id):
        fields.problem("id", f"{card_id!r} is not a valid id; use letters, digits, dots, dashes and underscores")
        card_id = None
    fields.unknown(CARD_FIELDS, "card")
    card_type = _card_type(fields)
    levels = _levels(fields)
    topics = fields.text_list("topics", limit=MAX_TOPICS) or []
    prompt = fields.text("prompt", required=True)
    explain = fields.text("explain") or ""
    source = _source(fields)
    answer: tuple[str, ...] = ()
    choices: list[str] = []
    accept: list[str] = []
    if card_type is not None:
        for field in sorted(TYPE_SPECIFIC_FIELDS - FIELDS_BY_TYPE[card_type]):
            if field in fields.node:
                fields.problem(field, f"a {card_type.value} card has no `{field}`; {_why_not(card_type, field)}")
        answer, choices, accept = _answer(fields, card_type, prompt)
    if len(fields.report.errors) > before or card_type is None or card_id is None or prompt is None or not levels:
        return None
    return Card(
        id=card_id,
        type=card_type,
        levels=levels,
        prompt=prompt,
        answer=answer,
        topics=tuple(dict.fromkeys(topic.lower() for topic in topics)),
        choices=tuple(choices),
        accept=tuple(accept),
        explain=explain,
        source=source,
        pack=pack_name,
        line=fields.node.line,
    )


def _card_type(fields: _Fields) -> CardType | None:
    value = fields.text("type", required=True, limit_key="kind")
    if value is None:
        return None
    try:
        return CardType(value)
    except ValueError:
        fields.problem("type", f"unknown type {value!r}; {suggestion(value, [t.value for t in CardType])}")
        return None


def _levels(fields: _Fields) -> tuple[Level, ...]:
    names = fields.text_list("level", limit=len(LEVEL_ALIASES), required=True)
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
    accept = fields.text_list("accept", limit=MAX_ACCEPT) or []
    if card_type is CardType.CLOZE:
        return _cloze_answer(fields, prompt), [], accept
    if card_type in (CardType.CHOICE, CardType.MULTI):
        choices = _choices(fields)
        if card_type is CardType.MULTI:
            answer = fields.text_list("answer", limit=MAX_CHOICES, required=True) or []
        else:
            single = fields.text("answer", required=True)
            answer = [single] if single is not None else []
        if choices:
            _answer_in_choices(fields, answer, choices)
        return tuple(answer), choices, []
    single = fields.text("answer", required=True)
    return ((single,) if single is not None else ()), [], accept


def _choices(fields: _Fields) -> list[str]:
    choices = fields.text_list("choices", limit=MAX_CHOICES, required=True, allow_single=False) or []
    if choices and len(choices) < 2:
        fields.problem("choices", "needs at least two choices")
        return []
    seen: dict[str, str] = {}
    for choice in choices:
        key = choice.casefold()
        if key in seen:
            fields.problem("choices", f"{choice!r} is listed twice; make every choice different")
            return []
        seen[key] = choice
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
    sub.unknown(SOURCE_FIELDS, "source")
    document = sub.text("document", required=True)
    line_text = sub.text("line", required=True, limit_key="kind")
    if line_text is not None and not line_text.isdigit():
        sub.problem("line", f"{line_text!r} is not a line number; write a whole number")
        return None
    if document is None or line_text is None:
        return None
    return Source(document, int(line_text), sub.text("section") or "", sub.text("kind") or "")


def _kind(value: Any) -> str:
    if isinstance(value, YamlMap):
        return "mapping"
    if isinstance(value, YamlList):
        return "list"
    return "empty value" if value is None else "text"


_EXAMPLES = {
    "name": "a slug like `name: backend-core`",
    "title": "a title like `title: Backend core`",
    "version": 'a version like `version: "1.0"`',
    "id": "a unique id like `id: http-idempotent`",
    "type": "one of `type: choice`, multi, typed, cloze, flashcard",
    "level": "`level: junior` (or a list: [junior, mid])",
    "prompt": "the question as `prompt: ...`",
    "choices": "`choices: [A, B, C, D]`",
    "answer": "the right answer as `answer: ...`",
    "document": "`document: FILE`",
    "line": "`line: 12`",
}


def _example(field: str) -> str:
    return _EXAMPLES.get(field, f"`{field}: ...`")


_WHY_NOT: dict[tuple[CardType, str], str] = {
    (CardType.CLOZE, "answer"): "put the answer inside the prompt as {{answer}}",
}


def _why_not(card_type: CardType, field: str) -> str:
    specific = _WHY_NOT.get((card_type, field))
    if specific:
        return specific
    allowed = sorted(FIELDS_BY_TYPE[card_type])
    return f"remove it (a {card_type.value} card uses {', '.join(allowed) or 'only the prompt'})"
