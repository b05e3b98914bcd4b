"""Which of many keyword patterns can match a text, found from its words before any regex runs.

Theme and vocabulary patterns are alternations of keywords that each start at a word boundary
(`\\bon[- ]call\\b|\\bincidents?\\b|...`). Running thirty of them over every bullet is most of the
time spent matching; yet a keyword can only match where a word of the text starts with the
keyword's leading letters ("incidents?" needs a word starting "incident"). `KeywordIndex` reads
those letters from each alternative once, and `candidates(text)` gives the patterns that could
match: the others cannot, so skipping them never changes a result. `starts(text)` says, as well, where
each can match first (the first word with one of its prefixes): a search from there finds the match a
search from the start finds.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

PREFIX_CHARS = 4
"""Letters of each keyword indexed (a shorter prefix only lets through more candidates)."""

_WORD = re.compile(r"\w+")
_LEAD = re.compile(r"(?:\(\?<[!=](?:\\.|[^)])*\)|\\b)*")
"""Lookbehinds and word boundaries before an alternative's first letter: they only narrow a match."""
_LITERAL = re.compile(r"[A-Za-z0-9]+")
_GROUP = re.compile(r"\(\?(?:[aiLmsux]*-[imsx]+|[aiLmsux]*):")
"""A non-capturing group, with inline flags or without (`(?:`, `(?-i:`): its letters start where it starts."""
_OPTIONAL = ("?", "*", "{")
_DIGITS = "0123456789"
WORD_CACHE = 65_536
"""Words whose candidates an index remembers: most words of a document recur in many of its lines."""


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) for each character outside escapes and character classes."""
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += {"(": 1, ")": -1}.get(char, 0)
            yield index, char, depth
        index += 1


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex source (`|` outside groups and character classes)."""
    cuts = [index for index, char, depth in _structure(pattern) if char == "|" and depth == 0]
    return [pattern[start + 1 : end] for start, end in itertools.pairwise([-1, *cuts, len(pattern)])]


def literal_prefixes(alternative: str) -> list[str]:
    """The lower-case letters a match of `alternative` can start with, one prefix per way it can start
    ("" when unknown): `\\bapis?\\b` gives ["api"], `\\b(?:bonus|equity)\\b` ["bonu", "equi"], `\\b\\d+` the ten
    digits."""
    lead = _LEAD.match(alternative)
    if lead is None or "\\b" not in lead.group():
        return [""]  # no word boundary first: a match could start inside a word
    rest = alternative[lead.end() :]
    if rest.startswith("\\d"):  # a number ("\\d{1,2} ?%"): a word that starts with a digit
        optional = rest[2:3] in ("?", "*") or rest[2:4] in ("{0", "{,")
        return [""] if optional else list(_DIGITS)
    group = _GROUP.match(rest)
    if group is not None:
        return _group_prefixes(rest, group.end())
    found = _LITERAL.match(rest)
    if found is None:
        return [""]
    letters = found.group().lower()
    if rest[found.end() : found.end() + 1] in _OPTIONAL:
        letters = letters[:-1]  # "apis?": the last letter is optional
    return [letters[:PREFIX_CHARS]]


def _group_prefixes(rest: str, opened: int) -> list[str]:
    """Prefixes of a pattern that starts with a group (its contents from `opened`): those of each of its
    alternatives."""
    end = next((index for index, char, depth in _structure(rest) if char == ")" and depth == 0), None)
    if end is None or rest[end + 1 : end + 2] == "{":
        return [""]  # unbalanced, or a counted group: nothing certain
    inner, after = rest[opened:end], rest[end + 1 :]
    prefixes = [prefix for part in alternatives(inner) for prefix in literal_prefixes("\\b" + part)]
    if after[:1] in _OPTIONAL:  # an optional group: a match may start with what follows it
        prefixes += literal_prefixes("\\b" + after[1:])
    return prefixes


class KeywordIndex:
    """For patterns of word-initial keywords: the ones a text's words could match."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.count = len(patterns)
        self.always: set[int] = set()
        self.by_prefix: dict[str, set[int]] = {}
        for number, pattern in enumerate(patterns):
            for prefix in (p for alternative in alternatives(pattern.pattern) for p in literal_prefixes(alternative)):
                if prefix:
                    self.by_prefix.setdefault(prefix, set()).add(number)
                else:
                    self.always.add(number)
        self.lengths = sorted({len(prefix) for prefix in self.by_prefix})
        self._words: dict[str, frozenset[int]] = {}
        """Word → the patterns its prefixes name (`of_word`), for the words seen most recently."""

    def candidates(self, text: str) -> set[int]:
        """Numbers of the patterns that could match somewhere in `text` (all of them for text with non-ASCII
        letters or digits, where case folding is wider than `str.lower`)."""
        if _unfoldable(text):
            return set(range(self.count))
        found = set(self.always)
        for word in set(_WORD.findall(text.lower())):
            found |= self.of_word(word)
        return found

    def starts(self, text: str) -> dict[int, int]:
        """`candidates`, each with a place in `text` where it cannot match before: the start of the first word
        with one of its prefixes, or earlier (0 for a pattern always a candidate). A match begins at the start of
        such a word, so `pattern.search(text, place)` finds what `pattern.search(text)` finds, and `finditer`
        the same matches (both read `\\b` and lookbehinds against the whole text)."""
        if _unfoldable(text):
            return dict.fromkeys(range(self.count), 0)
        lowered = text.lower()
        found = dict.fromkeys(self.always, 0)
        for word in dict.fromkeys(_WORD.findall(lowered)):  # in order, each once
            numbers = self.of_word(word)
            if numbers:
                place = lowered.find(word)  # where the word starts, or earlier inside another word
                for number in numbers:
                    found.setdefault(number, place)
        return found

    def of_word(self, word: str) -> frozenset[int]:
        """The patterns with a keyword that a (lower-case) word can begin."""
        known = self._words.get(word)
        if known is None:
            known = frozenset().union(*(self.by_prefix.get(word[:length], ()) for length in self.lengths))
            if len(self._words) >= WORD_CACHE:
                self._words.clear()
            self._words[word] = known
        return known


def _unfoldable(text: str) -> bool:
    """Whether `text` has a non-ASCII letter or digit, whose case folding `str.lower` may not match as a regex
    with IGNORECASE does. A dash or a curly quote (most non-ASCII in postings) changes no word."""
    return not text.isascii() and any(not char.isascii() and char.isalnum() for char in text)
