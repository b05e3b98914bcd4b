"""The keyword prefilter only ever skips patterns that could not have matched."""

from __future__ import annotations

import re
from pathlib import Path

from prep.core.builder.interview_words import THEMES
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
    assert literal_prefixes(r"\b(?:stay|keep)?x") == [""]  # an optional group
    assert literal_prefixes(r"\b(?:a[)]b|c)") == [""]
    assert literal_prefixes(r"learn") == [""]  # no word boundary: could start inside a word
    assert literal_prefixes(r"(?<!x)learn") == [""]


def test_candidates_include_every_theme_that_matches() -> None:
    index = KeywordIndex([theme.pattern for theme in THEMES])
    lines = [
        line
        for path in sorted(DOCUMENTS.rglob("*"))
        if path.is_file()
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    ]
    lines += ["Keep up to date with 10x growth", "Ｋafka on-call", "ſecurity reviews", "p99 latency"]
    for line in lines:
        candidates = index.candidates(line)
        for number, theme in enumerate(THEMES):
            if theme.pattern.search(line):
                assert number in candidates, (theme.name, line)


def test_a_pattern_without_word_boundaries_is_always_a_candidate() -> None:
    index = KeywordIndex([re.compile(r"\bkafka\b"), re.compile("ing")])
    assert index.candidates("nothing here") == {1}
    assert index.candidates("Kafka") == {0, 1}
