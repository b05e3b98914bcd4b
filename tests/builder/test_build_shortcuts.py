"""Shortcuts the builder takes for speed give what the longer way gives."""

from __future__ import annotations

import re

from prep.core.builder import bullets, chrome

from build_support import DOCUMENTS

LINES = [
    line
    for path in sorted(DOCUMENTS.rglob("*"))
    if path.is_file()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
]
TRICKY = [
    "Salary: 50,000 a YEAR",
    "€50k",
    "Back To Top »",
    "Open roles › Berlin",
    "HYBRİD working",  # a dotted capital I lower-cases to two characters
    "remote, \u212aafka",  # the Kelvin sign, which case-insensitive patterns take for a k
    "\u017fite reliability",  # the long s, which they take for an s
    "Join ſ",
    "Über uns",
    "",
    "plain words only",
]


def test_the_quick_check_of_chrome_triggers_agrees_with_the_trigger_pattern() -> None:
    for line in [*LINES, *TRICKY, *(line.upper() for line in LINES)]:
        assert chrome._has_trigger(line) == (chrome._ANY_TRIGGER.search(line) is not None), line


def test_splitting_on_whitespace_gives_what_the_spaces_pattern_gives() -> None:
    every = [chr(code) for code in range(0x3001) if chr(code).isspace() or re.fullmatch(r"\s", chr(code))]
    texts = ["a  b", " a\tb\n", "\u00a0a\u2003b\u3000", "a\x1cb\x1fc", "\u2028a\u0085b", "", "   ", "one"]
    for text in [*texts, "x".join(every), f"a{''.join(every)}b", *LINES]:
        assert " ".join(text.split()) == bullets._SPACES.sub(" ", text).strip(), repr(text)


def test_a_line_without_markup_characters_is_left_as_the_markup_pattern_leaves_it() -> None:
    for line in [*LINES, *TRICKY]:
        if "*" not in line and "_" not in line and "`" not in line:
            assert bullets._MARKUP.sub("", line) == line, line
