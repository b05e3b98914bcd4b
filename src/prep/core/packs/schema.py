"""The JSON Schema of pack format 1, generated from the field declarations in `format.py`.

`schema.json` beside this module is its output, shipped for editors (`prep packs schema` prints
it); tests/test_schema.py checks the file is current and that the schema and the validator agree.
Regenerate it with `python -m prep.core.packs.schema`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from prep.core.model import LEVEL_ALIASES, CardType, Level
from prep.core.packs.format import (
    CARD_FIELDS,
    FORMAT_VERSION,
    ID_PATTERN,
    NAME_PATTERN,
    PACK_FIELDS,
    REORDER_ITEMS,
    SOURCE_FIELDS,
    USE_FIELDS,
    Field,
    Kind,
)

SCHEMA_FILE = Path(__file__).with_name("schema.json")
_TEXT = {"$ref": "#/$defs/text"}


def json_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://github.com/prep-dev/prep/schema/pack-v{FORMAT_VERSION}.json",
        "title": f"prep question pack, format {FORMAT_VERSION}",
        "description": "A pack of interview questions for prep. Add `# yaml-language-server: $schema=PATH` at the top"
        " of a pack file (PATH from `prep packs schema > pack.schema.json`) for validation and completion in your"
        " editor.",
        "type": "object",
        "required": ["pack", "cards"],
        "additionalProperties": False,
        "properties": {
            "format": {"description": f"The pack format version; this prep reads format {FORMAT_VERSION}.",
                       "enum": [FORMAT_VERSION, str(FORMAT_VERSION)]},
            "pack": _object(PACK_FIELDS, "What the pack is."),
            "uses": {"type": "array", "description": "Other packs' cards this pack studies as they are.",
                     "items": _object(USE_FIELDS, "Cards of one other pack.")},
            "cards": {"type": "array", "items": {"$ref": "#/$defs/card"}},
        },
        "if": {"not": {"required": ["uses"]}},
        "then": {"properties": {"cards": {"minItems": 1}}},
        "$defs": {
            "text": {
                "type": "string",
                "pattern": "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]*$",
                "minLength": 1,
                "not": {"pattern": "^\\s*$"},
            },
            "level": {"enum": [*LEVEL_ALIASES, *(level.label.capitalize() for level in Level)]},
            "card": {**_object(CARD_FIELDS, "One question."), "allOf": [_by_type(kind) for kind in CardType]},
        },
    }  # fmt: skip


def _object(fields: tuple[Field, ...], description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "required": [field.name for field in fields if field.required and field.types == frozenset(CardType)],
        "additionalProperties": False,
        "properties": {field.name: _property(field) for field in fields},
    }


def _property(field: Field) -> dict[str, Any]:
    text = {**_TEXT, "maxLength": field.limit}
    if field in (PACK_FIELDS[0], USE_FIELDS[0]):  # pack names
        schema: dict[str, Any] = {"type": "string", "pattern": NAME_PATTERN.pattern}
    elif field is USE_FIELDS[1]:
        schema = {"type": "array", "minItems": 1, "maxItems": field.items, "uniqueItems": True,
                  "items": {"type": "string", "pattern": ID_PATTERN.pattern}}  # fmt: skip
    elif field.name == "id":
        schema = {"type": "string", "pattern": ID_PATTERN.pattern}
    elif field.name == "version":
        schema = {"anyOf": [text, {"type": "number"}]}
    elif field.kind is Kind.TEXT:
        schema = dict(text)
    elif field.kind in (Kind.TEXTS, Kind.ANSWER):
        many = {"type": "array", "minItems": field.min_items, "maxItems": field.items, "items": text}
        schema = {"anyOf": [text, many]}
    elif field.kind is Kind.LIST:
        schema = {"type": "array", "minItems": field.min_items, "maxItems": field.items, "uniqueItems": True,
                  "items": text}  # fmt: skip
    elif field.kind is Kind.LEVELS:
        level = {"$ref": "#/$defs/level"}
        schema = {"anyOf": [level, {"type": "array", "minItems": 1, "items": level}]}
    elif field.kind is Kind.TYPE:
        schema = {"enum": [kind.value for kind in CardType]}
    elif field.kind is Kind.NUMBER:
        schema = {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "string", "pattern": "^[0-9]+$"}]}
    else:
        schema = _object(SOURCE_FIELDS, "")
        schema["required"] = [sub.name for sub in SOURCE_FIELDS if sub.required]
        del schema["description"]
    return {"description": field.doc, **schema}


def _by_type(kind: CardType) -> dict[str, Any]:
    """The rules for one card type: the fields it must have, and those it must not."""
    then: dict[str, Any] = {}
    required = [field.name for field in CARD_FIELDS if field.required and field.types != frozenset(CardType)
                and kind in field.types]  # fmt: skip
    if required:
        then["required"] = required
    properties: dict[str, Any] = {field.name: False for field in CARD_FIELDS if kind not in field.types}
    if kind in (CardType.CHOICE, CardType.TYPED, CardType.FLASHCARD):
        properties["answer"] = dict(_TEXT)
    if kind is CardType.CLOZE:
        properties["prompt"] = {"pattern": _ONE_BLANK}
    if kind is CardType.REORDER:
        properties["answer"] = {"type": "array", "minItems": REORDER_ITEMS.start, "maxItems": REORDER_ITEMS.stop - 1,
                                "items": _TEXT}  # fmt: skip
    then["properties"] = dict(sorted(properties.items()))
    return {"if": {"properties": {"type": {"const": kind.value}}, "required": ["type"]}, "then": then}


_ONE_BLANK = "^(?:(?!\\{\\{)[\\s\\S])*\\{\\{(?:(?!\\}\\})[\\s\\S])+\\}\\}(?:(?!\\{\\{)[\\s\\S])*$"
"""A prompt with exactly one `{{blank}}`, as the validator requires of cloze cards."""


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
