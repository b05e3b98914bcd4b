"""What a heading announces: a kind of section (FAQ, responsibilities, skills, page chrome, ...), a role, a level.

The keyword lists are deliberately plain: job boards and question collections name their sections
in a small number of ways ("Responsibilities", "What you'll do", "Requirements", "Tech stack",
"Frequently Asked Questions", "Career Path", "Salary Range"). A heading that names a role ("Senior
Backend Developer Job Description Template") starts that role's part of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from prep.core.builder.chrome import heading_reason
from prep.core.builder.levels import RoleName, has_role_noun, level_in, role_of
from prep.core.builder.questions import (
    interview_prompt,
    question_prefix,
    reads_as_question,
    strip_numbering,
    true_or_false,
)
from prep.core.model import Level


class SectionKind(StrEnum):
    OTHER = "other"
    FAQ = "faq"
    QUESTIONS = "questions"
    """Interview questions, often without answers."""
    RESPONSIBILITIES = "responsibilities"
    QUALIFICATIONS = "qualifications"
    SKILLS = "skills"
    ROLES = "roles"
    """Related roles or role types, often "Name - what they do"."""
    LEVELS = "levels"
    """A description of seniority levels."""
    CAREER = "career"
    """A career path or ladder."""
    CHROME = "chrome"
    """Salaries, locations, calls to action, navigation, tables of contents: never cards."""
    ROLE = "role"
    """The heading is a role title."""


LIST_KINDS = frozenset(
    {
        SectionKind.FAQ,
        SectionKind.QUESTIONS,
        SectionKind.RESPONSIBILITIES,
        SectionKind.QUALIFICATIONS,
        SectionKind.SKILLS,
        SectionKind.ROLES,
        SectionKind.LEVELS,
        SectionKind.CAREER,
        SectionKind.CHROME,
    }
)
"""Kinds a sub-heading of unknown kind inherits from its parent heading."""


@dataclass(frozen=True, slots=True)
class Heading:
    kind: SectionKind
    question: bool = False
    """The heading is itself a question (its section is the answer)."""
    role: RoleName | None = None
    """The role the heading names, if any (a frozen name: headings are cached and shared, and the
    `Role` that gathers a document's state is made from it per document)."""
    level: Level | None = None
    """A level the heading names without a role ("Senior level questions")."""
    reason: str = ""
    """For chrome: what it is (salary, locations, call to action, ...)."""


def _pattern(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts), re.IGNORECASE)


_FAQ = _pattern(
    r"\bfaqs?\b",
    r"frequently asked",
    r"common(?:ly asked)? questions",
    r"questions (?:and|&) answers",
    r"\bq ?(?:&|and) ?a\b",
    r"\bask(?:ed)? questions\b",
)
_QUESTIONS = _pattern(r"\bquestions?\b", r"\bquiz\b", r"\bexercises?\b", r"\bpractice problems\b", r"\bflashcards?\b")
_LEVELS = _pattern(
    r"\bseniority\b",
    r"\b(?:experience|career|job|engineering|role|skill) levels\b",
    r"^levels?$",
    r"^levels? (?:and|&) ",
    r"\blevels? of (?:experience|seniority)\b",
    r"\bjob grades?\b",
    r"\b(?:at|for|by|per) (?:each|every) level\b",
    r"\blevel expectations\b|\bexpectations (?:by|per|for each) level\b",
    r"\b(?:career|competency|progression|levell?ing|engineering) (?:frameworks?|matri(?:x|ces))\b",
)
_CAREER = _pattern(
    r"\bcareer (?:path|paths|progression|ladder|growth|advancement|development|trajectory|"
    r"opportunities|outlook)\b",
    r"\bprogression\b",
    r"\bladder\b",
    r"\bnext steps? in (?:your|the) career",
    r"\bgrowth path\b",
    r"\bwhere (?:this|the) role (?:can )?leads?\b",
    r"^beyond (?:the )?(?:staff|principal|senior|lead|this level|these levels)\b",
    r"\badvancement\b",
)
_RESPONSIBILITIES = _pattern(
    r"responsibilit",
    r"\b(?:be )?responsible for\b",
    r"\bduties\b",
    r"what you(?:'|’)?ll (?:actually |really |mostly |also )?(?:do|be doing|work on)",
    r"what you will (?:actually |really |mostly |also )?(?:do|be doing|work on)",
    r"what you(?:'|’)?ll (?:own|build|tackle|be working on)\b",
    r"what you will (?:own|build|tackle|be working on)\b",
    r"\bhow you(?:'|’)?ll (?:help|contribute|make an impact)\b",
    r"day[- ]to[- ]day",
    r"\byour (?:role|mission|"
    r"impact|tasks|job)\b",
    r"\bin this role\b",
    r"^(?:key )?tasks\b",
    r"accountabilit",
    r"^the role$",
    r"^(?:about )?the (?:role|job|position)$",
    r"^you(?:'|’)?ll$|^you will$|(?:^|, )you(?:'|’)ll:?$|(?:^|, )you will:?$",
    r"\bwhat you(?:'|’)?d (?:be )?(?:do|doing|working on|work on)\b",
    r"\bwhat you(?:'|’)?ll learn and do\b|\bwhat you will learn and do\b",
    r"what the job involves",
    r"\bwhat (?:they|you) do\b",
    r"^role description",
)
_SKILLS = _pattern(
    r"\bskills?\b",
    r"technolog",
    r"\btools?\b",
    r"tech(?:nical)? stack",
    r"^stack$",
    r"\bour stack\b",
    r"proficienc",
    r"\bexpertise\b",
    r"^(?:programming )?languages\b",
    r"\bframeworks\b",
    r"\bcompetenc",
    r"\btoolkit\b",
    r"\bknowledge\b",
)
_QUALIFICATIONS = _pattern(
    r"qualification",
    r"requirement",
    r"\brequired\b",
    r"what you(?:'|’)?ll (?:need|bring)",
    r"what you (?:will )?(?:need|bring)",
    r"^you bring\b",
    r"\bwho (?:we think )?fits\b",
    r"\byou(?:'|’)?ll bring\b",
    r"looking for",
    r"^what we (?:look|hope|hire) for\b",
    r"who you are",
    r"about you\b",
    r"must[- ]haves?",
    r"nice[- ]to[- ]haves?",
    r"\bpreferred\b",
    r"bonus points",
    r"^education\b",
    r"\bexperience\b",
    r"ideal candidate",
    r"^you have\b",
    r"\bwho you (?:\w+ )?are\b",
    r"\bwe(?:'|’)?d (?:like|love) (?:you to have|to see)\b|\btick every box\b",
    r"^bonus\b",
    r"\bwould make us (?:very |really )?happy\b",
    r"\b(?:it )?would be (?:great|nice|awesome|good|helpful) if\b",
    r"^(?:what )?you(?:'|’)?ve (?:done|built|shipped|led)\b",
    r"\b(?:aren(?:'|’)?t|not) required\b",
    r"^extra credit\b",
    r"you should have",
    r"what we expect",
    r"\bwhat we (?:need|ask|want)(?: from you| of you)?$",
    r"\b(?:a |good |great |strong )?fit\b",
    r"\byou (?:might|may|could|would) be\b",
    r"\bis this you\b",
    r"\bwhat (?:it takes|makes you)\b",
    r"\bwe(?:'|’)?d love\b",
    r"^(?:ideally|you are|you're)\b",
    r"\bprofile\b",
    r"\bcandidate\b",
)
_REQUIRED_SKILLS = _pattern(
    r"^(?:essential|required|desirable|must[- ]have|mandatory|minimum) (?:skills|experience|knowledge)\b",
    r"^desirables?:?$",
)
"""A skills list that says it is required or wanted ("Essential skills", "Desirable"): the requirements."""
_ROLES = _pattern(
    r"roles? (?:and|&) types",
    r"types of\b",
    r"related (?:roles|jobs titles|titles)",
    r"^roles$",
    r"specializ",
    r"specialis",
    r"job titles",
    r"also known as",
    r"similar roles",
    r"kinds of\b",
)


_AHEAD: dict[str, Heading] = {}
"""The headings of the document being read, classified ahead by the workers that parsed it (`markdown.py`)."""


def classified_ahead(headings: dict[str, Heading]) -> None:
    """Let `classify_heading` take these as given (`classify_heading` is pure: they are what it would give)."""
    _AHEAD.clear()
    _AHEAD.update(headings)


def classify_heading(text: str) -> Heading:
    known = _AHEAD.get(text)
    return known if known is not None else _classify(text)


_SYMBOLS = re.compile(r"^[^\w\s\"'(“‘]+\s*")
"""Emoji or marks before a heading's words ("✅ You bring", "🎁 Perks")."""


@lru_cache(maxsize=65536)
def _classify(text: str) -> Heading:
    text = strip_numbering(question_prefix(_SYMBOLS.sub("", text.strip().strip("#*_:").strip()))[0])
    question = reads_as_question(text) or true_or_false(text) or interview_prompt(text)
    if _FAQ.search(text):
        return Heading(SectionKind.FAQ)
    if len(text.split()) <= 8 or not question:  # a long question is no chrome, whatever it mentions
        reason = heading_reason(text)
        if reason:
            return Heading(SectionKind.CHROME, question, reason=reason)
    for kind, pattern in (
        (SectionKind.QUALIFICATIONS, _REQUIRED_SKILLS),
        (SectionKind.QUESTIONS, _QUESTIONS),
        (SectionKind.LEVELS, _LEVELS),
        (SectionKind.CAREER, _CAREER),
        (SectionKind.RESPONSIBILITIES, _RESPONSIBILITIES),
        (SectionKind.SKILLS, _SKILLS),
        (SectionKind.ROLES, _ROLES),
        (SectionKind.QUALIFICATIONS, _QUALIFICATIONS),
    ):
        if pattern.search(text):
            named = None if question else _named_role(text)
            return Heading(kind, question, role=named, level=_bare_level(text, named, question))
    if question:
        return Heading(SectionKind.OTHER, True)
    role = role_of(text)
    if role is not None:
        return Heading(SectionKind.ROLE, role=RoleName(role.name, role.level))
    return Heading(SectionKind.OTHER, level=_bare_level(text, None, False))


def _named_role(text: str) -> RoleName | None:
    """ "Responsibilities of a Senior Engineer": the role a section heading names, if any."""
    match = re.search(r"\b(?:for|of) (?:an? |the )?(.{3,60})$", text, re.IGNORECASE)
    role = role_of(match.group(1)) if match and has_role_noun(match.group(1)) else None
    return RoleName(role.name, role.level) if role is not None else None


def _bare_level(text: str, role: RoleName | None, question: bool) -> Level | None:
    """ "Senior", "Mid-level questions": a level named without a role."""
    if question or role is not None or len(text.split()) > 6:
        return None
    return level_in(text)
