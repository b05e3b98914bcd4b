"""The skills a document names, collected mention by mention while its sections are read.

A skill is named by a vocabulary alias anywhere (see `skills.scan`: only proper technology names
outside skills and requirements sections), by an item of a skills list or of a "Tools: a, b, c"
line, or by a technology name outside the vocabulary in a requirement sentence ("experience with
Spark or Flink"). Each skill is kept once, under the name the document gives it (`skill_name`).

A skill is optional when the document only wants it as a bonus: every mention of it in the
requirements ("nice to have", "is a plus", "bonus", "ideally", a "Nice to have" section) says
so; a posting that names it elsewhere too (the role description) still decides by its
requirements, and one that never lists it there decides by all its mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from prep.core.builder.skills import is_named, scan, skill_name, unknown_names

EXCLUDED_TOPICS = frozenset({"career"})
"""Topics that name no skill ("people earlier in their career" is not about the backend role)."""
_ANYWHERE = (
    r"\bnice[- ]to[- ]haves?\b|\ba (?:big |huge |real )?plus\b|\bbonus\b"
    r"|\bwould be (?:nice|great|good|helpful|useful)\b|\bpreferred\b|\bdesirable\b"
    r"|\boptional\b|\bnot (?:required|essential|a must)\b|\baren(?:'|’)?t required\b|\bmake us (?:very )?happy\b"
    r"|\b(?:is|are|would be|as) an? (?:real |big )?advantage\b|\badvantageous\b|\b(?:is|are) welcome\b"
)
_LEADING = r"\bideally\b|\bpreferably\b"
"""Words that make optional only what follows them: in "SQL and a language, ideally Python" SQL is required."""
_OPTIONAL = re.compile(f"{_ANYWHERE}|{_LEADING}", re.IGNORECASE)
_OPTIONAL_ANYWHERE = re.compile(_ANYWHERE, re.IGNORECASE)
_OPTIONAL_BEFORE = re.compile(_LEADING, re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")
CLAUSE_CHARS = 300
"""How far from a skill's name its clause is read for "nice to have" wording."""


@dataclass(frozen=True, slots=True)
class Skill:
    slug: str | None
    """Topic slug, or None for a skill outside the vocabulary."""
    name: str
    """As the document names it ("gRPC", "dbt", "TypeScript"); the topic's name for a spelling of the topic
    ("Postgres" → "PostgreSQL", "k8s" → "Kubernetes")."""
    line: int
    section: str
    optional: bool = False
    """Wanted only as a bonus ("nice to have", "is a plus"): see the module docstring."""


@dataclass(slots=True)
class _Entry:
    slug: str | None
    name: str
    line: int
    section: str
    mentions: list[tuple[bool, bool]] = field(default_factory=list)
    """(optional, in the requirements) for each mention."""

    @property
    def optional(self) -> bool:
        deciding = [optional for optional, required in self.mentions if required] or [
            optional for optional, _ in self.mentions
        ]
        return all(deciding)


class SkillBook:
    def __init__(self) -> None:
        self.entries: dict[str, _Entry] = {}

    def add(self, slug: str | None, name: str, line: int, section: str, optional: bool, required: bool) -> bool:
        """Record a mention; whether it named a skill not seen before."""
        return self.mention(slug, name, line, section, required, lambda: optional)

    def mention(
        self, slug: str | None, name: str, line: int, section: str, required: bool, optional: Callable[[], bool]
    ) -> bool:
        """`add`, with the optional wording read only when it can still change what the book says."""
        if slug in EXCLUDED_TOPICS:
            return False
        key = name.casefold()
        entry = self.entries.get(key)
        fresh = entry is None
        if entry is None:
            entry = self.entries[key] = _Entry(slug, name, line, section)
        if (False, required) not in entry.mentions:  # one plain mention of a kind settles that kind
            entry.mentions.append((optional(), required))
        return fresh

    def read(
        self,
        text: str,
        line: int,
        section: str,
        *,
        named_only: bool,
        prose: bool,
        required: bool,
        optional: bool = False,
    ) -> bool:
        """Every skill `text` names; `prose` also reads technology names outside the vocabulary (a requirement
        sentence); `optional` when the whole text is a bonus. Whether it named a skill not seen before."""
        fresh = False
        matches = scan(text)
        for match in matches:
            if named_only and not is_named(match.slug):
                continue
            name = skill_name(match, text)
            fresh |= self.mention(match.slug, name, line, section, required, _reader(text, match.start, optional))
        if prose:
            for name, start in unknown_names(text, matches):
                fresh |= self.mention(None, name, line, section, required, _reader(text, start, optional))
        return fresh

    def skills(self) -> list[Skill]:
        return [
            Skill(entry.slug, entry.name, entry.line, entry.section, entry.optional) for entry in self.entries.values()
        ]


def _reader(text: str, position: int, optional: bool) -> Callable[[], bool]:
    return lambda: optional or optional_at(text, position)


def optional_at(text: str, position: int) -> bool:
    """Whether the clause of `text` around `position` (up to the nearest `.`, `;`, `!` or `?`, within
    `CLAUSE_CHARS` either side) wants what it names only as a bonus."""
    before = text[max(position - CLAUSE_CHARS, 0) : position]
    ends = list(_CLAUSE_END.finditer(before))
    start = position - len(before) + (ends[-1].end() if ends else 0)
    after = _CLAUSE_END.search(text, position, position + CLAUSE_CHARS)
    end = after.start() if after else min(position + CLAUSE_CHARS, len(text))
    return bool(_OPTIONAL_ANYWHERE.search(text, start, end) or _OPTIONAL_BEFORE.search(text, start, position))


def optional_heading(heading: str) -> bool:
    """A section of bonus requirements ("Nice to have", "Bonus points", "Preferred qualifications")."""
    return bool(_OPTIONAL.search(heading))
