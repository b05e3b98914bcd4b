"""Seniority in job descriptions: level words in role titles, role names, and years of experience.

"Senior Backend Developer" names a role at `Level.SENIOR`; "Backend Architect", "Staff Engineer" and
"Engineering Manager" are lead-level roles; "5+ years of experience" means senior and "1-3 years"
junior when the title does not say. A level word only counts where it qualifies a role noun
("a Junior Backend Engineer typically ...", a heading, a career-ladder item), never in passing
("under the guidance of senior engineers").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from prep.core.model import LEVEL_ALIASES, Level

_LEVEL_WORDS: dict[str, Level] = {
    **LEVEL_ALIASES,  # junior, mid, senior, lead, entry(-level), graduate, intermediate, middle, staff, principal
    "jr": Level.JUNIOR,
    "entry level": Level.JUNIOR,
    "grad": Level.JUNIOR,
    "intern": Level.JUNIOR,
    "trainee": Level.JUNIOR,
    "apprentice": Level.JUNIOR,
    "beginner": Level.JUNIOR,
    "mid level": Level.MID,
    "midlevel": Level.MID,
    "medior": Level.MID,
    "sr": Level.SENIOR,
    "experienced": Level.SENIOR,
    "advanced": Level.SENIOR,
    "architect": Level.LEAD,
    "head": Level.LEAD,
    "director": Level.LEAD,
    "manager": Level.LEAD,
    "distinguished": Level.LEAD,
    "chief": Level.LEAD,
    "vp": Level.LEAD,
    "cto": Level.LEAD,
}
_LEVEL_PATTERN = re.compile(
    r"\b(entry[- ]level|mid[- ]level|"
    + "|".join(sorted((w for w in _LEVEL_WORDS if " " not in w and "-" not in w), key=len, reverse=True))
    + r")\b\.?",
    re.IGNORECASE,
)
_ROLE_NOUNS = (
    r"engineers?|developers?|programmers?|architects?|managers?|administrators?|admins?|analysts?|"
    r"scientists?|designers?|testers?|consultants?|specialists?|sres?|interns?|technicians?|coders?|"
    r"officers?|directors?|leads?|heads? of [\w ]{2,30}|devops|ctos?|vps? of [\w ]{2,30}"
)
_ROLE_NOUN = re.compile(rf"\b(?:{_ROLE_NOUNS})\b", re.IGNORECASE)
_ROLE_AT_END = re.compile(rf"\b(?:{_ROLE_NOUNS})(?:\s*\([^()]{{0,40}}\))?\s*$", re.IGNORECASE)
_BOILERPLATE = re.compile(
    r"(?:\s*[-–—|:,]\s*|\s+)(?:job description(?:s| template| example| sample)*|job (?:posting|ad|advert|profile|"
    r"spec(?:ification)?|opening|offer|listing)s?|jobs?\s*(?:&|and)\s*careers?|careers?|jobs?|templates?|"
    r"role profile|hiring guide|salary)\s*$",
    re.IGNORECASE,
)
_GENDER = re.compile(
    r"\s*\((?:[mfwdxi]\s*/\s*){1,3}[mfwdxi]\)|\s*\((?:all genders|any gender|gn)\)|\s*\*in\b", re.IGNORECASE
)
_LEVEL_IN_BRACKETS = re.compile(
    r"\s*\((?:entry|junior|jr\.?|mid|intermediate|senior|sr\.?|lead|staff|principal)(?:[- ]level)?\)\s*$",
    re.IGNORECASE,
)
_FIELD = re.compile(
    r"^(?:job title|title|position|role|job|vacancy|opening|subject)\s*[:\-–—]\s*(.{2,100})$", re.IGNORECASE
)
_YEARS = re.compile(
    r"\b(?:(?:at least|minimum(?: of)?|min\.?|over|more than)\s+)?(\d{1,2})\s*(?:\+|plus)?\s*"
    r"(?:(?:-|–|—|to)\s*(\d{1,2})\s*\+?\s*)?(?:years?|yrs?)\b(?:'|’)?(?:\s+(?:of\s+)?[\w/+#.-]+){0,5}?\s+"
    r"(?:experience|exp\b)"
    r"|\b(\d{1,2})\s*(?:\+|plus)\s*(?:years?|yrs?)\s+(?:of|with|in|working|building|developing|writing|"
    r"professional|commercial|hands-on|industry|production)\b",
    re.IGNORECASE,
)
_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:an?|the|as an?|for an?|our)\s+)?(entry[- ]level|mid[- ]level|"
    r"junior|jr\.?|intermediate|mid|senior|sr\.?|lead|staff|principal)\s+((?:[\w/-]+\s+){0,3}?)"
    rf"({_ROLE_NOUNS})\b",
    re.IGNORECASE,
)


MAX_ROLE_CHARS = 80


@dataclass(frozen=True, slots=True)
class RoleName:
    """A role as a heading names it: what classifying the heading found, shared wherever the text recurs."""

    name: str
    level: Level | None = None


@dataclass(slots=True)
class Role:
    """A role a document (or a part of it) describes; sections under it inherit its level."""

    name: str
    """As the document names it, without boilerplate ("Senior Backend Developer"); empty for a bare level."""
    level: Level | None = None
    """From the title; None when the title names no level."""
    line: int = 0
    years: list[int] = field(default_factory=list)
    """Years of experience asked for in this role's sections (the lower bounds)."""
    stated: Level | None = None
    """The level a sentence of the posting states ("We are hiring at the mid level", "This is a senior role")."""
    used: bool = False
    """Whether any card or skill came from a section of this role."""

    def resolved(self) -> Level:
        """The role's level: its title's, else the one a sentence states, else from the years asked, else mid."""
        if self.level is not None:
            return self.level
        if self.stated is not None:
            return self.stated
        if self.years:
            return level_for_years(min(self.years))
        return Level.MID

    @property
    def evident(self) -> bool:
        """Whether the document says anything about the role's level (otherwise `resolved` is a guess)."""
        return self.level is not None or self.stated is not None or bool(self.years)


def level_word(word: str) -> Level | None:
    return _LEVEL_WORDS.get(word.lower().rstrip(".").replace("  ", " "))


def level_in(text: str) -> Level | None:
    """The highest level word in a role title ("Senior Staff Engineer" → lead), or None."""
    levels = levels_in(text)
    return max(levels) if levels else None


def levels_in(text: str) -> set[Level]:
    found = set()
    for match in _LEVEL_PATTERN.finditer(text):
        word = match.group(1).lower()
        level = _LEVEL_WORDS.get(word) or _LEVEL_WORDS.get(word.replace("-", " "))
        if level is not None:
            found.add(level)
    return found


def clean_title(text: str) -> str:
    """A title without job-board boilerplate, gender markers or a level in brackets ("Backend Engineer (f/m/x)",
    "Backend Engineer (Mid-Level)" → "Backend Engineer"; `role_of` still reads the level)."""
    text = _BREADCRUMB.split(text)[-1]  # "Careers > Engineering > Backend Engineer": the page's own part
    text = _LEVEL_IN_BRACKETS.sub("", _GENDER.sub("", text)).strip()
    for _ in range(3):
        shorter = _BOILERPLATE.sub("", text).strip(" -–—|:,")
        if shorter == text or not shorter:
            break
        text = shorter
    return text.strip()


_BREADCRUMB = re.compile(r"\s+[>»›]\s+")
_EMPLOYER = re.compile(r"\s+(?:at|@)\s+[A-Z0-9][\w&.,' -]{1,50}$")
_GRADE = re.compile(r"\s+(?:(I{1,3}|IV)|L([1-9]))(?=$|,\s)")
_GRADE_LEVELS = {
    "I": Level.JUNIOR,
    "II": Level.MID,
    "III": Level.SENIOR,
    "IV": Level.LEAD,
    "L1": Level.JUNIOR,
    "L2": Level.JUNIOR,
    "L3": Level.JUNIOR,
    "L4": Level.MID,
    "L5": Level.SENIOR,
    "L6": Level.LEAD,
}
"""Grades after a title: "Software Engineer II", "Backend Engineer L5" (the common big-company ladders)."""


_AFTER_THE_ROLE = re.compile(r"\s+[—–|·•]\s+|\s+-\s+(?=[A-Z])")
"""Where a title goes on past the role: the employer, a city or a team ("Role — Company", "Role | City")."""


def role_of(text: str) -> Role | None:
    """The role a heading or title names ("Senior Backend Developer Job Description Template"), or None."""
    if len(text) > 4 * MAX_ROLE_CHARS:
        return None
    field_match = _FIELD.match(text.strip())
    if field_match:
        text = field_match.group(1)
    name = _EMPLOYER.sub("", clean_title(text)).strip()
    bracketed = _LEVEL_IN_BRACKETS.search(text)
    grade = _GRADE.search(name)
    if grade:
        base = name[: grade.start()].strip()
        role = role_of(base) if base != name else None
        if role is not None:
            role.name = name
            role.level = role.level or _GRADE_LEVELS[grade.group(1) or f"L{min(int(grade.group(2)), 6)}"]
        return role
    words = name.split()
    if not words:
        return None
    if (
        len(words) > 7
        or len(name) > MAX_ROLE_CHARS
        or not (_ROLE_AT_END.search(name) or _has_role_noun_then_qualifier(name))
    ):
        head = _AFTER_THE_ROLE.split(name, maxsplit=1)[0]
        if head == name and ", " in name and _title_cased(name.split(", ", 1)[0]):
            head = name.split(", ", 1)[0]  # "Engineering Lead, Online Services (Matchmaking & Live Ops)"
        return role_of(head) if head != name else None  # "Backend Engineer (Payments) — Northwind Ledger"
    return Role(name=_uncapitalised(name), level=level_in(name) or (level_in(bracketed.group()) if bracketed else None))


_ACRONYMS = frozenset(
    {
        "API",
        "SRE",
        "QA",
        "ML",
        "AI",
        "UI",
        "UX",
        "IT",
        "BI",
        "IOS",
        "AWS",
        "GCP",
        "SQL",
        "DBA",
        "CTO",
        "VP",
        "SDET",
        "ETL",
        "IOT",
        "HR",
        "PHP",
        "NET",
        ".NET",
        "C#",
        "C++",
        "DEVOPS",
        "SAP",
        "CRM",
    }
)


def _uncapitalised(name: str) -> str:
    """ "JUNIOR DATA ENGINEER" → "Junior Data Engineer" (acronyms kept); other names unchanged."""
    letters = [char for char in name if char.isalpha()]
    if not letters or any(char.islower() for char in letters):
        return name
    words = []
    for word in name.split():
        core = word.strip("()[],.-")
        words.append(word if core in _ACRONYMS else word.capitalize() if core != "DEVOPS" else "DevOps")
    return " ".join(words)


def _title_cased(text: str) -> bool:
    return all(word[:1].isupper() or not word[:1].isalpha() for word in text.split())


def _has_role_noun_then_qualifier(name: str) -> bool:
    """ "Software Engineer - Backend", "Engineer, Platform": a role noun followed by its specialty."""
    match = _ROLE_NOUN.search(name)
    if not match:
        return False
    rest = name[match.end() :].strip()
    return bool(rest) and rest[:1] in "-–—,(/" and len(rest.split()) <= 3


def role_field(text: str) -> Role | None:
    """A "Job Title: Senior Backend Developer" line."""
    match = _FIELD.match(text.strip())
    if match is None:
        return None
    role = role_of(match.group(1))
    if role is not None and role.name.count("(") > role.name.count(")"):
        role.name = role.name[: role.name.rfind("(")].strip()  # "Senior Platform Engineer (contract, 6 months)"
    return role


def has_role_noun(text: str) -> bool:
    return bool(_ROLE_NOUN.search(text))


def level_for_years(years: int) -> Level:
    if years < 2:
        return Level.JUNIOR
    if years < 5:
        return Level.MID
    if years < 8:
        return Level.SENIOR
    return Level.LEAD


def years_asked(text: str) -> list[int]:
    """Lower bounds of the years of experience a text asks for ("5+ years of experience" → [5])."""
    found = []
    for match in _YEARS.finditer(text):
        years = int(match.group(1) or match.group(3))
        if years <= 40:
            found.append(years)
    return found


_WORD_LEVEL = r"(entry|junior|graduate|intermediate|mid|middle|senior|lead|staff|principal)"
_HIRING = re.compile(
    rf"\b(?:hiring|recruiting|looking for|seeking|searching for)\b[^.;!?]{{0,40}}?\b(?:an? |the )?{_WORD_LEVEL}"
    rf"(?:[- ]level)?\b(?! (?:engineers?|developers?)\b(?! (?:for|to|at)\b))"
    rf"|\bthis is an? {_WORD_LEVEL}(?:[- ]level)? (?:role|position|job|opening|post|vacancy)\b"
    rf"|\b(?:role|position|job|opening|vacancy) (?:is )?at (?:the |an? )?{_WORD_LEVEL}(?:[- ]level)? level\b"
    rf"|\bcall (?:this|it) an? {_WORD_LEVEL}(?:[- ]level)? (?:role|position|job|hire)\b"
    rf"|^(?:level|seniority(?: level)?)\s*[:\-–]\s*{_WORD_LEVEL}\b",
    re.IGNORECASE,
)


def hiring_level(text: str) -> Level | None:
    """The level a sentence says the posting hires at ("We are hiring at the mid level", "This is a mid-level
    role"), or None. Sentences about other people ("you will mentor mid-level engineers") say nothing."""
    match = _HIRING.search(text) if len(text) < 2000 else None
    if match is None:
        return None
    word = next(group for group in match.groups() if group)
    return level_word(word) or level_word(f"{word} level")


def subject_levels(text: str) -> list[tuple[Level, str]]:
    """The levels of the roles that sentences in `text` are about, with the role as written.

    "A Junior Backend Engineer typically ..." → [(junior, "Junior Backend Engineer")].
    """
    found = []
    for match in _SUBJECT.finditer(text):
        level = level_word(match.group(1))
        if level is not None:
            subject = " ".join(part.strip() for part in match.group(1, 2, 3) if part.strip())
            found.append((level, subject))
    return found
