"""The keyword prefilter only ever skips patterns that could not have matched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from prep.core.builder.interview_words import DEGREE, FLUFF, LOGISTICS, MONEY, THEMES
from prep.core.builder.keywords import KeywordIndex, alternatives, literal_prefixes

DOCUMENTS = Path(__file__).parent / "documents"


def test_alternatives_split_only_at_the_top_level() -> None:
    assert alternatives(r"\ba(?:b|c)\b|[|]x|\|y") == [r"\ba(?:b|c)\b", "[|]x", r"\|y"]


def test_literal_prefixes() -> None:
    assert literal_prefixes(r"\bapis?\b") == ["api"]
    assert literal_prefixes(r"(?<!machine )\blearn\w*") == ["lear"]
    assert literal_prefixes(r"\bon[- ]call\b") == ["on"]
    assert literal_prefixes(r"\b(?:stay|keep|(?:ab|c)d)\b") == ["stay", "keep", "ab", "c"]
    assert literal_prefixes(r"\b(?:BS|MS)\b") == ["bs", "ms"]
    assert literal_prefixes(r"\b(?:stay|keep)?xy") == ["stay", "keep", "xy"]  # an optional group
    assert literal_prefixes(r"\b(?:stay|keep)?\d") == ["stay", "keep", ""]
    assert literal_prefixes(r"\b(?:stay|keep){2}") == [""]
    assert literal_prefixes(r"\b(?:a[)(]b|c)") == ["a", "c"]
    assert literal_prefixes(r"\b(?:ab|c") == [""]
    assert literal_prefixes(r"learn") == [""]  # no word boundary: could start inside a word
    assert literal_prefixes(r"(?<!x)learn") == [""]


PATTERN_SETS = {
    "themes": [theme.pattern for theme in THEMES],
    "exclusions": [DEGREE, MONEY, LOGISTICS, FLUFF],
}


@pytest.mark.parametrize("name", sorted(PATTERN_SETS))
def test_candidates_include_every_pattern_that_matches(name: str) -> None:
    patterns = PATTERN_SETS[name]
    index = KeywordIndex(patterns)
    lines = [
        line
        for path in sorted(DOCUMENTS.rglob("*"))
        if path.is_file()
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    ]
    lines += ["Keep up to date with 10x growth", "Ｋafka on-call", "ſecurity reviews", "p99 latency"]
    lines += ["A BSc in CS", "€50k and a 401(k)", "Willing to travel up to 20%", "Home-office budget of $500"]
    for line in lines:
        candidates = index.candidates(line)
        for number, pattern in enumerate(patterns):
            if pattern.search(line):
                assert number in candidates, (pattern.pattern[:40], line)


def test_a_pattern_without_word_boundaries_is_always_a_candidate() -> None:
    index = KeywordIndex([re.compile(r"\bkafka\b"), re.compile("ing")])
    assert index.candidates("nothing here") == {1}
    assert index.candidates("Kafka") == {0, 1}
