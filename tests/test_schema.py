"""The JSON Schema and the validator describe the same format: both accept the same good packs
and both reject the same structurally bad ones."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from prep.core.packs.load import load_pack, pack_files
from prep.core.packs.strict_yaml import parse
from prep.errors import PackErrors
from prep.paths import bundled_packs_dir

from conftest import PACKS

SCHEMA = json.loads(files("prep.core.packs").joinpath("schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
GOOD_FILES = (
    pack_files(bundled_packs_dir())
    + pack_files(PACKS)
    + pack_files(Path(__file__).resolve().parent.parent / "examples")
)


def schema_errors(text: str) -> list[str]:
    return [error.message for error in VALIDATOR.iter_errors(parse("x.yaml", text))]


def test_the_schema_is_itself_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", GOOD_FILES, ids=lambda path: path.name)
def test_every_shipped_pack_passes_both(path: Path) -> None:
    load_pack(path)
    assert schema_errors(path.read_text(encoding="utf-8-sig")) == []


BASE = 'pack:\n  name: demo\n  title: Demo\n  version: "1"\ncards:\n  - id: c1\n'
CARD = "    type: choice\n    level: junior\n    prompt: Pick\n    choices: [A, B]\n    answer: A\n"
BAD = {
    "no cards key": 'pack:\n  name: demo\n  title: Demo\n  version: "1"\n',
    "empty cards": BASE.replace("  - id: c1\n", "").replace("cards:\n", "cards: []\n"),
    "unknown top-level key": "extra: 1\n" + BASE + CARD,
    "unknown pack key": BASE.replace("  title: Demo\n", "  title: Demo\n  author: me\n") + CARD,
    "bad pack name": BASE.replace("name: demo", "name: Demo Pack") + CARD,
    "missing version": BASE.replace('  version: "1"\n', "") + CARD,
    "bad format": "format: 2\n" + BASE + CARD,
    "missing type": BASE + CARD.replace("    type: choice\n", ""),
    "unknown type": BASE + CARD.replace("type: choice", "type: essay"),
    "unknown level": BASE + CARD.replace("level: junior", "level: wizard"),
    "missing prompt": BASE + CARD.replace("    prompt: Pick\n", ""),
    "empty prompt": BASE + CARD.replace("prompt: Pick", 'prompt: "  "'),
    "unknown card field": BASE + CARD + "    tip: no\n",
    "bad id": BASE.replace("id: c1", "id: has space") + CARD,
    "choice without choices": BASE + CARD.replace("    choices: [A, B]\n", ""),
    "one choice": BASE + CARD.replace("[A, B]", "[A]"),
    "too many choices": BASE + CARD.replace("[A, B]", "[" + ", ".join(f"C{i}" for i in range(11)) + "]"),
    "duplicate choices": BASE + CARD.replace("[A, B]", "[A, A]"),
    "choice with list answer": BASE + CARD.replace("answer: A", "answer: [A]"),
    "typed with choices": BASE + CARD.replace("type: choice", "type: typed"),
    "choice with accept": BASE + CARD + "    accept: [a]\n",
    "cloze without blank": BASE + "    type: cloze\n    level: junior\n    prompt: No blank here\n",
    "cloze with two blanks": BASE + "    type: cloze\n    level: junior\n    prompt: '{{a}} and {{b}}'\n",
    "cloze with answer": BASE + "    type: cloze\n    level: junior\n    prompt: 'a {{b}}'\n    answer: b\n",
    "flashcard without answer": BASE + "    type: flashcard\n    level: junior\n    prompt: Explain\n",
    "control character": BASE + CARD.replace("prompt: Pick", 'prompt: "Pick\\x07"'),
    "too long prompt": BASE + CARD.replace("prompt: Pick", "prompt: " + "x" * 2001),
    "source without line": BASE + CARD + "    source:\n      document: a.txt\n",
    "source line not a number": BASE + CARD + "    source:\n      document: a.txt\n      line: twelve\n",
}


@pytest.mark.parametrize("text", BAD.values(), ids=BAD.keys())
def test_structurally_bad_packs_fail_both(text: str, tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(text)
    with pytest.raises(PackErrors):
        load_pack(path)
    assert schema_errors(text), "the schema accepted what the validator rejects"


def test_the_shipped_schema_is_the_one_the_format_generates() -> None:
    from prep.core.packs.schema import SCHEMA_FILE, schema_text

    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), "run: python -m prep.core.packs.schema"


def test_the_docs_field_table_is_the_one_the_format_generates() -> None:
    from prep.core.packs.format import field_table

    docs = (Path(__file__).resolve().parent.parent / "docs" / "packs.md").read_text(encoding="utf-8")
    assert field_table() in docs
