"""Reading a posting's bullet: cleaned of bullets, links and asides, then parsed into what it asks for.

A bullet is a verb phrase (`Action`: "Design, build and run Go services ..."), a subject known or worked with
(`Topic`: "Kafka", "relational data modelling"), or a soft skill (`SoftBullet`: "Strong communication"). Years,
degrees, logistics and fluff are recognised here (`excluded_line`) so no question is written from them; how the
question is then written is `interview`'s business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from prep.core.builder.interview_words import (
    ADVERBS,
    AMBIGUOUS,
    DEGREE,
    EMPLOYER,
    FLUFF,
    FLUFF_ADJECTIVES,
    FUNCTION_WORDS,
    GENERIC,
    GENERIC_EXPERIENCE,
    GERUNDS,
    LANGUAGES,
    LOGISTICS,
    MASS_NOUNS,
    MONEY,
    NOT_PLURAL,
    PARTICIPLES,
    PREPOSITIONS,
    SOFT_SKILLS,
    TENURE,
    THIRDS,
    VERBS,
    YEARS,
    Soft,
    Theme,
)
from prep.core.builder.keywords import KeywordIndex
from prep.core.builder.levels import has_role_noun
from prep.core.builder.skills import scan

MAX_BULLET_CHARS = 600


# ---------------------------------------------------------------- what a bullet is


@dataclass(slots=True)
class Action:
    """A verb phrase: "design, build and run" + "Go services that handle ..."."""

    verbs: list[tuple[str, str]]
    """(separator written before the verb, base form): [("", "design"), (", ", "build"), (" and ", "run")]."""
    words: list[str]
    form: str
    """How the bullet wrote its verbs: "base", "gerund", "participle" or "third"."""
    source: str = "duty"
    """ "duty" (something the job does), "experience" (something done before), "ability", "trait"."""
    adverb: str = ""


@dataclass(slots=True)
class Topic:
    """Knowledge of something ("relational data modelling"), or a tool worked with ("Kafka")."""

    text: str
    tool: bool = False
    place: str = "with"
    """How the bullet joined it to "experience": "with Kafka" or "in fintech"."""
    bare: bool = False
    """A requirement written as a noun phrase alone ("Load testing and capacity planning"): asked only with a
    question of its theme that touches what it names."""


@dataclass(slots=True)
class SoftBullet:
    soft: Soft
    themes: list[Theme] = field(default_factory=list)


Parsed = Action | Topic | SoftBullet


# ---------------------------------------------------------------- cleaning

_BULLET = re.compile(r"^\s*(?:[-*•·▪◦‣●○■□➤►✓✔>]+|\(?\d{1,3}[.)]|\(?[a-hA-H][.)](?=\s)|\[[ xX]?\])\s*")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"\*\*|__|`|(?<!\w)\*(?=\w)|(?<=\w)\*(?!\w)")
_SPACES = re.compile(r"\s+")
_CLOCK = re.compile(r"\b([ap])\.m\.?(?=\s|$|[,;)])")
_AT_LEAST_ONE = re.compile(r"\bat least one\b(?! of\b)", re.IGNORECASE)
_NICE_PREFIX = re.compile(
    r"^(?:nice[- ]to[- ]haves?|bonus(?: points)?|extra points|plus|preferred|desired|desirable|"
    r"required|requirements?|must[- ]haves?|essential|optional|good to have)\s*[:\-–—]\s*",
    re.IGNORECASE,
)
_BONUS_IF = re.compile(r"^(?:bonus|extra points|brownie points|it's a plus|a plus|even better)\s+if\s+", re.IGNORECASE)
_BONUS_AFTER = re.compile(r"\s*(?:[—–(;]|,|\s-)\s*(?:bonus|extra points|even better|a plus)\s+if\b.*$", re.IGNORECASE)
"""An aside that raises the bar ("Hypothesis — bonus if you've used it to find a real bug"): the topic is before it."""
_NICE_SUFFIX = re.compile(
    r",?\s+(?:(?:is|are|would be|will be)\s+)?(?:an?\s+(?:big\s+|huge\s+|strong\s+|real\s+)?(?:plus|bonus|advantage)|"
    r"(?:highly\s+)?(?:preferred|desirable|desired|beneficial|nice to have|welcome|appreciated|a plus))$",
    re.IGNORECASE,
)
_REASON = re.compile(r",?\s+(?:because|since|which means)\s.*$|,\s+(?:even\s+)?(?:though|although)\s.*$", re.IGNORECASE)
"""Why the employer wants it ("..., because matchmaking wait time is a number players feel") or a concession
("..., though most of our edge runs on bare metal"): not the question."""
_NOT_REQUIRED = re.compile(
    r",?\s+(?:although|though|but)\s+(?:it\s+|this\s+)?(?:(?:isn't|is not|aren't|are not)\s+"
    r"(?:really\s+|absolutely\s+|strictly\s+)?|(?:really\s+|absolutely\s+|strictly\s+)?not\s+)"
    r"(?:required|necessary|a must|essential)\b.*$|,?\s+(?:but\s+)?not a (?:requirement|must)\b.*$",
    re.IGNORECASE,
)
_COMFORT_TAIL = re.compile(
    r",\s+and\s+(?:a\s+)?(?:comfort|confidence|ease|fluency)\b.*$|"
    r",\s+(?:and|or|but)\s+you(?:(?:'|’)(?:re|d|ll|ve)|\s+(?:are|would|will|have|can))\b.*$|"
    r",\s+who\s+(?:will|'ll|’ll|are happy to|are there to)\s.*$",
    re.IGNORECASE,
)
"""A feeling tacked on after the skill ("Experience with Prometheus, and comfort writing PromQL"), or a second
requirement addressed to the candidate (", and you're happy to give and receive code review"), or what the
team promises (", who will set aside time to mentor you"): the skill is the
question; the tail would not read as part of it."""
_PREFERENCE = re.compile(r",\s*(?:ideally|preferably|optionally|if possible|even better)\s*,\s*", re.IGNORECASE)
"""A wish set off by commas inside the requirement ("REST API design and, ideally, OpenAPI"): the requirement
reads on without it."""
_ROTA = re.compile(r"\ba (?:1|one)[- ]in[- ](?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?=on[- ]?call)", re.I)
"""How often this employer's on-call comes round ("a 1-in-6 on-call rotation"): a term of the job, not the work."""
_NICE_PAREN = re.compile(
    r"\s*\((?:nice to have|bonus|a plus|plus|preferred|optional|desirable|ideally)\)", re.IGNORECASE
)


def clean_bullet(text: str) -> str | None:
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_BULLET_CHARS * 2:
        return None
    line = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("\u00a0", " ")
    if not line.isprintable():
        line = "".join(char if char.isprintable() else " " for char in line)
    line = _LINK.sub(r"\1", line)
    line = _CLOCK.sub(r"\1m", line)
    line = _AT_LEAST_ONE.sub("a", line)
    if "*" in line or "_" in line or "`" in line:  # what every alternative of `_MARKUP` holds
        line = _MARKUP.sub("", line)
    line = " ".join(line.split())  # `_SPACES` to one space, stripped
    for _ in range(3):
        line = _BULLET.sub("", line, count=1).strip()
    line = _first_sentence(line)
    line = _PLANNED.sub("", line)
    line = _NICE_PREFIX.sub("", line).strip()
    line = _BONUS_IF.sub("", line).strip()
    line = _NICE_PAREN.sub("", _NOT_REQUIRED.sub("", _REASON.sub("", _COMFORT_TAIL.sub("", line))))
    line = _PREFERENCE.sub(" ", line)
    line = _ROTA.sub("an ", line)
    line = line.rstrip(" .;:,!").strip()
    line = _NICE_SUFFIX.sub("", line).strip().rstrip(" .;:,!")
    line = _BONUS_AFTER.sub("", line).strip()
    if not line or len(line) > MAX_BULLET_CHARS or "?" in line:
        return None
    letters = [char for char in line if char.isalpha()]
    if len(letters) < 2:
        return None
    if len(letters) >= 8 and sum(char.isupper() for char in letters) * 10 >= len(letters) * 7:
        return None  # shouting: the words' case says nothing about which are names
    return _untitle(line)


_PLANNED = re.compile(
    r",?\s+(?:(?:this|next) (?:year|quarter|half|month)|by (?:the )?end of (?:the |this |next )?(?:year|quarter)|"
    r"over the (?:next|coming) (?:\w+ )?(?:weeks|months|years|quarters)|(?:in|by) (?:Q[1-4]|20\d\d)|today(?![’'])|"
    r"right now|at the moment)\b",
    re.IGNORECASE,
)
"""When the employer plans the work ("grow the team to 10 this year"): a question about the candidate's past
would put the plan in it."""
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)])\. (?=[A-Z])")
_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "etc", "vs", "incl", "approx", "inc", "ltd", "co", "dr", "mr", "ms", "st", "no"}
)


def _first_sentence(line: str) -> str:
    """A bullet's first sentence: "Keep an eye on cost. Dedicated servers are expensive" asks about cost; the
    sentences after it explain the employer's situation and make no question."""
    for match in _SENTENCE_END.finditer(line):
        before = line[: match.start()].split()
        if before and before[-1].lower().strip("(") not in _ABBREVIATIONS:
            return line[: match.start()]
    return line


def _untitle(line: str) -> str:
    """ "Design And Build Scalable APIs" → "Design and build scalable APIs" (names and acronyms kept)."""
    words = line.split()
    lettered = [
        word
        for word in words[1:]
        if word[:1].isalpha()
        and word.lower() not in FUNCTION_WORDS
        and not word.isupper()
        and not any(char.isupper() for char in word.strip(",.;:()")[1:])
    ]
    if len(lettered) < 4 or sum(word[:1].isupper() for word in lettered) * 10 < len(lettered) * 8:
        return line
    first, _, rest = line.partition(" ")
    return f"{first} {lower_start(rest)}"


_EXCLUDING = (DEGREE, MONEY, LOGISTICS, FLUFF, YEARS, TENURE)
_EXCLUDED_INDEX = KeywordIndex(_EXCLUDING)


def excluded_line(line: str, role: str) -> bool:
    """Degrees, logistics, benefits, fluff, years of experience and portfolios make no interview question."""
    candidates = _EXCLUDED_INDEX.starts(line)
    if any(
        pattern.search(line, candidates[number]) for number, pattern in enumerate(_EXCLUDING) if number in candidates
    ):
        return True
    if role:
        named = role.strip().lower()
        if named and len(named) > 3 and named in line.lower() and len(line.split()) <= len(role.split()) + 5:
            return True
    lowered = line.lower()
    return bool(re.search(r"\b(?:as an?|similar role|in a similar)\b", lowered)) and bool(
        re.search(r"\b(?:developer|engineer|role|position|programmer)s?\b", lowered)
    )


# ---------------------------------------------------------------- parsing

_PAREN = re.compile(r"\s*\(([^()]*)\)")
_EXAMPLES = re.compile(
    r"^(?:e\.?g\.?|eg|for example|for instance|such as|like|incl(?:uding|\.)?)[,:]?\s+", re.IGNORECASE
)
_INLINE_EG = re.compile(r",?\s+(?:e\.g\.?|eg\.|for example|for instance),?\s+", re.IGNORECASE)
_INLINE_IE = re.compile(r",?\s+(?:i\.e\.?|ie\.|that is),?\s+.*$", re.IGNORECASE)
_ETC = re.compile(r",?\s+(?:etc\.?|and so on|and more|and the like)(?=$|[,;)])", re.IGNORECASE)
_OR_SIMILAR = re.compile(
    r",?\s+(?:or|and/or|and)\s+(?:similar|equivalent|comparable|the like|others|alternatives|"
    r"other (?:similar |comparable |modern |major )?(?:tools|technologies|languages|frameworks|platforms|"
    r"databases|systems|providers|brokers))(?=$|[,;)])",
    re.IGNORECASE,
)
_LIKE = re.compile(r"\b(?!looks\b|feels\b|sounds\b|seems\b)([a-z]+s) like\b")
DASH_SPLIT = re.compile(r"\s+[—–-]\s+|\s*;\s*")


_LEAD_SKILL = re.compile(
    r"^(?:(?:strong|solid|good|deep|proven|excellent|working|some|basic)\s+)?([^,;:—–()]{2,40}?)"
    r"(?:,\s+(?:including|with|especially)\b|\s+[—–]\s|;|:|$)",
    re.IGNORECASE,
)
"""The skill a requirement opens with, before what it adds ("JavaScript or TypeScript, including how ...")."""


def parse_bullet(line: str) -> Parsed | None:
    candidates = []
    label, colon, content = line.partition(": ")
    if colon and len(label.split()) <= 4 and len(content.split()) >= 2:
        candidates.append(content)
    candidates.append(line)
    if colon and len(label.split()) <= 3 and scan(label, named_only=True):
        candidates.append(label)  # "Git: branches, commits and pull requests": a question on Git
    lead = _LEAD_SKILL.match(line)
    if lead and scan(lead.group(1), named_only=True):
        candidates.append(lead.group(1))  # "Strong Python — we use Django ...": a question on Python
    for candidate in candidates:
        parsed = _parse_text(candidate)
        if parsed is not None:
            return parsed
    return None


def _parse_text(text: str) -> Parsed | None:
    parts = [part.strip() for part in DASH_SPLIT.split(text) if part.strip()]
    if not parts:
        return None
    text = parts[0]
    if len(parts) > 1 and len(text.split()) <= 3 and not scan(text, named_only=True):
        text = parts[1]  # "Testing — you write tests ..." : a label before the dash ("Strong Python — ..." is not)
    if ": " in text:
        head = text.split(": ", 1)[0]
        if len(head.split()) >= 3:
            text = head
    tidied = tidy_examples(_GENERIC_LANGUAGE.sub(_named_languages, text))
    if tidied is None:
        return None
    return _shape(tidied)


def tidy_examples(text: str) -> str | None:
    """Parentheses, "e.g.", "i.e.", "etc." and "or similar" resolved into plain words (or dropped)."""

    def paren(match: re.Match[str]) -> str:
        inside = match.group(1).strip()
        before = text[: match.start()].split()
        examples = _EXAMPLES.match(inside)
        if examples:
            listed = list_or(inside[examples.end() :].strip().rstrip(".,"))
            if listed and before and before[-1].lower().endswith("s"):
                return f" such as {listed}"
            return f" ({listed})" if listed and names_only(listed) else ""
        if inside and names_only(inside) and len(inside.split()) <= 5:
            if "," in inside and before and before[-1].islower() and before[-1].endswith("s"):
                return f" such as {list_or(inside)}"
            return f" ({inside})"
        return ""  # prose in brackets ("(we run PostgreSQL)", "(one week in seven)") adds no question

    if not _ANY_ONE.search(_IDEALLY_NAMED.sub(",", text)):  # "SQL and one language, ideally Python" names SQL
        text = _IDEALLY_NAMED.sub(" such as ", text)
    text = _PAREN.sub(paren, text)
    opened = text.rfind("(")
    if opened > 0 and ")" not in text[opened:]:
        text = text[:opened]  # "Kubernetes in production (not just kubectl apply": an aside a dash cut short
    if text.count("(") != text.count(")") or "(" in _PAREN.sub("", text):
        text = text.replace("(", " ").replace(")", " ")
    text = _INLINE_IE.sub("", text)
    text = _INLINE_EG.sub(" such as ", text)
    before = text
    text = _ETC.sub("", text)
    text = _OR_SIMILAR.sub("", text)
    if text != before:
        text = _after_such_as(text)
    text = _LIKE.sub(r"\1 such as", text)
    text = text.replace(" & ", " and ").replace(" w/ ", " with ")
    text = _SPACES.sub(" ", text).strip(" ,;:")
    return text or None


_IDEALLY_NAMED = re.compile(r",?\s+(?:ideally|preferably)\s+(?=[A-Z][\w.+#-]*$)")
"""A preferred tool named last ("Infrastructure as code, ideally Terraform"): an example, not a hedge."""


def names_only(text: str) -> bool:
    """ "Kafka, RabbitMQ", "Node.js", "CI/CD": every word a name, not prose."""
    words = [word.strip(",") for word in text.split() if word.strip(",")]
    if not words:
        return False
    for word in words:
        if word.lower() in ("and", "or"):
            continue
        if not (word[:1].isupper() or word[:1].isdigit() or any(char.isupper() for char in word) or scan(word)):
            return False
        if EMPLOYER.search(word):
            return False
    return True


def list_or(listed: str) -> str:
    """ "A, B, C" → "A, B or C" (a list with no conjunction left after "etc." went)."""
    listed = listed.strip().rstrip(",")
    if "," in listed and not re.search(r"\b(?:and|or)\b", listed):
        head, _, last = listed.rpartition(",")
        return f"{head.strip()} or {last.strip()}"
    return listed


def _after_such_as(text: str) -> str:
    """The list after "such as" (or a short list on its own) given its "or" back."""
    marker = text.lower().rfind("such as ")
    if marker < 0:
        return list_or(text) if text.count(",") >= 1 and len(text.split()) <= 8 else text
    start = marker + len("such as ")
    clause = _NEXT_CLAUSE.search(text, start)  # "such as Celery, RQ, and an understanding of ...": the list ends
    end = clause.start() if clause else len(text)
    return text[:start] + list_or(text[start:end]) + text[end:]


_NEXT_CLAUSE = re.compile(r",?\s+(?:and|or|plus)\s+(?:an?|the|some|good|solid|strong)\s", re.IGNORECASE)


# Preambles, most specific first. Each maps to a rewrite of the rest of the bullet.
_AS_A = re.compile(r"^(?:as (?:a|an|the|our) [^,]{1,60},\s*|in this role,?\s*|day to day,?\s*|every day,?\s*)", re.I)
_YOU_WILL = re.compile(
    r"^(?:you will|you'll|you would|you'd|you get to|you'll get to|you will get to|you can expect to|"
    r"we'll ask you to|we will ask you to|we expect you to|we need you to|we'd like you to|we want you to|"
    r"expect to|you're expected to|you are expected to)\s+(?:also\s+)?",
    re.I,
)
_YOU_ARE = re.compile(
    r"^(?:you are|you're|you will be|you'll be|you (?:should|must|need to|will need to|'ll need to) be|be|are)\s+", re.I
)
_YOU_HAVE = re.compile(
    r"^(?:you have|you've|you've got|you have got|you bring|you possess|you (?:should|must) (?:have|bring)|bring|have|"
    r"has|possess)\s+",
    re.I,
)
_YOU = re.compile(r"^you\s+", re.I)
_LOOKING_FOR = re.compile(
    r"^(?:(?:we are|we're) looking for|looking for|we want|we'd love|we would love|ideally,? you are|ideally)\s+"
    r"(?:someone|a person|an engineer|a developer|people|engineers|you)\s+",
    re.I,
)
_SOMEONE = re.compile(r"^(?:someone|a person|an engineer|a developer|people|engineers|a teammate)\s+", re.I)
_WHO = re.compile(r"^(?:who|that)\s+", re.I)
_PERSON_WHO = re.compile(
    r"^(?:(?:you are|you're)\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:communicator|engineer|developer|person|teammate|"
    r"collaborator|problem[- ]solver|listener|writer|mentor|learner|builder|owner)\s+(?:who|that)\s+",
    re.I,
)
_WITH = re.compile(r"^with\s+", re.I)
_RESPONSIBLE = re.compile(
    r"^(?:be |being |are |you are |you're |you'll be |you will be )?"
    r"(?:(?:fully |directly )?(?:responsible|accountable) for|in charge of|"
    r"take ownership of|taking ownership of|ownership of)\s+",
    re.I,
)
_LIKES = re.compile(
    r"^(?:enjoys?|loves?|likes?|relish(?:es)?|"
    r"(?:are |is )?(?:happy|keen|eager|excited|motivated|willing|ready) (?:to|about))\s+",
    re.I,
)
_ABLE = re.compile(
    r"^(?:(?:the |a |an |proven |demonstrated |strong |excellent |good )*"
    r"(?:ability|able|capacity|capable)\s+(?:to|of)|can|could)\s+",
    re.I,
)
_HABIT_OF = re.compile(
    r"^(?:(?:a|an|the|proven|demonstrated|demonstrable|strong|solid|clear|good|excellent|established)\s+)*"
    r"(?:habit|history|track record|record|reputation|culture|evidence|examples?) of\s+",
    re.I,
)
_QUALITY = frozenset(
    {
        "a",
        "an",
        "the",
        "strong",
        "solid",
        "deep",
        "good",
        "great",
        "excellent",
        "proven",
        "demonstrated",
        "demonstrable",
        "hands-on",
        "practical",
        "working",
        "extensive",
        "some",
        "basic",
        "in-depth",
        "thorough",
        "commercial",
        "professional",
        "production",
        "real-world",
        "significant",
        "previous",
        "prior",
        "relevant",
        "any",
        "sound",
        "firm",
        "broad",
        "wide",
        "expert",
        "advanced",
        "fundamental",
        "general",
        "exceptional",
        "outstanding",
        "very",
        "genuine",
        "practised",
        "practiced",
        "clear",
        "confident",
        "keen",
        "recent",
        "considerable",
        "substantial",
        "proficient-level",
        "expert-level",
        "intermediate",
        "decent",
        "reasonable",
        "high",
        "rock-solid",
        "real",
        "everyday",
        "daily",
        "regular",
        "day-to-day",
    }
)
QUALIFIERS = _QUALITY - {"a", "an", "the"}
"""The qualities a requirement asks for ("strong", "solid"), without its articles."""
_KNOWLEDGE_NOUNS = frozenset(
    {
        "knowledge",
        "understanding",
        "grasp",
        "command",
        "familiarity",
        "grounding",
        "foundation",
        "foundations",
        "expertise",
        "proficiency",
        "fluency",
        "mastery",
        "awareness",
        "exposure",
        "appreciation",
        "background",
        "know-how",
        "competence",
        "competency",
        "literacy",
        "skills",
        "skill",
        "comfort",
        "interest",
        "insight",
        "use",
    }
)
_KNOWLEDGE_ADJECTIVES = frozenset(
    {
        "proficient",
        "fluent",
        "skilled",
        "familiar",
        "comfortable",
        "conversant",
        "versed",
        "well-versed",
        "competent",
        "confident",
        "knowledgeable",
        "strong",
        "expert",
        "practised",
        "practiced",
        "adept",
        "grounded",
        "at home",
        "up to speed",
    }
)
_EXPERIENCE_NOUNS = frozenset({"experience", "experiences"})
_SOFT_NOUNS = re.compile(
    r"\b(?:skills?|abilities|ability|mindset|attitude|communicator|collaborator|teammate|team member|"
    r"problem[- ]solver|listener|writer|learner|thinker|person|engineer|developer|individual)\b",
    re.I,
)
_PRONOUN_STARTS = frozenset({"it", "they", "this", "these", "that", "those", "there", "he", "she", "i"})
_TOPIC_GENERIC = frozenset(
    {
        "practices",
        "principles",
        "fundamentals",
        "concepts",
        "methodologies",
        "methods",
        "techniques",
        "tools",
        "technologies",
        "frameworks",
        "languages",
        "platforms",
        "basics",
        "patterns",
        "standards",
        "paradigms",
        "approaches",
        "skills",
        "stack",
        "stacks",
        "one",
        "least",
        "modern",
        "best",
        "core",
        "common",
        "popular",
        "major",
        "key",
        "main",
        "of",
    }
)


_HEDGE = re.compile(r"^(you(?:(?:'|’)(?:ve|re|ll))?) (?:probably|likely|ideally|already|also|certainly) ", re.I)
"""A hedge after "you" ("You probably have ...") that says nothing about what is asked."""


def _shape(text: str) -> Parsed | None:
    """Which shape the bullet has: a verb phrase, a topic known or used, or a soft skill."""
    text = _HEDGE.sub(r"\1 ", _AS_A.sub("", text).strip())
    lowered = text.lower()
    if lowered.startswith(("we ", "we're ", "we've ", "our ", "us ", "help us grow", "let's ")):
        looking = _LOOKING_FOR.match(text)
        if not looking:
            return None
        return _someone(text[looking.end() :])
    responsible = _RESPONSIBLE.match(text)
    if responsible:
        return _responsible(text[responsible.end() :])
    will = _YOU_WILL.match(text)
    if will:
        return _after_you(text[will.end() :], "duty")
    are = _YOU_ARE.match(text)
    if are and lowered.startswith(("you", "be ", "are ")):
        return _being(text[are.end() :], lowered.startswith("you"))
    have = _YOU_HAVE.match(text)
    if have:
        return _having(text[have.end() :])
    if _SOMEONE.match(text):
        return _someone(text[_SOMEONE.match(text).end() :])  # type: ignore[union-attr]
    you = _YOU.match(text)
    if you:
        return _after_you(text[you.end() :], "duty")
    verbal = _verbal(text)
    if verbal is not None:
        return _action(verbal, "duty", ("base",))
    return _bare(text)


NOMINAL = {
    "design": "design",
    "implementation": "implement",
    "development": "develop",
    "integration": "integrate",
    "operation": "operate",
    "maintenance": "maintain",
    "migration": "migrate",
    "optimisation": "optimise",
    "optimization": "optimize",
    "automation": "automate",
    "creation": "create",
    "definition": "define",
    "evolution": "evolve",
    "improvement": "improve",
    "management": "manage",
    "monitoring": "monitor",
    "support": "support",
    "analysis": "analyse",
    "documentation": "document",
    "planning": "plan",
    "coordination": "coordinate",
    "review": "review",
    "testing": "test",
    "delivery": "deliver",
    "deployment": "deploy",
    "modernisation": "modernise",
    "modernization": "modernize",
    "refactoring": "refactor",
    "execution": "execute",
    "introduction": "introduce",
    "enhancement": "enhance",
    "extension": "extend",
    "hardening": "harden",
    "mentoring": "mentor",
    "participation": "participate",
}
"""Duties written as nouns ("Design and implementation of ...") and the verbs they stand for."""
_NOMINAL_LEADS = frozenset({"further", "continuous", "ongoing", "active", "technical", "independent", "hands-on"})
_NOMINAL_DUTY = re.compile(
    rf"^(?:(?:{'|'.join(sorted(_NOMINAL_LEADS))})\s+)?"
    r"([a-z]+)(?:(?:,\s*|,?\s+and\s+|\s*&\s*)([a-z]+))?(?:,?\s+and\s+([a-z]+))?\s+(of|in)\s+(\S.*)$",
    re.IGNORECASE,
)


def _verbal(text: str) -> str | None:
    """ "Design and implementation of scalable services" → "design and implement scalable services";
    "Active participation in architecture decisions" → "participate in architecture decisions"."""
    match = _NOMINAL_DUTY.match(text)
    if match is None:
        return None
    nouns = [noun.lower() for noun in match.group(1, 2, 3) if noun]
    if not all(noun in NOMINAL for noun in nouns) or (match.group(4).lower() == "in") != (nouns == ["participation"]):
        return None
    verbs = [NOMINAL[noun] for noun in nouns]
    listed = verbs[0] if len(verbs) == 1 else f"{', '.join(verbs[:-1])} and {verbs[-1]}"
    joined = " in " if nouns == ["participation"] else " "
    return f"{listed}{joined}{match.group(5)}"


def _after_you(rest: str, source: str) -> Parsed | None:
    rest = rest.strip()
    responsible = _RESPONSIBLE.match(rest)
    if responsible:
        return _responsible(rest[responsible.end() :])
    are = _YOU_ARE.match(rest)
    if are and rest.lower().startswith("be "):
        return _being(rest[are.end() :], True)
    if rest.lower().startswith(("have ", "bring ")):
        return _having(rest.split(" ", 1)[1])
    around = re.match(r"^(?:know|knows) (?:your|their) way around\s+|^(?:understand|know)\s+(?!how to\b)", rest, re.I)
    if around:
        return _topic(rest[around.end() :])  # "you understand how OAuth works": knowledge, not something done
    able = _ABLE.match(rest) or re.match(r"^know how to\s+", rest, re.I)
    if able:
        return _action(rest[able.end() :], "ability", ("base",))
    return _action(rest, source, ("base", "gerund"))


def _being(rest: str, you: bool) -> Parsed | None:
    """After "you're" / "be": a gerund ("be designing"), knowledge ("fluent in"), a trait or "someone who"."""
    rest = rest.strip()
    words = rest.split()
    if not words:
        return None
    first = words[0].lower()
    if first in GERUNDS:
        return _action(rest, "duty", ("gerund",))
    if _SOMEONE.match(rest):
        return _someone(rest[_SOMEONE.match(rest).end() :])  # type: ignore[union-attr]
    qualified = _qualification(rest)
    if qualified is not None:
        return qualified
    if first in ("a", "an", "the", "part", "on") or first in PREPOSITIONS:
        # "be the technical owner of ...", "be part of the on-call rotation", "be on call"
        return _action("be " + rest, "duty" if not you else "trait", ("base",))
    return None


def _having(rest: str) -> Parsed | None:
    """After "you have" / "have": a participle ("have written ...") or a noun phrase ("have experience with ...")."""
    rest = rest.strip()
    words = rest.split()
    if not words:
        return None
    if words[0].lower() in PARTICIPLES or (words[0].lower() in ADVERBS and len(words) > 1):
        parsed = _action(rest, "experience", ("participle",))
        if parsed is not None:
            return parsed
    return _qualification(rest)


def _someone(rest: str) -> Parsed | None:
    """After "someone" / "a communicator": "who has ...", "who enjoys ...", "who can ...", "with ..."."""
    rest = rest.strip()
    who = _WHO.match(rest)
    if who:
        return _clause(rest[who.end() :])
    with_ = _WITH.match(rest)
    if with_:
        return _qualification(rest[with_.end() :])
    return None


def _clause(rest: str) -> Parsed | None:
    """A relative clause's verb phrase: "has shipped ...", "enjoys explaining ...", "can explain ...", "writes ..."."""
    rest = rest.strip()
    first = rest.split(" ", 1)[0].lower() if rest else ""
    likes = _LIKES.match(rest)
    if likes:
        return _action(rest[likes.end() :], "experience", ("gerund", "base"))
    able = _ABLE.match(rest)
    if able:
        return _action(rest[able.end() :], "experience", ("base",))
    if first in ("has", "have"):
        return _having(rest.split(" ", 1)[1] if " " in rest else "")
    if first in ("is", "are"):
        return _being(rest.split(" ", 1)[1] if " " in rest else "", False)
    if first in THIRDS:
        return _action(rest, "experience", ("third",))
    return None


def _responsible(rest: str) -> Parsed | None:
    """ "Responsible for designing ..." (a gerund) or "responsible for the reliability of ..." (own it)."""
    rest = rest.strip()
    words = rest.split()
    if not words:
        return None
    if words[0].lower() in GERUNDS:
        return _action(rest, "duty", ("gerund",))
    if words[0].lower() in ("the", "a", "an", "our", "your", "all", "every", "each", "several", "multiple", "one"):
        return _action("own " + rest, "duty", ("base",))
    return None


_OTHER_EXPERIENCE = re.compile(r",\s+or\s+(?:with|in|using|on|of)\s", re.IGNORECASE)
"""Where a requirement offers other experience instead ("breaking a monolith into services, or with GraphQL"):
the question asks about the first; one question cannot ask about both."""


def _qualification(text: str) -> Parsed | None:
    """Noun and adjective phrases: "a solid grasp of X", "experience designing X", "fluent in X", "a habit of X"."""
    text = _OTHER_EXPERIENCE.split(text.strip(), maxsplit=1)[0]
    habit = _HABIT_OF.match(text)
    if habit:
        rest = text[habit.end() :]
        if rest.split(" ", 1)[0].lower() in GERUNDS:
            return _action(rest, "experience", ("gerund",))
        return None
    able = _ABLE.match(text)
    if able:
        return _action(text[able.end() :], "ability", ("base",))
    words = text.split()
    if [word.lower() for word in words[:2]] == ["at", "home"]:
        words = ["familiar", *words[2:]]  # "at home with distributed systems": knowledge of them, not a story
    if len(words) > 2 and words[0].lower() in _KNOWLEDGE_ADJECTIVES and words[1].lower() == "using":
        named = " ".join(words[2:])
        if _tech_list(named):
            return _topic(named, tool=True, place="with")  # "Comfortable using Git": a tool worked with
    index = 0
    while index < len(words) - 1 and words[index].lower().strip(",") in _QUALITY:
        index += 1
    if index >= len(words):
        return None
    head = words[index].lower().strip(",")
    rest_words = words[index + 1 :]
    rest = " ".join(rest_words)
    following = rest_words[0].lower().rstrip(",") if rest_words else ""
    if head in _CRAFTS and following in _SKILL_TAILS and len(rest_words) > 2 and rest_words[1].lower() == "in":
        return _topic(" ".join(rest_words[2:]))  # "Strong programming skills in Go or Python": the languages
    if head in _EXPERIENCE_NOUNS:
        if following in GERUNDS and not _compound(rest_words):
            return _action(rest, "experience", ("gerund",))
        if following == "at" and len(rest_words) > 3 and rest_words[1].lower() == "scale":
            rest_words = rest_words[2:]  # "Experience at scale with Kafka": the topic is Kafka
            following = rest_words[0].lower().rstrip(",")
        if following == "at":
            return None  # "Experience at a CDN or ISP", "at scale": where or how big, a background like years
        if following in ("with", "in", "using", "of", "on", "across", "around") and len(rest_words) > 1:
            after = " ".join(rest_words[1:])
            if rest_words[1].lower() in GERUNDS and not _compound(rest_words[1:]):
                return _action(after, "experience", ("gerund",))
            return _topic(after, tool=True, place="in" if following == "in" else "with")
        return None
    if head in _KNOWLEDGE_NOUNS or head in _KNOWLEDGE_ADJECTIVES:
        if head in ("comfortable", "comfort", "confident") and following in GERUNDS and not _compound(rest_words):
            named = " ".join(rest_words[1:])
            if following in ("writing", "coding", "programming") and (languages_in(named) or _tech_list(named)):
                return _topic(named)  # "Comfort writing Python": a question on the language
            return _action(rest, "trait", ("gerund",))
        if following in GERUNDS and not _compound(rest_words):
            return _action(rest, "experience" if head in ("background", "expertise") else "ability", ("gerund",))
        if (
            following in ("of", "in", "with", "on", "around", "across", "at", "using", "for", "to")
            and len(rest_words) > 1
        ):
            after_words = rest_words[1:]
            if following == "on" and after_words[0].lower().strip(",") == "call":
                return None  # "Comfortable on call for ...": a state, not a topic called "call"
            if after_words[0].lower() in GERUNDS and not _compound(after_words):
                return _action(" ".join(after_words), "ability", ("gerund",))
            if head in ("skills", "skill", "interest", "insight") and following != "in":
                return None
            return _topic(" ".join(after_words))
        return None
    return _named_skill(words[index:])


_COMPOUND_HEADS = frozenset(
    {
        "strategies",
        "strategy",
        "frameworks",
        "framework",
        "tools",
        "tooling",
        "systems",
        "system",
        "platforms",
        "platform",
        "layers",
        "layer",
        "patterns",
        "languages",
        "language",
        "pipelines",
        "pipeline",
        "infrastructure",
        "solutions",
        "stacks",
        "stack",
        "concepts",
        "engines",
        "engine",
        "rules",
        "queues",
        "libraries",
        "library",
        "techniques",
        "practices",
        "protocols",
        "fundamentals",
        "principles",
        "approaches",
        "best",
        "and",
        "or",
    }
)
NOUN_INGS = frozenset(
    {
        "caching",
        "testing",
        "monitoring",
        "logging",
        "messaging",
        "streaming",
        "networking",
        "pricing",
        "billing",
        "tracing",
        "alerting",
        "onboarding",
        "indexing",
        "routing",
        "scheduling",
        "reporting",
        "programming",
        "processing",
        "computing",
        "hosting",
        "versioning",
        "queueing",
        "queuing",
        "load",
        "sharding",
        "partitioning",
    }
)


def _compound(words: list[str]) -> bool:
    """ "caching strategies", "testing frameworks": an -ing word that names a thing, not an action."""
    if not words or words[0].lower().rstrip(",") not in NOUN_INGS:
        return False
    following = words[1].lower().strip(",.") if len(words) > 1 else ""
    return not following or following in _COMPOUND_HEADS or words[0].endswith(",")


_CRAFTS = frozenset({"programming", "coding", "development", "engineering", "software", "scripting"})
_SKILL_TAILS = frozenset({"skills", "skill", "knowledge", "experience", "expertise", "proficiency", "background"})


def _named_skill(words: list[str]) -> Parsed | None:
    """ "Strong SQL skills", "Solid Python knowledge", "Kubernetes experience": a named skill and a noun."""
    if len(words) < 2 or words[-1].lower() not in _SKILL_TAILS:
        return None
    named = " ".join(words[:-1])
    if not _tech_list(named):
        return None
    return _topic(named, tool=words[-1].lower() == "experience")


def _bare(text: str) -> Parsed | None:
    """No preamble: an imperative, a gerund, a qualification, a soft skill or a bare list of technologies."""
    words = text.split()
    first = words[0].lower().strip(",")
    if first in _PRONOUN_STARTS:
        return None
    qualified = _qualification(text)
    if qualified is not None:
        return qualified
    second = words[1].lower().strip(",") if len(words) > 1 else ""
    if first in NOUN_INGS and len(second) > 3 and second.endswith("s") and not second.endswith("ss"):
        # "Caching strategies for ...": a subject, not "cached strategies"
        return _topic(text, start=True)
    if first in VERBS or first in GERUNDS or (first in ADVERBS and len(words) > 1):
        action = _action(text, "duty", ("base", "gerund"))
        if action is not None:
            return action
    person = _PERSON_WHO.match(text)
    if person:
        clause = _clause(text[person.end() :])
        if clause is not None:
            return clause
    soft = _soft(text)
    if soft is not None:
        return soft
    if _tech_list(text):
        return _topic(list_and(text), start=True)
    category, such, listed = text.partition(" such as ")
    if such and _tech_list(listed) and len(category.split()) <= 4:
        return _topic(text, start=True)
    return None


def list_and(listed: str) -> str:
    """ "PostgreSQL, Redis, Kafka" → "PostgreSQL, Redis and Kafka"."""
    if "," in listed and not re.search(r"\b(?:and|or)\b", listed):
        head, _, last = listed.rpartition(",")
        return f"{head.strip()} and {last.strip()}"
    return listed


def _soft(text: str) -> SoftBullet | None:
    """ "Excellent communication skills", "A clear communicator", "Curious and happy to ask questions"."""
    for soft in SOFT_SKILLS:
        if soft.pattern.search(text):
            if len(text.split()) > 14:
                return None
            return SoftBullet(soft)
    return None


def _tech_list(text: str) -> bool:
    """The whole bullet names technologies ("Go, Kafka and PostgreSQL")."""
    matches = scan(text)
    if not matches:
        return False
    covered = sum(match.end - match.start for match in matches)
    letters = sum(1 for char in text if char.isalnum())
    leftover = re.sub(r"\b(?:and|or)\b", "", text)
    for match in matches:
        leftover = leftover.replace(match.text, "")
    return covered >= letters * 0.7 or not re.search(r"[A-Za-z]{3,}", leftover)


# ---------------------------------------------------------------- verb phrases


def base_of(word: str, form: str) -> str | None:
    word = word.lower()
    if form == "base":
        return word if word in VERBS else None
    if form == "gerund":
        return GERUNDS.get(word)
    if form == "participle":
        return PARTICIPLES.get(word)
    return THIRDS.get(word)


EMPTY_HEADS = frozenset({"own"})
"""Head verbs that say who does the work, not what it is: "own the nightly batch" is not delivery work."""
_WORKING_ON = frozenset({"with", "on", "in", "across", "closely", "alongside", "together", "at", "for", "through"})
"""What follows "working" when it is a verb ("working with product", "working on the API")."""


def _action(text: str, source: str, forms: tuple[str, ...]) -> Action | None:
    words = [word for word in text.split() if word]
    if not words:
        return None
    adverb = ""
    if words[0].lower() in ADVERBS and len(words) > 1 and words[0].lower() != "then":
        adverb = words[0].lower()
        words = words[1:]
    first = words[0].lower().rstrip(",")
    form = next((candidate for candidate in forms if base_of(first.split("/")[0], candidate)), None)
    if form is None:
        return None
    if first == "working" and len(words) > 1 and words[1].lower() not in _WORKING_ON:
        return None  # "Working SQL: joins, GROUP BY", "Working knowledge of Go": an adjective, not a verb
    compound = first in _COMPOUND_HEADS_VERBS and len(words) > 1 and words[1].lower().strip(",") in _COMPOUND_TAILS
    if compound and form == "base":
        return None  # "query tuning, indexing strategies", "code review and on-call": nouns, not "queried tuning"
    verbs: list[tuple[str, str]] = []
    index = 0
    separator = ""
    while index < len(words):
        token = words[index]
        core = token.lower().rstrip(",")
        parts = core.split("/")
        bases = [base_of(part, form) for part in parts]
        if not all(bases):
            if separator:
                return None  # "Design, and ..." with no verb after the separator
            break
        for position, base in enumerate(bases):
            verbs.append((separator if position == 0 else "/", base or ""))
        index += 1
        separator = ""
        nxt = words[index].lower() if index < len(words) else ""
        if token.endswith(","):
            if nxt in ("and", "or", "&") and index + 1 < len(words) and base_of(words[index + 1].rstrip(","), form):
                separator = f", {nxt} " if nxt != "&" else ", and "
                index += 1
            elif base_of(nxt.rstrip(","), form) and not _object_like(words, index, form):
                separator = ", "
            else:
                return None  # "Build services, ..." is not how a list of verbs reads
            continue
        if nxt in ("and", "or", "&", "and/or") and index + 1 < len(words):
            candidate = words[index + 1].rstrip(",")
            if base_of(candidate, form) and not _object_like(words, index + 1, form):
                separator = f" {nxt if nxt in ('and', 'or') else 'and'} "
                index += 1
                continue
        break
    if not verbs:
        return None
    rest = words[index:]
    if verbs[-1][1] == "help":
        helped = _after_help(rest)
        if helped is None:
            return None
        rest = helped
    if rest and rest[0].lower() in ("of", "and", "or", "&", "than"):
        return None  # "Design and implementation of ..." is a noun, not a verb phrase
    if rest and rest[0].startswith((",", ";", ":")):
        return None
    if rest and _title_word(rest[0]) and has_role_noun(" ".join(rest[:3])):
        return None  # "Engineering Manager" is a job title, not "engineer" + a manager
    cleaned = _object(rest)
    if cleaned is None:
        return None
    action = Action(verbs, cleaned, form, source, adverb)
    if not _specific(action):
        return None
    return action


_COMPOUND_TAILS = frozenset(
    {"tuning", "testing", "planning", "review", "reviews", "management", "response", "quality", "modelling"}
    | {"modeling", "optimisation", "optimization", "automation", "hygiene", "ownership", "governance"}
)
"""Nouns that make the word before them a noun too: "query tuning", "code review", "load testing"."""
_COMPOUND_HEADS_VERBS = frozenset(
    {"query", "code", "load", "capacity", "release", "change", "test", "process", "cost", "schema", "stress"}
    | {"access", "design", "contract", "regression", "smoke", "canary", "dependency", "vendor", "risk", "model"}
)
"""Words that are verbs too but, before one of those nouns, name a kind of work ("query tuning", not "queried
tuning"; "own testing" stays a verb phrase)."""


def _title_word(word: str) -> bool:
    core = word.strip(",.;:()\"'")
    return (
        core[:1].isupper() and not core.isupper() and not any(char.isupper() for char in core[1:]) and not is_name(core)
    )


def _object_like(words: list[str], index: int, form: str) -> bool:
    """Whether the verb-looking word at `index` is really a noun ("test" in "Build and test suites")."""
    word = words[index].lower().rstrip(",")
    base = base_of(word, form)
    if base is None:
        return True
    if form == "base" and base in AMBIGUOUS:
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        after = words[index + 2].lower().rstrip(",") if index + 2 < len(words) else ""
        if following in ("and", "or") and after in VERBS and after not in AMBIGUOUS:
            return False  # "Lead, coach and grow a team": a list of verbs
        return following in ("of", "and", "or") and base not in ("build", "run", "design", "test", "review", "lead")
    return False


def _after_help(rest: list[str]) -> list[str] | None:
    """ "Help us carve ..." → "help carve ...": the employer dropped, the helped verb kept."""
    words = list(rest)
    if words and words[0].lower().rstrip(",") in ("us", "the", "our"):
        if words[0].lower() == "us":
            words = words[1:]
        elif len(words) > 1 and words[1].lower() in ("team", "company", "business"):
            words = words[2:]
    if words and words[0].lower() == "to":
        words = words[1:]
    if not words:
        return None
    if words[0].lower() in VERBS:
        return words
    if rest and rest[0].lower() == "us":
        return None  # "Help us with ..." has nothing left to ask about
    return list(rest)


def _specific(action: Action) -> bool:
    """Something an interviewer can ask about: not "Work on various projects"."""
    content = [
        word.lower().strip(",.;:")
        for word in action.words
        if word.lower().strip(",.;:") not in FUNCTION_WORDS and word.lower().strip(",.;:") not in GENERIC
    ]
    if action.verbs[0][1] in ("work", "be", "do", "help", "get", "make", "have") and len(content) < 1:
        return False
    if len(action.words) > 60 or _only_the_stack(action):
        return False
    return bool(content) or action.verbs[0][1] in ("debug", "mentor", "refactor", "deploy")


_STACK_VERBS = frozenset({"work", "code", "program", "develop", "write", "use"})
_MOSTLY = frozenset({"mostly", "mainly", "primarily", "largely", "chiefly", "daily"})


def _only_the_stack(action: Action) -> bool:
    """ "Work mostly in Python and Django": the stack, which the library's cards on those skills ask about."""
    if action.verbs[0][1] not in _STACK_VERBS:
        return False
    if action.words and action.words[0].lower() in _MOSTLY:
        return True  # "write mostly Go, some SQL, and the occasional bash script": what the days are spent in
    words = [word for word in action.words if word.lower() not in ADVERBS and word.lower() not in _MOSTLY]
    if words and words[0].lower() in ("in", "with", "on", "using"):
        words = words[1:]
    return bool(words) and names_only(" ".join(words))


def _object(words: list[str]) -> list[str] | None:
    """The words after the verbs, with fluff adjectives dropped and the employer's "our"/"we" resolved."""
    out: list[str] = []
    for word in words:
        core = word.lower().strip(",.;:")
        if core in FLUFF_ADJECTIVES:
            if word.endswith(",") and out and not out[-1].endswith(","):
                continue
            continue
        out.append(word)
    words = _trim_clauses(out)
    resolved = _employer(words)
    if resolved is None:
        return None
    while resolved and resolved[-1].lower().strip(",") in _LOOSE_ENDS:
        resolved.pop()
    if resolved:
        resolved[-1] = resolved[-1].rstrip(",;:")
    return resolved


_LOOSE_ENDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "that", "which", "who", "as", "so", "such"})
_ALWAYS_CUT = frozenset({"with", "where", "which", "while", "especially", "particularly", "ideally", "preferably"})
_TRAITS = frozenset(
    {
        "calm",
        "happy",
        "comfortable",
        "able",
        "keen",
        "eager",
        "willing",
        "curious",
        "patient",
        "confident",
        "open",
        "ready",
        "a",
        "an",
        "someone",
        "ideally",
        "preferably",
        "plus",
    }
)


def _trim_clauses(words: list[str]) -> list[str]:
    """Trailing clauses that add no question dropped at a comma ("..., with a clear escalation path",
    "..., and calm when things break"), or at a second duty written as a noun ("... and active
    participation in architecture decisions")."""
    for index in range(1, len(words)):
        if (
            words[index].lower() == "and"
            and index >= 2
            and words[index - 1].lower() not in NOMINAL
            and _nominal_at(words, index + 1)
        ):
            return words[:index]
        if _second_requirement_at(words, index):
            return words[:index]  # "automated tests and an understanding of where unit tests stop": asked apart
        if not words[index - 1].endswith(","):
            continue
        word = words[index].lower()
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if word in _ALWAYS_CUT:
            return words[:index]
        if word in ("and", "but", "or") and following in _TRAITS | _SECOND_ASK:
            return _closed_list(words[:index], "and" if word == "and" else "or")  # "..., and comfort reading ..."
        listing = words[index - 1].lower().rstrip(",") in GERUNDS  # "for uploading, storing and sharing records"
        if word in GERUNDS and word not in NOUN_INGS and index >= 3 and not listing:
            return words[:index]  # "..., evaluating their potential application": an afterthought
    return words


def _second_requirement_at(words: list[str], index: int) -> bool:
    """Whether "and" at `index` starts a second requirement ("... and an understanding of ...") or a clause of
    its own with a new subject ("..., and we expect those conversations to ...")."""
    if words[index].lower() != "and" or index < 2 or index + 2 >= len(words):
        return False
    following = [word.lower().strip(",") for word in words[index + 1 : index + 4]]
    if following[0] in ("we", "you", "they", "our") and words[index - 1].endswith(","):
        return True
    article = following[0] in ("a", "an", "some", "good", "solid", "strong", "deep", "basic")
    return article and bool(_SECOND_ASK.intersection(following[1:3]))


def _closed_list(kept: list[str], conjunction: str) -> list[str]:
    """ "Temporal, Cadence," once ", or a similar engine" is cut: the list gets its last "or" back."""
    last = len(kept) - 1
    commas = [index for index in range(last) if kept[index].endswith(",")]
    if not commas or last - commas[-1] > 3 or any(word.lower() in ("and", "or") for word in kept[commas[-1] :]):
        return kept
    at = commas[-1]
    return [*kept[:at], kept[at].rstrip(","), conjunction, *kept[at + 1 :]]


def _nominal_at(words: list[str], index: int) -> bool:
    """Whether a duty written as a noun starts at `index` ("continuous improvement of ...")."""
    at = index + 1 if index < len(words) and words[index].lower() in _NOMINAL_LEADS else index
    return at + 1 < len(words) and words[at].lower() in NOMINAL and words[at + 1].lower() in ("of", "in")


_WH = frozenset({"what", "which", "how", "when", "where", "whether", "who"})
_SECOND_ASK = _KNOWLEDGE_NOUNS | _EXPERIENCE_NOUNS | _KNOWLEDGE_ADJECTIVES


_DECIDING = frozenset(
    {"decide", "choose", "know", "plan", "agree", "determine", "prioritise", "prioritize", "pick", "on", "about"}
)


def _employer(words: list[str]) -> list[str] | None:
    """ "our services" → "services", "our monolith" → "a monolith", "decide what we build" → "decide what to build",
    "the tools we use" → "the tools you use"."""
    out: list[str] = []
    decided = False
    index = 0
    while index < len(words):
        word = words[index]
        core = word.lower().rstrip(",.;:")
        if core == "our":
            out.extend(_our(words, index, out))
        elif core in ("we", "we're", "we've", "we'll", "we'd"):
            following = words[index + 1].lower().rstrip(",") if index + 1 < len(words) else ""
            deciding = len(out) >= 2 and out[-2].lower().rstrip(",") in _DECIDING
            if out and out[-1].lower() in _WH and core == "we" and following in VERBS and (deciding or decided):
                out.append("to")
                decided = True
            elif core == "we" and (
                following in VERBS
                or following in ("can", "could", "will", "would", "are", "have", "should", "need", "want")
                or (following.isalpha() and following.islower() and following not in FUNCTION_WORDS)
            ):
                out.append("you" + word[2:])
            elif core == "we're":
                out.append("you're")
            else:
                return None
        elif core in ("us", "ours", "ourselves"):
            return _cut_before(out)
        elif core == "me" and out and out[-1].lower() == "with":
            out.pop()  # "decide with me which parts to rewrite": the hiring manager writing, not the work
        else:
            out.append(word)
        index += 1
    if any(EMPLOYER.search(word) for word in out):
        return None
    return out


def _cut_before(out: list[str]) -> list[str] | None:
    """The words before a clause that points at the employer ("... that help us grow" → "...")."""
    for index in range(len(out) - 1, 0, -1):
        word = out[index].lower()
        if word in ("that", "which", "who", "so", "to", "for", "with", "and") or out[index - 1].endswith(","):
            kept = out[:index]
            if len(kept) >= 2:
                return kept
            return None
    return None


def _our(words: list[str], index: int, out: list[str]) -> list[str]:
    """What "our" becomes: dropped before plural and mass nouns, "a"/"an" or "the" before singular ones."""
    run: list[str] = []
    for word in words[index + 1 : index + 6]:
        core = word.lower().strip(",.;:'")
        if core in FUNCTION_WORDS or (run and (core in THIRDS or core in PARTICLES)):
            break  # "our API documentation up to date": the phrase ends before "up"
        run.append(core)
        if word.endswith((",", ";", ":")):
            break
    if not run:
        return []
    previous = out[-1].lower().rstrip(",") if out else ""
    plural = _plural_run(run) or run[0] in _COUNTS or run[0].isdigit()  # "our two juniors"
    mass = run[-1] in MASS_NOUNS or run[-1] in NOUN_INGS or (len(run) == 1 and run[0] in MASS_NOUNS)
    particle = previous in PARTICLES and len(out) >= 2 and out[-2].lower() in VERBS
    at_start = not out or previous in VERBS or previous == "to" or particle
    after_preposition = previous in PREPOSITIONS and not particle
    if plural:
        return []  # "our services" → "services", "the APIs our partners call" → "the APIs partners call"
    if mass:
        return [] if (at_start or after_preposition) else ["the"]
    if at_start:
        return [indefinite_article(words[index + 1])]
    return ["the"]


def _plural_run(run: list[str]) -> bool:
    """Whether the words after "our" name several things: a plural word counts unless a singular head follows
    it ("our claims workflow engine", "our payments platform" are one thing each)."""
    return any(
        is_plural(word) and not (index + 1 < len(run) and run[index + 1].rstrip("s") in _SINGULAR_HEADS)
        for index, word in enumerate(run)
    )


_SINGULAR_HEADS = frozenset(
    {
        "platform",
        "engine",
        "service",
        "system",
        "team",
        "pipeline",
        "api",
        "app",
        "application",
        "tool",
        "process",
        "workflow",
        "stack",
        "domain",
        "product",
        "portal",
        "database",
        "model",
        "layer",
        "module",
        "backend",
        "frontend",
        "infrastructure",
        "function",
        "department",
    }
)


PARTICLES = frozenset({"up", "down", "out", "off", "apart", "back", "over", "away", "on"})
_COUNTS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "several", "many", "few", "both"}
)


def is_plural(word: str) -> bool:
    word = word.strip("'")
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "sis", "'s"))
        and word not in NOT_PLURAL
        and word not in THIRDS
    ) or word.endswith("s'")


_SPOKEN_AS_WORDS = frozenset(
    {"rest", "soap", "saml", "crud", "scim", "raft", "nats", "okr", "okrs", "lamp", "mern"}
    | {"select", "insert", "update", "delete", "join", "merge", "upsert", "where", "having"}
)
"""Acronyms read as a word, not letter by letter: "a REST API", not "an REST API"."""


def indefinite_article(word: str) -> str:
    core = word.strip("\"'(").lower()
    if not core:
        return "a"
    written = word.strip("\"'(")
    if written.isupper() and len(written) > 1 and core not in _SPOKEN_AS_WORDS:
        return "an" if written[0] in "AEFHILMNORSX" else "a"
    if core.startswith(("uni", "use", "usu", "eu", "one", "once", "ubi", "uti")):
        return "a"
    if core.startswith(("hour", "honest", "honour", "heir")):
        return "an"
    return "an" if core[0] in "aeiou" else "a"


# ---------------------------------------------------------------- topics


def _topic(text: str, tool: bool = False, place: str = "with", start: bool = False) -> Topic | None:
    written = _topic_text(SECOND_REQUIREMENT.split(text, maxsplit=1)[0], start)
    if written is None:
        return None
    return Topic(written, tool, place)


_GENERIC_LANGUAGE = re.compile(
    r"\b(?:(?:at least |one |a |an |any )+)?(?:[\w-]+ )?(?:programming |scripting )?languages?"
    r" \(([^()]*?)(?:,? (?:preferred|ideally|a plus|welcome))?\)",
    re.IGNORECASE,
)
"""A language asked for in general, with the ones the team uses in brackets: "a general-purpose language (Go or
Python preferred)"."""


def _named_languages(found: re.Match[str]) -> str:
    """The bracketed languages in place of "a general-purpose language", when the brackets list only languages."""
    listed = found.group(1)
    return listed if languages_in(listed) else found.group(0)


SECOND_REQUIREMENT = re.compile(
    r",?\s+and\s+(?:(?:also\s+)?(?:in|of|with)\s|(?:can|could|are|is|have|know|understand|be)\b)|,\s+and\s+an?\s|"
    r",\s+and\s+(?:(?:strong|clear|good|informed)\s+)?(?:opinions?|views?|instincts?)\s+(?:about|on)\b",
    re.IGNORECASE,
)
"""Where a second requirement starts inside a topic: "Kotlin or Java, and of relational databases", "consistency
models and can explain the trade-offs", "Redis and its failure modes, and a relational database": the first is the
topic, the second no part of its name."""
_EXPERIENCE_TAIL = re.compile(r"(?<=\w)\s+(?:experience|expertise|knowledge|skills)$", re.IGNORECASE)
"""How much of a topic is wanted, after it ("Kafka or RabbitMQ operations experience"): no part of its name."""


_TOPIC_LEAD = re.compile(
    r"^(?:at least one of|one or more of|one of|any of|either|both|the basics of|the fundamentals of|"
    r"the principles of|the concepts of|concepts of|the use of|using|"
    r"(?:(?:everyday|daily|regular|day-to-day|practical|hands-on|confident|fluent) )?use of)\s+",
    re.I,
)
_EMPHASIS_TAIL = re.compile(r",?\s+(?:specifically|in particular|especially|particularly|above all)\s*$", re.I)
_WELL_ENOUGH = re.compile(
    r"\s+(?:(?:well|deeply|closely) enough to|at the level of|to the point of)\b.*$", re.IGNORECASE
)
_TOPIC_TAIL = re.compile(r",?\s+(?:and|or|plus|as well as)\s+(?:an?|the)\s+\w+.*$|,\s+(?:or|and|plus)\s+.*$", re.I)


_ANY_ONE = re.compile(
    r",?\s+(?:and|or|and/or|plus)\s+(?:one|another|any|some|other|a similar|an equivalent)\b"
    r"(?:\s+[\w-]+){0,3}(?=$|[,;(])",
    re.I,
)
"""A conjunct that names no thing ("SQL and one programming language", "Docker or another container tool")."""


_MIXED_LIST = re.compile(r"^([^,]+ or [^,]+),\s+[^,]+$")
"""Alternatives, then a tool of another kind: "Django or Flask, Docker"."""


def _topic_text(text: str, start: bool = False) -> str | None:
    text = _TOPIC_LEAD.sub("", text.strip()).strip()
    text = re.sub(r"\bat least one of\s+", "", text, flags=re.I)
    text = re.sub(r"\bat least one\b", "a", text, flags=re.I)
    text = _ANY_ONE.sub("", text)
    mixed = _MIXED_LIST.match(text)
    if mixed:
        text = mixed.group(1)  # "Django or Flask, Docker" once ", or any cloud platform" is cut: the alternatives
    tail = _TOPIC_TAIL.search(text)
    if tail and tail.start() > 0:
        rest = text[tail.start() :].lower()
        wanted = (
            r"\b(?:experience|ability|willingness|knowledge|understanding|deep|strong|solid|comfort\w*|familiarity)\b"
        )
        if re.search(wanted, rest):
            text = text[: tail.start()]
    text = _EXPERIENCE_TAIL.sub("", text.strip(" ,;:"))  # "Kafka or RabbitMQ operations experience"
    text = _trim_topic(text)
    if not text:
        return None
    words = text.split()
    if len(words) > 20 or EMPLOYER.search(text):
        cut = _cut_topic_employer(words)
        if cut is None:
            return None
        words = cut
        text = " ".join(words)
    content = [word.lower().strip(",.") for word in words]
    specific = [
        word
        for word in content
        if word not in GENERIC_EXPERIENCE and word not in FUNCTION_WORDS and word not in _TOPIC_GENERIC
    ]
    if not specific:
        return None
    if start and not _tech_list(text):  # "Terraform and Kubernetes" names tools, whatever scan makes of "Terraform"
        text = lower_start(text)
    while text.split() and text.split()[-1].lower().strip(",") in _LOOSE_ENDS:
        text = text.rsplit(" ", 1)[0] if " " in text else ""
    return text.strip(" ,") or None


def lower_start(text: str) -> str:
    """ "Version Control (Git)" at the start of a bullet → "version control (Git)": names keep their case."""
    named = [(match.start, match.end) for match in scan(text, named_only=True)]
    named += [(match.start, match.end) for match in scan(text) if match.start > 0]  # "..., ideally Terraform"
    out = []
    position = 0
    for word in text.split(" "):
        core = word.strip(",.;:()")
        start = text.find(core, position) if core else position
        position = start + len(core)
        inside = any(a <= start < b for a, b in named)
        plain = core[:1].isupper() and not core.isupper() and not any(char.isupper() for char in core[1:])
        if plain and not inside and core.lower() not in LANGUAGES:
            word = word.replace(core, core.lower(), 1)
        out.append(word)
    return " ".join(out)


def _trim_topic(text: str) -> str:
    text = _WELL_ENOUGH.sub("", text)  # "Postgres well enough to design schemas" is about Postgres
    text = _EMPHASIS_TAIL.sub("", text)  # "PostgreSQL specifically"
    words = text.split()
    for index in range(1, len(words)):
        if words[index - 1].endswith(",") and words[index].lower() in _ALWAYS_CUT | {"including", "ideally"}:
            return " ".join(words[:index]).rstrip(",")
    return text


def _cut_topic_employer(words: list[str]) -> list[str] | None:
    for index, word in enumerate(words):
        if EMPLOYER.search(word):
            kept = words[:index]
            while kept and kept[-1].lower().strip(",") in FUNCTION_WORDS | {"that", "which"}:
                kept.pop()
            return kept if len(kept) >= 1 and len(kept) <= 20 else None
    return words[:20] if len(words) > 20 else words


def is_name(word: str) -> bool:
    core = word.strip(",.()")
    return bool(scan(core)) or any(char.isupper() for char in core[1:]) or core.lower() in LANGUAGES


def languages_in(topic: str) -> list[str]:
    """The languages a topic lists, when it lists only languages ("Java, Kotlin or TypeScript (Node.js)")."""
    listed = topic
    marker = listed.lower().find("such as ")
    if marker >= 0:
        listed = listed[marker + len("such as ") :]
    listed = re.sub(r"\([^)]*\)", "", listed)
    listed = re.sub(r"\s+for\s+\w+ing\b.*$", "", listed)  # "Go or Python for writing tooling": the languages
    items = [item.strip(" ,") for item in re.split(r",|\bor\b|\band\b|/", listed) if item.strip(" ,")]
    if not items or any(item.lower() not in LANGUAGES for item in items):
        return []
    return items
