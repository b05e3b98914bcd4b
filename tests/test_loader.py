"""Pack loading: YAML in, model out, and one located line for every problem."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from prep.core.model import CardType, Level
from prep.core.packs.load import load_pack
from prep.core.packs.strict_yaml import SYNTAX_ERROR
from prep.errors import PackErrors

from conftest import PACKS, write

HEADER = 'pack:\n  name: demo\n  title: Demo\n  version: "1"\ncards:\n'


def problems(tmp_path: Path, text: str | bytes, name: str = "x.yaml") -> list[str]:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        write(path, text)
    with pytest.raises(PackErrors) as caught:
        load_pack(path)
    return [str(error) for error in caught.value.errors]


def card(**fields: str) -> str:
    lines = [f"  - id: {fields.pop('id', 'c1')}"]
    fields = {"type": "choice", "level": "junior", "prompt": "Pick one", "choices": "[A, B]", "answer": "A"} | fields
    lines += [f"    {key}: {value}" for key, value in fields.items() if value is not None]
    return HEADER + "\n".join(lines) + "\n"


def test_bundled_test_pack_loads_with_every_type() -> None:
    pack = load_pack(PACKS / "basics.yaml")
    assert pack.name == "test-basics"
    assert {card.type for card in pack.cards} == set(CardType)
    by_id = {card.id: card for card in pack.cards}
    assert by_id["norway"].answer == ("no",)  # not False
    assert by_id["version"].answer == ("3.10",)  # not 3.1
    assert by_id["version"].question == "Structural pattern matching arrived in Python _____."
    assert by_id["idempotent-methods"].answer == ("GET", "PUT")
    assert by_id["http-post"].line == 10
    assert by_id["cap"].levels == (Level.SENIOR,)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("no", "no"),
        ("yes", "yes"),
        ("on", "on"),
        ("1.10", "1.10"),
        ("017", "017"),
        ("12:30", "12:30"),
        ("2024-01-02", "2024-01-02"),
        ("null", "null"),
        ("~", "~"),
        ("0x1F", "0x1F"),
        (".inf", ".inf"),
    ],
)
def test_text_stays_exactly_as_written(tmp_path: Path, value: str, expected: str) -> None:
    path = write(tmp_path / "x.yaml", card(type="typed", choices=None, answer=value))
    assert load_pack(path).cards[0].answer == (expected,)


CASES = [
    (
        "answer not in choices",
        card(answer="C"),
        'x.yaml:11: card c1: answer: "C" is not one of the choices; copy the right choice exactly',
    ),
    (
        "answer differs in case",
        card(answer="a"),
        "x.yaml:11: card c1: answer: \"a\" is not one of the choices; did you mean 'A'?",
    ),
    ("unknown card field", card(promt="x"), "x.yaml:12: card c1: promt: unknown card field; did you mean 'prompt'?"),
    ("missing prompt", card(prompt=None), "x.yaml:6: card c1: missing `prompt`; add the question as `prompt: ...`"),
    (
        "unknown level",
        card(level="expert"),
        "x.yaml:8: card c1: level: unknown level 'expert'; use one of junior, mid, senior, lead",
    ),
    ("unknown type", card(type="choise"), "x.yaml:7: card c1: type: unknown type 'choise'; did you mean 'choice'?"),
    ("one choice", card(choices="[A]"), "x.yaml:10: card c1: choices: needs at least two choices"),
    (
        "duplicate choices",
        card(choices="[A, a]"),
        "x.yaml:10: card c1: choices: 'a' is listed twice; make every choice different",
    ),
    (
        "choices on a typed card",
        card(type="typed"),
        "x.yaml:10: card c1: choices: a typed card has no `choices`; remove it (a typed card uses accept, answer)",
    ),
    (
        "cloze without blank",
        card(type="cloze", choices=None, answer=None),
        "x.yaml:9: card c1: prompt: a cloze prompt needs exactly one {{blank}}, found 0;"
        " write it like: Port {{5432}} is PostgreSQL's default",
    ),
    (
        "list where text belongs",
        card(prompt="[a, b]"),
        "x.yaml:9: card c1: prompt: expected text, got a list; write it as one line of text",
    ),
    (
        "bad id",
        card(id="has space"),
        "x.yaml:6: card has space: id: 'has space' is not a valid id;"
        " use letters, digits, dots, dashes and underscores",
    ),
    (
        "duplicate key",
        card().replace("    answer: A", "    answer: A\n    answer: B"),
        "x.yaml:12: duplicate key 'answer' (first at line 11); keep only one",
    ),
    (
        "python tag",
        card(answer="!!python/object/apply:os.system [echo hi]"),
        "x.yaml:11: tag tag:yaml.org,2002:python/object/apply:os.system is not allowed;"
        " remove it (quote the value if it is text)",
    ),
    (
        "custom tag",
        card(answer="!secret A"),
        "x.yaml:11: tag !secret is not allowed; remove it (quote the value if it is text)",
    ),
    ("anchor", card(prompt="&p Pick one"), "x.yaml:9: anchors (&p) are not supported; write each value out in full"),
    ("empty file", "", "x.yaml:1: file is empty; a pack needs a `pack:` mapping and a `cards:` list"),
    (
        "comments only",
        "# nothing here\n# at all\n",
        "x.yaml:1: file has no YAML content (only comments?); a pack needs `pack:` and `cards:`",
    ),
    (
        "top-level list",
        "- a\n- b\n",
        "x.yaml:1: the top level is a list; a pack is a mapping with `pack:` and `cards:` keys",
    ),
    (
        "two documents",
        HEADER + "  - id: a\n---\nmore: 1\n",
        "x.yaml:7: a pack file holds one YAML document; remove this `---` or split the file",
    ),
    (
        "no cards",
        HEADER.replace("cards:\n", "cards: []\n"),
        "x.yaml:5: cards: the pack has no cards; add at least one (or `uses:` other packs' cards)",
    ),
    (
        "uses its own pack",
        HEADER.replace("cards:\n", "uses:\n  - pack: demo\n    cards: [a]\ncards: []\n"),
        "x.yaml:6: uses.pack: a pack cannot use its own cards; list them under `cards:` instead",
    ),
    (
        "uses a card twice",
        HEADER.replace(
            "cards:\n", "uses:\n  - pack: other\n    cards: [a, b]\n  - pack: other\n    cards: [a]\ncards: []\n"
        ),
        "x.yaml:9: uses.cards: other/a is listed twice; list each card once",
    ),
    (
        "uses without cards",
        HEADER.replace("cards:\n", "uses:\n  - pack: other\ncards: []\n"),
        "x.yaml:6: missing `cards`; add `cards: [ID, ...]`",
    ),
    (
        "uses with a typo",
        HEADER.replace("cards:\n", "uses:\n  - pack: other\n    card: [a]\ncards: []\n"),
        "x.yaml:7: uses.card: unknown uses field; did you mean 'cards'?",
    ),
    (
        "missing pack",
        "cards:\n  - id: a\n",
        "x.yaml:1: missing `pack:` mapping; add `pack:` with name, title and version",
    ),
    (
        "bad pack name",
        HEADER.replace("name: demo", "name: Demo Pack") + "  - id: a\n",
        "x.yaml:2: pack.name: 'Demo Pack' is not a valid pack name;"
        " use lowercase letters, digits and dashes, like backend-core",
    ),
    (
        "newer format",
        "format: 2\n" + card(),
        "x.yaml:1: format: format '2' is not supported; this prep reads `format: 1` (upgrade prep for newer formats)",
    ),
    (
        "escaped control character",
        card(prompt='"Pick \\e[31m one"'),
        "x.yaml:9: card c1: prompt: contains control character U+001B; remove it",
    ),
]


@pytest.mark.parametrize("text, expected", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_each_problem_is_one_located_line(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in problems(tmp_path, text)


def test_duplicate_card_ids_name_both_lines(tmp_path: Path) -> None:
    text = card() + "  - id: c1\n    type: flashcard\n    level: mid\n    prompt: Again\n    answer: yes\n"
    assert problems(tmp_path, text) == [
        "x.yaml:12: card c1: id: duplicate card id (first at line 6); give each card its own id"
    ]


def test_every_problem_in_a_file_is_reported(tmp_path: Path) -> None:
    text = card(answer="C") + "  - id: c2\n    type: typed\n    level: nope\n    prompt: x\n"
    found = problems(tmp_path, text)
    assert len(found) == 3
    assert all(line.startswith("x.yaml:") for line in found)


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"pack: \xff\xfe oops\n", "x.yaml:1: file is not UTF-8 text; save it as UTF-8"),
        (b"\xff\xfep\x00a\x00", "x.yaml:1: file is UTF-16; save it as UTF-8"),
        (b"pack:\n  name: a\x00b\n", "x.yaml:2: a NUL byte in the text; remove it (only tab and newline are allowed)"),
        (
            b"a: 1\nb: 2\nc: \x1b[31m\n",
            "x.yaml:3: control character U+001B in the text; remove it (only tab and newline are allowed)",
        ),
    ],
)
def test_bytes_that_are_not_clean_utf8_are_located_by_line(tmp_path: Path, data: bytes, expected: str) -> None:
    assert problems(tmp_path, data) == [expected]


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + card().encode())
    assert load_pack(path).cards[0].id == "c1"


def test_alias_bomb_fails_fast(tmp_path: Path) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]" for i in range(9)]
    found = problems(tmp_path, "\n".join(lines) + "\n")
    assert found == ["x.yaml:1: anchors (&a) are not supported; write each value out in full"]


def test_a_syntax_error_is_prep_s_located_line_whatever_the_parser_says(tmp_path: Path, yaml_parser: str) -> None:
    [found] = problems(tmp_path, "pack: [unclosed\n")
    assert found.startswith(f"x.yaml:2: {SYNTAX_ERROR} (") and "\n" not in found
    assert found.endswith("); check the quotes, brackets and indentation here")


TOO_DEEP = "nested more than 16 levels deep; packs are flatter than that"
NESTINGS = {  # shape: (text nested `depth` levels below the top mapping, the line where level 17 opens)
    "flow lists": lambda depth: ("a: " + "[" * depth + "]" * depth + "\n", 1),
    "flow lists, spaced": lambda depth: ("a: " + "[ " * depth + "]" * depth + "\n", 1),
    "flow lists, unclosed": lambda depth: ("a: " + "[" * depth + "\n", 1),
    "flow maps": lambda depth: ("a: " + "{k: " * depth + "}" * depth + "\n", 1),
    "flow, quoted brackets between": lambda depth: ("a: " + "['[{', " * depth + "]" * depth + "\n", 1),
    "flow, one per line": lambda depth: ("a:\n" + "  [\n" * depth + "  ]\n" * depth, 17),
    "block lists": lambda depth: ("a:\n  " + "- " * depth + "x\n", 2),
    "after good lines": lambda depth: ("a: 1\nb: [x, y]\nc: " + "[" * depth + "]" * depth + "\n", 3),
}


@pytest.fixture(params=["libyaml", "pure Python"])
def yaml_parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with libyaml's parser (when PyYAML has it) and with PyYAML's own."""
    import yaml

    from prep.core.packs import strict_yaml

    if request.param == "libyaml" and not hasattr(yaml, "CSafeLoader"):
        pytest.skip("this PyYAML was built without libyaml")
    monkeypatch.setattr(strict_yaml, "_Parser", yaml.CSafeLoader if request.param == "libyaml" else yaml.SafeLoader)
    return request.param


@pytest.mark.parametrize("depth", [17, 1_000, 100_000])
@pytest.mark.parametrize("shape", list(NESTINGS))
def test_deep_nesting_is_refused_with_prep_s_message_before_it_costs_anything(
    tmp_path: Path, shape: str, depth: int, yaml_parser: str
) -> None:
    """prep's limit is what an author meets, whichever parser (and parser limit) is installed."""
    import tracemalloc

    text, line = NESTINGS[shape](depth)
    tracemalloc.start()
    started = time.perf_counter()
    found = problems(tmp_path, text)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert found == [f"x.yaml:{line}: {TOO_DEEP}"]
    assert elapsed < 10 and peak < 20 * 1024 * 1024, (elapsed, peak)  # loose in time: a loaded 2-core CI


def test_sixteen_levels_are_fine(tmp_path: Path) -> None:
    from prep.core.packs.strict_yaml import parse

    parse("x.yaml", "a: " + "[" * 15 + "]" * 15 + "\n")  # the mapping is the first level


def test_huge_file_is_refused_by_size(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# " + b"x" * (6 * 1024 * 1024) + b"\n")
    with pytest.raises(PackErrors) as caught:
        load_pack(path)
    assert str(caught.value) == "big.yaml: file is 6.0 MB; packs are limited to 5 MB, split it into several files"


def test_overlong_value_is_refused(tmp_path: Path) -> None:
    found = problems(tmp_path, card(explain="x" * 30_000))
    assert found == ["x.yaml:12: value is 30,000 characters long; the limit is 20,000"]


def test_too_many_choices(tmp_path: Path) -> None:
    choices = "[" + ", ".join(f"C{i}" for i in range(11)) + "]"
    assert problems(tmp_path, card(choices=choices, answer="C1")) == [
        "x.yaml:10: card c1: choices: has 11 items; the limit is 10"
    ]


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(PackErrors) as caught:
        load_pack(tmp_path / "nope.yaml")
    assert str(caught.value) == "nope.yaml: no such file"
