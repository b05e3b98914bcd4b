"""The keyword prefilter only ever skips patterns that could not have matched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from prep.core.builder import keywords
from prep.core.builder.interview_words import DEGREE, FLUFF, LOGISTICS, MONEY, TENURE, THEMES, YEARS
from prep.core.builder.keywords import KeywordIndex, alternatives, literal_prefixes
from prep.core.builder.tool_notes import NOTES

DOCUMENTS = Path(__file__).parent / "documents"


def test_alternatives_split_only_at_the_top_level() -> None:
    assert alternatives(r"\ba(?:b|c)\b|[|]x|\|y") == [r"\ba(?:b|c)\b", "[|]x", r"\|y"]


def test_literal_prefixes() -> None:
    assert literal_prefixes(r"\bapis?\b") == ["api"]
    assert literal_prefixes(r"(?<!machine )\blearn\w*") == ["lear"]
    assert literal_prefixes(r"\bon[- ]call\b") == ["on"]
    assert literal_prefixes(r"\b(?:stay|keep|(?:ab|c)d)\b") == ["stay", "keep", "ab", "c"]
    assert literal_prefixes(r"\b(?:BS|MS)\b") == ["bs", "ms"]
    assert literal_prefixes(r"\b(?-i:TIPS|RT)\b") == ["tips", "rt"]  # a group with inline flags
    assert literal_prefixes(r"\b(?:stay|keep)?xy") == ["stay", "keep", "xy"]  # an optional group
    assert literal_prefixes(r"\b(?:stay|keep)?\d") == ["stay", "keep", *"0123456789"]
    assert literal_prefixes(r"\b(?:stay|keep){2}") == [""]
    assert literal_prefixes(r"\b(?:a[)(]b|c)") == ["a", "c"]
    assert literal_prefixes(r"\b(?:ab|c") == [""]
    assert literal_prefixes(r"learn") == [""]  # no word boundary: could start inside a word
    assert literal_prefixes(r"(?<!x)learn") == [""]


PATTERN_SETS = {
    "themes": [theme.pattern for theme in THEMES],
    "exclusions": [DEGREE, MONEY, LOGISTICS, FLUFF],
    "tool notes": [re.compile(note.pattern, re.IGNORECASE) for note in NOTES],
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
    lines += ["Clearing through TIPS and RT1", "DST gaps when Temporal retries", "src/DST ports"]
    for line in lines:
        candidates = index.candidates(line)
        for number, pattern in enumerate(patterns):
            if pattern.search(line):
                assert number in candidates, (pattern.pattern[:40], line)


PATTERN_SETS["exclusions"] += [YEARS, TENURE]


@pytest.mark.parametrize("name", sorted(PATTERN_SETS))
def test_a_search_from_the_start_a_pattern_is_given_finds_what_a_search_from_the_beginning_finds(name: str) -> None:
    patterns = PATTERN_SETS[name]
    index = KeywordIndex(patterns)
    lines = [
        line
        for path in sorted(DOCUMENTS.rglob("*"))
        if path.is_file()
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    ]
    lines += ["Keep up to date with 10x growth", "Ｋafka on-call", "p99 latency", "5+ years of Go", "up to 20% travel"]
    lines += ["A third of your time on call", "401(k) matching", "(ref 12345) Python 3", "Salary: 50k", "on_call"]
    for line in lines:
        starts = index.starts(line)
        assert starts.keys() == index.candidates(line), line
        for number, pattern in enumerate(patterns):
            everywhere = [(match.span(), match.group()) for match in pattern.finditer(line)]
            if number not in starts:
                assert not everywhere, (pattern.pattern[:40], line)
                continue
            found = pattern.search(line, starts[number])
            first = pattern.search(line)
            assert (found and found.span()) == (first and first.span()), (pattern.pattern[:40], line)
            after = [(match.span(), match.group()) for match in pattern.finditer(line, starts[number])]
            assert after == everywhere, (pattern.pattern[:40], line)


def test_a_number_is_a_prefix_of_digits() -> None:
    assert literal_prefixes(r"\b\d{1,2} ?%") == list("0123456789")
    assert literal_prefixes(r"\b(?:half|\d+)") == ["half", *"0123456789"]
    assert literal_prefixes(r"\b\d?x") == [""]  # the digit may be missing
    assert literal_prefixes(r"\b\d{0,2}x") == [""]


def test_a_pattern_without_word_boundaries_is_always_a_candidate() -> None:
    index = KeywordIndex([re.compile(r"\bkafka\b"), re.compile("ing")])
    assert index.candidates("nothing here") == {1}
    assert index.candidates("Kafka") == {0, 1}


def test_remembered_words_give_the_candidates_their_prefixes_give(monkeypatch: pytest.MonkeyPatch) -> None:
    """`of_word` remembers each word's patterns: the candidates are those every prefix of every word names,
    on first sight, from memory, and after the memory is emptied when full."""
    monkeypatch.setattr(keywords, "WORD_CACHE", 50)
    index = KeywordIndex(PATTERN_SETS["themes"])
    lines = [line for path in sorted(DOCUMENTS.rglob("*.md")) for line in path.read_text(encoding="utf-8").splitlines()]

    def by_prefixes(text: str) -> set[int]:
        if not text.isascii() and any(not char.isascii() and char.isalnum() for char in text):
            return set(range(index.count))
        found = set(index.always)
        for word in re.findall(r"\w+", text.lower()):
            for length in index.lengths:
                found |= index.by_prefix.get(word[:length], set())
        return found

    for _ in range(2):
        for line in lines:
            assert index.candidates(line) == by_prefixes(line), line
    assert 0 < len(index._words) <= 50


def test_a_dash_or_curly_quote_keeps_the_index_on_and_a_non_ascii_letter_turns_it_off() -> None:
    index = KeywordIndex([re.compile(r"\bkafka\b", re.IGNORECASE), re.compile(r"\bredis\b", re.IGNORECASE)])
    assert index.candidates("Kafka — with “exactly once”") == {0}
    assert index.candidates("Kafka and Straße") == {0, 1}  # ß folds wider than str.lower
