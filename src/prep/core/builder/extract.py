"""One document → what it holds: FAQ pairs, open questions, lists, skills, levels, and what was skipped.

One walk over the document's sections (see `sections.py`) collects:

- questions with their answers (`answers.py`); a FAQ section that kept only the answers gets a
  question written from each answer's lead sentence, or a cloze on a technology it names;
- responsibilities, qualifications, skills, role types and career paths as lists (`lists.py`);
- skills (`skill_book.py`): from skills and requirements sections (every alias, every list item,
  technology names outside the vocabulary in their sentences), "Tools: a, b, c" lines anywhere, the
  rest of the text (technology names only), and FAQ answers only where the question asks which
  skills a role needs; never from URLs, e-mail addresses or code; a question collection about one
  topic ("Git Interview Questions") has that topic as its skill and every card's topic;
- seniority from role titles, years of experience, "we are hiring at the mid level" sentences, level
  sections and level columns (a career path names the roles a job leads to, not the level being
  hired; mentoring or pairing with people of a level says nothing about the job's);
- a career ladder's expectations, level by level (`Competency`);
- page chrome (salaries, locations, calls to action, navigation) and FAQ items about pay, the job
  market or applying, as skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from prep.core.builder.answers import (
    MAX_ANSWER_CHARS,
    Ask,
    Faq,
    answer_only,
    asks_about_the_work,
    pair_questions,
    trimmed,
)
from prep.core.builder.blocks import Block, Kind, blocks_of
from prep.core.builder.chrome import faq_reason, line_reason, off_topic_sentence, seo_reason
from prep.core.builder.documents import Document
from prep.core.builder.headings import SectionKind, classify_heading
from prep.core.builder.interview_words import VERBS
from prep.core.builder.levels import (
    Role,
    hiring_level,
    level_for_years,
    level_in,
    level_word,
    role_of,
    subject_levels,
    years_asked,
)
from prep.core.builder.lists import (
    Item,
    definitions,
    duty_phrases,
    labelled_items,
    prose_items,
    section_items,
    unjoined,
)
from prep.core.builder.questions import is_question, sentences, to_the_team
from prep.core.builder.sections import Outline, Section, display_title, outline
from prep.core.builder.skill_book import EXCLUDED_TOPICS, Skill, SkillBook, optional_heading
from prep.core.builder.skills import display, scan
from prep.core.builder.trim import limit, shorten
from prep.core.model import Level

__all__ = ["Ask", "Competency", "Extraction", "Faq", "Item", "LevelCell", "LevelNote", "Listing", "Skill", "extract"]


@dataclass(slots=True)
class Listing:
    """A list of responsibilities, qualifications, skills, role types or career steps."""

    kind: SectionKind
    heading: str
    line: int
    role: Role | None
    items: list[Item] = field(default_factory=list)
    definitions: list[tuple[str, str, int]] = field(default_factory=list)
    """(term, description, line) for "Name - what it is" items."""
    general: bool = False
    """Read out of a FAQ answer or a skills list about the job in general, not the posting's own list: asked
    about only where prep can say more than the generic STAR block."""
    listed: bool = True
    """Whether the section lists its items as a list (not only as sentences in paragraphs)."""


@dataclass(frozen=True, slots=True)
class LevelNote:
    """What a level section says about one level ("A Junior Backend Engineer typically ...")."""

    level: Level
    subject: str
    text: str
    line: int
    section: str


@dataclass(frozen=True, slots=True)
class Competency:
    """One expectation a career ladder or competency framework lists for a level, as written."""

    level: Level
    role: str
    """The level as the ladder names it ("Engineer II", "Staff Engineer")."""
    text: str
    """The expectation, without its final full stop ("Writes design documents that weigh alternatives")."""
    line: int
    section: str


@dataclass(frozen=True, slots=True)
class LevelCell:
    """One cell of a career-ladder table with a column per level."""

    level: Level
    column: str
    label: str
    text: str
    line: int
    section: str


@dataclass(slots=True)
class Extraction:
    path: str
    """The document as shown to the user."""
    digest: str
    """SHA-256 of the document's bytes."""
    title: str
    main_role: Role | None
    roles: list[Role]
    company: str = ""
    """The employer (front matter `company:`, the line under the title) or the site an HTML page belongs to."""
    faqs: list[Faq] = field(default_factory=list)
    asks: list[Ask] = field(default_factory=list)
    listings: list[Listing] = field(default_factory=list)
    level_notes: list[LevelNote] = field(default_factory=list)
    level_cells: list[LevelCell] = field(default_factory=list)
    competencies: list[Competency] = field(default_factory=list)
    """A career ladder's expectations, level by level, in document order (see `_competencies`)."""
    skills: list[Skill] = field(default_factory=list)
    """Every skill named, once each, in order of first mention (see `skill_book.py`)."""
    topic: str | None = None
    """The one topic the whole document is about (a question collection titled "Git Interview Questions"):
    every card of the document carries it. None for postings and mixed collections."""
    skipped: list[str] = field(default_factory=list)
    extra_levels: set[Level] = field(default_factory=set)
    hired: Level | None = None
    """The level a document with no role heading says it hires at ("They're hiring a Senior ... Engineer")."""
    """Levels described by level sections, ladders and level columns."""

    def juniors_only(self, role: Role | None) -> bool:
        """Whether only juniors are hired for what is found under `role` (a posting's, not a collection's)."""
        return bool(self.roles) and self.level_of(role) == (Level.JUNIOR,)

    def level_of(self, role: Role | None) -> tuple[Level, ...]:
        """The levels of something found under `role`; outside any role, every level the document's roles have.
        A document with no role at all (a question collection) is for every level: its cards go at the lowest,
        which every level's pool holds."""
        role = role or self.main_role
        if role is not None:
            return (role.resolved(),)
        levels = sorted({known.resolved() for known in self.roles if known.name})
        if levels:
            return tuple(levels)
        return (self.hired,) if self.hired else (Level.MID,) if self.roles else (Level.JUNIOR,)

    @property
    def for_every_level(self) -> bool:
        """No role and no level anywhere in the document: its cards are for everyone."""
        return not self.roles and self.main_role is None and not self.extra_levels and self.hired is None

    @property
    def role_name(self) -> str:
        if self.main_role and self.main_role.name:
            return self.main_role.name
        named = [role.name for role in self.roles if role.name]
        return named[0] if named else ""

    def name_of(self, role: Role | None) -> str:
        return role.name if role and role.name else self.role_name

    @property
    def levels(self) -> list[Level]:
        """Every level the document describes: its roles' (those that gave cards), level sections, ladders."""
        found = set(self.extra_levels)
        used = [role for role in self.roles if role.used]
        found.update(role.resolved() for role in used)
        if self.main_role is not None and (self.main_role.used or not found):
            found.add(self.main_role.resolved())
        if not found or self._unattributed:
            found.update(self.level_of(None))
        return sorted(found)

    @property
    def stated_levels(self) -> list[Level]:
        """The levels the document gives evidence for: `levels` without the guesses (a role whose title, years and
        sentences say nothing about its level counts as mid there). Empty for a question collection or a page
        that names levels only in passing (a salary table, FAQ answers)."""
        found = set(self.extra_levels)
        for role in self.roles:
            if role.evident and (role.used or role is self.main_role):
                found.add(role.resolved())
        return sorted(found)

    @property
    def _unattributed(self) -> bool:
        return any(thing.role is None for thing in self.found_things())

    def found_things(self) -> list[Faq | Ask | Listing]:
        """What was found under some role (or none): FAQ pairs, open questions and lists."""
        return [*self.faqs, *self.asks, *self.listings]


def extract(document: Document, outlined: Callable[[Extraction, Outline], None] | None = None) -> Extraction:
    """`outlined` is told the document's outline before its sections are read (a big build drafts ahead)."""
    blocks = blocks_of(document)
    shape = outline(blocks, document.title_hint)
    title = display_title(shape, _stem(document.path))
    found = Extraction(document.path, document.digest, title, shape.main_role, shape.roles, shape.company)
    if outlined is not None:
        outlined(found, shape)
    book = SkillBook()
    found.topic = _topic(shape)
    if found.topic is not None:
        book.add(found.topic, display(found.topic), max(shape.title_line, 1), "", False, True)
    sections = shape.sections
    prose: list[Listing] = []
    for index, section in enumerate(sections):
        following = sections[index + 1] if index + 1 < len(sections) else None
        introduces = following is not None and following.question and following.depth > section.depth
        _section(found, book, section, introduces, prose)
    found.listings.extend(
        _work_from_faqs(found) + _qualifications_from_skills(found) + _duties_from_prose(found, prose)
    )
    found.skills = book.skills()
    for thing in found.found_things():
        if thing.role is not None:
            thing.role.used = True
    if found.skills and found.main_role is not None and not any(role.used for role in found.roles):
        found.main_role.used = True
    return found


def _work_from_faqs(found: Extraction) -> list[Listing]:
    """A page with no list of duties but a FAQ on what the job involves ("What do people usually do in this
    position?"): the duties its answer lists, as the responsibilities interviewers ask about."""
    if any(listing.kind is SectionKind.RESPONSIBILITIES for listing in found.listings):
        return []
    listings = []
    for faq in found.faqs:
        if faq.cloze or faq.generated or not asks_about_the_work(faq.question):
            continue
        items = [Item(phrase, faq.line) for phrase in duty_phrases(faq.answer)]
        if items:
            listings.append(
                Listing(SectionKind.RESPONSIBILITIES, faq.question, faq.line, faq.role, items, general=True)
            )
    return listings


_QUALIFICATION_START = re.compile(
    r"^(?:(?:strong|solid|good|deep|proven|hands-on|practical|some|basic)\s+)?(?:experience|knowledge|proficiency|"
    r"familiarity|understanding|expertise|fluency|ability|skills?)\b|^(?:proficient|familiar|comfortable|fluent)\b",
    re.IGNORECASE,
)


def _qualifications_from_skills(found: Extraction) -> list[Listing]:
    """A page with no list of requirements but a skills list written as requirements ("Experience with
    databases such as MySQL"): those items are the qualifications interviewers ask about."""
    if any(listing.kind is SectionKind.QUALIFICATIONS for listing in found.listings):
        return []
    listings = []
    for listing in found.listings:
        if listing.kind is not SectionKind.SKILLS:
            continue
        items = [item for item in listing.items if _QUALIFICATION_START.match(item.text.strip())]
        if items:
            listings.append(
                Listing(SectionKind.QUALIFICATIONS, listing.heading, listing.line, listing.role, items, general=True)
            )
    return listings


def _stem(path: str) -> str:
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name[1:] else name


# ---------------------------------------------------------------- one section


def _topic(shape: Outline) -> str | None:
    """The one topic a question collection is about, from its title ("Git Interview Questions: ... Version Control")."""
    if shape.main_role is not None or not shape.title:
        return None
    if classify_heading(shape.title).kind not in (SectionKind.QUESTIONS, SectionKind.FAQ):
        return None
    slugs = {match.slug for match in scan(shape.title)} - EXCLUDED_TOPICS
    return slugs.pop() if len(slugs) == 1 else None


def _section(
    found: Extraction, book: SkillBook, section: Section, introduces: bool = False, prose: list[Listing] | None = None
) -> None:
    """`introduces`: the section's own questions follow as headings under it, so its text is their
    introduction, not answers printed without their questions. `prose` collects the duties written as
    sentences outside any list (`_duties_from_prose`)."""
    if section.kind is SectionKind.CHROME:
        found.skipped.append(f"line {section.line}: {shorten(section.heading, 70)} ({section.reason})")
        return
    answered = pair_questions(section, found.name_of(section.role))
    rest = answered.rest
    kind = section.kind
    if kind is SectionKind.FAQ and not answered.faqs and not introduces:
        only = answer_only(section, rest)
        answered.faqs.extend(only.faqs)
        answered.skipped.extend(only.skipped)
    for faq in answered.faqs:
        reason = faq_reason(faq.question, faq.answer)
        if reason:
            found.skipped.append(f"line {faq.line}: {shorten(faq.question, 70)} ({reason})")
        else:
            if kind is not SectionKind.QUESTIONS and found.roles and not faq.cloze:
                short = trimmed(faq.answer)
                faq = replace(faq, answer=short, full=False) if short != faq.answer else faq
                faq = replace(faq, question=to_the_team(faq.question))
            found.faqs.append(faq)
            _faq_skills(book, faq)
    found.asks.extend(answered.asks)
    found.skipped.extend(answered.skipped)
    items = section_items(section) if kind in _LISTED else []
    if items:
        _listing(found, section, items)
    elif kind in (SectionKind.OTHER, SectionKind.ROLE) and prose is not None and not section.question:
        found_items = _duty_list(section) or prose_items(section, in_items=True)
        if found_items:
            prose.append(
                Listing(SectionKind.RESPONSIBILITIES, section.heading, section.line, section.role, found_items)
            )
    expected = _competencies(found, section)
    if kind is SectionKind.LEVELS:
        _level_notes(found, section, items=not expected)
    _level_tables(found, section)
    _skills(found, book, section, rest, items)
    if section.role is not None and kind not in (
        SectionKind.LEVELS,
        SectionKind.CAREER,
        SectionKind.FAQ,
        SectionKind.QUESTIONS,
    ):
        for block in section.blocks:
            if block.kind in (Kind.TEXT, Kind.ITEM):
                section.role.years.extend(years_asked(block.text))
                section.role.stated = section.role.stated or hiring_level(block.text)
    elif section.role is None and found.hired is None and kind is SectionKind.OTHER and not found.roles:
        found.hired = next((level for block in section.blocks if (level := hiring_level(block.text))), None)


# ---------------------------------------------------------------- lists


_LISTED = frozenset(
    {
        SectionKind.RESPONSIBILITIES,
        SectionKind.QUALIFICATIONS,
        SectionKind.SKILLS,
        SectionKind.ROLES,
        SectionKind.CAREER,
    }
)


def _duty_list(section: Section) -> list[Item]:
    """A list under a heading that names no kind ("The work") whose items mostly open with a verb ("Own the payroll
    run ...", "Design APIs ..."): the posting's duties, when it has no list headed as such."""
    listed = [item for item in section_items(section) if item.text.split()]
    verbs = sum(item.text.split()[0].lower().strip(",.:;") in VERBS for item in listed)
    return listed if len(listed) >= _MIN_DUTIES and verbs * 2 > len(listed) else []


_MIN_DUTIES = 3


def _duties_from_prose(found: Extraction, prose: list[Listing]) -> list[Listing]:
    """A posting with no list of duties that describes the job in paragraphs ("In your first six months you'll
    own the move to ..."): the sentences written to the candidate are its duties (asked where a rubric fits)."""
    if found.main_role is None:
        return []
    if any(listing.kind is SectionKind.RESPONSIBILITIES and listing.listed for listing in found.listings):
        prose = [listing for listing in prose if _PROBLEMS.search(listing.heading)]  # the work, beside the list
    return [replace(listing, general=True) for listing in prose]


_PROBLEMS = re.compile(
    r"\b(?:problems?|challenges?)\b.*\b(?:tackle|solve|work on|own|face)\b|\bfirst (?:year|\d+ days|six months)\b",
    re.IGNORECASE,
)
"""A heading over the problems the hire will work on ("Problems you'll tackle in your first year"): its sentences
written to the candidate are duties even where the posting lists others."""


def _listing(found: Extraction, section: Section, items: list[Item]) -> None:
    listed = any(block.kind is Kind.ITEM for block in section.blocks)
    listing = Listing(section.kind, section.heading, section.line, section.role, items, listed=listed)
    if section.kind is SectionKind.ROLES:
        listing.definitions = definitions(items)
    # A career path lists the roles the job can lead to: future roles, not the level being hired.
    found.listings.append(listing)


# ---------------------------------------------------------------- levels


def _competencies(found: Extraction, section: Section) -> bool:
    """A career ladder's expectations for the level a section's heading names, one per bullet ("Engineer II" /
    "Writes unit and integration tests ..."); whether the section listed any. A posting's growth section names
    levels the job leads to, so only a document that is not a posting has them."""
    role = section.role
    if found.main_role is not None or not section.in_ladder or role is None or role.level is None:
        return False
    if section.kind not in (SectionKind.ROLE, SectionKind.LEVELS, SectionKind.OTHER) or section.question:
        return False
    blocks = [block for block in section.blocks if block.kind is Kind.ITEM and not block.link]
    top = min((block.level for block in blocks), default=0)
    expected = [
        Competency(role.level, role.name or section.heading, block.text.rstrip(".;"), block.line, section.heading)
        for block in blocks
        if block.level == top
        and 3 <= len(block.text.split()) <= 60
        and not is_question(block.text)
        and not line_reason(block.text)
        and not seo_reason(block.text)
        and role_of(block.text) is None
    ]
    if len(expected) < 2:
        return False
    found.competencies.extend(expected)
    found.extra_levels.add(role.level)
    role.used = True
    return True


def _level_notes(found: Extraction, section: Section, items: bool = True) -> None:
    current: tuple[Level, str] | None = None
    if section.role is not None and section.role.level is not None and section.kind is SectionKind.LEVELS:
        current = (section.role.level, section.role.name)
    texts: dict[Level, list[Block]] = {}
    subjects: dict[Level, str] = {}
    kinds = (Kind.TEXT, Kind.ITEM) if items else (Kind.TEXT,)
    for block in section.blocks:
        if block.kind not in kinds:
            continue
        mentioned = subject_levels(block.text)
        if mentioned:
            current = mentioned[0]
        else:
            lead = _leading_level(block.text)
            if lead is not None:
                current = (lead, "")
        if current is not None:
            texts.setdefault(current[0], []).append(block)
            subjects.setdefault(current[0], current[1])
    for level, blocks in texts.items():
        found.extra_levels.add(level)
        paragraphs = [
            " ".join(part for part in sentences(block.text) if not off_topic_sentence(part)) for block in blocks
        ]
        text = limit("\n\n".join(paragraph for paragraph in paragraphs if paragraph), MAX_ANSWER_CHARS)
        if len(text.split()) >= _MIN_NOTE_WORDS:  # "Mid-Senior level" under "Seniority level" names it, says nothing
            found.level_notes.append(LevelNote(level, subjects[level], text, blocks[0].line, section.heading))


_MIN_NOTE_WORDS = 5


def _leading_level(text: str) -> Level | None:
    """ "Junior (0-2 years): ...", "Senior: ...", "0-2 years: ..." at the start of a line."""
    head = text.split(":", 1)[0] if ":" in text[:40] else " ".join(text.split()[:2])
    word = head.split()[0].strip("()-–:,") if head.split() else ""
    level = level_word(word) or level_word(" ".join(head.split()[:2]).strip("()-–:,"))
    if level is not None:
        return level
    years = years_asked(head + " experience") if ":" in text[:40] else []
    return level_for_years(years[0]) if years else None


def _level_tables(found: Extraction, section: Section) -> None:
    """Tables with a column per level ("| Area | Junior | Mid | Senior |")."""
    columns: dict[int, tuple[Level, str]] = {}
    for block in section.blocks:
        if block.kind is not Kind.ROW:
            columns = {}
            continue
        if block.header or not columns:
            candidate = {
                index: (level, cell)
                for index, cell in enumerate(block.cells)
                if cell and len(cell.split()) <= 4 and (level := level_in(cell)) is not None
            }
            if len(candidate) >= 2 and (block.header or len(candidate) >= len(block.cells) - 1):
                columns = candidate
                found.extra_levels.update(level for level, _ in columns.values())
                continue
        if not columns:
            continue
        label = block.cells[0] if block.cells and 0 not in columns else ""
        for index, (level, column) in columns.items():
            if index < len(block.cells) and block.cells[index] and len(block.cells[index]) <= 300:
                found.level_cells.append(
                    LevelCell(level, column, label, block.cells[index], block.line, section.heading)
                )


# ---------------------------------------------------------------- skills

_REQUIREMENTS = frozenset({SectionKind.SKILLS, SectionKind.QUALIFICATIONS})
_PROSE = frozenset({SectionKind.SKILLS, SectionKind.QUALIFICATIONS, SectionKind.RESPONSIBILITIES})
"""Sections whose sentences name technologies outside the vocabulary too ("experience with Spark")."""
_SKILLS_ASKED = re.compile(
    r"\b(?:skills?|(?:programming )?languages?|tools?|technolog(?:y|ies)|frameworks?|(?<!-)stack|databases?"
    r"|platforms?|librar(?:y|ies))\b",
    re.IGNORECASE,
)
"""A FAQ question about the skills a role needs ("Which skills do backend engineers need?"): its answer names them."""


def _skills(found: Extraction, book: SkillBook, section: Section, rest: list[Block], items: list[Item]) -> None:
    kind = section.kind
    if kind in (SectionKind.FAQ, SectionKind.QUESTIONS, SectionKind.CHROME):
        return
    every = kind in _REQUIREMENTS
    optional = optional_heading(section.heading)
    fresh = False
    read = section.blocks if every else rest
    for block in (line for each in read for line in (unjoined(each) if each.kind is Kind.TEXT else (each,))):
        if block.link or block.kind not in (Kind.TEXT, Kind.ITEM, Kind.ROW) or _footer(block.text):
            continue
        fresh |= book.read(
            block.text,
            block.line,
            section.heading,
            named_only=not every,
            prose=kind in _PROSE,
            required=every,
            optional=optional,
        )
        labelled = labelled_items(block) if block.kind is Kind.TEXT else None
        if labelled is not None:
            label, listed = labelled
            found.listings.append(Listing(SectionKind.SKILLS, label, block.line, section.role, listed))
            fresh |= _listed_skills(book, listed, section.heading, optional)
    if kind is SectionKind.SKILLS:
        fresh |= _listed_skills(book, items, section.heading, optional)
    if fresh and section.role is not None:
        section.role.used = True


def _footer(text: str) -> bool:
    """A legal or job-board line ("Privacy policy", "Report this job"): it names no skill. (A short line that
    opens like a button, "Load testing ...", may still be a requirement.)"""
    return line_reason(text) in ("legal", "job board", "navigation")


def _listed_skills(book: SkillBook, items: list[Item], section: str, optional: bool) -> bool:
    """The items of a skills list that the vocabulary does not know, each a skill as written ("dbt", "Terraform")."""
    fresh = False
    for item in items:
        name = item.text.split(" — ", 1)[0].rstrip(".;,").strip().strip("`")  # a table row's first cell
        if len(name) > 40 or len(name.split()) > 3 or not name[:1].isalnum() or scan(name):
            continue
        fresh |= book.add(None, name, item.line, section, optional, True)
    return fresh


def _faq_skills(book: SkillBook, faq: Faq) -> None:
    """The skills a FAQ answer names when its question asks which skills the role needs."""
    if _SKILLS_ASKED.search(faq.question):
        book.read(faq.answer, faq.line, faq.section, named_only=False, prose=True, required=True)
