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

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from prep.core.builder.answers import asks_duties
from prep.core.builder.drafts import draft
from prep.core.builder.extract import Extraction, Faq, LevelCell, Listing
from prep.core.builder.headings import SectionKind
from prep.core.builder.ids import card_id, digest
from prep.core.builder.interview import BEHAVIOURAL, TECHNICAL, rubric, strong_themes, unasked_reason
from prep.core.builder.interview_words import THEME_TOPICS, THEMES, Theme
from prep.core.builder.skill_book import EXCLUDED_TOPICS
from prep.core.builder.skill_cards import CardKey, SkillCards
from prep.core.builder.skills import scan
from prep.core.builder.tool_notes import NOTES
from prep.core.builder.trim import shorten
from prep.core.builder.wording import role_term, second_person
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


_SELF_CHECKS = (
    "Could you show an interviewer that you {clause}? What example would you give?",
    "What example from your own work shows that you {clause}?",
    "How would you convince an interviewer that you {clause}? Which story would you tell?",
    "Which project would you describe to show that you {clause}?",
)
"""Ways of asking for evidence of a ladder expectation (one is picked by the card's id, so decks read varied)."""
_DUTY = re.compile(r"^(?:responsible for|in charge of|accountable for|focused on)\b", re.IGNORECASE)
_LEVEL_SUFFIX = re.compile(r"[- ]level$", re.IGNORECASE)


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
        """The topics `text` names (at most three), after the document's own topic when it has one."""
        named = [match.slug for match in scan(text) if match.slug not in EXCLUDED_TOPICS]
        slugs = list(dict.fromkeys([found.topic, *named] if found.topic else named))[:3]
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
        seen: dict[tuple[object, ...], list[set[str]]] = {}
        for listing in found.listings:
            cards = []
            for card in self.listing_cards(found, listing):
                if _first_of_its_kind(card, seen):
                    cards.append(card)
                elif card.source is not None:
                    found.skipped.append(f"line {card.source.line}: {shorten(card.prompt, 70)} (a card above asks it)")
            made.cards.extend(cards)
            if cards and listing.kind in (SectionKind.RESPONSIBILITIES, SectionKind.QUALIFICATIONS):
                made.groups.append(
                    PostingGroup(listing.heading.rstrip(" :"), listing.kind.value, tuple(c.id for c in cards))
                )
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
        written = (
            "The document gives this answer without its question; prep wrote the question from the "
            "answer's first sentence."
        )
        explain = " ".join(part for part in (faq.note, written if faq.generated else "") if part)
        key = faq.answer.split(".", 1)[0] if faq.generated else faq.question
        return Card(
            id=card_id("faq", key),
            type=CardType.FLASHCARD,
            levels=levels,
            prompt=faq.question,
            answer=(faq.answer,),
            topics=self.topics(found, faq.question),
            explain=explain[:MAX_EXPLAIN_CHARS],
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
            drafted = draft(item.text, kind, role, found.juniors_only(listing.role))
            if drafted is None:
                found.skipped.append(f"line {item.line}: {shorten(item.text, 70)} ({unasked_reason(item.text, role)})")
                continue
            if not drafted.specific or (listing.general and not (drafted.themes or drafted.notes)):
                # a back with only the generic rubric would give nothing to practise against
                found.skipped.append(f"line {item.line}: {shorten(item.text, 70)} (no rubric fits it)")
                continue
            skills = self.skill_topics(item.text)
            if drafted.style == TECHNICAL:  # a technical question is about its skills, not about the role
                topics = tuple(skills[:4]) or _theme_topics(drafted.themes) or ("career",)
            else:  # "Tell me about a time ..." and "What would you do ..." are behavioural interview practice
                topics = tuple(dict.fromkeys((*skills, "behavioural")))[:4]
            explain = _asked_because(found, listing, item.text)
            source = self.source(found, item.line, listing.heading, kind)
            for level in levels:
                cards.append(
                    Card(
                        id=card_id("ask", drafted.key, role, level.label if len(levels) > 1 else ""),
                        type=CardType.FLASHCARD,
                        levels=(level,),
                        prompt=drafted.prompt,
                        answer=(drafted.at(level).answer,),
                        topics=topics,
                        explain=explain,
                        pack=self.pack,
                        source=source,
                    )
                )
        return cards

    def definition_cards(self, found: Extraction, listing: Listing) -> list[Card]:
        """ "Platform engineers - responsible for the shared infrastructure" → "What is a platform engineer
        responsible for?", answered with the document's own description."""
        levels = self.levels(*found.level_of(listing.role))
        cards = []
        for term, description, line in listing.definitions:
            if term.casefold() in description.casefold() or not _own_role(term, found.role_name):
                continue
            if any(_repeats(description, faq.answer) or asks_duties(faq.question) for faq in found.faqs):
                continue
            one, several = role_term(term)
            duty = _DUTY.match(description)
            if duty:
                prompt = f"What is {one} {duty.group().lower()}?"
                answer = f"{several} are {description[:1].lower()}{description[1:]}."
            else:
                prompt = f"What does {one} do?"
                answer = f"{several}: {description}."
            cards.append(
                Card(
                    id=card_id("role", term, description),
                    type=CardType.FLASHCARD,
                    levels=levels,
                    prompt=prompt,
                    answer=(answer,),
                    topics=("career",),
                    explain=f"From “{shorten(listing.heading, 80)}” in {shorten(found.title, 100)}."[
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
        cards.extend(self.level_table_cards(found))
        cards.extend(self.competency_cards(found))
        return cards

    def level_table_cards(self, found: Extraction) -> list[Card]:
        """One card per level column of a career-ladder table: what the table expects at that level."""
        groups: dict[tuple[str, str], list[LevelCell]] = {}
        for cell in found.level_cells:
            groups.setdefault((cell.section, cell.column), []).append(cell)
        columns: dict[str, int] = {}
        for section, _ in groups:
            columns[section] = columns.get(section, 0) + 1
        cards = []
        for (section, column), cells in groups.items():
            if columns[section] < 2:
                continue
            name = _LEVEL_SUFFIX.sub("", column).strip() or column
            where = (
                f"the table under “{shorten(section, 80)}”" if section else f"the table in {shorten(found.title, 80)}"
            )
            lines = [f"- {cell.label}: {cell.text}" if cell.label else f"- {cell.text}" for cell in cells]
            cards.append(
                Card(
                    id=card_id("level", column, section, *(cell.text for cell in cells)),
                    type=CardType.FLASHCARD,
                    levels=self.levels(cells[0].level),
                    prompt=f"In {where}, what is expected at {name} level?",
                    answer=("\n".join(lines),),
                    topics=("career",),
                    pack=self.pack,
                    source=self.source(found, cells[0].line, section, "level"),
                )
            )
        return cards

    def competency_cards(self, found: Extraction) -> list[Card]:
        """A career ladder's expectations as self-assessment flashcards, each at its own level."""
        cards = []
        for expected in found.competencies:
            key = card_id("self", expected.text, expected.level.label)
            role = expected.role
            clause = second_person(expected.text)
            if clause is not None:
                prompt = _SELF_CHECKS[digest(key) % len(_SELF_CHECKS)].format(clause=clause)
            else:
                prompt = (
                    f"At {role} level, the ladder expects this: “{expected.text}.” Which example from your own "
                    "work would show an interviewer that you do it?"
                )
            answer = _evidence(expected.text, clause, role, expected.level)
            cards.append(
                Card(
                    id=key,
                    type=CardType.FLASHCARD,
                    levels=self.levels(expected.level),
                    prompt=prompt,
                    answer=(answer,),
                    topics=self.topics(found, expected.text),
                    pack=self.pack,
                    source=self.source(found, expected.line, expected.section, "level"),
                )
            )
        return cards


_WORD = re.compile(r"[a-z0-9+#]+")
_SAME_JOB = {"developer": "engineer", "programmer": "engineer", "dev": "engineer"}
"""Role nouns that name the same job ("backend developers" on a "backend engineer" page)."""
_RANKS = frozenset({"junior", "mid", "senior", "lead", "staff", "principal", "level", "entry", "jr", "sr"})


def _role_words(name: str) -> list[str]:
    words = [word.removesuffix("s") if len(word) > 3 else word for word in _WORD.findall(name.lower())]
    return [_SAME_JOB.get(word, word) for word in words if word not in _RANKS]


def _own_role(term: str, role_name: str) -> bool:
    """Whether a "Name - what they do" definition is about the document's own role: the same role noun, and
    no specialty the role's name lacks ("DevOps engineers" on a backend page is another job family)."""
    term_words, role_words = _role_words(term), _role_words(role_name)
    if not term_words or not role_words:
        return False
    *specialty, noun = term_words
    return noun in role_words and set(specialty) <= set(role_words)


_SUFFIX = re.compile(r"(?:ing|ed|es|s)$")


def _content_words(text: str) -> set[str]:
    return {_SUFFIX.sub("", word) for word in _WORD.findall(text.lower()) if len(word) > 3}


def _repeats(description: str, answer: str) -> bool:
    """Whether a FAQ answer of the deck already says what `description` says (most of its words, after
    "responsible for")."""
    words = _content_words(_DUTY.sub("", description))
    return bool(words) and len(words & _content_words(answer)) >= 0.75 * len(words)


def _evidence(text: str, clause: str | None, role: str, level: Level) -> str:
    """What a convincing answer to a ladder self-check shows: the expectation in the candidate's words, then
    the behavioural rubric for its level with the rubric lines of the expectation's own theme (incidents,
    reviews, design documents ...), as the interview questions made from posting bullets have."""
    drafted = draft(clause or text, "responsibility")
    themes = drafted.themes if drafted is not None and drafted.themes else tuple(strong_themes(clause or text))
    doing = f"that you {clause}" if clause else f"this: “{text}”"
    lead = f"Your example should show {doing}, at the scope expected of {_article(role)} {role}."
    return f"{lead}\n{rubric(BEHAVIOURAL, level, themes)}"


def _asked_because(found: Extraction, listing: Listing, text: str) -> str:
    where = f"{shorten(found.title, 100)}, under “{shorten(listing.heading, 80)}”"
    return f"Asked because the posting says ({where}): {shorten(text, 600)}"[:MAX_EXPLAIN_CHARS]


_CLAUSES = re.compile(r"\s[—–]\s|[.:]\s|,\s(?:and|or)\s")


def _first_of_its_kind(card: Card, seen: dict[tuple[object, ...], list[set[str]]]) -> bool:
    """False for a card that asks what an earlier one asked: the same rubric and the same follow-up question,
    compared case- and space-insensitively, or the same rubric on the same topics, about much the same subject
    ("Design REST APIs ..." as a duty and again as a requirement), or a requirement's story on the theme of an
    earlier story and its skills (one shared, or none named by either); `seen` collects what was kept. The same
    rubric on another subject ("batch pipelines in Spark", "workflows in Airflow") is another question."""
    parts = _CLAUSES.split(card.prompt)
    follow_up = " ".join(parts[-1].lower().strip(" ?").split())
    asked = " ".join(parts[:-1]) if len(parts) > 1 else card.prompt
    subject = _content_words(" ".join(word for word in asked.split() if word.lower() not in _PROMPT_WORDS))
    signatures = ((card.levels, card.answer, follow_up), (card.levels, card.answer, card.topics))
    told = "behavioural" in card.topics  # a technical card's follow-up is its whole question, whatever the subject
    if any(not told or _alike(subject, earlier) for signature in signatures for earlier in seen.get(signature, ())):
        return False  # the same back on the same skills ("Go services" as a duty and as a requirement) teaches once
    back = card.answer[0] if told and card.answer else ""
    notes = _in_order(back, _NOTE_LINES)
    theme = next(iter(_in_order(back, _THEME_LINES) or notes), None)  # a story no theme knows: its first tool note
    skills = set(card.topics) - {"behavioural"}
    required = bool(theme and card.source and card.source.kind == "qualification")
    if required and any(skills & earlier or not (skills or earlier) for earlier in seen.get((card.levels, theme), ())):
        return False  # "Kafka in production" after "own the event pipeline on Kafka": one story, one back
    for signature in signatures:
        seen.setdefault(signature, []).append(subject)
    for kind in {theme, *notes} - {None}:
        seen.setdefault((card.levels, kind), []).append(skills)
    return True


_THEME_LINES = {theme.covers[0]: theme.name for theme in THEMES}
_NOTE_LINES = {note.note: f"note: {note.subject}" for note in NOTES}


def _in_order(back: str, lines: dict[str, str]) -> list[str]:
    """The names of the `lines` a card's back has (a theme's first line, a tool note), in the order they appear:
    the first is the theme a story's rubric opens with."""
    return [name for _, name in sorted((back.find(line), name) for line, name in lines.items() if line in back)]


def _alike(subject: set[str], earlier: set[str]) -> bool:
    """Whether two prompts' subjects share at least half their words (of the shorter one), so they ask the same."""
    shorter = min(len(subject), len(earlier))
    return shorter == 0 or len(subject & earlier) * 2 >= shorter


_PROMPT_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "with", "at", "by", "from", "you", "your", "i"}
    | {"me", "my", "we", "our", "it", "its", "that", "this", "these", "those", "how", "what", "when", "where"}
    | {"which", "who", "why", "would", "could", "did", "do", "does", "was", "were", "is", "are", "be", "been"}
    | {"have", "had", "has", "about", "time", "tell", "give", "example", "walk", "through", "describe", "think"}
    | {"project", "worked", "asked", "suppose", "if", "joined", "team", "let's", "talk", "thinking"}
)


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


def _theme_topics(themes: tuple[Theme, ...]) -> tuple[str, ...]:
    """ "Knowledge of the outbox pattern" names no skill: its question is filed under its theme's topic."""
    return tuple(dict.fromkeys(THEME_TOPICS[theme.name] for theme in themes if theme.name in THEME_TOPICS))[:2]
