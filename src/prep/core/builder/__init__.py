"""`prep build`: job descriptions and question collections → one deck (a v1 pack).

    result = build([Path("postings/")], bundled=bundled_library().packs)
    write_pack(result.pack, out, header=result.header)

Each document goes through `documents` (file → numbered lines; HTML flattened), `blocks` (lines →
headings, paragraphs, items, rows), `sections` (headings → kinds, roles, levels), `extract` (FAQ
pairs, questions, lists, skills, levels, chrome) and `cards` (the cards). The output depends only on
the inputs and the bundled packs: the same documents give a byte-identical pack, and card ids follow
the content, so a rebuild keeps the progress of every unchanged card.

Unreadable documents: when the build is one file, a binary or non-UTF-8 file (UTF-8 with or
without a BOM and UTF-16 with a BOM are read) is a `BuildError` whose one line names the file and
the line of the first bad byte. When the build covers several documents (several inputs, or a
folder), such a file is skipped and listed under `skipped` in its report entry, since a stray PDF
in a folder of postings should not stop the other postings from becoming a deck; the build only
fails when no document can be read. A missing input is always an error: it is usually a typo.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from prep.core.builder.cards import CardMaker, DocumentCards, merge
from prep.core.builder.documents import DOCUMENT_SUFFIXES, UnreadableDocument, find_documents, read_document
from prep.core.builder.drafts import Ahead, drafting_ahead
from prep.core.builder.extract import Extraction, extract
from prep.core.builder.lines import clean
from prep.core.collector import gc_paused
from prep.core.model import Level, Pack, PostingGroup, PostingSkill
from prep.core.packs.format import NAME_PATTERN, PACK_FIELD, uses_from_record, uses_record
from prep.errors import BuildError, UsageError

NAME_PREFIX = "deck-"
MAX_TITLE_CHARS = PACK_FIELD["title"].limit
LICENSE = "Personal use; the text comes from the source documents"

__all__ = ["BuildResult", "DocumentReport", "build"]


@dataclass(frozen=True, slots=True)
class DocumentReport:
    """What one document gave: the `documents` entries of `prep build --json`."""

    path: str
    title: str = ""
    levels: tuple[str, ...] = ()
    faq: int = 0
    questions: int = 0
    skills: tuple[str, ...] = ()
    cards: int = 0
    other: int = 0
    """Cards that are neither FAQ, open questions nor bundled skill cards."""
    skill_cards: int = 0
    skipped: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "title": self.title,
            "levels": list(self.levels),
            "faq": self.faq,
            "questions": self.questions,
            "skills": list(self.skills),
            "cards": self.cards,
            "skipped": list(self.skipped),
        }


@dataclass(frozen=True, slots=True)
class BuildResult:
    pack: Pack
    header: str
    """Comment lines for the pack file: what it was built from (no timestamps)."""
    documents: tuple[DocumentReport, ...] = field(default=())
    skills: tuple[PostingSkill, ...] = ()
    """Every skill the documents name, each once."""
    groups: tuple[PostingGroup, ...] = ()
    """The documents' responsibility and qualification lists, with the cards made from each."""

    def report(self, outputs: Sequence[str]) -> dict[str, Any]:
        """The JSON report; `outputs` has more than one file when the deck was split into parts."""
        report = {
            "documents": [document.to_dict() for document in self.documents],
            "cards": len(self.pack.cards),
            "uses": len(self.pack.uses),
            "output": outputs[0],
        }
        if len(outputs) > 1:
            report["parts"] = list(outputs)
        return report


def build(
    inputs: Sequence[Path],
    *,
    level: Level | None = None,
    name: str | None = None,
    title: str | None = None,
    bundled: Sequence[Pack] = (),
) -> BuildResult:
    """Turn documents (files or folders) into one pack; `BuildError` when nothing usable is found.

    `bundled`: the library's packs (bundled and installed); the deck uses their cards on the
    documents' skills by reference."""
    with gc_paused(), drafting_ahead() as ahead:  # many small objects, none cyclic: collecting would only cost time
        return _build(inputs, level, name, title, bundled, ahead)


def _build(
    inputs: Sequence[Path],
    level: Level | None,
    name: str | None,
    title: str | None,
    bundled: Sequence[Pack],
    ahead: Ahead,
) -> BuildResult:
    from prep.core.packs.load import display_path

    found = find_documents(inputs)
    if not found:
        shown = ", ".join(str(path) for path in inputs)
        raise BuildError(
            f"{shown}: no documents here; prep reads {', '.join(DOCUMENT_SUFFIXES)} files "
            "and text files without an extension"
        )
    several = len(found) > 1
    entries: list[Extraction | DocumentReport] = []
    problems: list[UnreadableDocument] = []
    for path in found:
        shown = clean(display_path(path))
        try:
            entries.append(extract(read_document(path, shown), ahead.outlined))
        except UnreadableDocument as error:
            if not several:
                raise
            problems.append(error)
            entries.append(DocumentReport(shown, skipped=(error.short,)))
    extractions = [entry for entry in entries if isinstance(entry, Extraction)]
    if not extractions:
        raise BuildError(f"no readable documents: {problems[0]}")
    deck_title = _title(title, extractions)
    pack_name = _name(name, deck_title)
    referable = [pack for pack in bundled if pack.name != pack_name and not pack.uses]  # no deck of decks
    maker = CardMaker(referable, level, pack_name)
    ahead.extracted(extractions)
    made = {id(found): maker.cards_for(found) for found in extractions}
    cards = merge([made[id(found)] for found in extractions])
    chosen = dict.fromkeys(key for found in extractions for key in made[id(found)].uses)
    uses = uses_from_record(uses_record(tuple(chosen)))  # grouped by pack, as the pack file lists them
    if not cards and not uses:
        shown = ", ".join(found.path for found in extractions[:3])
        raise BuildError(
            f"{shown}: found nothing to make cards from (no FAQ, questions, responsibilities, "
            "qualifications or known skills)"
        )
    pack = Pack(
        name=pack_name,
        title=deck_title,
        version="1",
        cards=tuple(cards),
        uses=uses,
        description=_description(extractions),
        license=LICENSE,
    )
    reports = tuple(_report(entry, made, level) if isinstance(entry, Extraction) else entry for entry in entries)
    groups = tuple(
        replace(group, heading=f"{found.title}: {group.heading}") if len(extractions) > 1 else group
        for found in extractions
        for group in made[id(found)].groups
    )
    return BuildResult(pack, _header(extractions), reports, _skills(extractions), groups)


def _skills(extractions: Sequence[Extraction]) -> tuple[PostingSkill, ...]:
    """Each skill once (by topic, else by name); required wins over optional when documents differ."""
    skills: dict[str, PostingSkill] = {}
    for found in extractions:
        for skill in found.skills:
            key = skill.slug or skill.name.casefold()
            known = skills.get(key)
            if known is None or (known.optional and not skill.optional):
                skills[key] = PostingSkill(skill.name, skill.slug, skill.optional)
    return tuple(skills.values())


def _report(found: Extraction, made: dict[int, DocumentCards], level: Level | None) -> DocumentReport:
    cards = made[id(found)]
    levels = [level] if level is not None else [] if found.for_every_level else found.levels
    return DocumentReport(
        path=found.path,
        title=found.title,
        levels=tuple(item.label for item in levels),
        faq=len(found.faqs),
        questions=len(found.asks),
        skills=tuple(skill.name for skill in found.skills),
        cards=cards.total,
        other=cards.other,
        skill_cards=cards.skills,
        skipped=tuple(found.skipped),
    )


def _title(title: str | None, extractions: Sequence[Extraction]) -> str:
    if title and title.strip():
        return title.strip()[:MAX_TITLE_CHARS]
    titles = list(dict.fromkeys(found.title for found in extractions if found.title))
    if not titles:
        return "Built deck"
    if len(titles) == 1:
        text = titles[0]
    elif len(titles) == 2:
        text = f"{titles[0]} and {titles[1]}"
    else:
        text = f"{titles[0]}, {titles[1]} and {len(titles) - 2} more"
    return text[:MAX_TITLE_CHARS].strip()


def _name(name: str | None, title: str) -> str:
    if name is not None:
        if not NAME_PATTERN.match(name):
            raise UsageError(
                f"--name {name!r} is not a valid pack name; use lowercase letters, digits and dashes,"
                f" like {slug(name) or 'my-deck'}"
            )
        return name
    name = NAME_PREFIX.rstrip("-")
    for word in slug(title).split("-"):
        if word and len(name) + 1 + len(word) > 64:
            break
        name = f"{name}-{word}" if word else name
    return name


def slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def _description(extractions: Sequence[Extraction]) -> str:
    count = len(extractions)
    titles = "; ".join(found.title for found in extractions[:5] if found.title)
    more = f" and {count - 5} more" if count > 5 else ""
    return f"Built by prep build from {count} document{'s' if count != 1 else ''}: {titles}{more}."[:2000]


def _header(extractions: Sequence[Extraction]) -> str:
    count = len(extractions)
    lines = [f"Built by `prep build` from {count} document{'s' if count != 1 else ''}:"]
    lines.extend(f"  {found.path}  (sha256 {found.digest[:16]})" for found in extractions[:50])
    if count > 50:
        lines.append(f"  ... and {count - 50} more")
    lines.append("Card ids follow the content: rebuilding after an edit keeps the progress of unchanged cards.")
    return "\n".join(lines)
