"""The interview question a posting's bullet leads to, with a level-specific rubric for the back of the card.

`interview_question(text, kind, level)` reads one responsibility or qualification bullet, whatever
its grammatical shape ("Design, build and run ...", "Designing ...", "You'll own ...", "Help us ...",
"A solid grasp of ...", "Experience designing ...", "Comfortable being on call", "You're fluent in
...") and writes the question an interviewer would build from it:

- behavioural, for experience and ownership ("Tell me about a time you designed, built and ran ...
  — what was your part, and how did it turn out?"), with the verbs put in the past;
- situational, for process, collaboration and change ("Suppose you were asked to carve a monolith
  into services. Where would you start, and how would you keep the risk low?");
- technical, for knowledge ("Let's talk about relational data modelling. How would you model ...?").

The answer is a rubric: what a strong answer covers (STAR parts, an approach, or an explanation),
lines for the bullet's theme (performance, on-call, APIs, testing, ...), what is expected at the
level being hired, and red flags. Years of experience, degrees, logistics, benefits, fluff and
lines too vague to ask about give None, and so does any bullet that cannot be turned into a
well-formed question: a prompt is never a guess. Templates vary by a hash of the bullet, so the
same bullet always gives the same card. Reading the bullet (cleaning, parsing its shape) is `bullets`;
this module chooses its themes, writes the prompt and the rubric.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TypeVar

from prep.core.builder.bullets import (
    DASH_SPLIT,
    EMPTY_HEADS,
    NOMINAL,
    NOUN_INGS,
    PARTICLES,
    QUALIFIERS,
    SECOND_REQUIREMENT,
    Action,
    Parsed,
    SoftBullet,
    Topic,
    base_of,
    clean_bullet,
    excluded_line,
    indefinite_article,
    is_name,
    is_plural,
    languages_in,
    list_and,
    list_or,
    lower_start,
    names_only,
    parse_bullet,
    tidy_examples,
)
from prep.core.builder.interview_words import (
    ABILITY_OPENERS,
    AMBIGUOUS,
    BEHAVIOURAL_OPENERS,
    CHANGE_VERBS,
    COLLABORATION_ASKED,
    COLLABORATION_OPENERS,
    COLLABORATION_VERBS,
    COVERS,
    DECISION_ASKED,
    DECISION_COVERS,
    DECISION_TOLD,
    DECISION_VERBS,
    DETERMINERS,
    EMPLOYER,
    EXPLAIN_PROBES,
    FIELD_OPENERS,
    FLAGS,
    FUNCTION_WORDS,
    GENERAL_ASKED,
    GENERAL_TOLD,
    GENERIC,
    GERUNDS,
    HABIT_OPENERS,
    HABIT_VERBS,
    LANGUAGE_CONCURRENCY,
    LANGUAGE_PROBES_MANY,
    LANGUAGE_PROBES_ONE,
    LANGUAGES,
    LEVEL_COVERS,
    LEVEL_FLAGS,
    MASS_NOUNS,
    NARROWER,
    NOT_PLURAL,
    PARTICIPLES,
    PEOPLE,
    PREPOSITIONS,
    SITUATIONAL_OPENERS,
    SPECIFIC_FOLLOWS,
    TECHNICAL_LEADS,
    THEME_BY_NAME,
    THEMES,
    THIRD_PERSON_SAFE,
    THIRDS,
    TOOL_OPENERS,
    TOOL_TOLD,
    VERBS,
    WORK_OPENERS,
    Probe,
    Theme,
)
from prep.core.builder.keywords import KeywordIndex
from prep.core.builder.skills import scan, unknown_names
from prep.core.builder.tool_notes import tool_notes
from prep.core.model import Level

BEHAVIOURAL = "behavioural"
SITUATIONAL = "situational"
TECHNICAL = "technical"
STYLES = (BEHAVIOURAL, SITUATIONAL, TECHNICAL)
MAX_PROMPT_CHARS = 300
MAX_ANSWER_CHARS = 1200
MAX_KEY_WORDS = 8


@dataclass(frozen=True, slots=True)
class InterviewQuestion:
    style: str
    """ "behavioural" | "situational" | "technical"."""
    prompt: str
    """The question, one or two sentences, ending with "?"."""
    answer: str
    """The back of the card: the rubric, plain text with "- " bullet lines."""
    key: str
    """A short stable phrase for the card id (the bullet's core action or topic)."""


def interview_question(text: str, kind: str, level: Level, role: str = "") -> InterviewQuestion | None:
    """The interview question `text` (one responsibility or qualification bullet) leads to, or None.

    `kind` is "responsibility" or "qualification", `level` the level being hired, and `role` the
    role's name (a bullet that only restates the role, "Experience as a Backend Engineer", gives None).
    """
    drafted = draft(text, kind, role)
    return drafted.at(level) if drafted is not None else None


@dataclass(frozen=True, slots=True)
class Draft:
    """A bullet's question before a level is chosen: read once, then asked at each level being hired."""

    style: str
    prompt: str
    themes: tuple[Theme, ...]
    key: str
    notes: tuple[str, ...] = ()
    """Rubric lines written for this very question (a probe's own answer), before the theme's."""
    group: str = ""
    """Which "strong answer covers" block the rubric opens with (the style's when empty)."""
    listed: int = 2
    """How many themes add a line to the back: more than two when the bullet lists duties of different kinds."""

    @property
    def specific(self) -> bool:
        """Whether the back says more than the generic story or plan rubric: a card worth making."""
        return bool(self.themes or self.notes or self.group)

    def at(self, level: Level) -> InterviewQuestion:
        answer = rubric(self.group or self.style, level, self.themes, self.notes, self.listed)
        return InterviewQuestion(self.style, self.prompt, answer, self.key)


def draft(text: str, kind: str, role: str = "", junior: bool = False) -> Draft | None:
    """`interview_question` without the level: None for the bullets that give no question. `junior`: only juniors
    are hired, so a skill is asked as its fundamentals, not as an expert's case."""
    line = clean_bullet(text)
    if line is None or excluded_line(line, role):
        return None
    written = _written(parse_bullet(line) or _bare_topic(line), line, kind, junior)
    if written is None and kind == "responsibility" and _owned_thing(line):
        written = _written(parse_bullet(f"Own {lower_start(_OWNERSHIP.sub('', line))}"), line, kind, junior)
    if written is None:
        return None
    shown = written.themes[: written.listed]
    said = " ".join([*written.notes, *(line for theme in shown for line in theme.covers)])
    known = tool_notes(written.prompt, said, tuple(theme.name for theme in shown))
    notes = _named_notes(written, line, known)
    themes = tuple(written.themes)
    return Draft(written.style, written.prompt, themes, written.key, notes, written.group, written.listed)


def _written(parsed: Parsed | None, line: str, kind: str, junior: bool = False) -> _Written | None:
    if parsed is None:
        return None
    if isinstance(parsed, Action):
        parsed = _resolved(parsed)
        pointing = parsed.words[1:2] if parsed.words[:1] and parsed.words[0].lower() in VERBS else parsed.words[:1]
        if pointing and pointing[0].lower().strip(",") in _POINTING_BACK:
            return None  # "ship alongside them", "help redesign it": the work is named in a sentence before this one
    written = _write(parsed, line, kind, junior)
    return written if written is not None and well_formed(written.prompt) else None


def _owned_thing(line: str) -> bool:
    """Whether a duty is written as the thing owned ("The design and evolution of our ledger: ...", "Event-driven
    integration over Kafka, using ..."): a noun phrase led by "the" or by a noun of work, read as "Own ..." when
    nothing else reads it."""
    words = [word.lower().strip(",:") for word in line.split()[:2]]
    if words[0] == "the":
        return len(words) > 1 and words[1] not in _OWNED_NOT  # not "The more you ..."
    return any(word in NOMINAL or word.endswith(_WORK_NOUN_ENDINGS) for word in words)


_OWNERSHIP = re.compile(r"^(?:(?:full|end-to-end|clear)\s+)?(?:ownership of|responsibility for)\s+", re.I)
_WORK_NOUN_ENDINGS = ("tion", "ment", "ance", "ence", "ity", "ship", "sis")
_OWNED_NOT = frozenset(
    {"more", "most", "best", "first", "way", "ideal", "perfect", "successful", "right", "rest", "remainder", "other"}
)


def _bare_topic(line: str) -> Topic | None:
    """ "Load testing and capacity planning for spiky traffic", "Property-based testing (Hypothesis)": a short
    noun phrase with no verb, read as the subject to be asked about."""
    text = _before_details(_without_qualifiers(tidy_examples(DASH_SPLIT.split(line)[0]) or ""), least=2)
    words = text.split()
    named = len(words) == 1 and is_name(words[0])  # "Strong Terraform skills": Terraform
    if not (2 <= len(words) <= _MAX_BARE_WORDS or named) or any(word.lower() in _PRONOUNS for word in words):
        return None
    if words[0].lower() in VERBS and words[0].lower() not in NOUN_INGS and words[0].lower() not in LANGUAGES:
        return None  # "Go or Kotlin" names languages
    if words[0].lower() == "the":
        text = " ".join(words[1:])
    elif words[0].lower() in ("a", "an"):  # "A security-minded approach: ..." reads as one, with its article
        text = f"{words[0].lower()} {lower_start(' '.join(words[1:]))}"
    return Topic(text if is_name(text.split()[0]) else lower_start(text), tool=False, place="", bare=True)


def _before_details(text: str, least: int = 1) -> str:
    """ "Snowflake cost management: warehouse sizing, ...", "Observability: metrics, tracing": the subject before the
    colon when it has at least `least` words; the details stay in the bullet for the probe to match."""
    head, colon, _ = text.partition(": ")
    return head if colon and len(head.split()) >= least else text


def _without_qualifiers(text: str) -> str:
    """ "Solid SQL skills and experience with PostgreSQL" → "SQL and PostgreSQL": what is asked about, without
    how much of it the posting wants."""
    words = text.split()
    while len(words) > 1 and words[0].lower() in QUALIFIERS:
        words = words[1:]
    return _SKILL_NOUNS.sub("", _AND_EXPERIENCE.sub("and ", " ".join(words))).strip()


_AND_EXPERIENCE = re.compile(r"\band (?:(?:hands-on|solid|strong|some|good|proven) )?experience (?:with|in|of) ", re.I)
_SKILL_NOUNS = re.compile(
    r"\s+(?:skills?|knowledge|expertise|proficiency|experience)\b(?=\s+(?:and|or)\b|\s*,|\s*$)", re.I
)
_MAX_BARE_WORDS = 10
_BARE_FIT = 4


def unasked_reason(text: str, role: str = "") -> str:
    """Why `draft` gives no question for a bullet, as the build report says it."""
    line = clean_bullet(text)
    if line is not None and excluded_line(line, role):
        return "years, degrees, industries, terms or perks: not asked"
    return "no question read from it"


def _resolved(action: Action) -> Action:
    """The work a verb phrase is about: "learn how to make jobs safe to retry" asks about making them safe,
    "pair with Marta, our senior engineer, on the ingestion service" about the service with a teammate,
    "pair programming with seniors" about pairing; "those jobs" point at nothing on a card."""
    verbs, words = action.verbs, [_DEMONSTRATIVES.get(word.lower(), word) for word in action.words]
    if len(verbs) == 1 and verbs[0][1] in _LEARNING_VERBS and words[:2] == ["how", "to"] and len(words) > 3:
        learned = words[2].lower()
        if learned in VERBS:
            verbs, words = [(verbs[0][0], learned)], words[3:]
    if len(verbs) == 1 and verbs[0][1] in _PAIRING_VERBS:
        if words[:1] == ["programming"]:
            words = words[1:]
        if len(words) > 3 and words[0] == "with" and _person_name(words[1]) and "on" in words[2:]:
            words = ["with", "a", "teammate", *words[words.index("on", 2) :]]
    if verbs is action.verbs and words == action.words:
        return action
    return Action(verbs, words, action.form, action.source, action.adverb)


_LEARNING_VERBS = frozenset({"learn", "know"})
_POINTING_BACK = frozenset({"them", "it", "alongside"})
"""Words that open an object naming nothing by itself ("them", "alongside them"): the work is in an earlier sentence."""
_PAIRING_VERBS = frozenset({"pair", "work", "partner"})
_DEMONSTRATIVES = {"those": "the", "these": "the"}


def _person_name(word: str) -> bool:
    """ "Marta," in "pair with Marta, one of our seniors": a capitalised word that names no technology."""
    core = word.rstrip(",")
    return (
        core[:1].isupper()
        and core[1:].islower()
        and core.isalpha()
        and core.lower() not in _FUNCTIONS
        and not scan(core, named_only=True)
    )


_FUNCTIONS = frozenset(
    {
        "product",
        "design",
        "sales",
        "marketing",
        "finance",
        "legal",
        "support",
        "operations",
        "ops",
        "engineering",
        "security",
        "data",
        "platform",
        "compliance",
        "research",
        "quality",
        "regulatory",
        "customer",
        "customers",
        "clinical",
        "infrastructure",
        "hr",
        "people",
        "growth",
        "analytics",
    }
)


def _named_notes(written: _Written, line: str, known: tuple[str, ...]) -> tuple[str, ...]:
    """The question's own rubric lines: a probe's answer, then what prep knows of the tools it names (`known`,
    from `tool_notes`). When the themes know nothing about a named technology ("Java 17 services", "ISO 20022
    messages") and prep has no note on it either, the lines ask for what any real experience of it has (how it
    was used, a limitation met): without them the back would be the generic STAR block alone."""
    if written.themes or written.notes:
        return (*written.notes, *known)
    names = list(
        dict.fromkeys(
            [match.text for match in scan(line, named_only=True)]
            + [name for name, _ in unknown_names(line, scan(line))]
        )
    )
    if not names:
        return known
    named = " and ".join(names[:2])
    used = (
        f"How {named} {'were' if len(names) > 1 else 'was'} used, in concrete terms: what it did in the system, "
        "at what scale, which parts they owned"
    )
    return (*(known or (used,)), f"A limitation or surprise of {named} they ran into, and how they worked around it")


@dataclass(frozen=True, slots=True)
class _Written:
    style: str
    prompt: str
    themes: list[Theme]
    key: str
    notes: tuple[str, ...] = ()
    group: str = ""
    listed: int = 2


# ---------------------------------------------------------------- writing the question


def _digest(*parts: str) -> int:
    return int(hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12], 16)


_Option = TypeVar("_Option")


def _pick(options: Sequence[_Option], seed: str, salt: str) -> _Option:
    return options[_digest(salt, seed) % len(options)]


def themes_of(text: str, verbs: str = "") -> list[Theme]:
    """The themes `text` is about, strongest first (more distinct keywords, then the table's order).

    Keywords in `verbs` (the bullet's head verbs, "migrate", "mentor") count extra: what the bullet
    does says more than the nouns it does it to.
    """
    return [theme for theme, _ in _scored_themes(text, verbs)]


_WEIGHTS = {"delivery": 0.5, "teamwork": 0.6, "learning": 0.7, "code-quality": 1.5} | dict.fromkeys(NARROWER, 1.25)
"""Delivery, teamwork and learning words appear in most bullets; code-quality ones name what matters most; a
narrow theme's words are specific phrases ("error budget", "audit trail"), worth more than a broad theme's."""
_MODIFIERS = frozenset(
    {
        "efficient",
        "scalable",
        "scale",
        "speed",
        "pub/sub",
        "secure",
        "reliable",
        "resilient",
        "robust",
        "performant",
        "fast",
        "faster",
        "tested",
        "well-tested",
        "documented",
        "high-traffic",
        "distributed",
        "load",
    }
)
"""Keywords that usually only describe the object ("clean, efficient code"): weak evidence, half weight."""
HEAD_BONUS = 0.25
"""A small lead for the theme of the object's head noun over the theme of a word modifying it."""
FIRST_THEME_SCORE = 1.0
"""A theme shapes the card only when one keyword of it is in the bullet's first words, or two later."""
SECOND_THEME_SCORE = 1.5
EARLY_WORDS = 15
"""Keywords in a bullet's first words count fully, later ones (trailing clauses) half."""
"""A second theme adds a rubric line only when the bullet is clearly about it too."""


_THEME_INDEX = KeywordIndex([theme.pattern for theme in THEMES])


_SIDE_CLAUSE = re.compile(
    r",\s+(?:with|including|especially|ideally|preferably|plus|where|which|while|using)\b|;|\s[—–-]\s|\(|"
    r",\s+(?:and|or)\s+(?:comfort|familiarity|knowledge|understanding|experience|exposure|fluency|proficiency)\b",
    re.I,
)
"""Where a bullet's side clause starts: ", with some Rust for performance-critical paths" is not what it asks."""
SIDE_WEIGHT = 0.25
"""A keyword in a side clause is weak evidence: it alone never chooses the rubric."""


def _side_start(text: str) -> int:
    found = _SIDE_CLAUSE.search(text)
    return found.start() if found else len(text)


def _scored_themes(text: str, verbs: str = "", context: str = "", head: str = "") -> list[tuple[Theme, float]]:
    """`context`: the whole bullet, when `text` is one clause of it (a theme's `needs` may be met anywhere in it);
    `head`: the last word of the object's noun phrase, which breaks a tie with its modifiers ("API documentation"
    is documentation work)."""
    scored = []
    early = len(" ".join(text.split()[:EARLY_WORDS]))
    side = _side_start(text)
    candidates = _THEME_INDEX.starts(f"{text} {verbs}")
    for order, start in candidates.items():
        theme = THEMES[order]
        if theme.needs is not None and not theme.needs.search(context or text):
            continue
        hits: dict[str, float] = {}
        for match in theme.pattern.finditer(text, start):
            weight = SIDE_WEIGHT if match.start() >= side else 1.0 if match.start() < early else 0.5
            if match.group(0).lower() in _MODIFIERS:
                weight *= 0.5
            hits[match.group(0).lower()] = max(hits.get(match.group(0).lower(), 0.0), weight)
        bonus = 1.0 if verbs and theme.pattern.search(verbs) else 0.0
        if head and theme.name not in _WEAK_THEMES and theme.pattern.fullmatch(head):
            bonus += HEAD_BONUS
        if hits or bonus:
            scored.append(((sum(hits.values()) + bonus) * _WEIGHTS.get(theme.name, 1.0), order, theme))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [(theme, score) for score, _, theme in scored]


def _write(parsed: Parsed, line: str, kind: str, junior: bool = False) -> _Written | None:
    seed = " ".join(line.lower().split())
    head = ""
    if isinstance(parsed, Action):
        verbs = " ".join(VERBS[base].gerund + " " + base for _, base in parsed.verbs if base not in EMPTY_HEADS)
        noun = _head_noun(parsed.words)
        verbs += " " + noun
        head = noun.rsplit(" ", 1)[-1] if " " in noun else ""
    elif isinstance(parsed, Topic):
        verbs = parsed.text
    else:
        verbs = ""
    second = SECOND_REQUIREMENT.search(line) if isinstance(parsed, Topic) else None
    read = line[: second.start()] if second else line  # "Redis ..., and a relational database": Redis is asked
    scored = _verb_first(_scored_themes(read, verbs, head=head), parsed)
    if (
        isinstance(parsed, Action)
        and scored
        and scored[0][1] <= FIRST_THEME_SCORE
        and not scored[0][0].pattern.search(f"{verbs} {_main_clause(parsed)}")
    ):
        scored = []  # one keyword, outside the verbs and their object ("services that hold and release seats"): a guess
    themes = _with_second_clause(_strong(scored), parsed)
    if isinstance(parsed, SoftBullet):
        soft_theme = THEME_BY_NAME.get(parsed.soft.theme)
        ordered = [soft_theme] if soft_theme else []  # the canned question is about this theme only
        return _Written(BEHAVIOURAL, _pick(parsed.soft.prompts, seed, "soft"), ordered, _key(line))
    written_in = _languages_written(parsed) if isinstance(parsed, Action) else ""
    if isinstance(parsed, Topic):
        written = _write_topic(parsed, seed, themes, basic=junior or bool(_BASIC.search(line)))
    elif written_in:
        written = _write_languages(written_in, seed, themes, _key(line), junior)
    else:
        written = _write_action(parsed, seed, themes, kind, _listed_details(line))
    if written is None or written.style == TECHNICAL:
        return written  # a technical question asks one thing: the back answers that, not the rest of the list
    listed = [theme for theme in _listed_themes(line, themes[:1]) if theme not in themes[:1]]
    if not listed:
        return written
    ordered = [*themes[:1], *listed, *(theme for theme in themes[1:] if theme not in listed)]
    return replace(written, themes=ordered, listed=min(len(themes[:1]) + len(listed), MAX_LISTED))


MAX_LISTED = 3
"""At most this many themes add a line to one back: "caching, rate limiting and distributed locks"."""
_ITEM = r"(?:(?!(?:and|or) )[\w/.+#'-]+ ){0,3}(?!(?:and|or)\b)[\w/.+#'-]+"
_LISTED = re.compile(rf"(?<![\w/.+#'-]){_ITEM}(?:, {_ITEM})+,? (?:and|or) {_ITEM}")
"""A list of three or more short items: "caching, rate limiting and distributed locks"."""
_RELATIVE_CLAUSE = re.compile(r"\s(?:that|which|who|whom|whose|where|when)\s", re.I)
"""Where a bullet's object ends ("the REST APIs that our dashboard, mobile app and partners call")."""


def _listed_themes(line: str, own: list[Theme] | None = None) -> list[Theme]:
    """The themes of a bullet's listed items, in the list's order, when the items are work of different kinds
    ("Use Redis for caching, rate limiting and distributed locks": caching, rate limiting, concurrency), so that
    the back answers every part of the question, not its first. An item the card's `own` theme fits adds none."""
    found: list[Theme] = []
    main = _RELATIVE_CLAUSE.split(line[: _side_start(line)], maxsplit=1)[0]
    items = [item for listed in _LISTED.finditer(main) for item in _list_items(listed[0])]
    owned = detailed = False
    details = _detail_clauses(line)
    for item in [*items, *details]:
        is_detail = item in details  # also a listed item written after the colon ("...: run planning, review designs")
        scored = _strong(_scored_themes(item))
        if own and own[0] in scored:
            owned = True  # the card's own theme fits it ("cost optimisation: rightsizing, ..."): its lines cover it
            continue
        ignored = _WEAK_THEMES | _PEOPLE_THEMES if is_detail else _WEAK_THEMES
        first = next((theme for theme in scored if theme.name not in ignored), None)
        if first is not None and first not in found:
            found.append(first)
            detailed = detailed or is_detail
    broad = {name for theme in found for name in NARROWER.get(theme.name, frozenset())}
    found = [theme for theme in found if theme.name not in broad]
    return found if len(found) + owned > 1 or (found and detailed) else []


def _detail_clauses(line: str) -> list[str]:
    """The clauses a bullet's details after a colon or a dash list, each the work it names ("Keep calendar sync
    reliable: process webhooks from Google, respect their rate limits ..." → integrations, rate limiting)."""
    _, colon, details = line.partition(": ")
    dashed = _DETAIL_DASH.split(line, maxsplit=2)
    if not colon:
        if len(dashed) < 2:
            return []
        details = dashed[1]  # "Build out the observability stack — metrics, logs and traces — so that ..."
    clauses = [_RELATIVE_CLAUSE.split(clause, maxsplit=1)[0] for clause in _CLAUSES.split(details)]
    return [clause for clause in clauses if clause and clause.split()[0].lower() not in _ADDRESSED_TO]


_ADDRESSED_TO = frozenset({"you", "you're", "you'll", "we", "we're", "they", "it", "this"})
"""A detail that starts with one of these is a sentence about someone ("you can explain a trade-off to ..."),
not a list of the work."""


_PEOPLE_THEMES = frozenset(
    {"communication", "product", "documentation", "mentoring", "leadership", "people-management", "hiring", "process"}
)
"""Themes a short detail only seems to name ("read EXPLAIN output", "to a finance lead"): the work a detail lists
is technical; people work is asked about in its own words."""
_DETAIL_DASH = re.compile(r"\s+[—–-]\s+")
_CLAUSES = re.compile(r"[,;]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+(?=[a-z]+ )")


def _list_items(span: str) -> list[str]:
    """The items of a listed span: the first without the words before it ("Use Redis for caching" → "caching"), the
    last without its tail ("distributed locks around inventory holds" → "distributed locks"); none when an item in
    between has a word no list item has ("on your own, following our runbooks and ...": a clause, not a list)."""
    items = [item.split() for item in _LIST_PARTS.split(span)]
    stops = [[word.lower() in _LIST_STOPS for word in item] for item in items]
    if any(any(item) for item in stops[1:-1]):
        return []
    first = max((index for index, stop in enumerate(stops[0]) if stop), default=-1)
    last = next((index for index, stop in enumerate(stops[-1]) if stop), len(items[-1]))
    items[0], items[-1] = items[0][first + 1 :], items[-1][:last]
    return [" ".join(item) for item in items if item]


_LIST_PARTS = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_LIST_STOPS = FUNCTION_WORDS | {"our", "them", "it", "using", "via", "following", "ensuring", "i", "we", "you"}


_BASIC = re.compile(
    r"\b(?:basic|basics|fundamentals?|familiarity|exposure|awareness|grounding|introductory)\b|"
    r"\bhow (?:[\w.+#/-]+ ){1,4}works?\b",
    re.IGNORECASE,
)
"""A requirement asking for the fundamentals ("basic SQL", "how REST APIs work"): the question explains them, it
does not probe an expert's case."""


def _strong(scored: list[tuple[Theme, float]]) -> list[Theme]:
    """The themes strong enough to shape a card: the first over one bar, the next ones over a higher one
    (and not the broad ones the first stands in for)."""
    scored = _narrow_first(scored)
    themes = [
        theme
        for index, (theme, score) in enumerate(scored)
        if score >= FIRST_THEME_SCORE and (index == 0 or score >= SECOND_THEME_SCORE)
    ]
    replaced = NARROWER.get(themes[0].name, frozenset()) if themes else frozenset()
    return [theme for theme in themes if theme.name not in replaced]


def _narrow_first(scored: list[tuple[Theme, float]]) -> list[tuple[Theme, float]]:
    """A narrow theme as strong as a second theme must be, and three quarters as strong as the first, goes before the
    broad one it stands in for: "evolve our PostgreSQL schemas safely — zero-downtime migrations" is schema change,
    though "PostgreSQL" and "schemas" are two words of the broad data theme."""
    first, lead = (scored[0][0].name, scored[0][1]) if scored else ("", 0.0)
    for index, (theme, score) in enumerate(scored[1:], 1):
        if score >= SECOND_THEME_SCORE and score * 4 >= lead * 3 and first in NARROWER.get(theme.name, frozenset()):
            return [scored[index], *scored[:index], *scored[index + 1 :]]
    return scored


def _with_second_clause(themes: list[Theme], parsed: Parsed) -> list[Theme]:
    """ "Mentor two juniors and run the weekly architecture review": the clause after the object names a second
    piece of work, so its theme comes second (and adds its rubric line) although its words come late."""
    if not isinstance(parsed, Action):
        return themes
    clause = _second_clause(parsed)
    if not clause:
        return themes
    scored = _strong(_scored_themes(clause, context=" ".join(parsed.words)))
    second = next((theme for theme in scored if theme.name not in _WEAK_THEMES), None)
    if not themes:
        return [second] if second else []  # "own Go services, and keep their p99 under 150 ms": the second is the work
    if second is None or second in themes[:2] or second.name in NARROWER.get(themes[0].name, frozenset()):
        return themes
    return [themes[0], second, *(theme for theme in themes[1:] if theme is not second)]


_PLACEHOLDERS = frozenset(
    {"something", "anything", "a", "an", "the", "one", "system", "systems", "service", "services"}
)
"""An object that says nothing until its clause does ("something that had to survive a traffic spike")."""
_CLAUSE_ENDS = frozenset({"without", "including", "such", "like", "by", "via", "rather", "instead"})
"""Words that end the main clause besides the subordinators ("services that ...")."""


def _main_clause(action: Action) -> str:
    """The object up to the first clause inside it ("Go services" in "Go services that hold seats ...")."""
    kept: list[str] = []
    for index, word in enumerate(action.words):
        core = word.lower().strip(",.;:()")
        following = action.words[index + 1].lower() if index + 1 < len(action.words) else ""
        placeholder = all(kept_word.lower() in _PLACEHOLDERS for kept_word in kept)
        if (core in _SUBORDINATORS and not (kept and placeholder)) or core in _CLAUSE_ENDS or word[:1] == "(":
            break  # "something that had to survive a traffic spike": the clause is what the object is
        if core == "to" and following in VERBS:
            break
        kept.append(word)
        if word.endswith((",", ";", ":")):
            break
    return " ".join(kept)


def _second_clause(action: Action) -> str:
    """The words from the first verb coordinated with the head after its object ("... and run the review")."""
    levels = _head_level(action.words, action.form)
    for index in range(2, len(action.words)):
        if levels[index] and _coordinated(action.words, index, action.form):
            return " ".join(action.words[index:])
    return ""


def strong_themes(text: str) -> list[Theme]:
    """The themes a sentence that is not a bullet ("Leads incident reviews for the group") is clearly about."""
    return _strong(_scored_themes(text))


def _verb_first(scored: list[tuple[Theme, float]], parsed: Parsed) -> list[tuple[Theme, float]]:
    """Themes with the one the bullet's head verb names first ("tune slow queries" is performance work
    before it is data work), when that theme is already strong enough to shape the card."""
    if not isinstance(parsed, Action):
        return scored
    head = " ".join(VERBS[base].gerund + " " + base for _, base in parsed.verbs[:1])
    leading = [
        item
        for item in scored
        if item[1] >= FIRST_THEME_SCORE and item[0].name not in _WEAK_THEMES and item[0].pattern.search(head)
    ]
    if leading and scored and leading[0][0].name in NARROWER.get(scored[0][0].name, frozenset()):
        return scored  # "model money correctly": money work, which data work is the broad name for
    return leading[:1] + [item for item in scored if item not in leading[:1]]


def _head_noun(words: list[str]) -> str:
    """The end of the object's first noun phrase, up to three words ("the API documentation in ..." →
    "api documentation", "service level objectives with ..." → "service level objectives")."""
    phrase: list[str] = []
    if len(words) > 2 and words[0].lower() == "part" and words[1].lower() in ("in", "of"):
        words = words[2:]  # "take part in the on-call rotation": the rotation is what it is about
    for index, word in enumerate(words[:8]):
        core = word.lower().strip(",.;:()")
        if (core in DETERMINERS or core in PREPOSITIONS) and not phrase:
            continue  # "participate in code reviews": the phrase starts after the preposition
        if core in ("and", "or") and phrase and (_adjective(phrase[-1]) or _shared_head(phrase, words[index + 1 :])):
            continue  # "scalable and reliable backend systems", "unit and integration tests": the head comes later
        if core in FUNCTION_WORDS or core in THIRD_PERSON_SAFE or (phrase and core in PARTICLES):
            break  # "keep the API documentation up to date": the phrase ends before "up"
        phrase.append(core)
        if word.endswith((",", ";", ":")):
            break
    return " ".join(phrase[-3:])


def _shared_head(phrase: list[str], following: list[str]) -> bool:
    """ "unit and integration tests": one modifier, "and", a modifier and then the noun both describe."""
    if len(phrase) != 1 or phrase[0].endswith(",") or len(following) < 2:
        return False
    modifier, noun = (word.lower().strip(",.;:()") for word in following[:2])
    return not any(word in FUNCTION_WORDS or word in DETERMINERS or word in VERBS for word in (modifier, noun))


def _write_topic(topic: Topic, seed: str, themes: list[Theme], basic: bool = False) -> _Written | None:
    topic = replace(topic, text=_before_details(topic.text))
    key = _key(topic.text)
    if languages_in(topic.text):
        return _write_languages(topic.text, seed, themes, key, basic)
    noted = bool(tool_notes(topic.text, ""))  # prep has a note on the tool it names
    if not themes and not noted:
        return None  # nothing known about it: a generic card would teach nothing
    if topic.tool:
        follows = _specific_follow(seed, True) or _fitting(themes[0].told if themes else TOOL_TOLD, seed)
        follow = _pick(follows, seed, "follow")  # a note answers the rest
        openers: tuple[str, ...] = {"with": TOOL_OPENERS, "on": WORK_OPENERS}.get(topic.place, FIELD_OPENERS)
        if topic.place == "with" and not is_name(topic.text.split()[0]):
            openers = tuple(
                opener for opener in TOOL_OPENERS if " used " not in opener
            )  # not "used database management"
        if ":" in follow:  # one colon to a question: not "... used AWS: what surprised you: cost, ...?"
            openers = tuple(opener for opener in openers if ": {follow}" not in opener) or openers
        named = _gerunds_in_past(topic.text) if topic.place == "with" else topic.text
        prompt = _fill(_pick(openers, seed, "tool"), topic=named, follow=follow)
        return _Written(BEHAVIOURAL, prompt, themes, key) if len(prompt) <= MAX_PROMPT_CHARS else None
    items = len(_LIST_ITEM.split(topic.text))
    if items > 4:
        return None  # "Java, Kotlin, TypeScript, Node.js, SQL, ...": a stack, which the library's cards cover
    _, colon, details = seed.partition(": ")
    detailed = bool(colon) and len(_LIST_ITEM.split(details)) >= 2  # "relational databases: schema design, ..."
    explain = not topic.bare and (basic or not detailed) and items < (4 if basic else 3)  # not "explain Git, CI, ..."
    explained = _Written(TECHNICAL, EXPLAIN_PROBES[0].format(topic=topic.text), themes, key)
    if not themes:  # only a note on the tool knows it: the question asks what the note answers
        thing = explain and topic.text.split(" ", 1)[0].lower() not in ("a", "an")  # not "explain a codebase"
        return explained if thing else None
    lead = _pick(TECHNICAL_LEADS + EXPLAIN_PROBES if explain else TECHNICAL_LEADS, seed, "lead")
    if lead in EXPLAIN_PROBES:
        return _Written(TECHNICAL, lead.format(topic=topic.text), themes, key)
    least = _BARE_FIT if topic.bare else 1
    fitting = _probes(themes, topic.text)
    if explain and basic and fitting:
        return explained  # "Basic SQL": the fundamentals explained, not an expert's incident
    probes = _closest(fitting, seed, least, names_only(topic.text))  # the whole bullet, "...: isolation levels"
    if detailed and probes:  # "relational databases: indexes, isolation levels": the details decide
        probes = _closest(fitting, details, 1) or probes
    if not probes and explain and noted:
        return explained  # no probe fits, the note answers it
    if not probes:
        if topic.bare and is_name(topic.text.split()[0]):  # "Kafka or another streaming platform": a tool story
            return _write_topic(Topic(topic.text, tool=True, place="with"), seed, themes)
        if topic.bare and noted and themes[0].name not in _WEAK_THEMES and _one_piece_of_work(topic.text):
            return _write_topic(Topic(topic.text, tool=True, place="on"), seed, themes)  # "Multi-region failover ..."
        return None  # no question of the theme touches what the bullet names: one would be about something else
    probe = _pick(probes, seed, "probe")
    return _Written(TECHNICAL, _fill(lead, topic=topic.text, probe=probe.text), themes, key, probe.covers)


def _one_piece_of_work(text: str) -> bool:
    """Whether a bare topic names work one story can be about ("multi-region failover design and DR drills"): not
    a list of alternatives ("dbt, or another tool", "payments, Kubernetes, or observability"), not brackets, and
    not naming how much of it is wanted ("experience designing ...")."""
    return not re.search(r"[,(]|\bor\b", text) and not (set(text.lower().split()) & _WANTED)


_WANTED = frozenset({"experience", "knowledge", "familiarity", "understanding", "exposure", "expertise", "skills"})
_LIST_ITEM = re.compile(r",\s*|\s+(?:and|or)\s+")


def _gerunds_in_past(text: str) -> str:
    """ "Prometheus or Datadog and defining SLOs" after "a project where you used": "... and defined SLOs"."""
    words = text.split()
    for index in range(1, len(words) - 1):
        base = GERUNDS.get(words[index].lower())
        noun = words[index].lower() in _ING_NOUNS or words[index + 1].lower() in PREPOSITIONS
        if words[index - 1] == "and" and base and not noun:
            words[index] = VERBS[base].past
    return " ".join(words)


def _closest(probes: list[Probe], text: str, least: int = 0, any_fits: bool = False) -> list[Probe]:
    """The probes that share the most words with the bullet ("indexing, reading query plans" asks about
    plans, not isolation levels), if they score at least `least` (a word of the question counts 2, a word of
    its answer 1); with `least` 0 and no word shared, all of them. With `least` set, a probe must also share a
    telling word with the bullet in its question, unless `any_fits` (the bullet only names a tool)."""
    wanted = _stems(text)
    scored = [
        (len(wanted & _stems(probe.text)) * 2 + len(wanted & _stems(" ".join(probe.covers))), probe) for probe in probes
    ]
    if least and not any_fits:
        scored = [(score, probe) for score, probe in scored if _telling(wanted & _stems(probe.text))]
    best = max((score for score, _ in scored), default=0)
    if best < least:
        return []
    return [probe for score, probe in scored if score == best] if best else probes


def _telling(shared: frozenset[str]) -> bool:
    """Whether the words a bullet shares with a probe's question show that it asks about the same thing: a word
    that not every other question has ("stampede", "event", "isolation"; not "test", "check" or "run")."""
    return any(_probe_words()[stem] <= COMMON_PROBE_WORD for stem in shared)


COMMON_PROBE_WORD = 20
"""A word in more than this many probes (of ~150) says nothing about what one question asks."""


@lru_cache(maxsize=1)
def _probe_words() -> Counter[str]:
    """In how many probes each word (stem) appears, question or answer lines."""
    return Counter(stem for theme in THEMES for probe in theme.probes for stem in _stems(_probe_text(probe)))


def _probe_text(probe: Probe) -> str:
    return f"{probe.text} {' '.join(probe.covers)}"


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    """Content words, crudely stemmed ("queries" → "query", "modelling" and "models" → "model", "caching" and
    "cache" → "cach"), so a probe and a bullet that say the same thing in other forms meet."""
    stems = set()
    for word in re.findall(r"[a-z][a-z0-9+#-]*", _TIMES_OUT.sub("timeout", text.lower())):
        if word in FUNCTION_WORDS or word in GENERIC or word in _COMMON or (len(word) < 3 and word not in _SHORT_NAMES):
            continue
        stems.add(_stem(word))
    return frozenset(stems)


def _stem(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("xes", "ses", "ches", "shes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            word = word[: -len(ending)]
            if len(word) > 3 and word[-1] == word[-2]:
                word = word[:-1]  # "modelling" → "model"
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


_TIMES_OUT = re.compile(r"\btime[sd]? out\b")
_COMMON = frozenset(
    {
        "data",
        "system",
        "systems",
        "service",
        "services",
        "team",
        "code",
        "work",
        "time",
        "user",
        "users",
        "client",
        "clients",
        "what",
        "you",
        "your",
        "does",
        "would",
        "how",
        "which",
        "when",
        "why",
    }
)
"""Words nearly every question of a theme has: sharing one says nothing about fit."""
_SHORT_NAMES = frozenset({"ci", "cd", "go", "ai", "ml", "qa", "ux", "ui", "db", "k8"})


def _languages_written(action: Action) -> str:
    """ "Write idiomatic Go", "write clean, well-tested Python", "code in TypeScript": the languages, when writing
    code in them is all the bullet asks (a question on the language, not a story about "writing Go")."""
    if action.verbs[-1][1] not in ("write", "code", "program"):
        return ""
    text = _LANGUAGE_CLAUSE_END.split(" ".join(action.words), maxsplit=1)[0]
    kept = [word for word in text.split() if word.lower().strip(",") not in _CODE_QUALITIES]
    named = " ".join(kept).strip(" ,")
    return named if languages_in(named) else ""


_LANGUAGE_CLAUSE_END = re.compile(r",?\s+(?:or|and|but)\s+(?:you|are|have)\b|\s+(?:with|for|every|daily|on|at)\b", re.I)
_CODE_QUALITIES = frozenset(
    {"idiomatic", "clean", "maintainable", "readable", "tested", "well-tested", "reliable", "efficient", "modern"}
    | {"production", "production-grade", "production-quality", "high-quality", "solid", "good", "typed", "in", "code"}
)


def _write_languages(text: str, seed: str, themes: list[Theme], key: str, basic: bool = False) -> _Written:
    """A question on the languages a bullet lists, with answer lines for that question (and that language); `basic`:
    not the concurrency question, which is an expert's."""
    languages = languages_in(text)
    alternatives = len(languages) > 1 and re.search(r"\bor\b|/", text) is not None
    options: tuple[Probe, ...] = LANGUAGE_PROBES_MANY if alternatives else LANGUAGE_PROBES_ONE
    if basic:
        options = tuple(option for option in options if "concurrency" not in option.text)
    # "TypeScript, including generics and strict mode" asks about idioms, "asyncio, threads and the GIL" concurrency
    _, detail, details = seed.partition(": ") if ": " in seed else seed.partition(", including ")
    if detail:
        asked = "concurrency" if _CONCURRENT.search(details) else "errors" if _FAILING.search(details) else "idiomatic"
        options = tuple(option for option in options if asked in option.text) or options
    shown = list_or(", ".join(languages)) if alternatives else list_and(", ".join(languages))
    probe = _pick(options, seed, "language")
    notes = probe.covers
    if "concurrency" in probe.text:
        themes = [THEME_BY_NAME["concurrency"]]
        known = [LANGUAGE_CONCURRENCY[name.lower()] for name in languages if name.lower() in LANGUAGE_CONCURRENCY]
        notes = tuple(dict.fromkeys(known))[:2]  # "which do you know best": the lines for the first two
    return _Written(TECHNICAL, probe.text.format(topic=shown), themes, key, notes)


_CONCURRENT = re.compile(r"\bconcurren\w*|\basync\w*|\bthreads?\b|\bgil\b|\bgoroutines?\b|\bcoroutines?\b", re.I)
_FAILING = re.compile(r"\berrors?\b|\bexceptions?\b|\bfailures?\b", re.I)
_WEAK_THEMES = frozenset({"delivery", "teamwork", "learning"})


def _probes(themes: list[Theme], text: str) -> list[Probe]:
    """The theme's technical questions that fit `text` (those written for what it names first)."""
    for theme in themes[:1]:
        if theme.name in _WEAK_THEMES:
            break
        named = [probe for probe in theme.probes if probe.needs is not None and probe.needs.search(text)]
        if named and not all(probe.needs is not None for probe in theme.probes):
            return named
        fitting = [probe for probe in theme.probes if probe.needs is None or probe.needs.search(text)]
        if fitting:
            return fitting
    return []


def _fill(template: str, **values: str) -> str:
    """A template filled in: `{follow}` lower case, `{Follow}` capitalised."""
    filled = template
    for name, value in values.items():
        filled = filled.replace("{" + name + "}", value if name in ("topic", "vp") else _lower_first(value))
        filled = filled.replace("{" + name.capitalize() + "}", value[:1].upper() + value[1:])
    return _tidy(filled)


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first.isupper() or any(char.isupper() for char in first[1:]) or is_name(first):
        return text
    return text[:1].lower() + text[1:]


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"\s+([,;:?]|\.(?!\w))", r"\1", text)  # not before ".NET"
    text = re.sub(r",\s*,", ",", text)
    return _fix_articles(text)


_ARTICLE = re.compile(r"\b(a|an|A|An) ([\w\"'(][\w.'/+#-]*)")


def _fix_articles(text: str) -> str:
    def fix(match: re.Match[str]) -> str:
        article, word = match.group(1), match.group(2)
        wanted = indefinite_article(word)
        if article[0].isupper():
            wanted = wanted.capitalize()
        return f"{wanted} {word}"

    return _ARTICLE.sub(fix, text)


def _specific_follow(seed: str, told: bool) -> tuple[str, ...] | None:
    """The follow-up for something the bullet names that its theme's stock ones miss (`told`: the behavioural form)."""
    for pattern, behavioural, situational in SPECIFIC_FOLLOWS:
        if pattern.search(seed):
            return (behavioural if told else situational,)
    return None


def _listed_details(line: str) -> str:
    """ "Run Kubernetes in production: upgrades, resource limits, autoscaling": the things listed after the colon
    ("upgrades, resource limits and autoscaling"), which a follow-up can ask about, or "" when they are not a
    short list of things (clauses, gerunds, adjectives, one item)."""
    _, colon, after = line.rstrip(" .").partition(": ")
    parts = _LIST_ITEM.split(after) if colon else []
    items = [re.sub(r"^(?:and|or)\s+", "", item.strip(" ,")) for item in parts if item.strip(" ,")]
    things = [
        item
        for item in items
        if len(item.split()) <= 3
        and item.split()[0].lower() not in GERUNDS
        and not _adjective(item.split()[-1])
        and not item.split()[-1].lower().endswith("ed")  # "application submitted, offer accepted": events, not things
        and not set(item.lower().split()) & FUNCTION_WORDS
    ]
    nouns = [thing for thing in things if " " in thing or re.search(r"[^s]s$", thing)]  # not "unit, integration"
    if len(things) < 2 or len(things) * 2 < len(items) or len(items) > 5 or len(nouns) * 2 < len(things):
        return ""
    return list_and(", ".join(things))


def _write_action(action: Action, seed: str, themes: list[Theme], kind: str, details: str = "") -> _Written | None:
    theme = themes[0] if themes else None
    base_words = _base_words(action)
    key = _key(" ".join([verb for _, verb in action.verbs] + base_words))
    head = action.verbs[0][1]
    first = base_words[0].lower() if base_words else ""
    collaboration = head in COLLABORATION_VERBS and (
        first not in ("with", "closely", "alongside", "across", "together", "on") or _with_people(base_words)
    )
    if head == "work" and first not in ("with", "closely", "alongside", "across", "together"):
        collaboration = False
    if action.source == "ability":
        style = "ability"
    elif collaboration and action.source == "duty":
        style = "collaboration"
    elif head in HABIT_VERBS and action.source != "experience" and not _technical_keep(head, theme):
        style = "habit"
    elif action.source in ("experience", "trait") or kind != "responsibility":
        style = BEHAVIOURAL
    elif head in CHANGE_VERBS:
        style = BEHAVIOURAL if _digest("style", seed) % 2 else SITUATIONAL
    else:
        style = BEHAVIOURAL if _digest("style", seed) % 4 else SITUATIONAL
    deciding = head in DECISION_VERBS or (head == "help" and first in DECISION_VERBS)
    notes = DECISION_COVERS if deciding else ()
    if style == BEHAVIOURAL:
        past = _past_phrase(action)
        if past is not None:
            told = (f"how did you handle {details}",) if details else _specific_follow(seed, True)
            prompt = _behavioural(past, seed, theme, DECISION_TOLD if deciding else told)
            if prompt is not None:
                return _Written(BEHAVIOURAL, prompt, themes, key, notes)
        style = SITUATIONAL
    base = _base_phrase(action, base_words)
    asked = None
    if style not in ("collaboration", "habit"):  # their follow-ups are about working with people
        asked = (f"how would you handle {details}",) if details else _specific_follow(seed, False)
    prompt = _situational(base, seed, theme, style, DECISION_ASKED if deciding else asked)
    if prompt is None:
        return None
    group = "practice" if style == "collaboration" or (style == "habit" and theme is not None) else ""
    return _Written(SITUATIONAL, prompt, themes, key, notes, group)


def _technical_keep(head: str, theme: Theme | None) -> bool:
    """ "Keep inventory consistent", "keep media servers reliable": work on a system, asked about like any duty;
    "keep learning", "keep the docs current" stay habits."""
    return head == "keep" and theme is not None and theme.name not in _HABIT_THEMES


_HABIT_THEMES = frozenset(
    {"learning", "teamwork", "communication", "documentation", "mentoring", "leadership", "process", "code-quality"}
)


_ROLES = PEOPLE | frozenset(
    {
        "product",
        "design",
        "designers",
        "team",
        "teams",
        "stakeholders",
        "finance",
        "security",
        "operations",
        "support",
        "sales",
        "marketing",
        "analysts",
        "scientists",
        "partners",
        "customers",
        "clients",
        "managers",
        "manager",
        "owners",
        "owner",
        "leads",
        "lead",
        "squads",
        "squad",
        "legal",
        "compliance",
        "qa",
        "sre",
        "devops",
        "platform",
        "data",
        "mobile",
        "frontend",
        "front-end",
        "backend",
        "developers",
        "engineers",
        "everyone",
        "experts",
        "vendors",
        "colleagues",
    }
)


def _with_people(words: list[str]) -> bool:
    """Whether "... with X" names people ("with the product manager"), not a thing ("with ambiguous requirements")."""
    lowered = [word.lower().strip(",.;:") for word in words[:8]]
    if "with" not in lowered:
        return True
    after = lowered[lowered.index("with") + 1 : lowered.index("with") + 5]
    return any(word in _ROLES for word in after)


def _behavioural(past: list[str], seed: str, theme: Theme | None, follows: tuple[str, ...] | None = None) -> str | None:
    """`follows`: the follow-ups to choose from when the bullet's kind of work sets them (a decision)."""
    follow = _pick(
        _fitting(_unrepeated(follows or (theme.told if theme else GENERAL_TOLD), past), seed), seed, "follow"
    )
    opener = _pick(BEHAVIOURAL_OPENERS, seed, "opener")
    if _same_verb(opener, past[0]):  # not "Think of a time you thought ...", "Walk me through a time you walked ..."
        opener = BEHAVIOURAL_OPENERS[(BEHAVIOURAL_OPENERS.index(opener) + 1) % len(BEHAVIOURAL_OPENERS)]
    for words in _shorter(_general(past, theme)):
        prompt = _fill(opener, vp=" ".join(words), follow=follow)
        if len(prompt) <= MAX_PROMPT_CHARS:
            return prompt
    return None


_RELATIVES = frozenset({"that", "which", "who", "so", "whose"})
_RELIERS = frozenset({"other", "others", "people", "users", "customers", "clients", "everyone", "teams", "engineers"})


def _general(past: list[str], theme: Theme | None) -> list[str]:
    """A past-time phrase without its first relative clause: the candidate did "built Java services",
    not this employer's "... that settle card payments" or "..., such as renewal reminder emails". Kept whole when
    cutting leaves under three words, or drops the words the follow-up's theme came from."""
    lowered = [word.lower() for word in past]
    for index in range(2, len(past) - 4):
        if lowered[index : index + 3] == ["with", "the", "help"] and lowered[index + 3] == "of":
            end = index + 6  # "fixed production bugs with the help of your mentor": the employer's support
            return [*past[:index], *past[end:]] if len(past[:index]) >= 3 else past
    for index in range(3, len(past) - 2):
        if past[index - 1].endswith(",") and lowered[index : index + 2] == ["such", "as"]:
            examples = " ".join(past[index + 2 :])
            if not names_only(examples):  # "such as Kafka or SQS" names tools the candidate may know: kept
                return [*past[: index - 1], past[index - 1].rstrip(",")]
    for index in range(3, len(past)):
        previous = past[index - 1].lower()
        if past[index].lower() in _RELATIVES and previous not in PARTICIPLES and previous not in ("sure", "such"):
            if index + 1 < len(past) and past[index + 1].lower().strip(",") in _RELIERS:
                return past  # "a system that other teams depended on": who relies on it is the point
            kept = past[:index]
            while kept and kept[-1].lower().strip(",") in FUNCTION_WORDS - {"it", "them"}:
                kept.pop()
            if len(kept) >= 3 and (theme is None or theme.pattern.search(" ".join(kept))):
                kept[-1] = kept[-1].rstrip(",;:")
                return kept
            break
    return past


def _fitting(follows: tuple[str, ...], line: str) -> tuple[str, ...]:
    """The follow-ups that share the most words with the bullet ("upgrades, resource limits, autoscaling" → the one
    about upgrades), or all of them when none shares a word."""
    wanted = _stems(line)
    scored = [(len(wanted & _stems(follow)), follow) for follow in follows]
    best = max((score for score, _ in scored), default=0)
    return tuple(follow for score, follow in scored if score == best) if best else follows


def _unrepeated(follows: tuple[str, ...], phrase: list[str]) -> tuple[str, ...]:
    """The follow-ups that ask about something the phrase has not already said ("... and handled retries" is
    not followed by "how did you handle retries"), or all of them when none is left."""
    cores = (word.lower().strip(",.;:()") for word in phrase if len(word) > 4)
    said = {core for core in cores if core not in FUNCTION_WORDS and core not in VERBS}
    fresh = tuple(follow for follow in follows if not said & {word.strip(",?") for word in follow.split()})
    return fresh or follows


def _same_verb(opener: str, first: str) -> bool:
    verb = opener.split(" ", 1)[0].lower()
    return first.lower() in (VERBS[verb].past, VERBS[verb].base) if verb in VERBS else False


def _situational(
    base: list[str], seed: str, theme: Theme | None, style: str, decision: tuple[str, ...] | None = None
) -> str | None:
    openers: tuple[str, ...]
    follows: tuple[str, ...]
    if decision and style not in ("collaboration", "habit"):
        openers, follows = SITUATIONAL_OPENERS, decision
    elif style == "collaboration":
        openers = COLLABORATION_OPENERS
        follows = (
            theme.asked if theme and theme.name not in ("teamwork", "delivery", "learning") else COLLABORATION_ASKED
        )
    elif style == "habit":
        openers = HABIT_OPENERS
        follows = theme.asked if theme else GENERAL_ASKED
    elif style == "ability":
        openers = ABILITY_OPENERS
        follows = theme.asked if theme else GENERAL_ASKED
    else:
        openers = SITUATIONAL_OPENERS
        follows = theme.asked if theme else GENERAL_ASKED
    listed = any(  # "review code and mentor engineers, and help shape standards": a list of duties already
        word == "and" and previous.endswith(",") and following.lower() in VERBS
        for previous, word, following in zip(base, base[1:], base[2:], strict=False)
    )
    if listed and any(", and {follow}" not in opener for opener in openers):
        openers = tuple(opener for opener in openers if ", and {follow}" not in opener)  # not "..., and ..., and ...?"
    opener = _pick(openers, seed, "opener")
    follow = _pick(_fitting(_unrepeated(follows, base), seed), seed, "follow")
    if listed or ", and {follow}" in opener:
        follow = follow.split(", and ")[0]
    for words in _shorter(base):
        prompt = _fill(opener, vp=" ".join(words), follow=follow)
        if len(prompt) <= MAX_PROMPT_CHARS:
            return prompt
    return None


_STRONG_CUTS = frozenset({"so", "while", "which", "where", "including", "because", "whereas", "whilst"})
_WEAK_CUTS = frozenset({"using", "across", "that", "as", "for", "to", "from", "with", "via", "in", "on"})


def _shorter(words: list[str]) -> list[list[str]]:
    """`words`, then shorter versions cut at clause boundaries: before "so", "which", "including" first
    (longest first), then before weaker words ("that", "for"), then at commas; never inside a word."""
    strong: list[list[str]] = []
    weak: list[list[str]] = []
    commas: list[list[str]] = []
    for index in range(len(words) - 1, 2, -1):
        previous, word = words[index - 1], words[index].lower()
        group = (
            strong
            if word in _STRONG_CUTS
            else weak
            if word in _WEAK_CUTS
            else commas
            if previous.endswith(",")
            else None
        )
        if group is None:
            continue
        kept = list(words[:index])
        while kept and kept[-1].lower().strip(",") in FUNCTION_WORDS - {"it", "them"}:
            kept.pop()
        if len(kept) >= 3:
            kept[-1] = kept[-1].rstrip(",;:")
            group.append(kept)
    return [words, *strong, *weak, *commas]


# ---------------------------------------------------------------- tenses


def _verb_list(action: Action, form: str) -> str:
    parts = []
    for separator, base in action.verbs:
        verb = VERBS[base]
        written = {"base": verb.base, "past": verb.past, "participle": verb.participle}[form]
        parts.append(f"{separator}{written}")
    phrase = "".join(parts)
    return f"{action.adverb} {phrase}" if action.adverb else phrase


_ING_NOUNS = frozenset(
    {
        "testing",
        "monitoring",
        "logging",
        "caching",
        "tracing",
        "alerting",
        "pairing",
        "networking",
        "messaging",
        "streaming",
        "indexing",
        "billing",
        "pricing",
        "ordering",
        "onboarding",
        "hiring",
        "planning",
        "modelling",
        "modeling",
        "scheduling",
        "routing",
        "scaling",
        "profiling",
        "benchmarking",
        "reporting",
        "training",
        "mentoring",
        "coaching",
        "engineering",
        "programming",
        "coding",
        "processing",
        "computing",
        "hosting",
        "building",
        "learning",
        "listening",
        "writing",
        "understanding",
        "funding",
        "meeting",
        "setting",
        "tooling",
        "debugging",
        "refactoring",
        "versioning",
        "load",
        "partitioning",
        "sharding",
        "queueing",
        "queuing",
        "pipelining",
        "provisioning",
        "securing",
        "deploying",
    }
)
_ING_VERBS = frozenset(
    {"writing", "building", "debugging", "refactoring", "deploying", "securing", "provisioning", "setting"}
)
"""-ing words that are seldom a noun's modifier: followed by a noun phrase, they are verbs with an object."""
_ING_MODIFIED = frozenset({"skills", "blocks", "practices", "process", "processes", "style", "tools"})


def _takes_object(word: str, following: list[str]) -> bool:
    """ "operating clusters and writing Helm charts": "writing" has an object ("writing skills" does not)."""
    return (
        word in _ING_VERBS
        and bool(following)
        and following[0] not in PREPOSITIONS
        and following[0] not in ("and", "or")
        and following[0] not in _ING_MODIFIED
    )


_SUBJECTS = frozenset({"you", "they", "it", "that", "which", "who", "he", "she"})
_TEAM_NOUNS = frozenset(
    {"team", "squad", "group", "company", "organisation", "organization", "business", "platform", "system", "service"}
)
_MODAL_PAST = {"can": "could", "will": "would", "'ll": "would", "are": "were", "have": "had", "is": "was"}


_VERB_WITH_PREPOSITION = frozenset(
    {
        ("pair", "with"),
        ("learn", "from"),
        ("partner", "with"),
        ("team", "up"),
        ("work", "with"),
        ("deal", "with"),
        ("engage", "with"),
        ("liaise", "with"),
        ("follow", "up"),
        ("check", "in"),
        ("step", "in"),
        ("plan", "for"),
        ("account", "for"),
    }
)
"""An ambiguous word that is a verb when this preposition follows it (a noun would take "of" or none)."""


def _coordinated(words: list[str], index: int, form: str) -> str | None:
    """The base form of the verb at `index` if it is a verb coordinated with the head ("... and keep them ...").

    Returns "" when the word is certainly not such a verb, None when it cannot be told apart from a noun.
    """
    if index == 0:
        return ""
    previous = words[index - 1].lower()
    if previous in _LINKING_ADVERBS and index >= 2:
        previous = words[index - 2].lower()  # "and still spend half your time ...": the adverb sits between
    comma = previous.endswith(",")
    if previous not in ("and", "or") and not comma:
        return ""
    word = words[index].lower().rstrip(",.;:")
    base = base_of(word, form)
    if base is None and form == "participle" and previous == "and" and word in VERBS and word not in AMBIGUOUS:
        base = word  # "You've worked with X and understand Y": the second verb is in the present
    if base is None:
        return ""
    following = [word.lower().strip(",.;:") for word in words[index + 1 : index + 4]]
    clear = bool(following) and (
        following[0] in DETERMINERS
        or following[0] in ("them", "it")
        or (following[0] not in PREPOSITIONS and any(word in PEOPLE for word in following[:2]))
    )  # "and coach new joiners" is a verb; "guidance and support to peers" a noun
    if form == "gerund":
        to_verb = len(following) > 1 and following[0] == "to" and following[1] in VERBS  # "and learning to trace"
        to_verb = to_verb or following[:1] == ["how"]  # "and learning how to reproduce them"
        with_preposition = bool(following) and (base, following[0]) in _VERB_WITH_PREPOSITION  # "and learning from"
        if word in _ING_NOUNS and not (clear or to_verb or with_preposition or _takes_object(word, following)):
            return ""  # "pipelines and monitoring dashboards": a noun
        return base
    if base in _ADJECTIVE_VERBS and (comma or _adjective(words[index - 2] if index >= 2 else "")):
        return ""  # "robust, scalable, and secure services": an adjective
    if comma and not clear and not _verb_follows(words, index + 1, form):
        return None if base in AMBIGUOUS else base
    if base in AMBIGUOUS and not clear and not comma:
        if following and (base, following[0]) in _VERB_WITH_PREPOSITION:
            return base  # "review pull requests and pair with juniors": "pair with" is a verb
        if not following or following[0] in PREPOSITIONS or following[0] in ("and", "or"):
            return ""  # "guidance and support to peers": a noun
        return None
    return base


_ENSURING = frozenset({"sure", "certain", "ensure", "ensured", "ensuring"})
_LINKING_ADVERBS = frozenset({"still", "also", "then", "later"})

_ADJECTIVE_VERBS = frozenset(
    {
        "secure",
        "clean",
        "open",
        "close",
        "free",
        "clear",
        "complete",
        "direct",
        "separate",
        "correct",
        "lower",
        "slow",
        "fast",
        "mature",
        "moderate",
        "simplify",
        "harden",
        "test",
    }
)


def _adjective(word: str) -> bool:
    core = word.lower().strip(",")
    return word.endswith(",") or core.endswith(("able", "ible", "ful", "ive", "ous", "al", "ic", "ent", "ant", "ust"))


def _verb_follows(words: list[str], start: int, form: str) -> bool:
    """Whether a clear verb follows "and"/"or" later on: then ", run postmortems and track ..." lists verbs."""
    for index in range(start, len(words) - 1):
        if words[index].lower() in ("and", "or"):
            base = base_of(words[index + 1].lower().rstrip(",.;:"), form)
            if base is not None and (base not in AMBIGUOUS or _clear_after(words, index + 1)):
                return True
    return False


def _clear_after(words: list[str], index: int) -> bool:
    following = [word.lower().strip(",.;:") for word in words[index + 1 : index + 4]]
    return bool(following) and (following[0] in DETERMINERS or any(word in PEOPLE for word in following[:2]))


_SUBORDINATORS = frozenset(
    {
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "while",
        "so",
        "because",
        "if",
        "as",
        "until",
        "unless",
        "since",
        "once",
        "whether",
    }
)


def _head_level(words: list[str], form: str = "") -> list[bool]:
    """For each word, whether it belongs to the head's clause (so a verb there is coordinated with the head),
    not to a clause inside it ("services that accept, validate and store ..."). After a head in the gerund,
    "and" + another gerund is back in the head's clause ("... such as ISO 20022 and handling timeouts")."""
    levels = []
    inside = including = acting = False
    for index, word in enumerate(words):
        lowered = word.lower().strip(",.;:")
        previous = words[index - 1] if index else ""
        following = words[index + 1].lower().strip(",.;:") if index + 1 < len(words) else ""
        if (
            inside
            and lowered in ("and", "or")
            and (
                (previous.endswith(",") and (following in VERBS or following in GERUNDS))
                or (form == "gerund" and not including and following in GERUNDS and following not in _ING_NOUNS)
                or (acting and form == "base" and following in VERBS and following not in AMBIGUOUS)
            )
        ):
            inside = including = acting = False  # "act as incident commander ... and write the review"
        such = lowered == "as" and previous.lower() == "such"  # "such as Prometheus": examples, not a clause
        acting = acting or (lowered == "as" and not such and index == 0)
        if (lowered in _SUBORDINATORS and not such) or (lowered == "to" and following in VERBS):
            inside = True
        if lowered == "including":  # "including query tuning and reading plans": the gerunds are what it includes
            inside = including = True
        levels.append(not inside)
    return levels


def _base_words(action: Action) -> list[str]:
    """The object with coordinated verbs in the base form ("... and evolving them" → "... and evolve them")."""
    if action.form == "base":
        return list(action.words)
    out = []
    levels = _head_level(action.words, action.form)
    for index, word in enumerate(action.words):
        base = _coordinated(action.words, index, action.form) if levels[index] else ""
        if base:
            out.append(_with_punctuation(word, VERBS[base].base))
        else:
            out.append(word)
    return out


def _base_phrase(action: Action, words: list[str]) -> list[str]:
    return _verb_list(action, "base").split() + words


def _past_phrase(action: Action) -> list[str] | None:
    """The verb phrase in the past, or None when a word cannot be put in the past with confidence."""
    out = []
    words = action.words
    levels = _head_level(words, action.form)
    able = False
    for index, word in enumerate(words):
        lowered = word.lower().rstrip(",.;:")
        previous = words[index - 1].lower() if index else ""
        if able and lowered in VERBS:
            out.append(_with_punctuation(word, VERBS[lowered].past))  # "and can write a design doc" → "and wrote ..."
            able = False
            continue
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        you_can = previous == "you" and index >= 2 and words[index - 2].lower() == "and"  # a clause of its own
        if lowered == "can" and following in VERBS and ((previous == "and" and levels[index]) or you_can):
            if previous == "you":
                out.pop()  # "..., and you can explain ..." → "..., and explained ..."
            able = True
            continue
        if previous == "to" and index >= 2 and words[index - 2].lower() == "and" and lowered in VERBS:
            out.pop()  # "understand where the money goes and to make trade-offs" → "... and made trade-offs"
            out.append(_with_punctuation(word, VERBS[lowered].past))
            continue
        base = _coordinated(words, index, action.form) if levels[index] else ""
        if base is None:
            return None
        if base:
            out.append(_with_punctuation(word, VERBS[base].past))
            continue
        if (previous == "else" or previous in _PRONOUNS) and lowered in _MODAL_PAST:  # "nobody else will" → would
            out.append(_with_punctuation(word, _MODAL_PAST[lowered]))
            continue
        if previous in ("you", "they") and lowered in VERBS and lowered not in ("be",):
            out.append(_with_punctuation(word, VERBS[lowered].past))
            continue
        after_reliers = previous in _RELIERS and any(
            word.lower() in _RELATIVES for word in words[max(0, index - 3) : index]
        )
        relative_pair = (  # "services that score and rank carriers": the second verb of the clause too
            previous in ("and", "or")
            and index >= 4
            and words[index - 3].lower() in _RELATIVES
            and words[index - 2].lower() in VERBS
        )
        if (
            lowered in VERBS
            and index >= 2
            and (after_reliers or relative_pair or (previous in _RELATIVES and is_plural(words[index - 2].lower())))
        ):
            # "services that reconcile ..." in a past-time question: the candidate's services, which reconciled
            out.append(_with_punctuation(word, VERBS[lowered].past))
            continue
        ensuring = [*(verb for _, verb in action.verbs[-1:] if index < 4), *words[max(0, index - 4) : index]]
        if lowered in ("is", "are") and any(word.lower() in _ENSURING for word in ensuring):
            # "made sure consumers are idempotent" in a past-time question: they were
            out.append(_with_punctuation(word, "was" if lowered == "is" else "were"))
            continue
        if lowered in VERBS and is_plural(previous) and any(word.lower() in _ENSURING for word in ensuring):
            out.append(_with_punctuation(word, VERBS[lowered].past))  # "ensured services met SOC 2"
            continue
        if lowered in ("you'll", "they'll"):
            out.append(_with_punctuation(word, lowered[:-3] + " would"))
            continue
        if lowered in ("you're", "they're"):
            out.append(_with_punctuation(word, lowered[:-3] + " were"))
            continue
        third = THIRDS.get(lowered)
        after_infinitive = index >= 2 and words[index - 2].lower() == "to" and previous in VERBS
        if third and (
            (lowered in THIRD_PERSON_SAFE and not after_infinitive)  # not "uses to investigate breaks"
            or previous in _SUBJECTS
            or (previous in _TEAM_NOUNS and index >= 2 and words[index - 2].lower() in ("your", "the"))
        ):
            past = "was" if lowered == "is" else VERBS[third].past
            out.append(_with_punctuation(word, past))
            continue
        out.append(word)
    head = _verb_list(action, "past")
    return head.split() + _indefinite(out)


def _indefinite(words: list[str]) -> list[str]:
    """ "designed the sync API for the mobile app" → "designed a sync API for a mobile app": in a question about
    the candidate's past, the employer's systems are one of their kind; "the reliability of ..." and "the time
    to ..." stay, as do superlatives and ordinals ("the first", "the fastest")."""
    out: list[str] = []
    for index, word in enumerate(words):
        if word != "the" or index + 1 >= len(words):
            out.append(word)
            continue
        phrase = _noun_run(words[index + 1 :])
        after = words[index + 1 + len(phrase)].lower() if index + 1 + len(phrase) < len(words) else ""
        first = words[index + 1].lower().strip(",.;:")
        rest = [word.lower() for word in words[index + 1 + len(phrase) : index + 5 + len(phrase)]]
        person = bool(phrase) and phrase[-1].lower().strip(",.;:") in _PERSONS  # "the specialist to turn rules ..."
        purpose = after in ("to", "between") and not person
        if not phrase or purpose or "of" in rest or first in _KEEP_THE or first.endswith("est"):
            out.append(word)
            continue
        head = phrase[-1].lower().strip(",.;:")
        if phrase[0].endswith("'s"):
            out.append(indefinite_article(words[index + 1]))  # "the team's SLOs" → "a team's SLOs"
            continue
        if _several(phrase) or head in MASS_NOUNS or head in NOUN_INGS or _listed_before_plural(words, index + 1):
            continue  # "improved the availability queries" → "improved availability queries"
        out.append(indefinite_article(words[index + 1]))
    return out


_PERSONS = frozenset(
    {"specialist", "architect", "manager", "engineer", "designer", "analyst", "owner", "scientist", "officer"}
    | {"expert", "consultant", "lead", "mentor", "developer", "researcher", "partner"}
)


def _listed_before_plural(words: list[str], start: int) -> bool:
    """ "the order, routing and billing services", "the booking and reservation services": modifiers listed before
    one plural head name several things."""
    if start + 1 < len(words) and words[start + 1].lower() in ("and", "or") and not words[start].endswith(","):
        run = _noun_run(words[start + 2 :])
        return bool(run) and _several(run) and len(run) <= 2
    if not words[start].endswith(","):
        return False
    for index in range(start + 1, min(len(words) - 1, start + 6)):
        if words[index].lower() in ("and", "or"):
            run = _noun_run(words[index + 1 :])
            return bool(run) and _several(run)
    return False


def _several(phrase: list[str]) -> bool:
    """Whether a noun phrase names several things: its last word is plural ("junior engineers", "PSD2 APIs")."""
    head = phrase[-1].lower().strip(",.;:'")
    irregular = head in _IRREGULAR_PLURALS
    return irregular or (
        len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "sis")) and head not in NOT_PLURAL
    )


_IRREGULAR_PLURALS = frozenset({"people", "children", "men", "women", "data", "media", "criteria", "staff"})


def _noun_run(words: list[str]) -> list[str]:
    """The words of the noun phrase that opens `words`, up to a function word, a pronoun, a bracket or a comma."""
    run: list[str] = []
    for word in words[:7]:
        core = word.lower().strip(",.;:")
        if not core or core in FUNCTION_WORDS or core in _PRONOUNS or word.startswith("("):
            break
        if run and (core in _CLAUSE_VERBS or (core.endswith("ly") and len(core) > 4 and core not in _LY_NOUNS)):
            break  # "the action items actually get done": the phrase ends before its adverb or verb
        if run and _several(run) and _adjective(word) and not word.endswith(","):
            break  # "make the tasks idempotent": the adjective after a plural says what they become
        run.append(word)
        if word.endswith((",", ";", ":")):
            break
    return run


_PRONOUNS = frozenset(
    {"you", "we", "they", "i", "he", "she", "it", "you've", "we've", "they've"}
    | {"nobody", "no-one", "someone", "somebody", "everyone", "everybody", "anyone", "anybody"}
)
_CLAUSE_VERBS = frozenset(
    {"get", "gets", "got", "is", "are", "was", "were", "has", "have", "stay", "stays", "become"}
    | {"goes", "went", "came", "grew", "fell", "broke", "took", "ran", "happens", "happened"}
)
_LY_NOUNS = frozenset(
    {"supply", "assembly", "family", "reply", "anomaly", "monopoly", "rally", "ally", "italy", "july"}
)
_KEEP_THE = frozenset(
    {"same", "first", "second", "last", "next", "whole", "rest", "end", "right", "most", "best", "entire", "other"}
    | {"main", "jvm", "web", "cloud", "internet", "kernel", "command", "terminal", "browser", "way", "stack", "bar"}
    | {"odd"}
)


def _with_punctuation(written: str, replacement: str) -> str:
    core = written.rstrip(",.;:")
    return replacement + written[len(core) :]


# ---------------------------------------------------------------- the key


def _key(text: str) -> str:
    words = re.findall(r"[a-z0-9][a-z0-9+#./-]*", text.lower())
    words = [word.strip(".-/") for word in words if word not in ("a", "an", "the")]
    return " ".join(word for word in words[:MAX_KEY_WORDS] if word)


# ---------------------------------------------------------------- the rubric


@lru_cache(maxsize=1024)
def rubric(style: str, level: Level, themes: tuple[Theme, ...], notes: tuple[str, ...] = (), listed: int = 2) -> str:
    """The back of the card: what a strong answer covers, what `level` adds, and red flags (cached: a
    few hundred rubrics serve a whole build, and the cards share their text). When it is too long for a
    card, the most generic lines go first: the style's own red flags, then a second theme's line, the
    theme's second line, a second note."""
    label = level.label
    group = style if style in COVERS else SITUATIONAL
    theme_lines = _theme_lines(themes, listed)
    covers = [*COVERS[group], *notes, *theme_lines]
    theme_flag = [themes[0].flag] if themes else []
    flags = list(dict.fromkeys([*FLAGS[group], *theme_flag, LEVEL_FLAGS[group][label]]))
    spare = [
        *(("flag", line) for line in reversed(FLAGS[group][1:])),
        *(("cover", line) for line in reversed(theme_lines[1:])),
        *(("cover", line) for line in reversed(notes[1:])),
    ]
    level_lines = list(LEVEL_COVERS[group][label])
    wanted = list(covers)
    dropped: list[str] = []
    while len(_back(covers, label, level_lines, flags)) > MAX_ANSWER_CHARS:
        if spare:
            kind, line = spare.pop(0)
            lines = flags if kind == "flag" else covers
            if line in lines:
                lines.remove(line)
                if kind == "cover":
                    dropped.append(line)
        else:
            dropped.append(covers.pop())
    for line in reversed(dropped):  # a line dropped before a later one had to go too may fit again
        kept = [wanted_line for wanted_line in wanted if wanted_line in covers or wanted_line == line]
        if len(_back(kept, label, level_lines, flags)) <= MAX_ANSWER_CHARS:
            covers = kept
    return _back(covers, label, level_lines, flags)


def _back(covers: list[str], label: str, level_lines: list[str], flags: list[str]) -> str:
    return "\n".join(
        ["A strong answer covers:"]
        + [f"- {line}" for line in covers]
        + [f"At {label} level, also:"]
        + [f"- {line}" for line in level_lines]
        + ["Red flags:"]
        + [f"- {line}" for line in flags]
    )


def _theme_lines(themes: tuple[Theme, ...], listed: int) -> list[str]:
    """The first theme's two lines and the second theme's first; for a bullet listing duties of more kinds, the
    first line of each in the list's order, then the first theme's second (the first to go when space runs out)."""
    if not themes:
        return []
    if listed <= 2:
        return [*themes[0].covers, *themes[1].covers[:1]] if len(themes) > 1 else [*themes[0].covers]
    return [*(theme.covers[0] for theme in themes[:listed]), themes[0].covers[1]]


# ---------------------------------------------------------------- checking a prompt

_ALLOWED = re.compile(r"^[A-Za-z0-9À-ɏ .,:;'\"()/&+#%?!$€£—–_-]+$")
_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
_DANGLING = re.compile(r"\b(?:the|a|an|and|or|your|their|its)\s*[,.;:?—]", re.IGNORECASE)


def well_formed(prompt: str) -> bool:
    """Whether `prompt` is a question prep will put on a card: one question mark, at the end, plain words.

    No employer pronouns, no ellipsis, no doubled words, balanced brackets and quotes, no articles
    or conjunctions left dangling before punctuation, and at most `MAX_PROMPT_CHARS` characters.
    """
    if not 20 <= len(prompt) <= MAX_PROMPT_CHARS:
        return False
    if not prompt.endswith("?") or prompt.count("?") != 1 or not prompt[:1].isupper():
        return False
    if "…" in prompt or ".." in prompt or not _ALLOWED.match(prompt):
        return False
    if EMPLOYER.search(prompt) or _DOUBLED.search(prompt) or _DANGLING.search(prompt):
        return False
    if prompt.count("(") != prompt.count(")") or prompt.count('"') % 2 or "()" in prompt:
        return False
    if re.search(r"\s[,;:?]|\s\.(?!\w)|[,;:]{2}|,\.|\.,|  |\betc\b|\be\.g\b|\bi\.e\b", prompt):
        return False
    return all(len(word) <= 40 for word in prompt.split())
