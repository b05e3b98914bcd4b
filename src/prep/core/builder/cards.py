"""Cards from what was extracted: flashcards, choice questions, cloze cards, and bundled skill cards.

- FAQ pairs → flashcards (the answer is the back); a FAQ answer with no question that could be
  written → a cloze on the technology it names.
- Questions without answers → self-graded flashcards; the back says there is no model answer
  rather than inventing one.
- Responsibilities and qualifications → the questions an interviewer builds from them
  (`interview.py`): behavioural, situational or technical flashcards with a rubric for the level.
- "Name - what they do" lists of roles → "Which role is responsible for ...?" among the names.
- Level sections and level columns → cards at the level they describe. A career path (the roles
  a job leads to) makes no card: it says nothing an interviewer asks about.
- Each skill found → up to `skill_cards.SKILL_CARDS_PER_LEVEL` of the library's cards on it at each
  level of the document, used by reference (`uses:`), never copied.

Ids come from the kind and the normalised content, never from positions, so a rebuild after an
edit elsewhere keeps every unchanged card's id, and with it the learner's progress.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from prep.core.builder.distractors import MAX_OPTION_CHARS, digest, place
from prep.core.builder.extract import Extraction, Faq, Listing
from prep.core.builder.headings import SectionKind
from prep.core.builder.ids import card_id
from prep.core.builder.interview import BEHAVIOURAL, interview_question
from prep.core.builder.skill_cards import CardKey, SkillCards
from prep.core.builder.skills import scan
from prep.core.builder.trim import shorten
from prep.core.model import Card, CardType, Level, Pack, PostingGroup, Source
from prep.core.packs.format import CARD_FIELD, MAX_CHOICES, SOURCE_FIELD

MAX_EXPLAIN_CHARS = CARD_FIELD["explain"].limit
MAX_SECTION_CHARS = SOURCE_FIELD["section"].limit
MAX_DOCUMENT_CHARS = SOURCE_FIELD["document"].limit
NO_MODEL_ANSWER = (
    "The document gives no model answer: answer out loud or on paper, then grade yourself "
    "(check the facts you used if you are unsure)."
)
TOP_OF_DOCUMENT = "(top of the document)"


@dataclass(slots=True)
class DocumentCards:
    """The cards one document gave, by what they came from."""

    cards: list[Card] = field(default_factory=list)
    """The cards made from the document's own text."""
    uses: list[CardKey] = field(default_factory=list)
    """The library's cards chosen for the document's skills, by (pack, card id)."""
    groups: list[PostingGroup] = field(default_factory=list)
    """The document's lists of responsibilities and qualifications, with the cards made from each."""
    faq: int = 0
    questions: int = 0

    @property
    def skills(self) -> int:
        return len(self.uses)

    @property
    def total(self) -> int:
        return len(self.cards) + len(self.uses)

    @property
    def other(self) -> int:
        return len(self.cards) - self.faq - self.questions


def _article(phrase: str) -> str:
    return "an" if phrase[:1].lower() in "aeiou" else "a"


class CardMaker:
    """Makes the cards of every document in one build."""

    def __init__(self, bundled: Sequence[Pack], level: Level | None, pack: str = "") -> None:
        self.level = level
        self.pack = pack
        """The name of the pack being built (each card records it)."""
        self.skills = SkillCards(bundled, level)

    # -- shared pieces

    def levels(self, *levels: Level) -> tuple[Level, ...]:
        return (self.level,) if self.level is not None else tuple(sorted(set(levels)))

    @staticmethod
    def source(found: Extraction, line: int, section: str, kind: str) -> Source:
        document = found.path
        if len(document) > MAX_DOCUMENT_CHARS:
            document = "…" + document[-(MAX_DOCUMENT_CHARS - 1) :]
        section = shorten(section or TOP_OF_DOCUMENT, MAX_SECTION_CHARS)
        return Source(document, max(line, 1), section, kind)

    @staticmethod
    def skill_topics(text: str) -> list[str]:
        """The vocabulary topics `text` names, up to three."""
        return list(dict.fromkeys(match.slug for match in scan(text) if match.slug))[:3]

    @staticmethod
    def topics(found: Extraction, text: str) -> tuple[str, ...]:
        slugs = list(dict.fromkeys(match.slug for match in scan(text)))[:3]
        if slugs:
            return tuple(slugs)
        return ("career",) if found.role_name else ()

    # -- one document

    def cards_for(self, found: Extraction) -> DocumentCards:
        made = DocumentCards()
        for faq in found.faqs:
            made.cards.append(self.faq_card(found, faq))
            made.faq += 1
        for ask in found.asks:
            made.cards.append(
                Card(
                    id=card_id("ask", ask.question),
                    type=CardType.FLASHCARD,
                    levels=self.levels(*found.level_of(ask.role)),
                    prompt=ask.question,
                    answer=(NO_MODEL_ANSWER,),
                    topics=self.topics(found, ask.question),
                    pack=self.pack,
                    source=self.source(found, ask.line, ask.section, "question"),
                )
            )
            made.questions += 1
        for listing in found.listings:
            cards = self.listing_cards(found, listing)
            made.cards.extend(cards)
            if cards and listing.kind in (SectionKind.RESPONSIBILITIES, SectionKind.QUALIFICATIONS):
                made.groups.append(PostingGroup(listing.heading, listing.kind.value, tuple(c.id for c in cards)))
        made.cards.extend(self.level_cards(found))
        kept = [card for card in made.cards if fits(card)]
        for card in made.cards:
            if not fits(card):
                line = card.source.line if card.source else 0
                found.skipped.append(f"line {line}: text too long for a card ({shorten(card.prompt, 40)})")
        made.cards = kept
        made.uses = self.skills.keys_for(found)
        return made

    def faq_card(self, found: Extraction, faq: Faq) -> Card:
        levels = self.levels(*found.level_of(faq.role))
        source = self.source(found, faq.line, faq.section, "faq")
        if faq.cloze:
            return Card(
                id=card_id("faq", faq.question),
                type=CardType.CLOZE,
                levels=levels,
                prompt=faq.question,
                answer=(),
                topics=self.topics(found, faq.question),
                explain=faq.answer[:MAX_EXPLAIN_CHARS],
                source=source,
                pack=self.pack,
            )
        explain = (
            (
                "The document gives this answer without its question; prep wrote the question from the "
                "answer's first sentence."
            )
            if faq.generated
            else ""
        )
        key = faq.answer.split(".", 1)[0] if faq.generated else faq.question
        return Card(
            id=card_id("faq", key),
            type=CardType.FLASHCARD,
            levels=levels,
            prompt=faq.question,
            answer=(faq.answer,),
            topics=self.topics(found, faq.question),
            explain=explain,
            source=source,
            pack=self.pack,
        )

    # -- lists

    def listing_cards(self, found: Extraction, listing: Listing) -> list[Card]:
        if listing.kind in (SectionKind.RESPONSIBILITIES, SectionKind.QUALIFICATIONS):
            return self.listed_cards(found, listing)
        if listing.kind is SectionKind.ROLES and listing.definitions:
            return self.definition_cards(found, listing)
        return []

    def listed_cards(self, found: Extraction, listing: Listing) -> list[Card]:
        """The questions an interviewer builds from each responsibility or qualification, as flashcards
        with the rubric for the level on the back (one card per level when several are hired)."""
        role = found.name_of(listing.role)
        kind = "responsibility" if listing.kind is SectionKind.RESPONSIBILITIES else "qualification"
        levels = self.levels(*found.level_of(listing.role))
        cards = []
        for item in listing.items:
            for level in levels:
                question = interview_question(item.text, kind, level, role)
                if question is None:
                    continue
                key = card_id("ask", question.key, role, level.label if len(levels) > 1 else "")
                style = "behavioural" if question.style == BEHAVIOURAL else "career"
                cards.append(
                    Card(
                        id=key,
                        type=CardType.FLASHCARD,
                        levels=(level,),
                        prompt=question.prompt,
                        answer=(question.answer,),
                        topics=tuple(dict.fromkeys((*self.skill_topics(item.text), style)))[:4],
                        explain=_asked_because(found, listing, item.text),
                        pack=self.pack,
                        source=self.source(found, item.line, listing.heading, kind),
                    )
                )
        return cards

    def definition_cards(self, found: Extraction, listing: Listing) -> list[Card]:
        terms = [term for term, _, _ in listing.definitions]
        levels = self.levels(*found.level_of(listing.role))
        cards = []
        for term, description, line in listing.definitions:
            if term.casefold() in description.casefold():
                continue
            if description.lower().startswith(("responsible for", "in charge of", "focused on", "focusing on")):
                prompt = f"Which role is {description}?"
            else:
                prompt = f"Which of these is described as: “{description}”?"
            key = card_id("role", term, description)
            wrong = sorted(
                (other for other in terms if other.casefold() != term.casefold()), key=lambda other: digest(key, other)
            )[:3]
            answer = shorten(term, MAX_OPTION_CHARS)
            cards.append(
                Card(
                    id=key,
                    type=CardType.CHOICE,
                    levels=levels,
                    prompt=prompt[:2000],
                    answer=(answer,),
                    choices=place(answer, [shorten(other, MAX_OPTION_CHARS) for other in wrong], key),
                    topics=("career",),
                    explain=f"{shorten(found.title, 100)}, “{shorten(listing.heading, 80)}”: {term} — {description}."[
                        :MAX_EXPLAIN_CHARS
                    ],
                    pack=self.pack,
                    source=self.source(found, line, listing.heading, "role"),
                )
            )
        return cards

    # -- levels

    def level_cards(self, found: Extraction) -> list[Card]:
        cards = []
        for note in found.level_notes:
            subject = note.subject or f"{note.level.label} {found.role_name or 'engineer'}".strip()
            prompt = f"What is expected of {_article(subject)} {subject}?"
            cards.append(
                Card(
                    id=card_id("level", note.level.label, note.subject, note.text[:200]),
                    type=CardType.FLASHCARD,
                    levels=self.levels(note.level),
                    prompt=prompt,
                    answer=(note.text,),
                    topics=("career",),
                    pack=self.pack,
                    source=self.source(found, note.line, note.section, "level"),
                )
            )
        columns: dict[str, list[str]] = {}
        for cell in found.level_cells:
            names = columns.setdefault(cell.section, [])
            if cell.column.casefold() not in (name.casefold() for name in names):
                names.append(cell.column)
        for cell in found.level_cells:
            names = columns[cell.section]
            if len(names) < 2:
                continue
            about = f" ({shorten(cell.label, 60)})" if cell.label else ""
            prompt = (
                f"In the career ladder under “{shorten(cell.section or found.title, 80)}”, which level does "
                f"this describe{about}: “{cell.text}”?"
            )
            key = card_id("level", cell.text, cell.column, cell.label)
            wrong = [shorten(name, MAX_OPTION_CHARS) for name in names if name.casefold() != cell.column.casefold()][:3]
            answer = shorten(cell.column, MAX_OPTION_CHARS)
            cards.append(
                Card(
                    id=key,
                    type=CardType.CHOICE,
                    levels=self.levels(cell.level),
                    prompt=prompt[:2000],
                    answer=(answer,),
                    choices=place(answer, wrong, key),
                    topics=("career",),
                    pack=self.pack,
                    source=self.source(found, cell.line, cell.section, "level"),
                )
            )
        return cards


def _asked_because(found: Extraction, listing: Listing, text: str) -> str:
    where = f"{shorten(found.title, 100)}, under “{shorten(listing.heading, 80)}”"
    return f"Asked because the posting says ({where}): {shorten(text, 600)}"[:MAX_EXPLAIN_CHARS]


def fits(card: Card) -> bool:
    """Whether every text of `card` is within the pack format's limits (a last guard: makers trim first)."""
    return (
        len(card.prompt) <= CARD_FIELD["prompt"].limit
        and all(len(text) <= CARD_FIELD["answer"].limit for text in card.answer)
        and all(len(text) <= CARD_FIELD["choices"].limit for text in card.choices)
        and len(card.explain) <= CARD_FIELD["explain"].limit
        and len(card.choices) <= MAX_CHOICES
    )


def merge(groups: Sequence[DocumentCards]) -> list[Card]:
    """All cards, each id once: a card met again (a skill in two documents) gains the other's levels."""
    merged: dict[str, Card] = {}
    for group in groups:
        for card in group.cards:
            known = merged.get(card.id)
            if known is None:
                merged[card.id] = card
            elif known.prompt == card.prompt:
                if set(card.levels) - set(known.levels):
                    merged[card.id] = replace(known, levels=tuple(sorted(set(known.levels) | set(card.levels))))
            else:
                suffix = 2
                while f"{card.id}-{suffix}" in merged:
                    suffix += 1
                merged[f"{card.id}-{suffix}"] = replace(card, id=f"{card.id}-{suffix}")
    return list(merged.values())
