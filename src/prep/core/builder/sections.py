"""Blocks → sections: each heading opens one, and every section knows its kind, role and level.

A role heading ("Senior Backend Developer") makes the sections after it that role's, until the next
role heading at the same or a higher level (in plain text, where heading levels are unknown, until
the next role heading). A level-only heading ("Senior", "Mid-level questions") sets the level the
same way. A sub-heading of unknown kind inherits its parent's ("## Skills" / "### Backend").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from prep.core.builder.blocks import Block, Kind
from prep.core.builder.chrome import heading_reason, line_reason
from prep.core.builder.headings import LIST_KINDS, Heading, SectionKind, classify_heading
from prep.core.builder.levels import Role, RoleName, clean_title, role_field, role_of
from prep.core.builder.questions import is_prompt, question_prefix, strip_numbering

GUESSED_DEPTH = 7
"""Plain-text headings sit below every Markdown or HTML heading."""


@dataclass(slots=True)
class Section:
    heading: str
    line: int
    kind: SectionKind
    role: Role | None
    """The role whose part of the document this is; None before any role is named."""
    question: bool = False
    """The heading is a question and the section its answer."""
    reason: str = ""
    """Why a chrome section is chrome."""
    depth: int = GUESSED_DEPTH
    blocks: list[Block] = field(default_factory=list)
    in_ladder: bool = False
    """It sits under a career-ladder or levels heading, or in a document titled as one ("Engineering Career
    Ladder" / "## Engineer II"): a level's heading there opens that level's expectations."""


@dataclass(slots=True)
class Outline:
    title: str
    """The document's title as written, or "" when it has none."""
    main_role: Role | None
    sections: list[Section]
    roles: list[Role]
    """Every role the document names, in order."""
    company: str = ""
    """The employer or publisher, when the document says (see `company_of`)."""
    title_line: int = 0
    """Where the title is written (0 when it comes from the page's <title> or nowhere)."""


def outline(blocks: list[Block], page_title: str = "") -> Outline:
    """The document's sections; `page_title` is an HTML page's <title>, used when no heading gives one."""
    company = _front_matter(blocks, "company")
    title = _title(blocks, company) or page_title_text(page_title)
    company = company or company_of(blocks, title, page_title)
    title_line = next((block.line for block in blocks if block.text == title), 0) if title else 0
    main_role = role_of(title) if title else None
    if main_role is not None:
        main_role.line = title_line or 1
    roles: list[Role] = [main_role] if main_role else []
    sections = [Section("", blocks[0].line if blocks else 1, SectionKind.OTHER, main_role, depth=0)]
    stack: list[_Parent] = []
    ladder_title = bool(title) and classify_heading(title).kind in _LADDERS
    current_role = main_role
    previous: Section = sections[0]
    links = False  # under "Similar jobs": the roles named there are other postings
    for block in blocks:
        if block.kind is not Kind.HEADING:
            previous.blocks.append(block)
            if block.kind is Kind.TEXT and len(block.text) <= 100:
                named = role_field(block.text)
                if named is not None:
                    current_role = _same_or_new(named, roles, block.line)
                    previous.role = current_role
            continue
        depth = block.level or GUESSED_DEPTH
        while stack and stack[-1].depth >= depth:
            stack.pop()
        parent_role = stack[-1].role if stack else main_role
        if depth != GUESSED_DEPTH:
            current_role = parent_role
        info = classify_heading(block.text)
        if links and (info.kind is SectionKind.ROLE or info.role is not None):
            info = replace(info, kind=SectionKind.CHROME, role=None, level=None, reason="navigation")
        links = (info.kind is SectionKind.CHROME and info.reason == "navigation") or (
            links and info.kind is SectionKind.CHROME
        )
        kind = _inherited_kind(info, stack, previous)
        asked, prefixed = question_prefix(strip_numbering(block.text))
        if not info.question and is_prompt(asked) and (prefixed or kind in _QUESTION_PARENTS):
            info = replace(info, question=True)  # "### Explain the CAP theorem" under a FAQ, "### Q: Write a query"
        role = current_role
        if info.kind is SectionKind.ROLE and info.role is not None:
            role = current_role = _same_or_new(info.role, roles, block.line)
        elif info.level is not None:
            base = current_role.name if current_role else (main_role.name if main_role else "")
            role = current_role = _same_or_new(RoleName(base, info.level), roles, block.line)
        elif info.role is not None:
            role = _same_or_new(info.role, roles, block.line)
        elif kind is SectionKind.FAQ and depth == GUESSED_DEPTH:
            role = main_role  # a plain-text FAQ is about the whole page, not the role described last
        reason = ""
        if kind is SectionKind.CHROME:
            reason = info.reason or (stack[-1].reason if stack else "") or "page chrome"
        section = Section(block.text, block.line, kind, role, info.question, reason, depth)
        section.in_ladder = ladder_title or any(parent.kind in _LADDERS for parent in stack)
        sections.append(section)
        stack.append(_Parent(depth, current_role, kind, reason))
        previous = section
    kept = [section for section in sections if section.blocks or section.heading]
    return Outline(title, main_role, kept, roles, company, title_line)


@dataclass(frozen=True, slots=True)
class _Parent:
    """An open heading, for the headings below it."""

    depth: int
    role: Role | None
    kind: SectionKind
    reason: str


def _inherited_kind(info: Heading, stack: list[_Parent], previous: Section) -> SectionKind:
    """A heading of unknown kind takes its parent's kind (Markdown and HTML), or, in plain text, the kind
    of an empty list section just above it ("Required Skills" / "Technical Skills").

    Questions take only a FAQ or question-list parent's kind, and always take it, whatever words they use
    ("Which skills do backend engineers need?" under a FAQ is a FAQ item, not a skills list); nothing inherits
    from a table of contents or a list of links, which hold no sections of their own.
    """
    if info.question and stack and stack[-1].kind in _QUESTION_PARENTS:
        return stack[-1].kind
    if info.kind is not SectionKind.OTHER:
        return info.kind
    if stack and stack[-1].depth < GUESSED_DEPTH:
        parent = stack[-1]
        if (
            parent.kind in LIST_KINDS
            and (not info.question or parent.kind in _QUESTION_PARENTS)
            and parent.reason != "navigation"
        ):
            return parent.kind
    if (
        not info.question
        and not previous.blocks
        and previous.kind in LIST_KINDS - _QUESTION_PARENTS
        and previous.kind is not SectionKind.CHROME
    ):
        return previous.kind
    return info.kind


_QUESTION_PARENTS = frozenset({SectionKind.FAQ, SectionKind.QUESTIONS})
_LADDERS = frozenset({SectionKind.CAREER, SectionKind.LEVELS})


def _same_or_new(role: Role | RoleName, roles: list[Role], line: int) -> Role:
    """The document's role with this name and level, or a new one recorded for it."""
    for known in roles:
        if known.name.casefold() == role.name.casefold() and known.level == role.level:
            return known
    fresh = Role(role.name, role.level, line)
    roles.append(fresh)
    return fresh


def _title(blocks: list[Block], company: str) -> str:
    """The first heading, when the document starts with it (a level-1 heading anywhere otherwise); a heading
    that only names the company is not the title."""
    opening = [block for block in blocks[:8] if block.kind is not Kind.META][:4]
    for block in opening:
        if (
            block.kind is Kind.HEADING
            and not heading_reason(block.text)
            and not line_reason(block.text)
            and not _same_name(block.text, company)
            and classify_heading(block.text).kind not in _NOT_TITLES
        ):
            return block.text
        if block.kind is Kind.TEXT and len(block.text) > 120:
            break
    for block in blocks:
        if block.kind is Kind.HEADING and block.level == 1 and not _same_name(block.text, company):
            return block.text
    for block in blocks[:_ROLE_TITLE_BLOCKS]:  # a page copied from a browser: the role under the site's menu
        if block.kind is Kind.TEXT and len(block.text) > 120:
            break
        if _names_role(block):
            return block.text
        lines = [text for _, text in block.parts] or [block.text]  # an email's "Role: ..." joined to the next line
        fields = (
            [role_field(text) for text in lines if len(text) <= 120] if block.kind in (Kind.TEXT, Kind.ITEM) else []
        )
        field = next((found for found in fields if found is not None), None)
        if field is not None:
            return field.name  # "Subject: Backend Developer (PHP -> Go) | Manchester | up to £65k" in an email
    return ""


def _names_role(block: Block) -> bool:
    if block.kind is Kind.HEADING:
        return not heading_reason(block.text) and classify_heading(block.text).role is not None
    return (
        block.kind in (Kind.TEXT, Kind.ITEM)
        and len(block.text) <= 100
        and not line_reason(block.text)
        and ":" not in block.text
        and role_of(block.text) is not None
    )


_ROLE_TITLE_BLOCKS = 30


_NOT_TITLES = frozenset({SectionKind.RESPONSIBILITIES, SectionKind.QUALIFICATIONS, SectionKind.SKILLS})
"""Headings that name a part of a posting, never the posting ("What you'll do" after a company heading)."""


def _same_name(text: str, name: str) -> bool:
    return bool(name) and text.strip(" *_:").casefold() == name.casefold()


def _front_matter(blocks: list[Block], field: str) -> str:
    for block in blocks[:20]:
        if block.kind is Kind.META and block.cells == (field,):
            return block.text
    return ""


_PAGE_TITLE_PARTS = re.compile(r"\s+(?:\||–|—|·|::|-)\s+")
_NOT_COMPANIES = frozenset(
    {
        "full-time",
        "part-time",
        "remote",
        "hybrid",
        "on-site",
        "onsite",
        "contract",
        "permanent",
        "temporary",
        "freelance",
        "internship",
        "posted",
        "new",
        "featured",
        "urgent",
        "home",
        "jobs",
    }
)
_BYLINE = re.compile(r"^(?:[A-Z0-9&][\w&'’.-]*)(?: (?:[A-Z0-9&][\w&'’.-]*|of|and|&|de|la|the)){0,4}$")
"""A company name as bylines write it: one to five capitalised words ("Marlowe Parcel Systems")."""


def page_title_text(page_title: str) -> str:
    """An HTML <title> without the site's name and counts ("Backend Engineer Jobs – 2,418 Open Roles | Stackyard
    Jobs" → "Backend Engineer Jobs")."""
    return _PAGE_TITLE_PARTS.split(page_title.strip(), maxsplit=1)[0] if page_title else ""


def company_of(blocks: list[Block], title: str, page_title: str = "") -> str:
    """The company a posting names in the line under its title ("Tidewell Payments · Lisbon, Portugal"), or the
    site an HTML page's <title> ends with ("Engineering Career Ladder | Orrery Health"), or ""."""
    for index, block in enumerate(blocks[:12]):
        if block.text == title and block.kind is Kind.HEADING:
            for following in blocks[index + 1 : index + 3]:
                if following.kind in (Kind.TEXT, Kind.HEADING) and len(following.text) <= 200:
                    name = _byline_name(following.text)
                    if name:
                        return name
            break
    site = page_title.rsplit(" | ", 1)[1].strip() if " | " in page_title else ""
    return site if _BYLINE.match(site) and not site.lower().endswith(("jobs", "careers")) else ""


def _byline_name(text: str) -> str:
    parts = _PAGE_TITLE_PARTS.split(text, maxsplit=1)
    if len(parts) < 2 and ", " not in text:
        return ""
    name = parts[0].split(", ", 1)[0].strip(" *_")
    if not _BYLINE.match(name) or any(char.isdigit() for char in name) or role_of(name) is not None:
        return ""
    return "" if name.split()[0].lower() in _NOT_COMPANIES else name


def display_title(outline: Outline, fallback: str) -> str:
    """A title for reports and the pack: the cleaned title, or the roles the document describes."""
    if outline.title:
        cleaned = clean_title(outline.title)
        if cleaned:
            return cleaned
    named = list(dict.fromkeys(role.name for role in outline.roles if role.name))
    if named:
        return " / ".join(named[:3])
    return fallback
