"""The vocabularies `interview.py` reads a posting's bullet with and writes its question from.

Verbs (with their past, participle and -ing forms), the words that mark a bullet as logistics or
fluff, the themes a bullet can be about (each with follow-up questions and rubric lines of its
own), soft skills with the classic questions asked about them, and the rubric lines by style and
level. All text is written for prep; none is copied from a posting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ---------------------------------------------------------------- verbs

# Irregular verbs: base, past, participle ("you" is the subject, so be → were).
_IRREGULAR = """
arise arose arisen | be were been | become became become | begin began begun | break broke broken
bring brought brought | build built built | buy bought bought | choose chose chosen | come came come
cut cut cut | deal dealt dealt | do did done | draw drew drawn | drive drove driven | feed fed fed
find found found | forecast forecast forecast | get got got | give gave given | go went gone
grow grew grown | have had had | hold held held | keep kept kept | know knew known | lay laid laid
lead led led | leave left left | let let let | make made made | mean meant meant | meet met met
oversee oversaw overseen | pay paid paid | put put put | read read read | rebuild rebuilt rebuilt
rethink rethought rethought | rewrite rewrote rewritten | run ran run | see saw seen | seek sought sought
sell sold sold | send sent sent | set set set | show showed shown | speak spoke spoken | spend spent spent
split split split | spread spread spread | stand stood stood | stick stuck stuck | take took taken
teach taught taught | tell told told | think thought thought | throw threw thrown | undergo underwent undergone
understand understood understood | undertake undertook undertaken | uphold upheld upheld | win won won
withstand withstood withstood | write wrote written | feel felt felt | shut shut shut | sit sat sat
speed sped sped | spin spun spun | dig dug dug | hire hired hired | upset upset upset | offset offset offset
troubleshoot troubleshot troubleshot | foresee foresaw foreseen | overcome overcame overcome
"""

# Regular verbs a posting is written with (British and American spellings both).
_REGULAR = """
score rank match sync
accelerate achieve act adapt add address adopt advise advocate align allocate analyse analyze answer
apply architect ask assess assist attend audit automate balance benchmark bootstrap care carve champion
change clarify clean coach code codify collaborate collect combine communicate complete configure connect
consolidate construct consult consume contribute convert coordinate create cultivate curate debug decide
decommission decompose define delegate deliver demonstrate deploy deprecate describe design detect develop
diagnose discover document drive educate embed embrace empower enable encourage enforce engage engineer
enhance enjoy ensure establish estimate evaluate evangelise evangelize evolve examine execute expand
experiment explain explore expose extend extract facilitate fix focus follow foster gather generate guide
handle harden help host identify implement improve incorporate increase influence ingest innovate inspect
instrument integrate interface interview introduce investigate iterate join justify keep launch learn liaise
listen look lower maintain manage map measure mentor merge migrate minimise minimize mitigate model
modernise modernize modify monitor motivate move negotiate normalise normalize notify observe onboard
operate optimise optimize orchestrate organise organize own pair participate partner patch perform pilot
plan play practise practice prepare present prevent prioritise prioritize process produce profile promote
propose protect prototype provide provision publish push raise reach rearchitect re-architect recommend
recruit reduce refactor refine release remove replace report represent reproduce research resolve respond
restructure retire review roll safeguard scale schedule scope secure serve share shape ship simplify solve
specify sponsor standardise standardize start stay steer store streamline strengthen structure support
sustain tackle test track train transform translate triage troubleshoot tune turn unblock unify update
upgrade use utilise utilize validate verify visualise visualize work wrap containerise containerize
productionise productionize operationalise operationalize document deliver open-source automate craft
defend detect enrich escalate evaluate grant index query cache label level signal tag log drop stop commit
control refer prefer transfer submit admit equip plan scan trim swap strip step chat walk talk reach
conduct leverage spearhead steward nurture inspire elevate pursue advance mature empower institute land trace
package parse dockerise dockerize
instil instill shepherd exercise hand invest connect reconcile identify calculate characterise
characterize convince persuade obtain earn
gain enter finish close resolve restore recover rotate route allow prepare arrange attract retain
charge settle bill invoice price quote
depend rely consist belong happen matter exist remain appear seem tend fail succeed integrate
challenge question mediate moderate deploy relocate assemble compile insure install fetch search sort
accept avoid contain compare weigh pick reuse redesign reimagine revamp rework rollout adjust
encrypt decrypt calibrate backfill upload authenticate authorise authorize sanitise sanitize parallelise
parallelize shard replicate throttle retry subscribe emit persist serialise serialize deserialise deserialize
rehearse simulate purge delete erase anonymise anonymize pseudonymise pseudonymize redact obfuscate encode
decode compress deduplicate refund offboard reason guarantee
"""

# Regular verbs that double their last consonant (plan → planned, model → modelled).
_DOUBLING = frozenset(
    {
        "plan",
        "ship",
        "stop",
        "map",
        "drop",
        "scrap",
        "step",
        "chat",
        "commit",
        "control",
        "refer",
        "prefer",
        "transfer",
        "submit",
        "emit",
        "admit",
        "equip",
        "tag",
        "log",
        "wrap",
        "scan",
        "trim",
        "swap",
        "strip",
        "debug",
        "bootstrap",
        "model",
        "label",
        "level",
        "signal",
        # irregular verbs whose -ing form doubles too
        "run",
        "begin",
        "cut",
        "set",
        "get",
        "put",
        "sit",
        "spin",
        "dig",
        "let",
        "split",
        "upset",
        "offset",
        "win",
        "shut",
    }
)


@dataclass(frozen=True, slots=True)
class Verb:
    base: str
    past: str
    participle: str
    gerund: str
    third: str


def _gerund(base: str) -> str:
    if base in _DOUBLING:
        return base + base[-1] + "ing"
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")) and base != "be":
        return base[:-1] + "ing"
    return base + "ing"


def _past(base: str) -> str:
    if base in _DOUBLING:
        return base + base[-1] + "ed"
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "i", "o", "u"):
        return base[:-1] + "ied"
    return base + "ed"


def _third(base: str) -> str:
    if base == "be":
        return "is"
    if base == "have":
        return "has"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "i", "o", "u"):
        return base[:-1] + "ies"
    return base + "s"


def _verbs() -> dict[str, Verb]:
    table: dict[str, Verb] = {}
    for word in _REGULAR.split():
        past = _past(word)
        table[word] = Verb(word, past, past, _gerund(word), _third(word))
    forms = _IRREGULAR.replace("|", " ").split()
    for index in range(0, len(forms), 3):
        base, past, participle = forms[index : index + 3]
        table[base] = Verb(base, past, participle, _gerund(base), _third(base))
    return table


VERBS: dict[str, Verb] = _verbs()
"""Base form → its forms."""
GERUNDS: dict[str, str] = {verb.gerund: verb.base for verb in VERBS.values()}
GERUNDS.update({"modeling": "model", "labeling": "label", "leveling": "level", "signaling": "signal"})
PARTICIPLES: dict[str, str] = {verb.participle: verb.base for verb in VERBS.values()}
PARTICIPLES.update({"modeled": "model", "labeled": "label"})
THIRDS: dict[str, str] = {verb.third: verb.base for verb in VERBS.values()}

AMBIGUOUS = frozenset(
    {
        "land",
        "trace",
        "package",
        "parse",
        "search",
        "test",
        "review",
        "support",
        "design",
        "document",
        "model",
        "plan",
        "release",
        "change",
        "report",
        "process",
        "monitor",
        "update",
        "fix",
        "build",
        "run",
        "use",
        "work",
        "code",
        "lead",
        "host",
        "scale",
        "cache",
        "store",
        "query",
        "index",
        "log",
        "track",
        "schedule",
        "structure",
        "map",
        "mentor",
        "coach",
        "interview",
        "launch",
        "pilot",
        "profile",
        "patch",
        "label",
        "level",
        "signal",
        "tag",
        "train",
        "turn",
        "share",
        "research",
        "experiment",
        "prototype",
        "audit",
        "benchmark",
        "practice",
        "interface",
        "partner",
        "answer",
        "act",
        "focus",
        "control",
        "transfer",
        "step",
        "drop",
        "stop",
        "commit",
        "chat",
        "play",
        "scope",
        "push",
        "raise",
        "roll",
        "open-source",
        "engineer",
        "architect",
        "upgrade",
        "care",
        "drive",
        "spin",
        "dig",
        "set",
        "cut",
        "split",
        "spread",
        "deal",
        "show",
        "feed",
        "draw",
        "hire",
        "speed",
        "offset",
        "grant",
        "strip",
        "swap",
        "scan",
        "trim",
        "wrap",
        "look",
        "help",
        "pair",
        "order",
    }
)
"""Verbs that are also common nouns ("unit and integration tests", "code and design"): after "and"
they are only read as verbs when a noun phrase clearly follows."""

THIRD_PERSON_SAFE = frozenset(
    {
        "goes",
        "keeps",
        "grows",
        "becomes",
        "stays",
        "remains",
        "owns",
        "depends",
        "relies",
        "handles",
        "serves",
        "evolves",
        "breaks",
        "fails",
        "happens",
        "gets",
        "takes",
        "makes",
        "needs",
        "wants",
        "arises",
        "is",
        "has",
    }
)
"""Present-tense verbs that are not also plural nouns: safe to put in the past in a behavioural prompt."""

COLLABORATION_VERBS = frozenset(
    {
        "partner",
        "collaborate",
        "liaise",
        "coordinate",
        "participate",
        "attend",
        "contribute",
        "communicate",
        "align",
        "pair",
        "engage",
        "consult",
        "advise",
        "facilitate",
        "represent",
        "interface",
        "negotiate",
        "work",
    }
)
"""Verbs of process and collaboration: their bullets become situational "How do you ..." questions."""
HABIT_VERBS = frozenset({"stay", "keep", "follow", "promote", "foster", "champion", "advocate", "balance", "listen"})
"""Verbs of ongoing habits ("Stay current with ..."): asked as "How do you ...?"."""
CHANGE_VERBS = frozenset(
    {
        "improve",
        "optimise",
        "optimize",
        "migrate",
        "carve",
        "refactor",
        "modernise",
        "modernize",
        "reduce",
        "cut",
        "speed",
        "scale",
        "make",
        "evolve",
        "replace",
        "consolidate",
        "simplify",
        "streamline",
        "harden",
        "upgrade",
        "decompose",
        "rearchitect",
        "re-architect",
        "break",
        "split",
        "automate",
        "lower",
        "increase",
        "strengthen",
        "enhance",
        "transform",
        "standardise",
        "standardize",
        "retire",
        "decommission",
        "help",
    }
)
"""Verbs of changing something that exists: a scenario ("Suppose you were asked to ...") fits as well."""

ADVERBS = frozenset(
    {
        "actively",
        "proactively",
        "continuously",
        "continually",
        "regularly",
        "closely",
        "independently",
        "confidently",
        "quickly",
        "safely",
        "reliably",
        "collaboratively",
        "effectively",
        "efficiently",
        "consistently",
        "constantly",
        "also",
        "directly",
        "personally",
        "jointly",
        "iteratively",
        "gradually",
        "then",
    }
)

# ---------------------------------------------------------------- words of a bullet

PREPOSITIONS = frozenset(
    {
        "in",
        "after",
        "before",
        "during",
        "until",
        "on",
        "for",
        "with",
        "to",
        "of",
        "from",
        "into",
        "about",
        "at",
        "by",
        "between",
        "across",
        "within",
        "through",
        "over",
        "under",
        "around",
        "against",
        "behind",
        "towards",
        "toward",
        "without",
        "onto",
        "via",
        "per",
        "throughout",
        "among",
        "alongside",
        "inside",
        "beyond",
    }
)
FUNCTION_WORDS = PREPOSITIONS | frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "while",
        "so",
        "as",
        "if",
        "than",
        "then",
        "both",
        "either",
        "neither",
        "each",
        "every",
        "any",
        "some",
        "their",
        "its",
        "your",
        "his",
        "her",
        "this",
        "these",
        "those",
        "such",
        "like",
        "including",
        "not",
        "just",
        "also",
        "very",
        "more",
        "most",
        "less",
        "to",
        "be",
        "is",
        "are",
        "was",
        "were",
        "can",
        "will",
        "would",
        "should",
        "could",
        "may",
        "might",
        "must",
        "other",
        "one",
        "own",
    }
)
DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "their",
        "its",
        "your",
        "his",
        "her",
        "them",
        "it",
        "this",
        "these",
        "those",
        "each",
        "every",
        "all",
        "any",
        "some",
        "new",
        "existing",
        "both",
        "our",
        "several",
        "many",
        "multiple",
        "high-quality",
        "clear",
        "small",
        "large",
    }
)
"""Words that start a noun phrase: after "and", a verb that is also a noun is read as a verb before these."""
PEOPLE = frozenset(
    {
        "engineers",
        "developers",
        "interns",
        "juniors",
        "teammates",
        "colleagues",
        "peers",
        "people",
        "others",
        "hires",
        "members",
        "graduates",
        "apprentices",
    }
)
"""Plural nouns that follow a verb ("mentor engineers"), never a noun ("mentor" + "engineers" is no compound)."""

MASS_NOUNS = frozenset(
    {
        "data",
        "code",
        "infrastructure",
        "software",
        "tooling",
        "documentation",
        "security",
        "performance",
        "reliability",
        "observability",
        "monitoring",
        "testing",
        "traffic",
        "tech",
        "logic",
        "work",
        "engineering",
        "architecture",
        "stack",
        "research",
        "feedback",
        "analytics",
        "information",
        "knowledge",
        "quality",
        "money",
        "spend",
        "revenue",
        "stock",
        "inventory",
        "storage",
        "capacity",
        "compliance",
        "content",
        "hardware",
        "latency",
        "throughput",
        "uptime",
        "availability",
        "downtime",
        "toil",
    }
)
NOT_PLURAL = frozenset(
    {
        "kubernetes",
        "analytics",
        "sales",
        "status",
        "news",
        "business",
        "process",
        "access",
        "address",
        "class",
        "success",
        "series",
        "postgres",
        "redis",
        "aws",
        "ios",
        "https",
        "dns",
        "css",
        "devops",
        "finops",
        "mlops",
        "ops",
        "its",
        "this",
        "is",
        "was",
        "has",
        "as",
        "us",
        "always",
        "various",
        "across",
        "less",
        "express",
        "stress",
        "progress",
    }
)

FLUFF_ADJECTIVES = frozenset(
    {
        "fair",
        "well-compensated",
        "exciting",
        "world-class",
        "cutting-edge",
        "best-in-class",
        "fun",
        "amazing",
        "awesome",
        "talented",
        "passionate",
        "friendly",
        "supportive",
        "innovative",
        "dynamic",
        "fast-growing",
        "brilliant",
        "incredible",
        "rockstar",
        "state-of-the-art",
        "next-generation",
        "industry-leading",
        "market-leading",
        "award-winning",
        "mission-critical",
        "various",
    }
)

GENERIC = frozenset(
    {
        "projects",
        "project",
        "tasks",
        "task",
        "things",
        "thing",
        "stuff",
        "work",
        "duties",
        "duty",
        "team",
        "teams",
        "environment",
        "independently",
        "collaboratively",
        "closely",
        "effectively",
        "efficiently",
        "well",
        "hard",
        "other",
        "new",
        "exciting",
        "interesting",
        "challenging",
        "different",
        "variety",
        "range",
        "assigned",
        "needed",
        "required",
        "ad",
        "hoc",
        "day-to-day",
        "daily",
        "basis",
        "company",
        "goals",
        "vision",
        "mission",
        "culture",
        "initiatives",
        "opportunities",
        "solutions",
        "needs",
        "requests",
        "others",
        "everything",
        "anything",
        "something",
        "whatever",
        "necessary",
        "appropriate",
        "related",
        "similar",
        "etc",
        "fast-paced",
        "high-quality",
        "quality",
        "good",
        "great",
        "best",
        "possible",
        "part",
    }
)
"""Words that say nothing an interviewer could ask about ("Work on various projects")."""
GENERIC_EXPERIENCE = GENERIC | frozenset(
    {
        "backend",
        "back-end",
        "software",
        "development",
        "developing",
        "engineering",
        "professional",
        "professionally",
        "industry",
        "experience",
        "programming",
        "coding",
        "code",
        "web",
        "server-side",
        "server",
        "side",
        "role",
        "roles",
        "field",
        "commercial",
        "hands-on",
        "relevant",
        "production",
        "services",
        "service",
        "systems",
        "applications",
        "application",
        "writing",
        "building",
        "working",
        "technology",
        "tech",
        "developer",
        "engineer",
        "position",
        "equivalent",
        "total",
        "least",
        "plus",
        "minimum",
        "years",
        "year",
        "shipping",
        "products",
        "product",
        "environment",
        "environments",
        "modern",
        "computer",
        "science",
    }
)
"""After the years are taken out of "5+ years of backend development experience", nothing is left."""

YEARS = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s*(?:\+|–|-|—|to)?\s*\d*\s*\+?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many|multiple|a few|a couple of|couple of)\s*(?:\(\d+\)\s*)?\+?\s*(?:years?|yrs?)\b",
    re.IGNORECASE,
)
DEGREE = re.compile(
    r"\b(?:degree|degrees|bachelor'?s?|master'?s|b\.?sc|m\.?sc|b\.?eng|m\.?eng|ph\.?d|diploma|gpa|"
    r"university|college|graduated from|graduate degree|certifi(?:ed|cation|cations)|qualification in)\b|"
    r"\b(?:BS|MS|BA|MA|BSc|MSc)\b(?=\s*(?:in|or|/|degree|,))",
    re.IGNORECASE,
)
TENURE = re.compile(
    r"\bportfolios?\b|\bextensive (?:\w+ )?experience\b|\bexperience level\b|"
    r"\b(?:experience|background|exposure)\b[^.;:]{0,80}\b(?:industry|industries|sectors?|verticals?)\W*$",
    re.IGNORECASE,
)
"""How much experience, a body of past work or the industries worked in: a line about the candidate's record, not a
question to ask ("Experience in energy, utilities or other regulated industries")."""
MONEY = re.compile(r"[€£$¥]\s?\d")
_ASYNC_WORK = (
    r" (?:messag\w*|events?|communication|jobs?|processing|tasks?|workflows?|queues?|workers?|pipelines?|"
    r"integrations?)\b"
)
"""What follows "async" when it means work handed to queues or events, not async code (asyncio, async/await)."""
LOGISTICS = re.compile(
    r"\b(?:salary|salaries|compensation package|bonus(?!\s+(?:if|points?|when|for))|equity|stock options?|"
    r"pension|401\s?\(?k\)?|holidays?|vacation|pto|paid time off|days off|annual leave|parental leave|"
    r"sick leave|maternity|paternity|health (?:insurance|care|plan)|healthcare|dental|life insurance|"
    r"medical (?:cover|insurance|plan)|gym|wellness|perks?|benefits (?:package|include)|relocation|visa|"
    r"sponsorship|right to work|work(?:ing)? authori[sz]ation|eligible to work|authori[sz]ed to work|"
    r"citizenship|security clearance|background (?:check|screening)|drug (?:test|screen)|commut\w*|"
    r"public transport|bike|cycle-to-work|lunch|snacks|laptop|home[- ]office|(?:learning|training|"
    r"education|conference|equipment) budget|budget (?:of|for (?:courses|books|learning|training|conferences))|"
    r"conference days|will be your (?:mentor|buddy|coach)|you(?:'ll| will) be mentored|"
    r"in (?:your|the) first (?:\w+ )?(?:days?|weeks?|months?|year)|"
    r"report(?:s|ing)? (?:directly )?to (?:the |our )?(?:[\w,-]+ ){0,3}(?:manager|director|head|lead|cto|vp)|"
    r"(?:a third|a quarter|half|\d{1,2} ?%) of (?:your|the|their) time|referral fee|"
    r"full[- ]time|part[- ]time|contractor|contract (?:role|position)|fixed[- ]term|start date|"
    r"how to apply|apply (?:now|here|via|through|by|at|today)|application (?:process|form|deadline)|"
    r"applicants?|recruiter|hiring process|interview process|take-home|"
    r"(?:across|overlap(?:ping)?(?: with)?|within|(?:same|similar|compatible|nearby|different|multiple|several)) "
    r"(?:\w+ )?time ?zones?|time ?zones? (?:overlap|difference)|\butc ?[+−-] ?\d|"
    r"\bin (?:a|an|the|your|our|one) (?:[\w+-]+ ){0,2}time ?zones?|"
    r"(?:willing(?:ness)? to |able to )?travel (?:required|up to|to|occasionally)|willing(?:ness)? to travel|"
    r"based in|located in|relocate|on[- ]site|onsite|in the office|(?:in|at|from) (?:the|our) office|"
    r"office (?:days|space|in)|days a week|remote-first|fully remote|remote (?:work|role|position|option|"
    r"friendly|setup)|work remotely|hybrid (?:working|role|setup|model|work)|driving licen[cs]e|weekends?|"
    r"birthday|team (?:events|offsites?|outings)|equal opportunit\w*|we offer|flexible (?:hours|working)|"
    r"fluent (?:in )?(?:english|german|french|spanish|dutch|portuguese|italian|mandarin)|"
    r"(?:read(?:ing)?|speak(?:ing)?|understand(?:ing)?) (?:some )?(?:english|german|french|spanish|dutch|"
    r"portuguese|italian|mandarin|japanese|polish|swedish)|"
    r"(?:english|german|french|spanish|dutch|portuguese|italian|mandarin)[- ]speaking)\b",
    re.IGNORECASE,
)
FLUFF = re.compile(
    r"\b(?:passion\w*|rock ?stars?|ninjas?|gurus?|self-starter|self-motivated|go-getter|can-do|"
    r"sense of humou?r|thrive|thriving|fast-paced|love (?:of|for)|enthusias\w*|team player|growth mindset|"
    r"hungry|culture fit|good vibes|other duties|as assigned|as needed|as required|any other|wear many hats|"
    r"make an impact|change the world|join (?:us|our|a)|"
    r"(?:join\w*|attend\w*) (?:the |our |team |daily |agile |scrum )*(?:stand-?ups|ceremonies|rituals)|"
    r"join (?:the|our|an?) [\w-]+(?: [\w-]+){0,4} (?:team|squad|tribe|crew|guild|chapter|department)\b|"
    r"be part of (?:a|our|the) (?:team|company|journey)|"
    r"grow with|work with (?:us|a team of|smart|great|talented)|"
    r"play(?:s|ing)? (?:video |computer |board )?games|gamers?|hobb(?:y|ies)|in or around [\w-]+)\b",
    re.IGNORECASE,
)
EMPLOYER = re.compile(r"\b(?:we|us|our|ours|ourselves)\b", re.IGNORECASE)

LANGUAGES = frozenset(
    {
        "python",
        "java",
        "kotlin",
        "go",
        "golang",
        "rust",
        "ruby",
        "php",
        "scala",
        "c#",
        "c++",
        "c",
        "elixir",
        "erlang",
        "clojure",
        "haskell",
        "swift",
        "typescript",
        "javascript",
        "node.js",
        "nodejs",
        "node",
        "f#",
        "ocaml",
        ".net",
        "perl",
    }
)
"""Programming languages: a bullet that only names languages gets questions about writing code in them."""

# ---------------------------------------------------------------- themes


@dataclass(frozen=True, slots=True)
class Probe:
    """A technical question about a theme; `needs` (when set) must match the bullet for it to be asked."""

    text: str
    needs: re.Pattern[str] | None = None
    covers: tuple[str, ...] = ()
    """Answer lines for this very question, put before the theme's in the rubric."""


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    pattern: re.Pattern[str]
    told: tuple[str, ...]
    """Follow-ups for a behavioural prompt (after "Tell me about a time you ..."), lower case, no mark."""
    asked: tuple[str, ...]
    """Follow-ups for a situational prompt ("Suppose you were asked to ... ."), lower case, no mark."""
    probes: tuple[Probe, ...]
    """Technical questions, one sentence each, capitalised, no mark."""
    covers: tuple[str, str]
    """What a strong answer on this theme covers (never "trade-offs": junior rubrics stay free of them)."""
    flag: str
    needs: re.Pattern[str] | None = None
    """When set, the bullet must also match it: "tune" is query work only in a bullet about queries."""


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_NOT_ANALYTICS = (
    r"^(?!.*\b(?:snowflake|bigquery|big query|redshift|databricks|dbt|data warehouses?|lakehouses?|star schemas?|"
    r"dimensional model\w*|kimball|fact tables?|"
    r"cassandra|scylla(?:db)?|dynamo ?db|bigtable|hbase)\b)"
)
"""For the relational-database rubric: a bullet about an analytics warehouse or a wide-column store wants another
(no foreign keys or B-tree indexes in Snowflake, no joins or foreign keys in Cassandra)."""


_MONEY_WORDS = _words(r"\bpay|\bcharg|checkout|\brefund|billing|money|\bbank|invoice|transaction|purchase")
"""A payment question fits only a bullet about money."""

_RELATIONAL = re.compile(r"^(?!.*\b(?:mongo\w*|nosql|dynamo\w*|cassandra|document\w*)\b)", re.IGNORECASE | re.DOTALL)
"""Matches text that names no document or wide-column store: relational questions only fit there."""

THEMES: tuple[Theme, ...] = (
    Theme(
        "incident-reviews",
        _words(
            r"\bpost-?mortems?\b|\bpost-incident\b|\bincident (?:reviews?|culture|retrospectives?)\b|\bblameless\b|"
            r"\blearning from incidents\b|\bfollow-up actions?\b"
        ),
        (
            "how did you run the review, and which follow-up actually got done",
            "what changed in how the team worked because of it",
        ),
        (
            "how would you run the review so people speak openly, and how would you make sure follow-ups get done",
            "what would you change if the same kind of incident kept coming back",
        ),
        (
            Probe(
                "What makes a post-incident review blameless, and what should come out of it",
                covers=(
                    "It asks why each action made sense at the time and how the system allowed the harm, never who "
                    "erred; nobody is punished for an honest account, so people tell the whole story",
                    "Out of it: a shared write-up of impact and what happened, and fixes to systems (alerts, guards, "
                    'automation, runbooks) that make the slip hard to repeat, never "be more careful"',
                ),
            ),
            Probe(
                "How would you make sure the actions from incident reviews actually get done",
                covers=(
                    "Few actions, sized and prioritised, filed as tickets in the owning team's normal backlog "
                    "rather than left in the review document, with a closing target agreed with its manager",
                    "Open and overdue actions checked in a regular operations review and escalated; a repeat "
                    "incident checked against earlier actions to see whether they were done and worked",
                ),
            ),
        ),
        (
            "A blameless review: a timeline, contributing factors rather than one root cause or one person, what "
            "made it hard to detect or fix",
            "Follow-up actions with owners and dates, tracked to done, and lessons shared beyond the team",
        ),
        "Reviews that look for someone to blame, or action items nobody owns",
    ),
    Theme(
        "on-call",
        _words(
            r"\bon[- ]call\b|\bincidents?\b(?! (?:reviews?|retrospectives?|culture)\b)|\boutages?\b|"
            r"\bpag(?:er|ed|ing)\b|\bpost-?mortems?\b|\bescalation\b|"
            r"\bthings break\b|\bproduction (?:issues|problems|support)\b|\bfirefight\w*|\bsev[- ]?[12]\b"
        ),
        (
            "what was the worst page you got, what did you do first, and what changed afterwards",
            "when things went wrong, how did you limit the damage, and who did you keep informed",
        ),
        (
            "what would you put in place before the first page, and what would you do when it came",
            "how would you stop the bleeding first and find the root cause later",
        ),
        (
            Probe(
                "If error rates spiked on a service you barely know while you were on call, what would you do "
                "in the first fifteen minutes",
                covers=(
                    "Scope it from dashboards: which endpoints, status codes, regions and share of users are hit; "
                    "line the spike up against recent deploys, config or flag changes and dependency status",
                    "Page the owning team or a secondary within minutes instead of learning an unknown codebase "
                    "under pressure; declare an incident and write down what you checked and when",
                ),
            ),
            Probe(
                "What makes an alert worth waking someone up for, and what would you do with the alerts that are not",
                covers=(
                    "Page only for symptoms users feel now that need a human within minutes, e.g. SLO burn-rate "
                    "alerts (14.4x over 1 h burns 2% of a 30-day budget), not CPU or single-host causes",
                    "Turn the rest into tickets or business-hours notifications, or delete them; review every page "
                    "each rotation and fix or remove any that needed no action",
                ),
            ),
            Probe(
                "What belongs in a good incident review, and how do you make sure its actions actually get done",
                covers=(
                    "Timeline with detection and response times, impact in numbers, contributing factors (technical "
                    "and process), what went well and where luck helped, rather than one root cause or a culprit",
                    "Few actions, each a ticket with one owner, priority and due date in the team's normal backlog, "
                    "reviewed at a recurring ops meeting until closed; repeat incidents show which were skipped",
                ),
            ),
        ),
        (
            "Ready before the first page (runbooks, dashboards, access checked); then mitigation first (rollback, "
            "feature flag, failover), root cause after",
            "Clear updates during the incident, then a blameless review with owned follow-up actions",
        ),
        "Heroics with no follow-up, so the same incident can happen again",
    ),
    Theme(
        "slos",
        _words(r"\bslos?\b|\bslis?\b|\berror budgets?\b|\bservice[- ]level (?:objectives?|indicators?)\b"),
        (
            "which indicators did you choose, and what happened when the budget ran out",
            "how did you agree the targets, and whose plans changed because of them",
        ),
        (
            "which indicators would you choose, and what would happen when the error budget ran out",
            "how would you agree the targets with product, and what would the budget change",
        ),
        (
            Probe(
                "How would you choose SLIs for a checkout API, and which target would you start with",
                covers=(
                    "Good events over valid events: checkout requests that succeed (card declines and other 4xx "
                    "excluded) and those served under a threshold such as 1 s, measured at the load balancer",
                    "A first target just below what the last month achieved, e.g. 99.9% over a rolling 30 days "
                    "(about 43 minutes of full outage), tightened or loosened after a quarter",
                ),
            ),
            Probe(
                "What should happen when a service burns through its error budget halfway through the month",
                covers=(
                    "A freeze on risky releases and experiments, with only security and reliability fixes shipping, "
                    "until the rolling window is back within budget; the team works on the top causes",
                    "Burn-rate alerts should have warned earlier (e.g. 2% of budget in an hour pages); a postmortem "
                    "for any incident that spent over ~20%, and the SLO itself reviewed if users did not notice",
                ),
            ),
        ),
        (
            "SLIs chosen from what users feel (success rate, latency at a percentile), measured where users see them",
            "Targets agreed with product, and an error budget policy that changes priorities when the budget runs out",
        ),
        "SLOs nobody acts on, or 100% targets that leave no room to ship",
    ),
    Theme(
        "reliability",
        _words(
            r"\breliab\w*|\buptime\b|\bavailability\b(?! (?:service|slots?|calendar|api|data|search)\b)|"
            r"\bresilien\w*|\bfailover\b|\bfault[- ]toleran\w*|"
            r"\bslas?\b|\bservice[- ]level agreements?\b|\bkeep(?:ing)? the lights on\b|\bgame ?days?\b|"
            r"\bchaos (?:engineering|experiments?|testing|drills?)\b|\bfault injection\b|\bdisaster recovery drills?\b"
        ),
        (
            "how did you decide how reliable it had to be, and what did you build in to get there",
            "which failures did you design for, and how did you test them",
        ),
        (
            "which failures would you design for, and how would you know it was reliable enough",
            "what would you measure to know it was reliable, and what would you do first",
        ),
        (
            Probe(
                "How would you design a service to keep working when a dependency it calls is slow or down",
                covers=(
                    "Bulkheads: a bounded connection pool or concurrency limit per dependency, so one slow "
                    "dependency cannot use up every thread; timeouts set from its measured p99 and a deadline "
                    "passed along",
                    "A fallback for each call: a cached or stale value, a default, or the feature hidden; work that "
                    "need not be synchronous moved onto a queue, and load shed when saturated",
                ),
            ),
            Probe(
                "How would you choose an availability target for a service, and what would it cost to meet it",
                covers=(
                    "From what users notice and what downtime costs the business, checked against measured "
                    "availability and dependencies: a service cannot beat the product of its hard dependencies' "
                    "availability",
                    "A 99.9% target allows about 43 minutes of downtime a month, 99.99% about 4.3; each nine costs "
                    "roughly ten times more: redundancy across zones or regions, failover, on-call, slower releases",
                ),
            ),
        ),
        (
            "Failure modes named: timeouts, retries with backoff, circuit breakers, redundancy, graceful degradation",
            "Reliability made measurable: SLOs and error budgets, failures rehearsed (game days, fault injection)",
        ),
        "Reliability as hope: no failure modes, targets or tests",
    ),
    Theme(
        "money",
        _words(
            r"(?<!real )(?<!where the )(?<!where our )\bmoney\b(?! (?:goes|went|is spent)\b)|\bcurrenc(?:y|ies)\b|"
            r"\bminor units?\b|\brounding\b|\bdouble-entry\b|\bledgers?\b|"
            r"\bexchange rates?\b|\bdecimal\b|\b(?:card|payment|trade|merchant) settlements?\b|"
            r"\bsettlement (?:files?|reports?|reconciliation|systems?|runs?)\b|"
            r"\b(?:merchant|seller|creator|instant|partner) payouts?\b|\bpayouts? (?:apis?|systems?|services?)\b|"
            r"\b(?:payment|bank|transaction|ledger|invoice) reconciliation\b|"
            r"\breconcil\w* (?:\w+ ){0,3}(?:payments?|settlements?|transactions?|balances?|invoices?|ledgers?)\b"
        ),
        (
            "how did you represent the amounts, and where did rounding or currency catch you out",
            "how did you make sure the books always balanced",
        ),
        (
            "how would you represent the amounts, and where would rounding or currency catch you out",
            "how would you make sure the books always balance",
        ),
        (
            Probe(
                "Why should money never be stored as a float, and what would you store instead",
                covers=(
                    "Binary floats cannot represent most decimal fractions exactly (0.1 + 0.2 != 0.3), so errors "
                    "build up over sums and conversions, equality checks fail and rounding gives wrong cents",
                    "Not always cents: ISO 4217 exponents differ (JPY 0, KWD 3); `NUMERIC`/`BigDecimal` where rates "
                    "or unit prices need finer precision; JSON amounts sent as strings or integer minor units",
                ),
            ),
            Probe(
                "How would you model a ledger so that every transfer balances and nothing is ever edited",
                covers=(
                    "Tables `accounts`, `transactions` and `entries` (account, signed amount, currency); all "
                    "entries of a transfer are inserted in one DB transaction that checks they sum to zero per "
                    "currency",
                    "Make immutability enforced, not a convention: revoke UPDATE/DELETE or add a trigger; derive "
                    "balances from entries (or cache them with a version check); one idempotency key per transfer",
                ),
            ),
        ),
        (
            "Amounts as integers in minor units (or a decimal type) with their currency, never floats; rounding "
            "rules explicit and applied once",
            "Double-entry postings that always sum to zero, append-only with corrections as new entries, "
            "reconciled against the bank or provider",
        ),
        "Floats for money, or balances updated in place with no trail",
    ),
    Theme(
        "idempotency",
        _words(
            r"\bidempotency keys?\b|\bidempoten\w*|\bretr(?:y|ies|ied)\b|\bdouble[- ]charg\w*|"
            r"\bcharg\w* (?:\w+ ){0,3}twice\b|\bretried requests?\b|"
            r"\bduplicate (?:requests?|payments?|charges?|orders?)\b"
        ),
        (
            "how did you make a retried request safe, and where did you record what had already happened",
            "what happened when two copies of the same request or record arrived at the same moment",
        ),
        (
            "how would you make a retried request safe, and where would you record what already happened",
            "what would happen when two copies of the same request or record arrived at the same moment",
        ),
        (
            Probe(
                "How would you make a payment endpoint safe to retry, and what would you store",
                _MONEY_WORDS,
                (
                    "A row per key, scoped to the merchant or user: a hash of the request (same key with a "
                    "different body gets 422), a state (in progress or done), the response code and body, and "
                    "timestamps",
                    "Insert the key row before calling the processor, pass a key on to it (e.g. Stripe's "
                    "`Idempotency-Key`), and commit the outcome together with the payment record in one transaction",
                ),
            ),
            Probe(
                "A client times out after the charge went through and retries; what should the server do",
                _MONEY_WORDS,
                (
                    "Look up the key: if the first attempt finished, return its stored response with no second "
                    "charge; if it is still in progress, answer 409 (or wait) rather than start another charge",
                    "If the server lost the processor's reply, it asks the processor by its key or reference before "
                    "charging again; a reconciliation job catches any charge the server never recorded",
                ),
            ),
            Probe(
                "The same record can reach your service twice, or late; how do you make processing it safe",
                covers=(
                    "A key that identifies the record itself (device and reading time, event ID, order ID) and an "
                    "upsert or insert under a unique constraint, so a second copy changes nothing",
                    "A late copy is applied by its own timestamp or version, not by arrival order: an older version "
                    "never overwrites a newer one, and aggregates it touches are recomputed",
                ),
            ),
        ),
        (
            "An idempotency key from the client, or a natural key of the record, stored with the result under a "
            "unique constraint, so a retry or a duplicate gets the first outcome",
            "The awkward cases: two copies at the same moment, a timeout after the work succeeded, keys that expire",
        ),
        "Trusting clients never to retry, or deduplicating in one server's memory",
    ),
    Theme(
        "multi-tenancy",
        _words(
            r"\bmulti[- ]?tenan\w*+(?! (?:buildings?|propert(?:y|ies)|retail|office|commercial|industrial|shopping|"
            r"cent(?:re|er)s?)\b)|\btenant(?:[- ](?:isolation|boundar\w*|routing|aware|scoped|level)\b| data "
            r"(?:isolation|separation|partitioning)\b)|\bper[- ]tenant\b|\b(?:across|between) tenants\b|"
            r"\bnoisy[- ]neighbou?rs?\b|\bsingle[- ]tenant\b(?! (?:net[- ]lease|buildings?|propert(?:y|ies)|retail|"
            r"office|industrial)\b)"
        ),
        (
            "how did you stop one tenant from seeing another's data or slowing it down, and how did you check it",
            "what did you do about the largest tenants, and what did that cost",
        ),
        (
            "how would you stop one tenant from seeing another's data or slowing it down, and how would you test it",
            "what would you do when one tenant grew far larger than the rest",
        ),
        (
            Probe(
                "How would you make sure one tenant can never read another tenant's rows in a shared database",
                covers=(
                    "A tenant ID on every tenant-owned table, resolved on the server from the signed-in user (a "
                    "tenant in the URL is checked against their memberships); every query, unique index and cache "
                    "key includes it",
                    "PostgreSQL row-level security as a second guard, keyed on a per-transaction setting (`SET LOCAL "
                    "app.tenant_id`); the app's role must not own the tables (unless FORCE is set) nor have BYPASSRLS",
                    "Tests that call each endpoint as one tenant with another tenant's IDs and expect a 404",
                ),
            ),
            Probe(
                "One large tenant's traffic slows everyone else down; what would you do",
                _words(r"noisy|neighbou?r|fair|traffic|load|quota|limit"),
                (
                    "Confirm it with per-tenant metrics (requests, query time, queue depth); then per-tenant rate "
                    "limits and concurrency caps, and separate queues or worker pools so its backlog cannot hold up "
                    "others",
                    "Longer term, move heavy tenants to their own shard, database or cell through a tenant-to-shard "
                    "directory, planned and priced as a tier rather than absorbed silently",
                ),
            ),
            Probe(
                "When would you give each tenant its own schema or database rather than a shared table with a "
                "tenant column",
                covers=(
                    "Shared tables: cheapest to run and migrate for many small tenants, but isolation rests on tenant "
                    "filters (or RLS) being right everywhere, and a heavy tenant slows everyone",
                    "Database per tenant for a few large or regulated ones: real isolation, per-tenant restore, "
                    "placement for data residency; schema per tenant is halfway; the cost: migrations run once per "
                    "tenant",
                ),
            ),
        ),
        (
            "Isolation at every layer: the tenant taken from the token, its ID in every query and key (cache, queue, "
            "object storage), a database-level guard such as row-level security",
            "Fairness between tenants: per-tenant limits and metrics, and a plan for the biggest ones (own shard, "
            "pool or cell)",
        ),
        "Trusting a tenant ID the client sends without checking it against the user, or isolation that rests on every "
        "query remembering a WHERE clause",
    ),
    Theme(
        "workflows",
        _words(
            r"\bstate machines?\b|\bstate transitions?\b|\bworkflow (?:engines?|orchestrat\w*)\b|"
            r"\b(?:approval|multi-step|long-running) workflows?\b|\bmulti-step processes\b|"
            r"\b(?:order|booking|claims?|payment|shipment|subscription|invoice) (?:lifecycles?(?! (?:marketing|"
            r"campaigns?|emails?|messaging)\b)|workflows?|stat(?:e|us) (?:machines?|transitions?))\b|"
            r"\bstep functions\b|\bcompensating (?:actions?|transactions?)\b|\bsaga (?:pattern|orchestrat\w*)\b|"
            r"\bcamunda\b|\btemporal\.io\b|\btemporal(?: workflows?\b|(?:,| or| and) cadence\b)|"
            r"\bcadence(?:,| or| and) temporal\b"
        ),
        (
            "which states and transitions did you define, and what happened when a step failed after earlier ones "
            "had succeeded",
            "how did you handle events that arrived late, twice or out of order",
        ),
        (
            "which states and transitions would you define, and what would you do if a step failed after earlier ones "
            "had succeeded",
            "how would you handle events that arrive late, twice or out of order",
        ),
        (
            Probe(
                "How would you model an order's lifecycle so that it can never reach an invalid state",
                covers=(
                    "Explicit states and a table of allowed transitions in one place that every change goes "
                    "through, so 'shipped' cannot follow 'cancelled'; the new state and its outbox row committed in "
                    "one transaction",
                    "Concurrent changes guarded by a conditional write (`UPDATE orders SET status = 'paid' WHERE id "
                    "= $1 AND status = 'pending'`, or a version column), and each transition recorded with who, "
                    "when and why",
                ),
            ),
            Probe(
                "A process calls three services in turn and the third one fails; how do you leave things consistent",
                covers=(
                    "A saga: each completed step has a compensating action (refund the payment, release the "
                    "reservation), run in reverse once the failed step is known not to have happened; irreversible "
                    "steps go last",
                    "Progress persisted after each step by an orchestrator or workflow engine (e.g. Temporal) so a "
                    "crash resumes; a failed call retried first with an idempotency key, timeouts, an alert for stuck "
                    "runs",
                ),
            ),
            Probe(
                "How do you handle events for a workflow that arrive twice or out of order",
                covers=(
                    "Deduplicate by event ID (a processed-events row written in the same transaction as the change); "
                    "apply only allowed transitions from the current state: stale events ignored, early ones parked",
                    "Order by a sequence number or version from the source, not by clocks on different machines; "
                    "reconcile against the source of truth on a schedule to catch anything missed",
                ),
            ),
        ),
        (
            "States and transitions written down and enforced in one place, with conditional updates so two writers "
            "cannot both move the same instance",
            "Failure in the middle handled: persisted progress, idempotent steps, compensating actions, timeouts for "
            "stuck instances",
        ),
        "Status fields set from many places, with no rule about which transitions are allowed",
    ),
    Theme(
        "rate-limiting",
        _words(
            r"\brate[- ]limit\w*+(?! (?:steps?|factors?)\b)|\b(?:api|request|traffic) throttling\b|"
            r"\bthrottl\w* (?:of )?(?:api |incoming )?(?:requests?|traffic|calls|clients|users)\b|"
            r"\b(?:api|usage|request) quotas?\b|\bbackpressure\b|(?<!during )(?<!through )\bload[- ]shedding\b"
            r"(?! (?:schedules?|stages?)\b)|\bshed(?:ding)? load\b|\btoken buckets?\b|\bleaky buckets?\b"
        ),
        (
            "which limits did you set, keyed on what (user, API key, IP), and what did clients see when they hit them",
            "how did you make the limit hold across many servers",
            "what did the system do under more load than it could take, and what did it drop first",
        ),
        (
            "which limits would you set, keyed on what (user, API key, IP), and what would clients see when they hit "
            "them",
            "how would you make the limit hold across many servers",
            "what should the system do under more load than it can take, and what would it drop first",
        ),
        (
            Probe(
                "How would you rate-limit a public API that runs on many servers",
                covers=(
                    "A token bucket or sliding-window counter per API key or account in Redis, updated atomically by "
                    "a Lua script (plain `INCR` plus `EXPIRE` gives only a fixed window): one count for all servers",
                    "Over the limit: 429 with `Retry-After` and remaining-quota headers; a choice to fail open or "
                    "closed if the limiter's store is down; a coarse per-IP limit at the edge for unauthenticated "
                    "traffic",
                ),
            ),
            Probe(
                "What is backpressure, and how would you apply it between a fast producer and a slow consumer",
                _words(r"backpressure|load[- ]shed|shed(?:ding)? load|overload"),
                (
                    "The consumer's limit pushed back to the producer instead of a buffer growing until memory runs "
                    "out: bounded queues that block or reject when full, or consumers that pull work",
                    "At a service's edge: concurrency limits and load shedding (an early 503 or 429) so the work "
                    "already accepted still finishes in time; queue depth and the age of the oldest item watched",
                ),
            ),
        ),
        (
            "Limits keyed by who is calling (account, API key, IP), counted once across all instances, with clear 429s "
            "and `Retry-After`",
            "Overload stopped before it spreads: bounded queues, concurrency limits, low-priority work shed first",
        ),
        "Each server counting alone as if it were the only one (N servers let N times the limit through), or "
        "unbounded queues that hide overload until memory runs out",
    ),
    Theme(
        "distributed-systems",
        _words(
            r"\bdistributed (?:systems?|computing|transactions?)\b|\bpartial failures?\b|\bnetwork partitions?\b|"
            r"\bconsensus (?:algorithms?|protocols?)\b|\braft\b|\bpaxos\b|\bclock skew\b|\bsplit[- ]brain\b|"
            r"\bcap theorem\b|\bsagas?\b|\btwo-phase commit\b|\btimeouts?\b|\bconsistency models?\b|"
            r"\beventual(?:ly)? consisten\w*|\bstrong(?:ly)? consisten\w*"
        ),
        (
            "what failed only because the system was distributed, and how did you find it",
            "where did you accept stale data, and where could you not",
        ),
        (
            "which failures would you design for first, and how would you test them",
            "where would you accept stale data, and where not",
        ),
        (
            Probe(
                "When is eventual consistency acceptable, and what does a user see while replicas disagree",
                _words(r"consisten"),
                (
                    "Acceptable where a stale read is harmless or can be corrected (feeds, counts, search); not for "
                    "balances, stock or uniqueness, which need one writer or a consensus-backed store",
                    "Users may not see their own write, or see values go backwards between replicas; read-your-writes "
                    "(read from the leader after a write) or monotonic reads hide the worst of it",
                ),
            ),
            Probe(
                "A call to another service times out; how can you tell whether it happened, and what do you do next",
                covers=(
                    "The caller cannot tell: the request may never have arrived, may have run, or may still be "
                    "running; ask the other service by request ID or idempotency key, or check its state",
                    "Retry only if the call is idempotent (resend the same idempotency key so the server "
                    "deduplicates), with bounded retries; otherwise record the outcome as unknown and reconcile "
                    "before acting",
                ),
            ),
            Probe(
                "Why do retries without backoff or limits make an outage worse",
                covers=(
                    "Retries multiply load on a service that is already overloaded: three retries at each of three "
                    "layers turn one user request into up to 64 calls at the bottom",
                    "Immediate retries arrive in synchronised waves that keep it from recovering even after the "
                    "cause is gone; cap them with jittered exponential backoff, a retry budget (about 10%) and one "
                    "retrying layer",
                ),
            ),
        ),
        (
            "Partial failure as normal: timeouts that cannot tell slow from dead, retries with backoff and jitter, "
            "idempotent operations",
            "Consistency chosen on purpose: what a partition does to each piece of data, ordering never trusted to "
            "wall clocks",
        ),
        "Assuming the network is reliable, or retries without limits that multiply the load",
    ),
    Theme(
        "events",
        _words(
            r"\bevent[- ]driven\b|\bevents?\b(?= (?:streams?|bus|schemas?|consumers?|producers?|topics?|sourcing|log))|"
            r"\b(?:domain|business|integration) events?\b|\bkafka\b|\brabbitmq\b|\bqueues?\b|\bmessaging\b|"
            r"\bevent schemas?\b|\bschema registry\b|\bmessage (?:queues?|brokers?|bus|flows?)\b|\bretr(?:y|ies)\b|"
            r"\brun twice\b|\bexactly[- ]once\b|\bduplicat\w*|"
            r"\bstream\w*|\bpub/?sub\b|\basync(?:hronous)?\b(?=" + _ASYNC_WORK + r")|\bconsumers?\b|\bidempoten\w*|"
            r"\boutbox\b|\bchange data capture\b|\bcdc\b|\bdebezium\b|"
            r"\beventual(?:ly)? consisten\w*|\bbrokers?\b|\bsqs\b|\bevent backbone\b|\bevent[- ]time\b|\bwatermarks?\b|"
            r"\bout[- ]of[- ]order\b|\bbackground (?:jobs?|tasks?|workers?|processing)\b|\b(?:job|task) queues?\b|"
            r"\bcelery\b|\bsidekiq\b|\bbullmq\b|\bresque\b"
        ),
        (
            "how did you handle retries, ordering and duplicate messages",
            "what went wrong in production, and what did you change",
        ),
        (
            "how would you handle retries, duplicates and ordering",
            "what would happen when a consumer fell behind, and how would you notice",
        ),
        (
            Probe(
                "If a queue could deliver the same message twice, how would you make its consumer safe",
                covers=(
                    "Give each message a stable ID and record it in a processed-messages table in the same DB "
                    "transaction as the side effect, with a unique constraint so a redelivery becomes a no-op",
                    "Or make the operation idempotent itself: upserts, setting values instead of incrementing, "
                    "conditional writes on a version; pass an idempotency key to external APIs (e.g. Stripe's "
                    "`Idempotency-Key`)",
                ),
            ),
            Probe(
                "How would you handle a consumer that falls hours behind during a traffic spike",
                covers=(
                    "Find whether consumers are slow or too few: lag per partition, time per message, downstream "
                    "latency; grow a consumer group up to its partition count (Kafka share groups lift that cap), "
                    "batch writes",
                    "Decide what the backlog is worth: skip or compact stale messages when only the latest state "
                    "matters, keep fresh traffic flowing, and alert on lag measured in time before it reaches hours",
                ),
            ),
            Probe(
                "How would you change the schema of an event that several services consume",
                covers=(
                    "Only compatible changes in place: add optional fields with defaults, never rename, retype or "
                    "remove; consumers ignore unknown fields; a schema registry compatibility check (Avro/Protobuf) "
                    "in CI",
                    "For a breaking change, publish a new version (new topic or `v2` event type) alongside the old "
                    "one, move consumers over one by one, and retire v1 once nothing reads it",
                ),
            ),
            Probe(
                "Why would you use the outbox pattern instead of writing to the database and publishing the event "
                "separately",
                _words(r"outbox|change data capture|\bcdc\b|debezium"),
                (
                    "The dual write: a crash between the commit and the publish loses an event, or sends one for a "
                    "change that was rolled back",
                    "The event stored in the same transaction as the data, then relayed by a poller or by change data "
                    "capture (Debezium); consumers still deduplicate",
                ),
            ),
        ),
        (
            "Delivery guarantees understood: at-least-once delivery, idempotent consumers, ordering per key",
            "Failure handling: retries with backoff, dead-letter queues, consumer lag watched, compatible schemas",
        ),
        "Assuming exactly-once delivery, or no plan for a message that always fails",
    ),
    Theme(
        "people-management",
        _words(
            r"\bunderperform\w*|\bperformance (?:feedback|reviews?|issues|problems|conversations?|management)\b|"
            r"\bone[- ]to[- ]ones?\b|\b1:1s?\b|\bcareer (?:conversations?|growth|development|paths?)\b|"
            r"\bpromotions?\b|\bdirect reports?\b|\bpeople management\b|\bhonest feedback\b|"
            r"\bmanag(?:e|es|ed|ing) (?:a |the )?(?:team|people|engineers)\b"
        ),
        (
            "how did you set expectations, and how did you give feedback that changed something",
            "what did you do when someone was struggling, and how did it end",
        ),
        (
            "how would you raise a concern early, and what would you do if things did not improve",
            "how would you make expectations clear, and how would you know it was working",
        ),
        (
            Probe(
                "How would you handle an engineer whose work has slipped for two months",
                covers=(
                    "Talk in private soon, and ask before judging: unclear goals, a blocker, workload, health or "
                    "home; letting two months pass unsaid is a failing to own as well",
                    "Concrete examples (missed dates, review quality), a few measurable goals with weekly check-ins "
                    "over a set period, and HR brought in before anything becomes a formal plan",
                ),
            ),
            Probe(
                "What makes a one-to-one useful, and what would you never use it for",
                covers=(
                    "The report's meeting: their agenda first, held regularly and rarely cancelled, covering "
                    "blockers, growth, how they are doing and feedback both ways, with actions noted",
                    "Not for status updates the tracker already shows, and not for saving up criticism to spring on "
                    "them; serious concerns are raised when they happen",
                ),
            ),
        ),
        (
            "Clear expectations written down, regular one-to-ones, feedback early, specific and about behaviour",
            "Someone struggling given support and a fair timeline, documented, with an honest outcome either way",
        ),
        "Avoiding the hard conversation until it comes as a surprise, or feedback that is vague and late",
    ),
    Theme(
        "search-relevance",
        _words(
            r"\bsearch (?:results?|quality|relevance|ranking)\b|\brelevance\b|\branking\b|\bzero-result\b|\bbm25\b|"
            r"\bclick-through\b|\bautocomplete\b"
        ),
        (
            "how did you measure whether the results got better, and what did you change because of it",
            "which queries did you judge it on, and how did you keep one fix from breaking other queries",
        ),
        (
            "how would you measure whether search results got better before shipping a change",
            "which queries would you judge it on, and how would you keep one fix from breaking others",
        ),
        (
            Probe(
                "How would you tell whether a change to search ranking made results better",
                covers=(
                    "A judged set of real queries scored offline (NDCG or precision at k) before shipping, then an A/B "
                    "test on click-through, zero-result rate and reformulated searches",
                ),
            ),
        ),
        (
            "Relevance measured rather than guessed: click-through, zero-result rate, judged query sets offline, then "
            "an A/B test",
            "How ranking works underneath: BM25 on analysed fields, boosts for fields and freshness, and where the "
            "business rules sit",
        ),
        "Tuning ranking by eye on a handful of queries, with nothing measured before or after",
    ),
    Theme(
        "search-indexing",
        _words(
            r"\bsearch (?:index\w*|engines?|clusters?|servic\w+|infrastructure)\b|\belasticsearch\b|\bopensearch\b|"
            r"\bsolr\b|\blucene\b|\binverted ind\w*|\bre-?index\w*|\bindexing (?:jobs?|pipelines?)\b|\bfull-text\b"
        ),
        (
            "how did you keep the index in step with the source data, and how did you reindex without downtime",
            "what went wrong with the index in production, and what did you change afterwards",
        ),
        (
            "how would you keep the index in step with the source data, and reindex without downtime",
            "what would you do when the index fell behind the database",
        ),
        (
            Probe(
                "How does an inverted index answer a full-text query, and why must the analysers match",
                covers=(
                    "Each analysed term maps to a posting list of the documents that hold it; a query's terms look up "
                    "their lists, and a score such as BM25 ranks the matches",
                    "The same analyser (tokeniser, lower-casing, stemming) at index and query time, or the terms never "
                    "meet",
                ),
            ),
            Probe(
                "How would you reindex a large search index without downtime",
                covers=(
                    "Build a new index beside the old one from a snapshot, replay the changes made since, then "
                    "switch a "
                    "read alias to it in one step and keep the old one until the new one is checked",
                ),
            ),
        ),
        (
            "The index fed from the source of truth (change events or a queue), with a way to rebuild it and an alias "
            "swap so a reindex needs no downtime",
            "Mappings and analysers chosen for the queries, shard sizes planned, and what happens when a node fails",
        ),
        "An index that can only be rebuilt by taking search down, or one nobody can tell is stale",
    ),
    Theme(
        "realtime",
        _words(
            r"\bwebsockets?\b|\bserver-sent events\b|\bsse\b|\breal[- ]time (?:updates?|notifications?|feeds?|data)\b|"
            r"\blong[- ]polling\b|\blive (?:updates?|feeds?)\b|\bpush (?:updates?|notifications?)\b"
        ),
        (
            "how did you handle reconnects and messages missed while a client was away",
            "how did you spread the connections across servers, and what happened to slow clients",
        ),
        (
            "how would you handle reconnects and messages missed while a client was away",
            "how would you reach every client when they are connected to different servers",
        ),
        (
            Probe(
                "When would you choose WebSockets over server-sent events or long polling",
                covers=(
                    "Server-sent events for one-way server push over plain HTTP, with reconnect and Last-Event-ID "
                    "built in; WebSockets when the client sends too, at the cost of more work for proxies and auth",
                    "Long polling only as a fallback where neither gets through",
                ),
            ),
            Probe(
                "How would you send an update to every connected client when they are spread over many servers",
                covers=(
                    "Publish the update once to a pub/sub channel (Redis, NATS or Kafka) that every connection server "
                    "subscribes to; each server pushes to its own clients",
                    "Slow clients get updates coalesced or dropped with a resync, so one cannot hold memory for all",
                ),
            ),
        ),
        (
            "Long-lived connections handled: heartbeats, reconnect that resumes from the last event, load balancer "
            "idle timeouts and a cap on connections per server",
            "Fan-out through a pub/sub layer so any server can reach any client, with backpressure for slow clients",
        ),
        "Treating a connection like a request: no heartbeat, no resume after a reconnect, state held on one server",
    ),
    Theme(
        "caching",
        _words(
            r"\bcach(?:e|es|ed|ing)\b|\bredis\b|\bmemcached?\b|\bvarnish\b|\binvalidat\w*|\bttls?\b|"
            r"\b(?:cache-aside|write-through|read-through|write-behind)\b|\bstale\b|\bhit (?:rates?|ratios?)\b|"
            r"\bstampedes?\b"
        ),
        (
            "what did you cache, and how did you keep it from serving stale data",
            "what happened when the cache was cold or down, and how did you know it was helping",
        ),
        (
            "what would you cache, and how would you keep entries from going stale",
            "what would happen when the cache was empty or down",
        ),
        (
            Probe(
                "When would you choose cache-aside over write-through, and what happens to each on a write",
                covers=(
                    "Cache-aside: the application reads the cache, loads from the database on a miss and deletes the "
                    "key on a write; write-through writes the cache with the database, so reads stay warm",
                ),
            ),
            Probe(
                "How would you stop a cache stampede when a popular key expires",
                covers=(
                    "One request rebuilds the entry while the others wait or get the stale value (a lock or request "
                    "coalescing), with jittered TTLs or early refresh so keys do not all expire together",
                ),
            ),
        ),
        (
            "What is cached and how entries leave it: TTLs with jitter, a delete or versioned key on every write "
            "that changes the data",
            "The failure cases: a cold or lost cache (stampede, falling back to the database), stale reads the "
            "product can and cannot accept, the hit rate measured",
        ),
        "A cache added to hide a slow query with no plan for invalidation, or a system that cannot run without it",
        _words(r"\bcach|\binvalidat|\bmemcache|\bvarnish"),
    ),
    Theme(
        "warehouse-tuning",
        _words(
            r"(?<!fine-)(?<!fine )\btun(?:e|es|ed|ing)\b(?! (?:an? |the )?(?:llms?|models?)\b)|"
            r"\boptimi[sz]\w*|\bslow\w*|\bperformance\b|\bcosts?\b|(?<!risk )\bcredits?\b(?! risk)|"
            r"\bspen(?:d|ds|t|ding)\b|\bbill(?:s|ed|ing)?\b|\bexpensive\b|\bcheaper\b|\bbudgets?\b|\bdbus?\b|"
            r"\bslot (?:usage|time)\b|\bbytes (?:billed|processed|scanned)\b|"
            r"\bclustering keys?\b|\bsort keys?\b|\bpruning\b|\bwarehouse sizes?\b|\bauto-?suspend\w*"
        ),
        (
            "how did you find what was costing the most, and what did you change",
            "how did you keep the cost down without making things slower for the people using the data",
        ),
        (
            "how would you find which queries or jobs cost the most, and what would you change first",
            "how would you keep the cost in check without slowing down the people who use the data",
        ),
        (
            Probe(
                "How would you find out why a query in a cloud data warehouse is slow or expensive, and what would "
                "you change",
                covers=(
                    "The query profile (Snowflake Query Profile, BigQuery execution details, Spark UI): partitions "
                    "scanned against the total, spills to disk, skewed or exploding joins, time spent queued",
                    "Less scanned first (filters on the partition or clustering column so pruning works, only the "
                    "columns needed, incremental models); more compute where a query spills to remote storage",
                ),
            ),
        ),
        (
            "Spend and runtime traced to the queries and jobs behind them (query history, tags or labels; "
            "credits, DBUs or bytes billed per job or team), not guessed",
            "Less data scanned (partitioning or clustering, pruning, incremental models), compute sized to the "
            "workload and set to auto-suspend, budgets and alerts on spend",
        ),
        "Scaling the warehouse up as the only fix, or no idea what a query costs",
        _words(
            r"\bsnowflake\b(?! (?:ids?|schemas?)\b)|\bbig ?query\b|\bredshift\b|\bdatabricks\b|\bsynapse\b|"
            r"\bdata[- ]?warehouses?\b|\blakehouses?\b|\bmicrosoft fabric\b"
        ),
    ),
    Theme(
        "database-operations",
        _words(
            r"\b(?:auto)?vacuum\w*|\bbloat\w*|\breplication (?:lag|slots?)\b|\bread replicas?\b|"
            r"\bpoint[- ]in[- ]time recover\w*|\bpitr\b|\bbackups?\b|\brestor(?:e|es|ed|ing)\b|\bfail-?overs?\b|"
            r"\bconnection pool\w*|\bpgbouncer\b|\bproxysql\b|\brds proxy\b|\bpatroni\b|\bmajor version upgrades?\b|"
            r"\b(?:postgres(?:ql)?|mysql|mariadb|database|db) (?:fleet|clusters?|operations|reliability|health|"
            r"administration|upgrades?)\b|\bdbas?\b|"
            r"\b(?:operat(?:e|es|ed|ing)|run|runs|running|ran) (?:\w+ ){0,2}(?:postgres(?:ql)?|mysql|mariadb|"
            r"databases?|rds|aurora)\b"
        ),
        (
            "how did you know the databases were healthy, and what did you fix before it hurt",
            "what went wrong with the databases in production, and what did you change afterwards",
        ),
        (
            "what would you watch to know the databases were healthy, and what would you fix first",
            "what could go wrong in production, and how would you find out before users did",
        ),
        (
            Probe(
                "The primary PostgreSQL database fails at 3 a.m.: what should already be in place, and what do you do",
                covers=(
                    "Replicas streaming WAL with rehearsed, automated failover (Patroni or the managed service's), "
                    "a stable endpoint for clients, and the data an async replica may lose known in advance",
                    "Then: confirm the new primary takes writes, watch errors and replication lag, rebuild the old "
                    "primary as a replica, and review why it failed",
                ),
            ),
            Probe(
                "Why would a PostgreSQL table keep growing although rows are deleted, and what would you do",
                covers=(
                    "Deletes and updates leave dead row versions that autovacuum must clear; a long-running or idle-"
                    "in-transaction session, or an abandoned replication slot, holds them back, so the table bloats",
                    "Find the holder (pg_stat_activity, pg_replication_slots), tune autovacuum for hot tables, and "
                    "reclaim space with pg_repack rather than a locking VACUUM FULL",
                ),
            ),
            Probe(
                "How many database connections should a service running on 50 pods open, and why does it matter",
                covers=(
                    "Each PostgreSQL connection is a server process with its own memory: size pools from the "
                    "database's cores and workload, not pods times a default, and set connect and query timeouts",
                    "A pooler between the pods and the database (PgBouncer in transaction mode, RDS Proxy), small "
                    "pools per pod, and session features (prepared statements, SET) checked against the pool mode",
                ),
            ),
        ),
        (
            "Health watched before it hurts: replication lag, connections against the limit, slow queries, vacuum "
            "and bloat, disk and WAL growth, with alerts that say what to do",
            "Recovery proven, not assumed: point-in-time backups restored on a schedule, failover rehearsed, and "
            "the recovery time and data-loss targets known",
        ),
        "Backups that have never been restored, or failovers and upgrades tried for the first time in production",
        _words(
            r"\bpostgres|\bmysql|\bmariadb|\bdatabases?\b|\bdbs?\b|\brds\b|\baurora\b|\bsql\b|\bmongo|"
            r"\bvacuum|\bpgbouncer|\bpatroni|\bdbas?\b|\breplicas?\b"
        ),
    ),
    Theme(
        "query-tuning",
        _words(
            r"\btun(?:e|es|ed|ing)\b|\boptimi[sz]\w*|\bslow\w*|\bspeed(?:ing)? up\b|\bindex(?:es|ing)?\b|"
            r"\bquery plans?\b|\bexecution plans?\b|\bexplain(?: analy[sz]e)? plans?\b|\bn\+1\b"
        ),
        (
            "how did you find the slow queries, and what did the query plan show",
            "which index or rewrite fixed it, and what did it cost the writes",
        ),
        (
            "how would you find the slowest queries, and what would you look for in their plans",
            "how would you choose an index, and what would it cost the writes",
        ),
        (
            Probe(
                "What does EXPLAIN ANALYZE show that EXPLAIN does not, and what would you look for in a slow plan",
                covers=(
                    "EXPLAIN shows only estimates; EXPLAIN ANALYZE runs the query and adds actual rows, loops and "
                    "time per node (buffers by default from PostgreSQL 18), so wrap a write in a transaction and "
                    "roll it back",
                    "Look for estimated rows far from actual (stale statistics: run ANALYZE), sequential scans with "
                    "selective filters, many rows removed by filter, nested loops run thousands of times, sorts on "
                    "disk",
                ),
            ),
            Probe(
                "When does a composite index help a query, and why does the order of its columns matter",
                covers=(
                    "A B-tree on (a, b, c) is sorted by a, then b, then c, so it serves filters on a leftmost "
                    "prefix (a; a and b) and can also supply ORDER BY or cover the query, but not b alone",
                    "Put equality columns first and the range or sort column last: after a range condition the "
                    "later columns no longer narrow the seek; skip scan (MySQL 8, PostgreSQL 18) helps only when a "
                    "has few values",
                ),
            ),
            Probe(
                "Why can adding an index make a system slower, and how would you tell",
                covers=(
                    "Every insert, update and delete must maintain each index (more I/O and WAL, page splits, fewer "
                    "HOT updates in PostgreSQL), indexes take memory from hot data, and the planner may choose a "
                    "worse plan",
                    "Compare before and after: write latency and throughput, WAL or redo volume, cache hit ratio, "
                    "plan changes (EXPLAIN, `auto_explain`); `pg_stat_user_indexes.idx_scan` = 0 shows an index "
                    "nothing uses",
                ),
            ),
        ),
        (
            "The slow queries found first (MySQL's slow-query log, PostgreSQL's pg_stat_statements), then EXPLAIN "
            "ANALYZE on the worst",
            "Indexes that match the filters, joins and sort order, weighed against their cost to writes; "
            "rewrites such as removing N+1 queries before buying hardware",
        ),
        "Adding indexes or hardware by guesswork, without reading a query plan",
        _words(r"\bquer(?:y|ies)\b|\bsql\b|\bdatabases?\b|\bmysql\b|\bpostgre\w*|\btables?\b"),
    ),
    Theme(
        "capacity",
        _words(
            r"(?<!sprint )(?<!team )(?<!resource )(?<!production )(?<!workforce )"
            r"\bcapacity[- ](?:reviews?|plan\w*|models?|modell?ing|forecast\w*|limits?|test\w*|management)\b|"
            r"\bplan(?:s|ned|ning)? (?:for )?capacity\b|\b(?:infrastructure|system|service|server|cloud) capacity\b|"
            r"\b(?:storage|compute|database|cluster|disk|traffic|network|bandwidth) (?:capacity|growth)\b|"
            r"\bplan(?:s|ned|ning)? for (?:\w+ )?(?:data|storage|traffic|load|disk|database) growth\b|"
            r"\b(?:traffic|load|usage|capacity) forecast\w*|"
            r"\bforecast\w* (?:\w+ )?(?:traffic|usage|capacity|(?<!energy )(?<!power )load)\b|"
            r"\b(?:cpu|memory|disk|storage|cluster) headroom\b|"
            r"\bheadroom (?=(?:for|to handle|at) (?:peaks?|traffic|load))|"
            r"\bright-?sizing\b|\bcloud quotas?\b"
        ),
        (
            "what did you forecast, and how close was it to what actually happened",
            "which limit were you heading for first, and how did you spot it in time",
        ),
        (
            "which measurements would you collect first, and which limit would you expect to hit soonest",
            "how would you turn a forecast into actions with dates and owners",
        ),
        (
            Probe(
                "How would you forecast when a PostgreSQL database will run out of storage or connections",
                _words(r"\bpostgre\w*|\bpg\b|\bpsql\b"),
                covers=(
                    "Table and index sizes (with bloat) and peak connections against max_connections trended over "
                    "months, each tied to a driver such as customers; a watch on sudden WAL build-up (stale slot)",
                    "Alerts on the time left before a limit, started while it is well above the fix's lead time "
                    "(bigger volume, PgBouncer, partitions so old data can be dropped); a new forecast after launches",
                ),
            ),
            Probe(
                "How would you find out how much load a service can handle before it misses its SLO, and how "
                "much headroom would you keep",
                covers=(
                    "A load test on a production-like setup and request mix, ramped until latency or errors cross "
                    "the SLO, noting what saturates first: CPU, memory, a connection pool, the database, a rate limit",
                    "Headroom to serve the peak after losing a zone or node and while autoscaling reacts; load per "
                    "instance measured, so the autoscaling maximum and cloud quotas can be checked",
                ),
            ),
        ),
        (
            "Forecasts built from measured drivers and peaks (traffic, data per customer) that name the first limit "
            "to be hit: storage, connections, CPU, cloud quotas or budget",
            "Headroom sized for lead time and for failures; actions scheduled before the limit with dates and "
            "owners; forecasts later compared with what really happened",
        ),
        "Planning by gut feeling or from averages, ignoring peaks, failures or how long a fix takes",
    ),
    Theme(
        "performance",
        _words(
            r"\b(?:load|stress|soak|performance)[- ]test\w*|\bcapacity planning\b|"
            r"\bfast(?:er)?\b|\bspeed\b|\blatenc\w*|\bperforman\w*|\bthroughput\b|\bscal(?:e|es|ed|ing|able|ability)\b|"
            r"(?<!\bcost )(?<!\bcosts )\boptimi[sz]\w*+(?![/ ](?:routing|problems?)\b)|\bbottlenecks?\b|\bp9[59]\b|"
            r"\bslow\w*|\befficien\w*|"
            r"\bhigh[- ]traffic\b|\bload\b|"
            r"\bten times\b|\b\d+x\b|\bper second\b|\bcach(?:e|es|ing)\b|\bprofil\w*|\btun(?:e|es|ed|ing)\b|"
            r"\btraffic (?:spikes?|peaks?|surges?|bursts?)\b|\bspikes? in traffic\b|\bpeak (?:load|traffic)\b"
        ),
        (
            "what did you measure, what did you change, and what did it achieve",
            "how did you find the bottleneck, and what were the numbers before and after",
        ),
        (
            "what would you measure first, and how would you know you had succeeded",
            "how would you find the real bottleneck before changing any code",
        ),
        (
            Probe(
                "How would you find out where the time goes in a slow request, and which tools would you use",
                covers=(
                    "Distributed tracing (OpenTelemetry spans in Jaeger, Tempo or Honeycomb) splits the request "
                    "into DB queries, downstream calls and own code; then `EXPLAIN ANALYZE` or the slow query log "
                    "for the DB part",
                    "For CPU in the service, a sampling profiler that is safe in production (py-spy, "
                    "async-profiler, pprof, perf) with flame graphs; typical finds are N+1 queries, lock or pool "
                    "waits and serial calls",
                ),
            ),
            Probe(
                "If an endpoint's p99 latency doubled in a week, what would you check first, and how would you "
                "prove it",
                covers=(
                    "Whether p50 moved or only the tail, on which endpoints and hosts, against that week's deploys, "
                    "config, dependency and traffic changes; tail suspects are GC pauses, pool waits, cache misses, "
                    "saturation",
                    "Prove it by comparing traces or profiles from before and after, then revert or fix and show "
                    "p99 recover on the same dashboard, or reproduce it with a load test on last week's build",
                ),
            ),
            Probe(
                "When does a cache help, and how would you keep it from serving stale or wrong data",
                _words(r"cach"),
                covers=(
                    "Helps when the same keys are read far more often than they change and some staleness is "
                    "acceptable; check the hit rate, since a low one only adds a hop and a failure mode",
                    "Bound staleness with a TTL plus delete-on-write or write-through; jitter TTLs and coalesce "
                    "misses to avoid stampedes; include user, tenant and locale in keys so nobody is served "
                    "another's data",
                ),
            ),
            Probe(
                "If query times grew as a table passed ten million rows, how would you find the cause",
                _words(r"sql|postgres|mysql|quer(?:y|ies)|database"),
                covers=(
                    "Find the slow statements (`pg_stat_statements` or the slow query log) and run `EXPLAIN "
                    "(ANALYZE, BUFFERS)`: sequential scans, sorts spilling to disk, row estimates far from actual "
                    "counts",
                    "Usual causes at that size: a missing or unusable index, stale statistics (`ANALYZE`), bloat "
                    "from autovacuum falling behind, `OFFSET` pagination, and the working set no longer fitting in "
                    "memory",
                ),
            ),
        ),
        (
            "A baseline measured first: latency percentiles, throughput, resource use",
            "Profiling or tracing to find the real bottleneck, then before/after numbers under realistic load",
        ),
        "Optimising by guesswork, or quoting averages instead of percentiles",
    ),
    Theme(
        "integrations",
        _words(
            r"\bintegrat(?:e|es|ed|ing|ion|ions)\b(?! tests?\b| testing\b| engines?\b)|\bthird[- ]part(?:y|ies)\b|"
            r"\b(?:payment |external |service )?providers?\b|\bvendors?\b|\bpsps?\b|\bwebhooks?\b|"
            r"\bpartner (?:apis?|systems?)\b|\b(?:two-way |bi-?directional )?sync(?:hroni[sz]\w*)? (?:with|to|from)\b|"
            r"\btheir apis\b"
        ),
        (
            "what went wrong with the other side, and how did you protect your system from it",
            "what happened when the provider was slow, down or sent the same event twice",
        ),
        (
            "how would you protect your system when the provider is slow, down or wrong",
            "what would you do when the provider sends the same event twice, or late",
        ),
        (
            Probe(
                "How would you handle a provider's webhook that can arrive twice, late or out of order",
                covers=(
                    "Verify, store the raw event under the provider's event ID and answer 2xx quickly, then process "
                    "it from a queue so slow work does not trigger the provider's retries",
                    "Apply by the object's state, not arrival order: compare the event's timestamp or version with "
                    "what is stored and skip stale ones, or fetch the current object from their API",
                ),
            ),
            Probe(
                "A third-party API you depend on starts timing out; what protects your service",
                covers=(
                    "A timeout set from their measured p99 and a circuit breaker that fails fast after a run of "
                    "errors, so threads and connections are not all held waiting on them",
                    "A bulkhead (a small, separate pool or concurrency limit) for that provider, a retry budget so "
                    "retries do not pile on, and a fallback: cached data, a queue to finish later, or a degraded "
                    "feature",
                ),
            ),
        ),
        (
            "Defensive calls to someone else's API: timeouts, retries with backoff and idempotency keys, their rate "
            "limits respected",
            "Their failures contained: webhooks verified and deduplicated, records reconciled with theirs, a clear "
            "fallback when they are down",
        ),
        "Trusting a provider's API to be fast, correct and always up",
    ),
    Theme(
        "api",
        _words(
            r"\bapis?\b|\brest(?:ful)?\b|\bgraphql\b|\bgrpc\b|\bendpoints?\b|\bwebhooks?\b|\bsdks?\b|"
            r"\bservice contracts?\b|\bversioning\b|\bbackwards?[- ]compatib\w*|\bbreaking (?:existing )?clients\b|"
            r"\bopenapi\b|\bprotobuf\b"
        ),
        (
            "who were the consumers, and how did you make changes without breaking them",
            "how did you handle versioning and backward compatibility",
        ),
        (
            "how would you make changes later without breaking existing clients",
            "what would you agree with the consumers before writing any code",
        ),
        (
            Probe(
                "How would you add a required field to a public API without breaking existing clients",
                covers=(
                    "Add it as optional with a server-side default or derived value, so existing requests still "
                    "succeed; document it, announce a deadline and measure which clients still omit it",
                    "Make it mandatory only in a new version (a new endpoint or dated version header) or once "
                    "metrics show every client sends it; in protobuf add a new field number and never use "
                    "`required`",
                ),
            ),
            Probe(
                "How would you design pagination, errors and safe retries for an API other teams depend on",
                covers=(
                    "Cursor (keyset) pagination with an opaque next-page token and a maximum page size: stable "
                    "while rows are inserted, unlike offsets, which slow down and skip or repeat rows",
                    "Errors with the right HTTP status and a stable code (RFC 9457 problem details), 429 or 503 "
                    "with `Retry-After`; writes retried safely via an `Idempotency-Key` the server stores with the "
                    "result",
                ),
            ),
            Probe(
                "When would you choose gRPC over REST for a service, and what would you lose",
                _words(r"grpc|rest"),
                (
                    "gRPC: HTTP/2 and protobuf contracts, generated clients, streaming, compact messages; "
                    "suits service-to-service calls",
                    "What is lost: browsers need a proxy, payloads are not human-readable, curl-style debugging "
                    "and HTTP caching get harder",
                ),
            ),
        ),
        (
            "Who the consumers were and what they needed; the contract written down (OpenAPI, protobuf)",
            "Versioning and compatibility: additive changes, deprecation with notice, idempotent retries, clear errors",
        ),
        "Changing a contract without telling its consumers or testing against them",
    ),
    Theme(
        "git",
        _words(
            r"\bgit\b|\bbranch\w*|\bmerg(?:e|es|ing)\b|\brebas\w*|\bpull[- ]request workflows?\b|\bversion control\b"
        ),
        (
            "how did you keep the history and the merges manageable",
            "what went wrong with branches or merges, and what did you change",
        ),
        (
            "how would you keep branches short-lived and merges painless",
            "what conventions would you agree with the team, and why",
        ),
        (
            Probe(
                "When would you rebase rather than merge, and when would you refuse to rewrite history",
                covers=(
                    "Rebase your own unpushed or unreviewed branch onto main and use `git rebase -i` to tidy "
                    "commits; merge when combining shared branches or when the merge commit records a meaningful "
                    "integration",
                    "Refuse to rewrite history others have pulled (main, release branches, a shared feature "
                    "branch); on your own PR branch, push with `git push --force-with-lease`, never plain `--force`",
                ),
            ),
            Probe(
                "How would you keep a long-running branch from ending in a painful merge",
                covers=(
                    "Integrate main into it at least daily so conflicts stay small, and land pieces on main early "
                    "behind a feature flag instead of holding all the work on the branch",
                    "For big refactors use branch by abstraction; warn owners of files you both change, run CI on "
                    "the branch merged with current main, and enable `git rerere` to reuse conflict resolutions",
                ),
            ),
            Probe(
                "What makes a pull request easy to review, and how small should it be",
                covers=(
                    "One purpose per PR, a description of why and how it was tested, tests included, and mechanical "
                    "changes (renames, formatting, moves) in a separate PR from behaviour changes",
                    "Small enough to review properly in one sitting, usually a few hundred changed lines at most; "
                    "SmartBear's study of Cisco reviews found defect-finding fell off beyond about 400 lines per "
                    "review",
                ),
            ),
        ),
        (
            "Short-lived branches, small focused commits and pull requests that are easy to review",
            "Knowing when rebasing is safe (local, unshared work) and how to recover with reflog or revert",
        ),
        "Force-pushing shared branches, or huge pull requests nobody can review",
    ),
    Theme(
        "testing",
        _words(
            r"(?<!load )(?<!stress )(?<!soak )(?<!performance )(?<!chaos )(?<!penetration )(?<!load-)(?<!a/b )"
            r"(?<!split )(?<!usability )(?<!user )(?<!production )"
            r"\btest(?:s|ed|ing|able)?\b"
            r"(?! (?:(?:our|the|their|your) )?(?:\w+ )?(?:assumptions|hypothes[ie]s|theories)\b)|"
            r"\btdd\b|\bcoverage\b|\bqa\b|\bflak\w*|\bmocks?\b|\bcode quality\b|"
            r"\bend-to-end\b(?= (?:tests?|testing|suites?|checks?)\b)|\be2e\b"
        ),
        (
            "what did you test at which level, and what did the tests catch",
            "how did you keep the tests fast and trustworthy",
        ),
        (
            "what would you test at which level, and what would you leave out",
            "how would you keep the suite fast and free of flaky tests",
        ),
        (
            Probe(
                "In a service that calls two other services, what would you cover with unit, integration and "
                "contract tests, and why",
                covers=(
                    "Unit tests for the service's own logic with both clients faked at the boundary: request "
                    "mapping, validation, and how it handles their errors, timeouts and retries",
                    "Integration tests with its real database in a container (Testcontainers) and HTTP stubs "
                    "(WireMock); consumer-driven contract tests (Pact) pin what it needs from each provider",
                ),
            ),
            Probe(
                "How would you track down a test that fails one run in twenty",
                covers=(
                    "Reproduce it by running it many times (`go test -count=100 -race`, pytest-repeat's `--count`), "
                    "in random order and in parallel, and compare the logs of failing runs with passing ones",
                    "Usual causes: shared state or test order, time and time zones, sleeps instead of waiting on a "
                    "condition, ports and network, unseeded randomness; quarantine it with an owner while fixing",
                ),
            ),
            Probe(
                "When does a mock make a test worse, and what would you use instead",
                covers=(
                    "When it mocks code you do not own or internal calls, so the test checks calls instead of "
                    "behaviour, breaks on every refactor and passes while the real dependency acts differently",
                    "Instead: a fake (an in-memory repository), the real thing in a container (Postgres via "
                    "Testcontainers) or a contract test; mocks kept for slow or side-effecting edges such as email",
                ),
            ),
        ),
        (
            "What was tested at which level (unit, integration, contract, end to end) and why that split",
            "Fast, deterministic tests: real dependencies in containers where it matters, flaky tests fixed",
        ),
        "Coverage numbers as the goal, or mocks everywhere so the tests prove little",
    ),
    Theme(
        "schema-migration",
        _words(
            r"\bevolv\w* (?:the |a |our )?(?:[\w-]+ )?schemas?\b|\bzero[- ]downtime\b|"
            r"\bwithout downtime\b|\bbackfill\w*|\b(?:schema|database|db|sql) (?:changes?|migrations?)\b|"
            r"\balter table\b|\bonline (?:schema )?changes?\b|\bmigrations? that (?:don't|do not|never) lock\b|"
            r"\block(?:s|ing)? (?:a |the )?(?:hot |big |busy |large )?tables?\b|\bhot tables?\b"
        ),
        (
            "how did you change the schema while the old code was still running, and how long were the locks",
            "how did you backfill the data, and could you have rolled back",
        ),
        (
            "how would you change the schema while old and new code both run, and how would you keep locks short",
            "how would you backfill a large table safely, and how would you roll back",
        ),
        (
            Probe(
                "How would you rename a column on a busy table without downtime",
                covers=(
                    "A `RENAME COLUMN` is a quick metadata change, but instances still running the old code break "
                    "mid-deploy; both names must keep working until every instance uses the new one",
                    "Add the new column, keep both in step with dual writes or a trigger, backfill, switch reads, "
                    "tell the ORM to ignore the old column (Rails `ignored_columns`), then drop it; each step its "
                    "own deploy",
                ),
            ),
            Probe(
                "Why can adding an index or a NOT NULL constraint lock a large table, and how would you avoid it",
                covers=(
                    "In PostgreSQL a plain `CREATE INDEX` blocks writes for the whole build and `SET NOT NULL` "
                    "scans every row under an exclusive lock; a lock waiting behind a long query also blocks every "
                    "query after it",
                    "Use `CREATE INDEX CONCURRENTLY` (dropping an INVALID leftover if it fails); `CHECK (c IS NOT "
                    "NULL) NOT VALID`, then `VALIDATE`, so `SET NOT NULL` skips the scan; MySQL: online DDL, gh-ost",
                ),
            ),
        ),
        (
            "Expand and contract: add the new column or table, backfill in batches, move reads and writes, drop the "
            "old one later",
            "Locks kept short on big tables: a lock timeout, indexes built concurrently, constraints added first "
            "and validated later",
        ),
        "One big ALTER TABLE on a busy table, or a change the running code cannot survive",
        _words(r"\bschemas?\b|\btables?\b|\bcolumns?\b|\bdatabases?\b|\bpostgre\w*|\bmysql\b|\bsql\b"),
    ),
    Theme(
        "migration",
        _words(
            r"\bmigrat(?!ions\b)\w*|(?<!models and )(?<!schema )(?<!database )(?<!django )\bmigrations\b|"
            r"\b(?:break\w*|split\w*|decompos\w*|carv\w*|migrat\w*|mov(?:e|es|ed|ing)|extract\w*|strangl\w*|out of|"
            r"off|from|retir\w*|replac\w*|rewrit\w*)\b[^.;]{0,30}?\bmonoliths?\b|"
            r"\bmonoliths? (?:to|into) (?:micro-?)?services\b|\bmonolith (?:migrations?|decomposition|break-?up)\b|"
            r"\blegacy\b(?! (?:(?:b2b|edi|file|data|message) ){0,2}(?:formats?|protocols?|messages|standards?)\b)|"
            r"\brefactor\w*|\bmoderni[sz]\w*|\bdecompos\w*|\bcarv\w*|"
            r"\bbreak(?:ing)? (?:up|apart)\b|\brewrit\w*|\bstrangler\b|\bdeprecat\w*|\btech(?:nical)? debt\b|"
            r"\bwell-bounded\b|\bre-?architect\w*|\bupgrad\w*|\bretir\w*|\bdecommission\w*|\bsunset\w*|"
            r"\breplac\w*|\bmov(?:e|es|ing) (?:from|off|to)\b|\brebuil\w*|\bleave (?:\w+ )?alone\b"
        ),
        (
            "how did you break it into steps, and how did you limit the risk",
            "how did you keep everything running during the change, and could you roll back",
        ),
        (
            "where would you start, and how would you keep the risk low",
            "how would you move in small steps while everything keeps running",
        ),
        (
            Probe(
                "How would you move a busy table to a new schema without downtime",
                covers=(
                    "Expand and contract: add the new column or table without a rewrite, dual-write from the app, "
                    "backfill in small batches, switch reads, then drop the old column in a later release",
                    "Avoid long locks: in Postgres `CREATE INDEX CONCURRENTLY`, constraints added `NOT VALID` then "
                    "validated, a short `lock_timeout`; in MySQL, online DDL, gh-ost or pt-online-schema-change",
                ),
            ),
            Probe(
                "How would you decide where to draw the first service boundary in a monolith",
                covers=(
                    "A bounded context with few shared tables and calls into the rest, and a reason to stand alone "
                    "(different scaling, release pace or owning team); map module coupling and data access first",
                    "Start low-risk but real, often a leaf such as notifications or search; make it a clean module "
                    "with its own data inside the monolith first, and never split along technical layers",
                ),
            ),
            Probe(
                "How would you make sure old and new code paths behave the same during a migration",
                covers=(
                    "Shadow traffic: serve the old result, run the new path on the same input without side effects, "
                    "and log and count mismatches (GitHub's Scientist pattern) until the rate is near zero",
                    "Add reconciliation queries that compare data written by each path, characterisation tests "
                    "recorded from old outputs, and a flag that ramps traffic gradually with per-path error metrics",
                ),
            ),
        ),
        (
            "Small reversible steps (strangler pattern, backfills, feature flags), not a big-bang rewrite",
            "A rollback path at every step, and checks that old and new behave the same",
        ),
        "A big-bang rewrite with no way back, or no reason given for the change",
    ),
    Theme(
        "data-pipelines",
        _words(
            r"\b(?:data|batch|etl|elt|ingestion|streaming) pipelines?\b|\bdimensional model\w*|\bstar schemas?\b|"
            r"\bfact tables?\b|\betl\b|\belt\b|\bairflow\b|\bdbt\b|"
            r"\bdagster\b|\bprefect\b|\bspark\b|\bbigquery\b|\bsnowflake\b|\bredshift\b|\bdata warehouses?\b|"
            r"\bdata lakes?\b|\b(?:batch|daily|nightly|scheduled|data) jobs\b|\bbackfill\w*|\bdata quality\b|"
            r"\bingest\w*|\b(?:sql |data )?transformations\b|\bdata contracts?\b|\b(?:data )?lineage\b|"
            r"\bfreshness and completeness\b"
        ),
        (
            "how did you make a rerun safe, and how did you know the data was right",
            "what failed most often, and what did you change so it stopped",
        ),
        (
            "how would you make a failed run safe to repeat, and how would you know the data was right",
            "what would you check on every run, and what would you do when a check failed",
        ),
        (
            Probe(
                "How would you make a daily batch job safe to rerun after it fails halfway through",
                covers=(
                    "Each run owns its date partition: write to a staging table or temp path, then swap it in at "
                    "once (`INSERT OVERWRITE` of the partition, or delete and insert in one transaction)",
                    "Runs driven by the logical date passed in, never `now()`; steps checkpointed so a rerun skips "
                    "finished ones, and side effects (emails, API calls) recorded so they are not repeated",
                ),
            ),
            Probe(
                "How would you notice that a pipeline loaded wrong or incomplete data, not just that it failed",
                covers=(
                    "Reconciliation with the source (counts and sums of amounts per day match), unique and "
                    "referential checks on keys, and bounds against the same weekday's history to catch quiet drops",
                    "Checks as a step that blocks publishing (dbt tests, Great Expectations, Soda): a failing "
                    "partition is quarantined instead of read by dashboards, and the owner is alerted",
                ),
            ),
            Probe(
                "How would you backfill a year of data without disturbing the daily runs",
                covers=(
                    "Many small, idempotent jobs, one per day or week of data, through the same code as the daily "
                    "run, in a separate pool or queue with a concurrency limit and lower priority",
                    "Results written to a shadow table and swapped in once checked, or to partitions the daily run "
                    "does not touch; source and warehouse load watched, throttled or run off-peak",
                ),
            ),
        ),
        (
            "Idempotent, restartable runs: partitioned writes or upserts, so a retry or backfill never doubles rows",
            "Data checks on every run (row counts, freshness, nulls, schema), with alerts on late or failed jobs",
        ),
        "Jobs that only ever succeed on a rerun by hand, or no check that the data itself is correct",
    ),
    Theme(
        "sql-writing",
        _words(
            r"\bwrit(?:e|es|ing|ten) (?:\w+ ){0,2}sql\b|\bsql (?:queries|statements|that)\b|"
            r"\b(?:readable|clear|clean|maintainable|complex) sql\b|\b(?-i:SELECT)\b|\b(?:inner|left|outer) joins?\b|"
            r"\b(?:a|the) (?-i:JOIN)\b|\bwhere clauses?\b|\bgroup by\b|\bwindow functions?\b|\bctes?\b|\bsubquer\w*"
        ),
        (
            "how did you keep the queries readable for the next person, and how did you check the results were right",
            "which query was hardest to get right, and what did you learn from it",
        ),
        (
            "how would you keep the queries readable for the next person, and how would you check they were right",
            "how would you check a query's results before anyone relied on them",
        ),
        (
            Probe(
                "How do you keep a long SQL query readable, and when would you split it up",
                covers=(
                    "A formatter and linter such as SQLFluff so layout is not argued over, comments on business "
                    "rules, and the query built up step by step with row counts checked after each CTE",
                    "Split it when steps are reused, need their own tests or are slow: into views, dbt models with "
                    "tests or materialised tables; PostgreSQL 12+ inlines a CTE used once unless marked "
                    "`MATERIALIZED`",
                ),
            ),
            Probe(
                "A join suddenly returns more rows than expected; what would you check",
                covers=(
                    "Whether the join key is still unique on the side expected to be unique (`GROUP BY key HAVING "
                    "COUNT(*) > 1`): new duplicates, or a history table joined without its current-row filter",
                    "A missing or wrong join condition that makes a partial cross join, or two child tables of one "
                    "parent joined together (fan-out); compare COUNT(*) with COUNT(DISTINCT key) after each join",
                ),
            ),
        ),
        (
            "Readable SQL: one step per CTE, explicit joins, clear names and formatting, reviewed like any code",
            "Correct results first: NULLs, duplicates from joins, time zones; checked against a known answer",
        ),
        "Queries only their author can follow, or results nobody checked",
    ),
    Theme(
        "data",
        _words(
            r"\bdata model\w*|(?<!threat )(?<!threat-)(?<!capacity )(?<!cost )(?<!financial )\bmodel(?:l)?ing\b|"
            r"\bschemas?\b|\bsql\b|\bdatabases?\b|\bpostgre\w*|\bmysql\b|"
            r"\bmongo\w*|\bquer(?:y|ies)\b|\b(?:database |db |sql |secondary |composite |b-tree )?indexes\b|"
            r"\b(?:database|db|sql|secondary|composite|b-tree) index(?:ing)?\b|\brelational\b|\bnosql\b|\borm\b|"
            r"\btransactions?\b|\bdynamodb\b|\bcassandra\b|\bdata storage\b|\bdata integrity\b|\bledger\b"
        ),
        (
            "how did the access patterns shape the schema, and what would you change now",
            "which constraints and indexes did you choose, and why",
        ),
        (
            "which access patterns would you design for, and which constraints would you add",
            "how would you keep the data correct as volume grows",
        ),
        (
            Probe(
                "How would you model customers, orders and refunds in a relational database, and which constraints "
                "and indexes would you add",
                _RELATIONAL,
                covers=(
                    "Tables `customers`, `orders` (customer FK, status, amount in minor units, currency), "
                    "`order_items` and `refunds` (order FK, amount); index `orders(customer_id, created_at)` and "
                    "`refunds(order_id)`",
                    "Constraints: `NOT NULL`, `CHECK (amount > 0)`, unique customer email and refund idempotency "
                    "key; refunds never exceed the amount paid, enforced in a transaction that locks the order row",
                ),
            ),
            Probe(
                "If a query that took milliseconds now takes seconds, how would you find out why",
                _RELATIONAL,
                covers=(
                    "Compare the plan now with `EXPLAIN ANALYZE`: a flip to a sequential scan or bad join from "
                    "stale statistics, data growth, a dropped index, or a plan chosen for unusual parameter values",
                    "If the plan is fine, look at waiting: locks (`pg_stat_activity`, `pg_locks`), IO or CPU "
                    "saturation, bloat, or a query changed by a deploy; saved snapshots of `pg_stat_statements` "
                    "date the change",
                ),
            ),
            Probe(
                "When would you reach for a transaction, and which isolation level would you choose",
                _RELATIONAL,
                (
                    "A transaction when several writes must succeed or fail together, kept short",
                    "Isolation levels by the anomalies they allow (dirty and non-repeatable reads, phantoms, lost "
                    "updates); read committed as a common default, serializable or row locks where it matters",
                ),
            ),
            Probe(
                "How would you model customers and their orders in a document store, and what would you give up",
                _words(r"mongo|nosql|document|dynamo|cassandra"),
                covers=(
                    "Embed bounded data read together (line items in the order); orders as their own documents "
                    "keyed or indexed by customer ID, since embedding them in the customer grows without bound",
                    "You give up enforced foreign keys, cheap joins (MongoDB's `$lookup` exists but costs more) and "
                    "cheap multi-document transactions; copied fields (customer name on orders) are the app's to "
                    "keep in step",
                ),
            ),
        ),
        (
            "Access patterns first: the queries that matter, then the schema, constraints and indexes for them",
            "Correctness: keys, foreign keys and transactions; reading the query plan before adding an index",
        ),
        "Indexes added by guesswork, or no idea how the data is actually queried",
        _words(_NOT_ANALYTICS),
    ),
    Theme(
        "mentoring",
        _words(
            r"\bmentor\w*|\bmentees?\b|\bcoach\w*|\binterns?\b|\bonboard\w*|\bteach\w*|"
            r"\bjunior (?:engineers|developers)\b|"
            r"\bmid-level engineers\b|\bearlier in their career\b|"
            r"\bgrow(?:s|ing)? (?:\w+ ){0,2}(?:engineers|developers|people|others|leaders)\b|"
            r"\bknowledge sharing\b|\bexplaining things\b"
        ),
        (
            "how did you tailor your help, and what did they go on to achieve",
            "how did you know your help was working",
        ),
        (
            "how would you tailor your help, and how would you know it was working",
            "how would you balance helping with letting people find their own way",
        ),
        (
            Probe(
                "How would you plan a new engineer's first month so that they ship something real",
                covers=(
                    "Laptop and access ready on day one, a named buddy, and a small real change merged in week one "
                    "that walks the whole path: repo, review, CI, deploy and monitoring",
                    "A scoped project for weeks two to four with a clear definition of done, pairing on the "
                    "unfamiliar parts, weekly check-ins, and the onboarding docs they found wrong fixed by them",
                ),
            ),
            Probe(
                "How do you give feedback to someone more junior that they can act on",
                covers=(
                    "Soon after the event and in private, as situation, behaviour and impact: what they did, the "
                    "effect it had, and what to do differently next time",
                    "Check they understood and agree one next step, then notice and say so when they improve; "
                    "praise as specific as criticism",
                ),
            ),
        ),
        (
            "How they adapted to the person: their level, goals and way of learning",
            "The outcome for the other person (work shipped, growing independence), not only time spent",
        ),
        "Doing the work for them, or mentoring that is only answering questions",
    ),
    Theme(
        "accessibility",
        _words(r"\bwcag\b|\baccessib(?:le|ility)\b|\bscreen readers?\b|\ba11y\b|\bassistive technolog\w*"),
        (
            "how did you check it worked for people using assistive technology, and what did you fix",
            "which accessibility problems did you find, and how did you stop them coming back",
        ),
        (
            "how would you check it works for people using assistive technology",
            "how would you keep accessibility from regressing as the service changes",
        ),
        (
            Probe(
                "What does WCAG AA ask of a web form, and how would you test it",
                covers=(
                    "WCAG 2.2 AA: programmatic labels, errors described in text with a fix suggested, 4.5:1 text "
                    "and 3:1 field-border contrast, visible focus, `autocomplete` on personal fields, no puzzles to "
                    "log in",
                    "Fill and submit it by keyboard alone, run axe, use a screen reader (NVDA, VoiceOver) to hear "
                    "labels, errors and status messages announced, and check reflow at 400% zoom",
                ),
            ),
            Probe(
                "How would you keep accessibility from regressing in a service many teams change",
                covers=(
                    "A shared component library whose inputs, dialogs and menus are made accessible and tested "
                    "once, so teams get labels, focus and contrast by default, plus lint rules such as "
                    "eslint-plugin-jsx-a11y",
                    "Axe checks in every team's end-to-end tests that fail the build on new violations, "
                    "accessibility in the definition of done, a named champion per team, and periodic manual audits",
                ),
            ),
        ),
        (
            "Accessibility built in: semantic HTML, labels and focus order, colour contrast, keyboard use, "
            "checked with a screen reader",
            "Automated checks in the pipeline (axe or Lighthouse) plus manual testing with assistive technology, "
            "fixes treated as bugs",
        ),
        "Accessibility left to an audit at the end, or only what an automated checker finds",
    ),
    Theme(
        "product",
        _words(
            r"\bproduct (?:managers?|owners?|teams?|people|side)\b|\bwith product\b|\bstakeholders?\b|"
            r"(?<!gdpr )(?<!hipaa )(?<!soc 2 )(?<!compliance )(?<!regulatory )(?<!legal )(?<!security )(?<!audit )"
            r"(?<!pci )(?<!dss )(?<!privacy )\brequirements?\b|\bdesigners?\b|\buser needs\b|\bnon-technical\b|"
            r"\bfinance\b|\boperations\b|"
            r"\bwhat to (?:build|stop)\b|\bprioriti[sz]\w*|(?<!dss )(?<!pci )\bscope\b|\bfeature requests?\b"
        ),
        (
            "what did you push back on, and how did you reach agreement",
            "how did you handle disagreement about scope, and what was the outcome",
        ),
        (
            "what would you do if you disagreed about scope or priorities",
            "how would you make sure what gets built is what is actually needed",
        ),
        (
            Probe(
                "If a product manager asked for a feature by Friday that you thought would take three weeks, "
                "what would you do",
                covers=(
                    "Share the estimate with its reasoning and uncertainty, and ask what Friday is for (a demo, a "
                    "customer promise, a launch), since the real need often fits a much smaller slice",
                    "Offer concrete options: a thinner version by Friday, the full feature in three weeks, or other "
                    "work dropped, each with its risks; agree in writing and warn early if it slips",
                ),
            ),
            Probe(
                "How do you turn a vague feature request into something the team can build and test",
                covers=(
                    "Ask who the user is, what problem it solves and how success is measured; write concrete "
                    "examples as Given/When/Then acceptance criteria, including error and edge cases",
                    "Cut a vertical slice that works end to end, list what is out of scope, and confirm the "
                    "examples with the requester before building; the examples become the tests",
                ),
            ),
        ),
        (
            "Turning vague asks into something testable: questions asked, acceptance criteria, a smallest version",
            "Negotiating scope honestly: options with their costs, and saying no (or not yet) with reasons",
        ),
        "Taking every request as given, or treating product people as opponents",
    ),
    Theme(
        "ci-cd",
        _words(
            r"\bci\b|\bcd\b|\bci/cd\b|\b(?:build|deploy\w*|release|delivery|ci|cd) pipelines?\b|\bdeploy\w*|"
            r"\breleas\w*|\bbuild times?\b|\bgithub actions\b|"
            r"\bgitlab(?: ci)?\b|\bjenkins\b|\bcontinuous (?:integration|delivery|deployment)\b|\bgoes green\b|"
            r"\bfeature flags?\b|\brollouts?\b|\bcanary\b|\brollbacks?\b|\broll(?:ing)? back\b"
        ),
        (
            "how much faster or more reliable did releases get, and how did you measure it",
            "what was slowing it down, and what did you change",
        ),
        (
            "what would you measure first, and what would you change to make it fast and reliable",
            "what would you look at first to make it faster, and how would you keep it trustworthy",
        ),
        (
            Probe(
                "If a pipeline took forty minutes and failed at random one run in ten, how would you make it fast "
                "and trustworthy",
                covers=(
                    "Measure first: time per stage and the causes of failures over the last few hundred runs, "
                    "separating flaky tests from infrastructure faults (runners, network, registry pulls)",
                    "Then dependency and Docker layer caches, tests sharded across runners, only affected tests on "
                    "a change, a fast lint-and-unit stage first; flaky tests quarantined with owners",
                ),
            ),
            Probe(
                "How would you roll out a risky change so that you can stop it quickly if it misbehaves",
                covers=(
                    "Behind a feature flag, deployed off, then turned on for internal users, 1%, 10%, 50%, with a "
                    "kill switch that turns it off in seconds without a deploy",
                    "Or a canary on a small share of traffic compared with the baseline on errors and latency, "
                    "rolled back automatically on a breach (Argo Rollouts, Flagger); schema changes kept backward "
                    "compatible",
                ),
            ),
            Probe(
                "What would you check automatically before code reaches production, and what would you leave out",
                covers=(
                    "Build, lint and type checks, unit and integration tests, dependency, secret and image "
                    "scanning, a migration check, and smoke tests against staging before the production deploy",
                    "Left off the blocking path: slow full end-to-end suites and load tests (nightly or before big "
                    "releases), checks nobody acts on, and flaky tests that teach people to rerun until green",
                ),
            ),
        ),
        (
            "Pipeline speed and reliability measured before and after: caching, parallel steps, flaky tests fixed",
            "Safe releases: small changes, automated checks, canaries or feature flags, and a quick rollback",
        ),
        "Re-running red builds until they pass, or releases that need a hero",
    ),
    Theme(
        "security",
        _words(
            r"(?<!food )(?<!job )(?<!social )\bsecur(?!ities\b)\w*|\bharden\w*|"
            r"(?<!card )(?<!payment )\bauth(?!orit(?:y|ies)\b)\w*|\boauth\b|\bencrypt\w*|"
            r"\bsecrets?\b|\bvulnerab\w*|\bowasp\b|\bcomplian\w*|"
            r"\bpci\b|\bthreats?\b|\bpermissions?\b|\biam\b|"
            r"\bpen(?:etration)? test"
        ),
        (
            "what risk were you addressing, and how did you know the fix worked",
            "how did you make the secure way the easy way for the team",
        ),
        (
            "which threats would you consider first, and what would you put in place",
            "how would you make the secure way the easy way for the team",
        ),
        (
            Probe(
                "How would you store and rotate the secrets a service needs, and what would you never do with them",
                covers=(
                    "In a secrets manager (Vault, AWS Secrets Manager, GCP Secret Manager), read at runtime with "
                    "the workload's own identity (IAM role, service account); short-lived dynamic credentials where "
                    "possible",
                    "Rotate on a schedule and at once after a leak, old and new both valid meanwhile; never commit "
                    "them, bake them into images, log them, pass them as arguments or share one across services",
                ),
            ),
            Probe(
                "How would you stop one user of an API from reading another user's data",
                covers=(
                    "Check every request on the server against the object: load the record and confirm its owner or "
                    "tenant is the caller from the token, never a user ID the client sends (BOLA, top of the OWASP "
                    "API Top 10)",
                    "Enforce it in one place (queries scoped by owner in a data-access layer, or PostgreSQL "
                    "row-level security), deny by default, test that user A gets 404 on user B's IDs; unguessable "
                    "IDs are no control",
                ),
            ),
            Probe(
                "What would you check first in a security review of a new endpoint",
                covers=(
                    "Who can call it and what it exposes: authentication required, authorisation on each object it "
                    "touches, and a response that returns no more fields than this caller may see",
                    "Then its input: validation and parameterised queries, SSRF if it fetches URLs, size and rate "
                    "limits, no secrets or personal data in logs, and tests for the denied cases",
                ),
            ),
        ),
        (
            "The threat addressed (data exposure, broken access control, injection, leaked secrets) and why",
            "Concrete controls: least privilege, secrets in a manager and rotated, dependencies patched, CI checks",
        ),
        'Security as someone else\'s job, or "everything is encrypted" with no specifics',
    ),
    Theme(
        "privacy",
        _words(
            r"\bgdpr\b|\bprivacy\b|\bpersonal data\b|\bpii\b|\bdata protection\b|\bretention\b|\bconsent\b|"
            r"\bccpa\b|\bright to be forgotten\b|\bdpo\b|\bdpias?\b|\bimpact assessments?\b|\bdata subjects?\b|"
            r"\berasure\b|\bdata minimi[sz]ation\b|\bpurpose limitation\b|\bsubject access\b"
        ),
        (
            "what personal data was involved, and how did you make sure it was handled correctly",
            "where did the data live, and how did you keep it in check",
        ),
        (
            "where would the personal data live, and how would you keep it in check",
            "what would you avoid collecting, and how long would you keep the rest",
        ),
        (
            Probe(
                "How would you delete one customer's personal data everywhere it lives, including logs and backups",
                covers=(
                    "A data map keyed by customer ID drives a deletion job that fans out to every service, "
                    "warehouse, search index, cache and processor (via their APIs) and records completion; GDPR "
                    "gives a month",
                    "Keep personal data out of logs or pseudonymised, with short retention; backups expire on "
                    "schedule or are crypto-shredded with per-customer keys, and deletions are replayed after any "
                    "restore",
                ),
            ),
            Probe(
                "What personal data would you avoid collecting in a new feature, and how long would you keep the rest",
                covers=(
                    "Avoid what the feature does not need: date of birth when an age check will do, full address "
                    "when a postcode will, government IDs, precise location, and free-text fields that invite "
                    "sensitive data",
                    "Set a retention period per field tied to its purpose (e.g. raw logs 30 days, inactive accounts "
                    "2 years), enforce it with a scheduled deletion job, and record it in the data inventory",
                ),
            ),
        ),
        (
            "Knowing where personal data lives (services, logs, backups, analytics) and why each copy exists",
            "Retention and deletion that actually run: minimisation, deletion jobs, access reviews, audit trails",
        ),
        "Compliance claimed with no idea where the data actually is",
    ),
    Theme(
        "cost",
        _words(
            r"\bcosts?\b|\bcloud (?:bill|spend)\b|\bfinops\b|\bcheaper\b|\bresource utili[sz]ation\b|"
            r"(?:(?<=\bcloud )|(?<=\bour )|(?<=\bthe )|(?<=\btotal )|(?<=\bvendor )|(?<=\bcompute )|(?<=\bmonthly )|"
            r"(?<=\bannual )|(?<=\binfra )|(?<=\bgpu )|(?<=\baws )|(?<=\binfrastructure ))spend\b|"
            r"\bspend (?:on|per) (?:cloud|compute|infrastructure|aws|gcp|azure|gpus?|vendors?|tooling)\b|"
            r"\bwhere (?:the|our) money (?:goes|went|is spent)\b|"
            r"\bright-?siz\w*|\bsavings plans?\b|\breserved instances?\b|\bspot instances?\b|\bcommitted use\b"
        ),
        (
            "how did you find where the money went, and how much did you save",
            "what did you cut, and how did you make sure reliability did not suffer",
        ),
        (
            "where would you look first, and how would you avoid hurting reliability",
            "how would you find out where the money actually goes",
        ),
        (
            Probe(
                "If the cloud bill grew 40% in a quarter while traffic grew 10%, where would you look first",
                covers=(
                    "The billing data grouped by service, account and tag quarter on quarter (Cost Explorer, or the "
                    "billing export in BigQuery) to find the few lines that grew, then cost per request",
                    "Usual culprits: data transfer (cross-zone, NAT gateway), log and metrics volume, forgotten "
                    "snapshots and volumes, idle or oversized instances, an expired commitment discount",
                ),
            ),
            Probe(
                "How would you decide between paying for more capacity and spending engineering time on efficiency",
                covers=(
                    "Compare the yearly saving with the engineer-weeks it takes at their full cost, plus the upkeep "
                    "and risk the optimisation adds, and with what else those weeks could build",
                    "Buy capacity when the bill is small, growth is uncertain or speed matters; spend time on "
                    "efficiency when cost grows with every customer or one hot spot dominates the profile",
                ),
            ),
        ),
        (
            "Finding where the money goes (cost per service or tag) before cutting anything",
            "Savings checked against reliability and effort: right-sizing, autoscaling, storage tiers, commitments",
        ),
        "Cutting cost with no numbers, or cuts that quietly hurt reliability",
    ),
    Theme(
        "audit",
        _words(
            r"\baudit(?:s|ed|ing|able)?\b|\btamper\w*|\bwho (?:accessed|changed|viewed|did)\b|"
            r"\bcannot be (?:altered|changed|edited|deleted)\b|\bappend-only\b|\bnon-repudiation\b"
        ),
        (
            "what did each record hold, and how did you make sure nobody could change it",
            "how did you keep the trail out of reach of the application that wrote it",
        ),
        (
            "what would each record hold, and how would you make sure nobody could alter it",
            "how would you keep the trail trustworthy if the application itself were compromised",
        ),
        (
            Probe(
                "How would you make an audit log tamper-evident, and how would you show it was not changed",
                covers=(
                    "Chain the entries: each stores the hash of the previous one (or use a Merkle tree), and the "
                    "latest head hash is signed and copied regularly outside the system, e.g. to another account or "
                    "WORM storage",
                    "Show it by recomputing the chain from the first entry and matching each anchored head, run "
                    "regularly and on demand; AWS CloudTrail's signed digest files work the same way",
                ),
            ),
            Probe(
                "What is the difference between application logs and an audit trail, and why keep them apart",
                covers=(
                    "Application logs help engineers debug: verbose, sampled, changing format, kept briefly, lines "
                    "may drop; an audit trail is a complete, fixed-schema record of who did what, kept as the rules "
                    "require",
                    "Kept apart because access, retention and integrity differ, and audit entries must never be "
                    "lost to sampling, rotation or log levels; write them in the change's transaction or via an "
                    "outbox",
                ),
            ),
        ),
        (
            "Append-only, tamper-evident records of who did what to which record, when and why (hash chains or "
            "write-once storage)",
            "Kept apart from the application's own rights: separate write permissions, retention set by the rules, "
            "reads of the log logged too",
        ),
        "Audit records in a table the application can update, or mixed into debug logs",
    ),
    Theme(
        "job-monitoring",
        _words(r"\bmonitor\w*|\balert\w*|\bfailures?\b|\bfail(?:s|ed|ing)?\b|\bobservab\w*|\blate\b|\bsla\b"),
        (
            "how did you find out a job had failed or loaded bad data, and what did you change afterwards",
            "which checks and alerts did you add, and which of them turned out to be noise",
        ),
        (
            "what would you check on every run, and who would hear about a late or wrong one",
            "how would you find out about a failed or late job before anyone downstream does",
        ),
        (
            Probe(
                "A nightly job succeeded but loaded half the usual rows; how would you catch that automatically",
                covers=(
                    "Compare the loaded row count with a baseline (same weekday last week or a 7-day median) and "
                    "with the source's count, and alert when it falls outside a band such as ±20%",
                    "Make it a step in the pipeline that fails the run (dbt tests, Great Expectations, Soda, "
                    "Airflow SQL check operators), so success means the data passed, not just that the process "
                    "exited 0",
                ),
            ),
            Probe(
                "How would you make a failed batch job safe to rerun",
                covers=(
                    "Make each run idempotent for its input window: load into a staging table or partition and swap "
                    "it in atomically, delete and insert the partition in one transaction, or upsert on a natural "
                    "key",
                    "Take the logical date as a parameter rather than reading 'now', checkpoint long jobs, and "
                    "guard side effects (emails, payments) with idempotency keys so a rerun does not repeat them",
                ),
            ),
        ),
        (
            "Checks on every run beyond success: row counts, freshness, nulls and schema against what is expected",
            "Alerts on late, failed or suspicious runs routed to an owner, with reruns that are safe to repeat",
        ),
        "Alerting only when a job crashes, so a run that loads wrong or partial data goes unnoticed",
        _words(
            r"\b(?:daily|nightly|hourly|batch|scheduled|cron|etl) (?:jobs?|runs?|loads?)\b|\bdags?\b|\bairflow\b|"
            r"\b(?:data|etl|elt|ingestion) pipelines?\b|\breconciliation (?:jobs?|runs?)\b"
        ),
    ),
    Theme(
        "observability",
        _words(
            r"\bmonitor\w*|\bobservab\w*|\bmetrics?\b|\blogging\b|\blogs\b|\btracing\b|\btraces\b|\balert\w*|"
            r"\bdashboards?\b|\bopentelemetry\b|\bprometheus\b|\bgrafana\b|\bdatadog\b|\bcloudwatch\b"
        ),
        (
            "what did you instrument, and what could you see afterwards that you could not before",
            "which signals did you choose, and how did they change what the team did",
        ),
        (
            "what would you instrument first, and which alerts would you set",
            "how would you tell from the outside that it is healthy",
        ),
        (
            Probe(
                "What would you put on the dashboard and alerts for a new service, and how would you avoid "
                "alert fatigue",
                covers=(
                    "Dashboard: per endpoint rate, errors and p50/p95/p99 latency, saturation (CPU, memory, "
                    "connection pools, queue depth), each dependency's errors and latency, and deploy markers",
                    "Page only on symptoms users feel, through SLO burn-rate alerts; causes (disk at 80%, a "
                    "restart) become tickets; every alert has an owner and a runbook, and noisy ones are fixed or "
                    "deleted",
                ),
            ),
            Probe(
                "How would metrics, logs and traces each help you debug a slow request that crosses three services",
                covers=(
                    "Metrics show when and where it slowed (which service and endpoint's p99, since which deploy); "
                    "a trace of one slow request shows which span in which of the three services took the time",
                    "Logs tagged with the same trace ID explain that span (a query, a retry, a lock wait); "
                    "exemplars link a metric spike to a trace, and context travels in the W3C `traceparent` header",
                ),
            ),
            Probe(
                "How would you choose an SLO for a service, and what would you do when it is breached",
                covers=(
                    "From a user journey: good events over valid events (e.g. requests not 5xx and under 300 ms), a "
                    "rolling 28- or 30-day window, and a target set from current performance",
                    "When breached: the error budget policy applies (risky changes paused, top causes fixed), the "
                    "incidents that spent it reviewed, and the target revisited if users never noticed",
                ),
            ),
        ),
        (
            "Signals that matter to users: latency, errors, traffic and saturation, ideally against SLOs",
            "Metrics, logs and traces used together (e.g. OpenTelemetry), with alerts someone can act on",
        ),
        "Dashboards nobody looks at, or alerts on everything",
        _words(r"^(?!.*\bdata (?:quality|freshness)\b)"),
    ),
    Theme(
        "concurrency",
        _words(
            r"\bconcurren\w*|\bthreads?\b|\bmulti-?thread\w*|\blocks?\b|\blocking\b|\brace conditions?\b|"
            r"\bdeadlocks?\b|\bparallel\w*|\bcoroutines?\b|\bgoroutines?\b|\basync(?:hronous)?\b(?!"
            + _ASYNC_WORK
            + r")|"
            r"\bmutex\w*|"
            r"\bdouble[- ](?:sold|sell\w*|book\w*)|\boversell\w*|\boverbook\w*|\bsold twice\b"
        ),
        (
            "what race or deadlock did you run into, and how did you find it",
            "how did you protect the shared state, and how did you test it",
        ),
        (
            "how would you find and prevent race conditions",
            "what shared state would you worry about, and how would you protect it",
        ),
        (
            Probe(
                "How would you find a race condition that only shows up under load",
                covers=(
                    "Reproduce it: a stress test with high concurrency on the suspect path, injected delays to "
                    "widen the window, many repeats, and a race detector on the tests (Go's `-race`, "
                    "ThreadSanitizer, jcstress)",
                    "Trace the bad data back by request ID, and look for read-modify-write or check-then-act "
                    "without a lock; fix with an atomic update, a unique constraint or `SELECT ... FOR UPDATE`",
                ),
            ),
            Probe(
                "When would you use a lock, a queue or an atomic operation to protect shared state, and why",
                covers=(
                    "Atomic (compare-and-swap, atomic counter, `UPDATE ... SET n = n + 1`) for one value changed on "
                    "its own: cheapest and never blocks, but cannot keep several values consistent together",
                    "A lock when several values must change together, held briefly, taken in a fixed order to avoid "
                    "deadlock; a queue with one owner of the state when work can wait: it serialises and gives "
                    "back-pressure",
                ),
            ),
            Probe(
                "What happens to a service when a slow downstream call blocks its threads, and how would you "
                "prevent it",
                covers=(
                    "Threads pile up waiting (threads busy = request rate x latency), so requests that never touch "
                    "the dependency queue too, health checks fail and the failure cascades to callers",
                    "Timeouts on connect and read, a bounded pool or semaphore per dependency, a circuit breaker "
                    "and bounded queues that shed load; async I/O or virtual threads still need those limits",
                ),
            ),
        ),
        (
            "Shared state found and protected: locks, atomics, queues or no sharing at all",
            "Races and deadlocks found with load tests, timeouts and tracing, not by luck",
        ),
        "Adding locks or sleeps until the symptom goes away",
    ),
    Theme(
        "networking",
        _words(
            r"\bhttps?\b|\btls\b|\bssl\b|\bdns\b|\btcp\b|\budp\b|\bnetwork\w*|\bload balanc\w*|\bproxies\b|"
            r"\bproxy\b|\bcdns?\b|\bcertificates?\b|\bhow the (?:web|internet) works\b"
        ),
        (
            "what was going wrong on the network, and how did you find it",
            "what did you change, and how did you prove it helped",
        ),
        (
            "how would you find where along the path a request fails",
            "what would you check first, and with which tools",
        ),
        (
            Probe(
                "Walk me through what happens between a client calling an API's URL and getting a response, from DNS "
                "to TLS to HTTP",
                _words(r"dns|tls|ssl|https\b|fit together|networking"),
                covers=(
                    "DNS from cache or a recursive lookup to A/AAAA (often via a CNAME to a CDN); TCP handshake; "
                    "TLS 1.3 in one round trip with SNI, certificate chain and hostname checks, and ALPN choosing "
                    "HTTP/2",
                    "The request reaches a load balancer or CDN that usually terminates TLS and forwards to a "
                    "backend; the response comes back and the connection is kept alive for reuse; HTTP/3 runs over "
                    "QUIC on UDP",
                ),
            ),
            Probe(
                "How would you debug a service that can reach a dependency by IP address but not by name",
                covers=(
                    "Resolve the name from the same host or container the service runs in: `/etc/resolv.conf`, `dig "
                    "name`, `getent hosts name` (uses nsswitch and `/etc/hosts`, as the app does)",
                    "Usual causes: wrong search domain or `ndots` in Kubernetes, private zone not linked, port 53 "
                    "blocked, stale cache, an AAAA record without an IPv6 route, or a proxy applied to names but "
                    "not IPs",
                ),
            ),
            Probe(
                "What is the difference between GET and POST, and what should a client do with a 4xx and a 5xx status",
                _words(r"status codes?|\bget and post\b|http methods|\bverbs\b|http basics"),
                (
                    "GET reads and is safe and idempotent (cacheable, retryable); POST creates or acts and is not "
                    "idempotent unless the server makes it so (an idempotency key)",
                    "4xx: the request is wrong (fix it before retrying: 400, 401, 403, 404, 409, 429 with "
                    "Retry-After); 5xx: the server failed (retry with backoff if the call is idempotent)",
                ),
            ),
            Probe(
                "What does a load balancer in front of a service do, and what can go wrong with it",
                covers=(
                    "Spreads traffic across healthy backends (L4 by connection, L7 by path or header), runs health "
                    "checks, often terminates TLS, and drains connections from backends during deploys",
                    "Risks: health checks too shallow or too strict, backend keep-alive shorter than the LB idle "
                    "timeout (502s), sticky sessions unbalancing load, client IP lost without `X-Forwarded-For`",
                ),
            ),
        ),
        (
            "The path of a request: DNS lookup, TCP and TLS handshakes, HTTP, load balancers and proxies",
            "Where it fails and how to see it: timeouts, certificates, DNS caching; dig, curl, tcpdump",
        ),
        "Hand-waving between 'the client' and 'the server'",
    ),
    Theme(
        "architecture",
        _words(
            r"\barchitect\w*|\bsystem design\b|\bdesign docs?\b|\btechnical (?:direction|decisions?|strategy)\b|"
            r"\brfcs?\b|\bdomain-driven\b|\bmicroservices?\b|\bservice boundar\w*|\btechnology selection\b|"
            r"\bscalable (?:and reliable )?(?:backend )?systems\b|\bdesign patterns\b|\bambiguous problems\b|"
            r"\bwell-bounded services\b"
        ),
        (
            "what options did you consider, and why did you choose the one you did",
            "how did you write the decision down and get people to agree",
        ),
        (
            "which options would you consider, and how would you choose between them",
            "how would you get the team to agree on a direction",
        ),
        (
            Probe(
                "How would you decide whether part of a system should become its own service",
                covers=(
                    "Split when it has its own bounded context and data, a different scaling, release or "
                    "reliability need, or a separate team that keeps getting blocked by shared code",
                    "Against: network failures, no cross-service transactions, more deploys and on-call; often a "
                    "clean module inside the monolith first, extracted later behind the same interface",
                ),
            ),
            Probe(
                "What goes into a good design document, and how would you get it reviewed",
                covers=(
                    "Context and problem, goals and non-goals, the proposal with diagrams and APIs, alternatives "
                    "and why they lost, risks, rollout and rollback, cost, and open questions",
                    "A short draft shared early with those who will build, run or depend on it, a named approver "
                    "and a comment deadline, then a meeting only for the points still open",
                ),
            ),
            Probe(
                "How would you design a system to keep working when one of its dependencies is down",
                covers=(
                    "Each dependency classed as critical or optional; optional ones degrade (hide the feature, "
                    "serve cached or default values) instead of failing the whole request",
                    "Critical ones made redundant (replicas across zones, failover); timeouts, circuit breakers and "
                    "bulkheads around each call, writes queued to replay later; proved with failure injection or "
                    "game days",
                ),
            ),
        ),
        (
            "Options compared against clear requirements (load, consistency, team size), with reasons for the choice",
            "The decision written down (design doc or decision record) and revisited when the facts changed",
        ),
        "One favourite architecture for every problem",
    ),
    Theme(
        "code-review",
        _words(
            r"\bcode reviews?\b|\breview(?:s|ed|ing)? (?:the )?(?:code|pull requests?|prs|merge requests?|changes|"
            r"designs?)\b(?! docs?\b| documents?\b)|"
            r"\bpull requests?\b|\bfeedback on (?:code|pull requests?|prs|changes)\b|\bpeer reviews?\b|\breviewers?\b"
        ),
        (
            "what did you look for, and how did you give feedback that landed",
            "how did you handle a review where you disagreed",
        ),
        (
            "what would you look for, and how would you phrase feedback that lands",
            "what would you do when the author disagreed with you",
        ),
        (
            Probe(
                "What do you look for first when you review a pull request, and what do you leave to tools",
                covers=(
                    "First the description and linked issue (what it should do), then whether the approach fits, "
                    "the risky parts (migrations, security, concurrency, error handling, compatibility) and tests "
                    "that prove it",
                    "Tools handle formatting, lint, types, import order, coverage, vulnerable dependencies and "
                    "committed secrets, all run in CI before a person looks",
                ),
            ),
            Probe(
                "How would you give feedback on a pull request that works but will be hard to maintain",
                covers=(
                    'Name the concrete future cost ("a new payment type means editing these five switch statements") '
                    "and suggest an alternative with a small example, asking questions rather than dictating",
                    "Mark what blocks the merge and what does not (`nit:`, Conventional Comments); for a large "
                    "rework talk it through, and agree to fix it now or ship with a follow-up ticket",
                ),
            ),
        ),
        (
            "What they look for: correctness, tests, readability and risk, with style left to linters",
            "Feedback that is kind, specific and explains why; a disagreement settled on reasons, not taste",
        ),
        "Nit-picking style while missing real risk, or rubber-stamping",
    ),
    Theme(
        "process",
        _words(
            r"\bagile\b|\bscrum\b|\bkanban\b|\bsprints?\b|\bretrospectives?\b|\bretros?\b|\bstand-?ups?\b|"
            r"\b(?:team|development|engineering|delivery|release|review) process(?:es)?\b|\bprocess improvements?\b|"
            r"\bways? of working\b|\bteam workflows?\b|"
            r"\bceremon\w*|\bsprint planning\b"
        ),
        (
            "what did the team change because of it, and what did you contribute",
            "what worked, what did not, and what did you change",
        ),
        (
            "what would you change so that the team's time is well spent",
            "how would you tell whether the team was getting value from it",
        ),
        (
            Probe(
                "What makes a retrospective lead to real change, and what would you do when it does not",
                covers=(
                    "One or two actions, each with an owner and a date, put on the board like other work and "
                    "checked at the start of the next retro; it must be safe to say what is wrong",
                    "When nothing changes, find out why: actions too big, outside the team's control (escalate "
                    "them) or never given time; shrink them, or run one retro on a single problem with data",
                ),
            ),
            Probe(
                "How would you adapt Scrum or Kanban for a team that is constantly interrupted by support work",
                covers=(
                    "Make interrupts visible and budgeted: a rotating support person shields the rest, or capacity "
                    "reserved from measured history (e.g. 20–30%), with interrupts tracked as tickets",
                    "Kanban often fits better: WIP limits, an expedite lane for urgent issues, no fixed sprint "
                    "commitment; then reduce the source by fixing the top recurring causes and improving "
                    "self-service docs",
                ),
            ),
        ),
        (
            "Process as a tool: the problem each ritual solves, and changing it when it stops helping",
            "Concrete improvements they drove: smaller work items, fewer handoffs, retro actions followed up",
        ),
        "Following rituals for their own sake, or dismissing process entirely",
    ),
    Theme(
        "hiring",
        _words(r"\binterview\w*|\bhir(?:e|es|ing)\b|\brecruit\w*|\bcandidates?\b|\bgrow the (?:\w+ )?team\b"),
        (
            "how did you decide what to assess, and how did you keep it fair and consistent",
            "what did you learn about telling strong candidates apart",
        ),
        (
            "what would you assess, and how would you keep it fair and consistent",
            "how would you decide what the team needs most in its next hire",
        ),
        (
            Probe(
                "How would you design an interview for backend engineers that is fair and predicts how they will do",
                covers=(
                    "Work samples close to the job (debug a small service, design an API, review a pull request) "
                    "instead of puzzles; each stage assesses named skills, none assessed twice",
                    "Same questions and rubric for everyone, with example answers per score, varied panels, "
                    "adjustments offered; later compared with on-the-job performance and pass rates by group",
                ),
            ),
            Probe(
                "What would you look for in a candidate's answer to a system design question",
                covers=(
                    "Clarifies requirements and scale first (users, read and write rates, latency, consistency), "
                    "does rough sums, then sketches a simple design before adding parts",
                    "Names trade-offs and failure modes (a node or dependency down, hot keys, data growth), "
                    "justifies each choice, and adapts when the interviewer changes a constraint",
                ),
            ),
        ),
        (
            "What they assessed and why: skills the job needs, structured questions, a clear scoring guide",
            "Fairness and consistency: interviewers calibrated, notes written before the debrief, candidates respected",
        ),
        "Hiring on gut feel, or for people just like themselves",
    ),
    Theme(
        "leadership",
        _words(
            r"\blead(?:s|ing)? (?:a |the )?(?:[\w/-]+,? (?:or |and )?){0,3}"
            r"(?:teams?|engineers|squads?|groups?|projects?|initiatives?|efforts?)\b|\btech lead\b|"
            r"\btechnical leadership\b|\bbuild(?:s|ing)? consensus\b|"
            r"\bgrow(?:s|ing|n)? (?:a |the )?(?:team|teams|organi[sz]ation)\b|\bthrough (?:a period of )?growth\b|"
            r"\bcontentious\b|\bno single team owns\b|"
            r"\broadmaps?\b|\bacross teams\b|\bcross-team\b|\bengineering culture\b|"
            r"\bdirection\b|\bleadership\b|\b(?:formal )?authority\b"
        ),
        (
            "how did you get people aligned, and what changed as a result",
            "how did you bring people along, and what would you do differently",
        ),
        (
            "how would you get people aligned, and how would you know it was working",
            "how would you bring people along rather than decide alone",
        ),
        (
            Probe(
                "How would you introduce a new engineering standard across several teams without slowing them down",
                covers=(
                    "State the problem it solves, draft it with engineers from the affected teams (an RFC with a "
                    "comment period), pilot it on one team, and make it the easy path with templates, libraries and "
                    "linters",
                    "Roll it out gradually: new code first, CI warnings before failures, documented exceptions; "
                    "measure adoption and effect, and change or drop it if it does not pay off",
                ),
            ),
            Probe(
                "How would you decide which practices a team must follow and which are up to each engineer",
                covers=(
                    "Mandatory where inconsistency hurts others or is costly to undo: security, data handling, API "
                    "contracts, observability, review and test gates, formatting done by tools",
                    "Left to each engineer when the effect stays local and reversible (editor, local workflow); the "
                    "must-haves kept short, written down with reasons and reviewed now and then",
                ),
            ),
        ),
        (
            "How they set direction and got buy-in: context shared, people consulted, decisions explained",
            "The effect on the team: people grown, practices that lasted after they stepped back",
        ),
        "Leading by decree, or keeping all the interesting work for themselves",
    ),
    Theme(
        "documentation",
        _words(
            r"\bdocument(?:ation|ing|ed)\b|^document\b|\bdocument (?:the|your|our|their|its|how|what|why|decisions?|"
            r"designs?|apis?|processes|systems?|services?|code|architecture|changes|runbooks?|procedures?|and)\b|"
            r"\bdocs\b|\brunbooks?\b|\breadmes?\b|\bwiki\b|\bapi reference\b|\bonboarding guide\b|"
            r"\bplaybooks?\b|\bdesign (?:docs?|documents?)\b|\brfcs?\b(?! ?\d)|\bdecision records?\b"
        ),
        (
            "who was the reader, and how did you keep the docs from going stale",
            "who was it written for, and how did you keep it current as the system changed",
        ),
        (
            "what would you automate, and who would own the upkeep",
            "who would you write it for first, and how would you keep it from going stale",
        ),
        (
            Probe(
                "What belongs in a service's runbook, and how would you keep it accurate",
                covers=(
                    "Per alert: what it means and its user impact, dashboards and log queries, checks and safe "
                    "mitigations with exact commands, dependencies, and who to escalate to",
                    "Link each alert to its runbook section, have on-call fix mistakes they find during incidents, "
                    "review it in incident reviews, and test it in game days or by a new hire following it",
                ),
            ),
            Probe(
                "How would you keep API documentation from drifting away from the code",
                covers=(
                    "One source of truth: an OpenAPI spec written first or generated from code (FastAPI, "
                    "springdoc), rendered with Redoc or Swagger UI and published by CI on every merge",
                    "Test implementation against the spec in CI (contract tests or Schemathesis), validate the "
                    "examples, and flag breaking spec changes with a diff tool such as oasdiff",
                ),
            ),
        ),
        (
            "Writing for a named reader (on-call engineer, API consumer, new hire) and the task they need to do",
            "Kept current by design: generated from code or schemas where possible, owned, reviewed with changes",
        ),
        "Docs written once and never touched again",
    ),
    Theme(
        "communication",
        _words(
            r"\bcommunicat\w*|\bexplain\w*|\bwritten\b|\bwrite-ups?\b|\bpresent\w*|\btrade-offs?\b"
            r"|\bwrit(?:e|es|ing) clearly\b|\bclear writing\b"
        ),
        (
            "who was the audience, and how did you know it landed",
            "what did you leave out, and why",
        ),
        (
            "how would you adapt it to the audience, and how would you check it landed",
            "what would you leave out, and why",
        ),
        (
            Probe(
                "How would you explain a technical trade-off to a finance lead, and what would you leave out",
                covers=(
                    "Framed in money, risk and time: the options, cost now and per year, what each risks (outage "
                    "cost, delay), a recommendation, and the decision needed from them",
                    "Leave out implementation detail and jargon (which database, which pattern) unless asked; give "
                    "uncertainty honestly as ranges rather than false precision",
                ),
            ),
            Probe(
                "What makes technical documentation worth keeping up to date, and who should own it",
                covers=(
                    "Docs people act on (runbooks, onboarding, API references, decision records), kept next to the "
                    "code in the repo and reviewed with the change, with a last-reviewed date",
                    "Owned by the team that owns the system, named on the page, updated in the same pull request as "
                    "the change; generated where possible (OpenAPI), and stale pages deleted",
                ),
            ),
        ),
        (
            "Adapting to the audience: what they need to decide, in their terms, key facts first",
            "Checking understanding, and writing decisions down so they outlive the meeting",
        ),
        "Jargon for every audience, or explaining without checking it landed",
    ),
    Theme(
        "code-quality",
        _words(
            r"\bclean code\b|\breadab\w*|\bmaintainab\w*|\bcoding standards?\b|\bcode standards?\b|"
            r"\bstyle guides?\b|\bwell-documented\b|\blinters?\b|\blinting\b|\bsolid principles\b|"
            r"\bdesign patterns\b|\bclean\b(?=,? (?:\w+,? )*code\b)|"
            r"\b(?:other people|others|people|teammates|anyone|the next person) can "
            r"(?:read|follow|understand|change)\b|"
            r"\bsomeone else (?:to|can|could) (?:read|follow|change)\b"
        ),
        (
            "what made that code easy for the next person to change, and how did you check",
            "which standards did you follow or set, and how were they enforced",
        ),
        (
            "what would you agree on as a team, and what would you leave to a linter",
            "how would you keep it readable as the code grows",
        ),
        (
            Probe(
                "What makes code easy for someone else to change six months later",
                covers=(
                    "Fast tests that describe behaviour, so a breaking change fails loudly, and clear module "
                    "boundaries with small interfaces, so a change stays in one place",
                    "Explicit dependencies (no hidden global state or magic), each piece of knowledge in one place, "
                    "no dead code or stale flags, and decisions recorded in commit messages and ADRs",
                ),
            ),
            Probe(
                "Which coding standards would you enforce with tools, and which would you leave to review",
                covers=(
                    "Tools for anything mechanical: formatting (Prettier, Black, gofmt), lint rules (Ruff, ESLint), "
                    "types, import order, complexity limits, banned APIs, run in pre-commit hooks and CI",
                    "Review for judgement: design and boundaries, naming, error handling, whether tests test the "
                    "right thing; a comment reviewers keep repeating becomes a lint rule",
                ),
            ),
        ),
        (
            "Readability first: clear names, small functions, one level of abstraction, comments on why, not what",
            "Standards enforced by tools (formatter, linter, type checks in CI) so reviews discuss design",
        ),
        "Clever code nobody else can change, or style arguments settled by whoever is loudest",
    ),
    Theme(
        "containers",
        _words(
            r"\bdocker\w*|\bcontainers?\b|\bcontaineri[sz]\w*|\b(?:container |docker |base )images?\b|\bpodman\b|"
            r"\bcompose files?\b"
        ),
        (
            "what did you put in the image, and what went wrong when it ran",
            "how did you debug it when the container behaved differently from your laptop",
        ),
        (
            "what would you keep out of the image, and how would you debug it when it misbehaves",
            "how would you make it behave the same on every machine",
        ),
        (
            Probe(
                "What makes a good container image for a backend service, and what would you keep out of it",
                covers=(
                    "Dependencies installed in a layer before the source so rebuilds hit the cache, a distroless or "
                    "slim base, exec-form `ENTRYPOINT` so the app is PID 1 and gets SIGTERM, a health check",
                    "Keep out `.git`, tests, compilers and package caches (`.dockerignore`, final stage only); pass "
                    "build secrets with BuildKit `--mount=type=secret`; scan with Trivy or Grype and rebuild for "
                    "patches",
                ),
            ),
            Probe(
                "A container exits straight after starting; how would you find out why",
                covers=(
                    "Exit code and logs first: `docker ps -a`, `docker logs`, or `kubectl describe pod` and "
                    "`kubectl logs --previous`; 1 app error, 126/127 not executable or not found, 137 SIGKILL or "
                    "OOM, 139 segfault",
                    "Then `docker run -it --entrypoint sh image` to check the command, env vars, config files and "
                    "permissions for the user; exit 0 usually means the main process ran to completion or "
                    "daemonised",
                ),
            ),
            Probe(
                "What is the difference between a container and a virtual machine, and when does it matter",
                covers=(
                    "A container is a set of host processes isolated with namespaces and limited by cgroups, "
                    "sharing the host kernel; a VM runs its own kernel on a hypervisor, so it is heavier and slower "
                    "to start",
                    "It matters for isolation (a kernel bug can let code escape a container; use gVisor, Kata or "
                    "Firecracker for untrusted code), for needing a different kernel or OS, and for density",
                ),
            ),
        ),
        (
            "Small, reproducible images: multi-stage builds, pinned base images, no secrets baked in, non-root user",
            "Debugging at the process level: logs, exit codes, exec into the container, resources and signals",
        ),
        "Images that only build on one laptop, or secrets copied into a layer",
    ),
    Theme(
        "automation",
        _words(
            r"\bautomat(?:e|es|ing|ion)\b|(?<!not just )(?<!not only )\bscripts?\b|"
            r"\bscripting\b|\btoil\b|\brepetitive\b|"
            r"\bmanual (?:steps?|work|tasks?)\b|\bbash\b|\bshell\b|\binternal tool\w*|"
            r"\bdeveloper (?:experience|productivity|tooling)\b|\bdevex\b|\bgolden paths?\b|\bmore productive\b"
        ),
        (
            "what did you automate first, and how did you make the script safe to run again",
            "how much time did it save, and who else ended up using it",
        ),
        (
            "what would you automate first, and how would you make the script safe to run twice",
            "how would you hand the script over so others could run and change it",
        ),
        (
            Probe(
                "What makes an operations script safe to run twice, or halfway through",
                covers=(
                    "Each step checks the current state before acting (create if missing, skip if done) instead of "
                    "blind actions, and stops at the first error (`set -euo pipefail` or its equivalent)",
                    "Progress recorded per item so a rerun resumes, a lock so two copies cannot run at once "
                    "(`flock`), confirmation before destructive steps, temp files moved into place atomically",
                ),
            ),
            Probe(
                "When is a bash script the right tool, and when would you switch to Python",
                covers=(
                    "Bash for short glue around other programs: a few lines of pipes, file moves, calling CLIs in "
                    "CI or a container entrypoint, where the work is running commands",
                    "Python once it needs data structures, JSON or API calls, real error handling, arguments or "
                    "tests, or grows past about a screen; ShellCheck on whatever stays in bash",
                ),
            ),
        ),
        (
            "The toil worth automating first: how often it happens, how long it takes, how error-prone it is",
            "Scripts that are safe to rerun: idempotent, with a dry run, logging and clear failures, kept in version "
            "control and reviewed",
        ),
        "One-off scripts only their author can run, with no error handling",
    ),
    Theme(
        "linux",
        _words(
            r"\blinux\b|\bunix\b|\bsystemd\b|\bsysadmin\b|\bsystems? administration\b|\bcommand[- ]line\b|"
            r"\bservers?\b(?= (?:is|are|was|were) (?:slow|down|full))"
        ),
        (
            "what was the hardest problem you diagnosed on a Linux machine, and how did you find it",
            "which commands did you reach for first, and what did they tell you",
        ),
        (
            "how would you find out, step by step, why a Linux server is slow or out of disk",
            "which commands would you reach for first, and what would each tell you",
        ),
        (
            Probe(
                "A Linux server is slow and nobody knows why; which commands would you run first, and why",
                covers=(
                    "Run `uptime` (load trend), `dmesg -T | tail` (OOM kills, I/O errors), `vmstat 1` (run queue, "
                    "swap, iowait), `iostat -xz 1` (disk await), `free -m`, `sar -n DEV 1`, then `top` or `pidstat "
                    "1`",
                    "They check utilisation, saturation and errors for CPU, memory, disk and network within a "
                    "minute (the USE method), before digging into one process with `strace`, `perf` or `journalctl`",
                ),
            ),
            Probe(
                "What happens when a process gets SIGTERM, and how should a service handle it",
                covers=(
                    "SIGTERM asks politely: by default it ends the process, but it can be caught; systemd and "
                    "Kubernetes send it, wait (90 s and 30 s by default), then send SIGKILL, which cannot be caught",
                    "Stop taking new work (fail readiness, close the listener), finish in-flight requests, flush "
                    "and close connections, exit before the deadline; as PID 1 in a container, handle it or use "
                    "`tini`",
                ),
            ),
            Probe(
                "A disk shows as full but you cannot find the big files; what could be going on",
                covers=(
                    "Deleted files still held open by a process, such as a rotated log: the space returns only when "
                    "it closes; find them with `lsof +L1`, then restart the process or truncate via /proc/PID/fd",
                    "Or inodes used up by many small files (`df -i`), files hidden under a mount point, ext4's 5% "
                    "reserved for root, or btrfs or ZFS snapshots holding blocks that `du` cannot see",
                ),
            ),
        ),
        (
            "Everyday fluency: processes and signals, users and permissions, systemd services and their logs",
            "Diagnosing step by step: load and memory (top, free), disk (df, du), ports and open files (ss, lsof)",
        ),
        "Restarting things until the problem goes away, with no idea why it happened",
    ),
    Theme(
        "cloud",
        _words(
            r"\baws\b|\bgcp\b|\bazure\b|\bgoogle cloud\b|\bcloud (?:platforms?|services|providers?)\b|"
            r"\bmanaged services\b|\blambda\b|\bec2\b|\bs3\b|\becs\b|\bfargate\b|\brds\b|\bserverless\b|"
            r"\bcloud run\b|\bcloudflare workers\b"
        ),
        (
            "which services did you choose, and what would you choose differently now",
            "which cloud costs, limits or failures surprised you, and what did you change",
        ),
        (
            "which managed services would you choose, and what would you give up with each",
            "how would you keep access, cost and failures under control",
        ),
        (
            Probe(
                "Which managed services would you pick for a small backend with a database and a queue, and why",
                None,
                (
                    "Named services: a managed Postgres or MySQL (RDS, Cloud SQL), a queue (SQS, Pub/Sub), containers "
                    "(ECS on Fargate, Cloud Run) or functions",
                ),
            ),
            Probe(
                "How would you give a service access to cloud resources without putting keys in its code",
                covers=(
                    "Attach an identity to the workload: IAM role for EC2, ECS or Lambda, EKS Pod Identity or IRSA, "
                    "GKE Workload Identity, Azure managed identity; the SDK fetches short-lived credentials",
                    "From outside the cloud (CI, another cloud) use OIDC federation, e.g. GitHub Actions token to "
                    "`AssumeRoleWithWebIdentity`; scope the role to the specific resources and actions",
                ),
            ),
            Probe(
                "When would you pick serverless functions over containers, and what would you watch out for",
                covers=(
                    "Functions for spiky, low or event-driven load (queue messages, uploads, schedules) with short "
                    "stateless work, where pay-per-use and no servers beat an always-on service",
                    "Watch cold starts, time limits (Lambda 15 min), concurrency limits, exhausting database "
                    "connections (use RDS Proxy), local testing, lock-in, and cost overtaking containers at steady "
                    "high load",
                ),
            ),
        ),
        (
            "Services chosen for the job (managed database, queue, containers or functions) with their limits known",
            "Least-privilege access through roles rather than keys, and an eye on cost and quotas",
        ),
        "Credentials in code, or services picked with no idea of their limits or cost",
    ),
    Theme(
        "cluster-operations",
        _words(
            r"\b(?:operat(?:e|es|ed|ing)|ran|run|runs|administ\w*|upgrad\w*|maintain\w*|evolv\w*|own\w*|"
            r"manag(?:e|es|ing)|managed(?! (?:kubernetes|eks|gke|aks|kafka)\b)) "
            r"(?:(?!on\b)[\w()/+,-]+ ){0,3}(?:kubernetes|k8s|eks|gke|aks|openshift) clusters?\b|"
            r"\b(?:kubernetes|k8s|eks|gke|aks) cluster "
            r"(?:upgrades?|operations|autoscal\w*|administration|lifecycle)\b|"
            r"\bkarpenter\b|\bcluster autoscaler\b|\bkubernetes upgrades?\b|\bnode autoscal\w*|"
            r"\bnode pools?\b(?! (?:for|of) (?:redis|elasticache))|"
            r"\bmulti-?tenan\w* (?:between|across|for) (?:product |engineering )?teams\b"
        ),
        (
            "how did you upgrade the clusters without breaking what ran on them, and what caught you out",
            "how did you let several teams share the clusters without one team's workloads starving or disrupting "
            "another's",
        ),
        (
            "how would you upgrade the clusters without breaking the workloads on them",
            "how would you let several teams share a cluster without one team's workloads starving or disrupting "
            "another's",
        ),
        (
            Probe(
                "How would you upgrade a production Kubernetes cluster to the next minor version without downtime",
                covers=(
                    "Removed and deprecated APIs found beforehand (Pluto, kubent or the API server's "
                    "deprecated-API metric), release notes read, staging upgraded first; control plane before "
                    "nodes, one minor at a time",
                    "Nodes replaced through surge upgrades or blue-green node pools, drained within "
                    "PodDisruptionBudgets; add-ons (CNI, CoreDNS, ingress, CSI) on compatible versions; error "
                    "rates watched",
                ),
            ),
            Probe(
                "How would you let several product teams share one Kubernetes cluster safely",
                covers=(
                    "A namespace per team with RBAC, ResourceQuotas and LimitRanges, default-deny NetworkPolicies, "
                    "and Pod Security Admission at baseline or restricted",
                    "Requests on every pod, priority classes limited per namespace by quota, tainted node pools for "
                    "noisy or sensitive workloads, admission policies (Kyverno, Gatekeeper or "
                    "ValidatingAdmissionPolicy)",
                ),
            ),
        ),
        (
            "Upgrades planned and rehearsed: deprecated APIs found beforehand, one minor version at a time, nodes "
            "drained within disruption budgets",
            "Clusters shared safely: namespaces, RBAC, quotas and network policies per team; node autoscaling "
            "(Cluster Autoscaler or Karpenter) driven by requests sized to real use",
        ),
        "Upgrades applied straight to production with no deprecated-API check or rehearsal, or nothing stopping one "
        "team from starving or breaking the others",
        _words(r"\bkubernetes\b|\bk8s\b|\beks\b|\bgke\b|\baks\b|\bopenshift\b|\bkarpenter\b"),
    ),
    Theme(
        "kubernetes",
        _words(r"\bkubernetes\b|\bk8s\b|\bhelm\b|\bworkloads?\b|\bclusters?\b|\bpods?\b|\bservice mesh\b|\bistio\b"),
        (
            "what broke once workloads ran on the cluster, and what did you change in the manifests",
            "how did you roll out changes without downtime, and how did you roll back",
        ),
        (
            "how would you roll it out without downtime, and how would you roll it back",
            "what would you set on every workload before it went to production",
        ),
        (
            Probe(
                "How would you roll out a new version of a service on Kubernetes with no downtime, and roll it back",
                covers=(
                    "A Deployment with `RollingUpdate` (`maxUnavailable: 0`, `maxSurge: 1`), readiness gating "
                    "traffic, a `preStop` sleep and SIGTERM handled within `terminationGracePeriodSeconds`",
                    "Watch `kubectl rollout status`, roll back with `kubectl rollout undo` or `helm rollback`; "
                    "schema and API changes backward compatible so old and new pods can run together",
                ),
            ),
            Probe(
                "A pod keeps restarting; how would you find out why",
                None,
                (
                    "kubectl describe for its events and last state (OOMKilled, a failing probe, an image or config "
                    "error), then the logs of the previous container",
                    "The fix by cause: memory limits or a leak, a liveness probe too strict or too early, a missing "
                    "secret or config",
                ),
            ),
            Probe(
                "What do readiness and liveness probes do, and what goes wrong when they are set badly",
                covers=(
                    "Readiness failing takes the pod out of the Service's endpoints without a restart; liveness "
                    "failing makes the kubelet restart the container; a startup probe holds both off during boot",
                    "Bad settings: liveness checking the database restarts every pod when it blips; tight timeouts "
                    "cause restart loops under load; no readiness probe sends traffic to pods not ready",
                ),
            ),
        ),
        (
            "Workloads that run well: readiness and liveness probes, requests and limits, graceful shutdown; rolling "
            "updates with a rollback tried beforehand (the previous revision or chart)",
            "Operating the cluster: upgrades a minor version at a time, disruption budgets, namespaces and quotas "
            "per team",
        ),
        "No probes or limits, so one bad pod takes the node or the rollout down with it",
    ),
    Theme(
        "infrastructure",
        _words(
            r"\bterraform\b|\binfrastructure\b|\biac\b|\bpulumi\b|\bcloudformation\b|\bcdk\b|\bansible\b|"
            r"\bplatform engineering\b|\bprovision\w*"
        ),
        (
            "what did you set up, and what broke along the way",
            "how did you make it repeatable and safe to change",
        ),
        (
            "how would you make it repeatable and safe to change",
            "what would you automate first, and why",
        ),
        (
            Probe(
                "How would you make changes to cloud infrastructure repeatable, reviewable and safe to roll back",
                covers=(
                    "Everything as code (Terraform or OpenTofu, Pulumi) in git; each pull request shows the plan, "
                    "CI applies it with its own role after approval, and the same modules go through dev, staging, "
                    "then prod",
                    "Roll back by reverting the commit and applying again, but stateful resources cannot simply "
                    "revert: `prevent_destroy`, snapshots and backups, create-before-destroy for replacements",
                ),
            ),
            Probe(
                "What goes wrong with Terraform state, and how would you keep it safe",
                _words(r"terraform"),
                covers=(
                    "Two applies at once corrupt it, changes made by hand in the console drift from it, a local "
                    "file gets lost, it holds secrets in plain text, and one huge state makes every plan slow and "
                    "risky",
                    "A remote backend with versioning, encryption, tight access and locking (S3's `use_lockfile`); "
                    "state split per environment; `moved` blocks, not hand edits; write-only attributes for secrets",
                ),
            ),
        ),
        (
            "Infrastructure as code, reviewed and applied through a pipeline, with state locked, remote and free of "
            "secrets",
            "Small reusable modules with pinned provider versions, plans read before applying, drift found and "
            "fixed in code",
        ),
        "Changes clicked together in a console that nobody can reproduce",
    ),
    Theme(
        "debugging",
        _words(
            r"\bdebug\w*|\btroubleshoot\w*|\bbugs?\b|\broot causes?\b|\btechnical issues\b|\bcomplex issues\b|"
            r"\bissues\b|\bproblem[- ]solving\b|\banalytical\b|\bfix(?:ed|es|ing)?\b"
        ),
        (
            "how did you narrow it down, and how did you confirm the fix",
            "what was the root cause, and what stops it coming back",
        ),
        (
            "how would you narrow it down, and how would you confirm the fix",
            "what would you look at first, and why",
        ),
        (
            Probe(
                "If a bug showed up only in production and only sometimes, how would you track it down",
                covers=(
                    "Collect every occurrence with request IDs and traces and look for what they share (host, "
                    "version, input, time, load, dependency); add targeted logs or metrics on the suspect path",
                    "Suspect what differs from test: concurrency and races, data volume or odd records, timeouts "
                    "and retries, config and flags, clocks and time zones; then reproduce with that data or under "
                    "load",
                ),
            ),
            Probe(
                "How do you decide when to stop guessing and start bisecting, tracing or adding logs",
                covers=(
                    "Stop guessing when a couple of quick guesses have failed or the evidence points nowhere; "
                    "time-box it (say 30 minutes), since a systematic search finishes and intuition may not",
                    "Use `git bisect` when a known-good version exists and the bug reproduces reliably; tracing or "
                    "added logs when it is intermittent, environment-specific, or the question is where rather than "
                    "when",
                ),
            ),
        ),
        (
            "A method: reproduce, form a hypothesis, narrow down with logs, metrics or a debugger, verify",
            "The root cause found, and a test or guard added so it stays fixed",
        ),
        "Changing things at random until the symptom goes away",
    ),
    Theme(
        "delivery",
        _words(
            r"\bship\w*|\bdeliver\w*|\bend[- ]to[- ]end\b|\bown(?:ed|ing|ership)?\b|\bdeadlines?\b|\bestimat\w*|"
            r"\bshippable\b|\bsmall (?:pieces|releases|increments|slices|batches)\b|\bincremental\w*|"
            r"\binto (?:small(?:er)? )?(?:tasks|pieces|steps|milestones)\b|"
            r"\b(?:thin|vertical) slices?\b|\bmvps?\b|\bfeatures?\b|\bproduction\b"
        ),
        (
            "how did you break the work down, and how did you handle what went wrong on the way",
            "what did you own yourself, and how did you know it worked in production",
        ),
        (
            "how would you break it into pieces you could ship, and what would you ship first",
            "how would you know it was working once it was in production",
        ),
        (
            Probe(
                "How would you split a large feature into small pieces that can each go to production safely",
                covers=(
                    "Thin vertical slices behind a feature flag, merged to main daily: schema and API first, "
                    "unused, then one path end to end for internal users, then the edge cases",
                    "Expand and contract for data changes (add the column, write both, backfill, switch reads, drop "
                    "the old), each step deployable and reversible on its own",
                ),
            ),
            Probe(
                "How do you estimate work you have never done before, and how do you report progress",
                covers=(
                    "A time-boxed spike on the largest unknown first, then a task breakdown and a range with a "
                    "confidence (e.g. 3–6 weeks, 80% sure), with the assumptions named",
                    "Progress reported against milestones that show working software, not percent done; risks "
                    "flagged and estimates revised as soon as the facts change, not at the deadline",
                ),
            ),
        ),
        (
            "Breaking the work into small, shippable pieces, each delivering something real",
            "Owning the outcome after release: watching it in production and following up",
        ),
        "Work thrown over the wall once it is merged",
    ),
    Theme(
        "learning",
        _words(
            r"(?<!machine )\blearn\w*|\bcurio\w*|\bnew technolog\w*|\bemerging\b|\btrends\b|"
            r"\b(?:stay|keep) (?:up[- ]to[- ]date|current)\b|\bkeep up\b|"
            r"\bwillingness\b|\bask questions\b|\bcurrent\b|\bask\w* for help\b|\bwhen (?:\w+ )?blocked\b|"
            r"\bguidance\b"
        ),
        (
            "how did you go about it, and how soon could you contribute",
            "what did you try first, and what would you do differently",
        ),
        (
            "how would you decide what is worth adopting, and how would you try it safely",
            "how would you find the time for it, and how would you share what you learned",
        ),
        (
            Probe(
                "How do you decide whether a new technology is worth adopting in a production system",
                covers=(
                    "Start from a problem the current stack handles badly and its cost; check maturity (releases, "
                    "maintainers, licence, security record), fit with the team's skills and operations, and the "
                    "cost to leave",
                    "A time-boxed spike against success criteria set in advance, compared with the current option, "
                    "counting the full running cost (on-call, upgrades, monitoring, hiring), the decision recorded "
                    "in an ADR",
                ),
            ),
        ),
        (
            "A deliberate way of learning: docs, small experiments, asking people, teaching it back",
            "Judgement about new tools: trying them on low-risk work before relying on them",
        ),
        "Chasing every new tool, or never having learned anything on their own",
    ),
    Theme(
        "teamwork",
        _words(
            r"\bcollaborat\w*|\bteammates?\b|\bpeers\b|\bfront-?end (?:developers|engineers)\b|\btogether with\b|"
            r"\bwork(?:ing)? (?:closely )?with\b|\bpartner\w*|\bcross-functional\b|\bpair\b|\bteamwork\b"
        ),
        (
            "how did you divide the work, and how did you handle disagreements",
            "what did you do when you disagreed, and how did it end",
        ),
        (
            "how would you agree on interfaces and split the work",
            "what would you do if you disagreed about the approach",
        ),
        (
            Probe(
                "How do you agree an interface with another team before either side has written code",
                covers=(
                    "Write the contract first (OpenAPI, protobuf or AsyncAPI) with examples, errors, pagination, "
                    "versioning and rate limits, and review it with both teams in a short design doc",
                    "Both sides build in parallel: the consumer against a mock generated from the spec (Prism, "
                    "WireMock), contract tests (Pact) in CI, and later changes reviewed and versioned",
                ),
            ),
        ),
        (
            "How they agreed on interfaces and responsibilities early, and kept each other informed",
            "Handling disagreement: listening, using evidence, and committing once it was decided",
        ),
        "Surprises at integration time: no agreed interface, no shared plan",
    ),
)
THEME_BY_NAME: dict[str, Theme] = {theme.name: theme for theme in THEMES}
NARROWER: dict[str, frozenset[str]] = {
    "slos": frozenset({"reliability", "observability"}),
    "audit": frozenset({"observability"}),
    "idempotency": frozenset({"events"}),
    "money": frozenset({"data"}),
    "schema-migration": frozenset({"data", "migration", "concurrency"}),
    "database-operations": frozenset({"data", "performance", "reliability"}),
    "query-tuning": frozenset({"performance", "data"}),
    "warehouse-tuning": frozenset({"performance", "data", "query-tuning", "data-pipelines"}),
    "caching": frozenset({"performance", "data"}),
    "capacity": frozenset({"performance"}),
    "cluster-operations": frozenset({"kubernetes", "infrastructure"}),
    "search-relevance": frozenset({"performance", "data", "query-tuning"}),
    "search-indexing": frozenset({"performance", "data", "query-tuning"}),
    "job-monitoring": frozenset({"observability"}),
    "incident-reviews": frozenset({"code-review"}),
    "sql-writing": frozenset({"data"}),
    "people-management": frozenset({"performance"}),
    "distributed-systems": frozenset({"performance"}),
    "multi-tenancy": frozenset({"data", "architecture"}),
    "workflows": frozenset({"architecture", "events", "data"}),
    "rate-limiting": frozenset({"api", "performance"}),
}
"""A narrow theme and the broad ones it stands in for: when it leads, they add no second rubric line (an SLO
question's rubric has no circuit breakers, an audit trail's no latency signals)."""

GENERAL_TOLD = (
    "what was your part, and how did it turn out",
    "what was hardest about it, and what would you do differently now",
    "what did you do yourself, and what was the result",
)
TOOL_TOLD = (
    "what did it make easy, and where did you have to work around it",
    "what went wrong with it in production, and what did you change",
)
"""Follow-ups for a story about a tool no theme knows ("a project where you used Spring Boot"): about the tool."""
DECISION_VERBS = frozenset({"decide", "choose", "prioritise", "prioritize", "determine", "weigh", "pick"})
"""A bullet about making a call ("help decide which pipelines to rebuild") is asked about how the call is made."""
DECISION_TOLD = (
    "what did you weigh, and who did you bring into the decision",
    "what evidence did you gather first, and how did the decision hold up",
)
DECISION_ASKED = (
    "what would you weigh, and who would you bring into the decision",
    "what evidence would you gather before deciding, and how would you record the call",
)
SPECIFIC_FOLLOWS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        _words(r"\bdata contracts?\b"),
        "how did you agree the contract with the teams that produce the data, and how did you catch a breaking change "
        "before it reached the pipeline",
        "how would you agree the contract with the teams that produce the data, and catch a breaking change before it "
        "reaches the pipeline",
    ),
    (
        _words(r"\bdimensional model\w*|\bstar schemas?\b|\bfact tables?\b|\bkimball\b"),
        "how did you choose the grain of the fact tables, and how did you handle dimensions that changed over time",
        "how would you choose the grain of the fact tables, and handle dimensions that change over time",
    ),
    (
        _words(r"\bperformance reviews?\b|\breview cycles?\b"),
        "how did you gather the evidence, and how did you make sure nothing in a review came as a surprise",
        "how would you gather the evidence, and make sure nothing in a review comes as a surprise",
    ),
    (
        _words(r"\bschema (?:registry|evolution)\b"),
        "how did you change the schemas without breaking consumers, and what did the registry check",
        "how would you change the schemas without breaking consumers",
    ),
    (
        _words(r"\bconsumer lag\b"),
        "how did you notice consumers falling behind, and what did you do about it",
        "how would you notice consumers falling behind, and what would you do about it",
    ),
    (
        _words(r"\bflaky\b"),
        "how did you find the flaky tests, and what made them flaky",
        "how would you find the flaky tests, and what would you do about them",
    ),
    (
        _words(r"\bbackfill\w*"),
        "how did you run the backfill without doubling rows or overloading the source",
        "how would you run the backfill without doubling rows or overloading the source",
    ),
    (
        _words(r"\bp9[59]\b|\btail latency\b|\blatency (?:under|below)\b"),
        "how did you measure the tail latency, and what did you change to bring it down",
        "how would you measure the tail latency, and what would you change first",
    ),
    (
        _words(r"\boom-?kill\w*|\bout of memory\b|\bmemory leaks?\b"),
        "how did you find out why the process ran out of memory, and what did you change",
        "how would you find out why the process runs out of memory",
    ),
    (
        _words(
            r"\bcrash ?loop\w*|\bdebug\w* (?:a |the )?pods?\b|\bpods? (?:that )?(?:keeps?|kept) (?:crashing|restarting)"
        ),
        "how did you find out why the pod kept crashing, and what did you look at first",
        "how would you find out why a pod keeps crashing, and what would you look at first",
    ),
    (
        _words(r"\bconnection draining\b|\bgraceful (?:deploys?|shutdowns?|restarts?)\b|\bload shedding\b"),
        "how did you drain connections and shed load without dropping users during a deploy or a spike",
        "how would you drain connections and shed load without dropping users during a deploy or a spike",
    ),
    (
        _words(
            r"\btemporal\b(?! (?:coupling|locality|data|tables?)\b)|\bcadence\b(?=[^.]{0,40}\bworkflow)|"
            r"\bworkflow engines?\b"
        ),
        "how did you keep the workflow code deterministic, and how did you change it while runs were still in flight",
        "how would you keep the workflow code deterministic, and change it while runs are still in flight",
    ),
    (
        _words(r"\basyncio\b|\basync(?:hronous)? python\b|\bevent loops?\b"),
        "what blocked the event loop, and how did you find and fix it",
        "what could block the event loop, and how would you find it",
    ),
    (
        _words(
            r"\b(?:writ(?:e|es|ing)|wrote|written|author\w*|draft\w*|defend\w*) (?:(?:technical|the|clear|short) )?"
            r"design (?:docs?|documents?)\b"
        ),
        "how did you lay out the options and their costs, and what changed because of the review",
        "how would you lay out the options and their costs, and get the review to a decision",
    ),
    (
        _words(r"\bfeature flags?\b"),
        "how did you roll it out behind flags, and when did you remove them",
        "how would you roll it out behind flags, and when would you remove them",
    ),
)
"""Follow-ups for what a bullet names that its theme's stock ones miss (pattern, behavioural, situational): "define
data contracts" is asked about agreeing and checking the contract, not about reruns."""
DECISION_COVERS = (
    "The criteria named up front: value, risk, cost of change, who depends on it",
    "Evidence before opinions (usage, incidents, cost), and the call written down with its reasons",
)
GENERAL_ASKED = (
    "where would you start, and how would you know it had worked",
    "what would you want to find out before starting, and what would you do first",
    "what would you do in the first few weeks, and what could go wrong",
)
COLLABORATION_ASKED = (
    "what do you do when you disagree",
    "how do you keep each other informed along the way",
    "what makes that go well, and what makes it go badly",
)

# ---------------------------------------------------------------- soft skills


@dataclass(frozen=True, slots=True)
class Soft:
    name: str
    pattern: re.Pattern[str]
    prompts: tuple[str, ...]
    theme: str
    """The theme whose rubric lines fit it."""


SOFT_SKILLS: tuple[Soft, ...] = (
    Soft(
        "communication",
        _words(r"\bcommunicat\w*|\bverbal\b|\bwritten and spoken\b|\bstorytell\w*"),
        (
            "Tell me about a time you had to explain a technical decision to someone outside engineering — how did "
            "you make sure it landed?",
            "Describe a time something you wrote changed what the team decided — what did you write, and why did it "
            "work?",
        ),
        "communication",
    ),
    Soft(
        "problem-solving",
        _words(r"\bproblem[- ]solv\w*|\banalytical\b|\bproblem solver\b|\bcritical thinking\b"),
        (
            "Tell me about the hardest technical problem you have solved — how did you break it down, and how did you "
            "know it was solved?",
            "Describe a problem where your first idea was wrong — how did you find out, and what did you do next?",
        ),
        "debugging",
    ),
    Soft(
        "teamwork",
        _words(r"\bteam ?work\b|\bcollaborat\w*|\binterpersonal\b|\bteam-oriented\b|\bwork well with others\b"),
        (
            "Tell me about a time you disagreed with a teammate about a technical approach — what did you do, and how "
            "did it end?",
            "Describe a piece of work that depended on several people — how did you keep it moving?",
        ),
        "teamwork",
    ),
    Soft(
        "leadership",
        _words(r"\bleadership\b|\bleader\b|\binfluence without authority\b"),
        (
            "Tell me about a time you led a piece of work without formal authority — how did you get people on board?",
            "Describe a time you had to change a team's mind about a technical direction — what did you do?",
        ),
        "leadership",
    ),
    Soft(
        "ownership",
        _words(r"\bownership\b|\bproactive\w*|\binitiative\b|\baccountab\w*|\bautonom\w*"),
        (
            "Tell me about something you took on without being asked — why, and what came of it?",
            "Describe a time something you owned went wrong — what did you do, and what did you change afterwards?",
        ),
        "delivery",
    ),
    Soft(
        "asking",
        _words(r"\bask(?:ing)? (?:for help|questions)\b|\bcoachable\b|\bopen to feedback\b|\bhumble\b"),
        (
            "Tell me about a time you were stuck — how long did you try on your own, and how did you ask for help?",
            "Describe feedback you received that changed how you work — what did you do with it?",
        ),
        "learning",
    ),
    Soft(
        "curiosity",
        _words(r"\bcurio\w*|\beager to learn\b|\blove of learning\b|\blearn(?:s|ing)? quickly\b|\bquick learner\b"),
        (
            "Tell me about something you learned recently that nobody asked you to learn — why, and how did you use "
            "it?",
            "Describe a time you had to learn a technology quickly for a project — how did you go about it?",
        ),
        "learning",
    ),
    Soft(
        "detail",
        _words(r"\battention to detail\b|\bdetail-oriented\b|\bmeticulous\b|\bthorough\b|\bcareful\b"),
        (
            "Tell me about a mistake you caught before it reached production — how did you spot it?",
            "Describe a time a small detail turned out to matter a lot — what happened?",
        ),
        "testing",
    ),
    Soft(
        "organisation",
        _words(r"\borgani[sz](?:ation|ational|ed)\b|\btime management\b|\bprioriti[sz]ation\b|\bmultitask\w*"),
        (
            "Tell me about a time you had more work than time — how did you decide what to drop?",
            "Describe how you planned a piece of work with several deadlines — what did you do when one slipped?",
        ),
        "delivery",
    ),
    Soft(
        "ambiguity",
        _words(r"\bambiguity\b|\bambiguous\b|\buncertainty\b|\badaptab\w*|\bflexib\w*|\bchanging priorities\b"),
        (
            "Tell me about a time you started with unclear requirements — how did you get to something you could "
            "build?",
            "Describe a time priorities changed halfway through your work — what did you do?",
        ),
        "product",
    ),
    Soft(
        "pressure",
        _words(r"\bunder pressure\b|\bcalm\b|\bcomposed\b|\bresilien\w*|\bstress\w*"),
        (
            "Tell me about a time something broke while you were under pressure — what did you do first, and how did "
            "you stay focused?",
        ),
        "on-call",
    ),
    Soft(
        "patience",
        _words(r"\bpatien\w*|\bempath\w*|\bkind\b|\bsupportive\b"),
        ("Tell me about a time you helped a colleague who was struggling — what did you do, and how did it turn out?",),
        "mentoring",
    ),
)

# ---------------------------------------------------------------- templates

THEME_TOPICS = {
    "events": "message-queues",
    "idempotency": "distributed-systems",
    "distributed-systems": "distributed-systems",
    "caching": "caching",
    "performance": "performance",
    "database-operations": "postgresql",
    "query-tuning": "indexing",
    "sql-writing": "sql",
    "data": "database-design",
    "schema-migration": "database-design",
    "git": "git",
    "testing": "testing",
    "ci-cd": "ci-cd",
    "security": "security",
    "privacy": "privacy",
    "observability": "observability",
    "slos": "reliability",
    "reliability": "reliability",
    "on-call": "reliability",
    "concurrency": "concurrency",
    "architecture": "architecture",
    "api": "api-design",
    "containers": "docker",
    "linux": "linux",
    "cloud": "cloud",
    "kubernetes": "kubernetes",
    "cluster-operations": "kubernetes",
}
"""The bundled packs' topic a theme's technical question belongs to, when its bullet names no skill of its own."""

BEHAVIOURAL_OPENERS = (
    "Tell me about a time you {vp} — {follow}?",
    "Describe a time when you {vp} — {follow}?",
    "Give me an example of when you {vp}: {follow}?",
    "Think of a time you {vp}. {Follow}?",
    "Walk me through a time you {vp} — {follow}?",
)
TOOL_OPENERS = (
    "Tell me about a project where you worked with {topic} — {follow}?",
    "Give me an example of a project where you used {topic}: {follow}?",
    "Walk me through the last time you worked with {topic} — {follow}?",
)
WORK_OPENERS = (
    "Tell me about your work on {topic} — {follow}?",
    "Walk me through a time you worked on {topic} — {follow}?",
)
FIELD_OPENERS = (
    "Tell me about your work in {topic} — {follow}?",
    "Walk me through a project you worked on in {topic} — {follow}?",
)
SITUATIONAL_OPENERS = (
    "Suppose you were asked to {vp}. {Follow}?",
    "You have been asked to {vp}. {Follow}?",
    "If you joined a team and were asked to {vp}, {follow}?",
    "Walk me through how you would {vp} — {follow}?",
    "How would you {vp}, and {follow}?",
)
ABILITY_OPENERS = (
    "How would you {vp}, and {follow}?",
    "Walk me through how you would {vp} — {follow}?",
    "Suppose you had to {vp}. {Follow}?",
)
HABIT_OPENERS = ("How do you {vp}, and {follow}?", "What do you do to {vp}, and {follow}?")
COLLABORATION_OPENERS = ("How do you {vp}, and {follow}?", "Walk me through how you {vp} — {follow}?")
TECHNICAL_LEADS = (
    "Let's talk about {topic}. {Probe}?",
    "Thinking about {topic}: {probe}?",
)
_IDIOMS = (
    "Idioms named concretely: the language's own conventions for errors, resources, naming and its standard library",
    "Pitfalls from real use, each with how they avoid it (tooling, tests, review)",
)
_ERRORS = (
    "How the language signals errors (exceptions, error values, result types) and where they are caught or wrapped",
    "A good error path: context added, logged once, a clear status for the caller, nothing swallowed",
)
_CHOICE = (
    "Criteria tied to the service: team skills, libraries, performance needs, operations and hiring, not taste",
    "Honest downsides of their pick, and how they would manage them",
)
LANGUAGE_PROBES_ONE = (
    Probe(
        "What makes code in {topic} idiomatic, and which pitfalls would you warn a new teammate about?", None, _IDIOMS
    ),
    Probe("How is concurrency handled in {topic}, and what can go wrong in a busy service?"),
    Probe(
        "How do you handle errors in {topic}, and what does a good error path in a service look like?", None, _ERRORS
    ),
)
LANGUAGE_PROBES_MANY = (
    Probe("Of {topic}, which do you know best, and how does it handle concurrency in a busy service?"),
    Probe(
        "Pick the one of {topic} you know best: what makes code in it idiomatic, and which pitfalls would you warn "
        "a new teammate about?",
        None,
        _IDIOMS,
    ),
    Probe(
        "Of {topic}, which would you choose for a new backend service, and what would you watch out for?", None, _CHOICE
    ),
)
_JVM = (
    "On the JVM: threads and executors, java.util.concurrent (locks, atomics, concurrent maps), virtual threads "
    "since Java 21, Kotlin coroutines"
)
_NODE = (
    "In Node.js: one event loop with non-blocking I/O and async/await; CPU-heavy work blocks every request, so it "
    "moves to worker threads or another service"
)
LANGUAGE_CONCURRENCY: dict[str, str] = {
    "python": "In CPython's default build the GIL lets one thread run Python code at a time (the free-threaded "
    "build, supported since 3.14, drops it): threads or asyncio for I/O, processes for CPU-bound work",
    "go": "In Go: goroutines and channels, context for cancellation and timeouts, sync primitives, and go test "
    "-race; leaked goroutines as a failure mode",
    "golang": "In Go: goroutines and channels, context for cancellation and timeouts, sync primitives, and go test "
    "-race; leaked goroutines as a failure mode",
    "java": _JVM,
    "kotlin": _JVM,
    "scala": _JVM,
    "node.js": _NODE,
    "nodejs": _NODE,
    "node": _NODE,
    "javascript": _NODE,
    "typescript": _NODE,
    "ruby": "In CRuby the GVL lets one thread run Ruby code at a time: threads help with I/O, several processes "
    "(for example Puma workers) with CPU",
    "php": "In PHP usually one process per request (PHP-FPM), nothing shared between requests: concurrency comes "
    "from more workers and from queues",
    "c#": "In .NET: async/await over tasks for I/O, the thread pool, lock and concurrent collections; blocking on "
    ".Result can deadlock",
    ".net": "In .NET: async/await over tasks for I/O, the thread pool, lock and concurrent collections; blocking on "
    ".Result can deadlock",
    "rust": "In Rust: ownership and the Send and Sync traits rule out data races at compile time; threads, or async "
    "on a runtime such as Tokio",
    "elixir": "On the BEAM: lightweight processes that share nothing, talk by messages and restart under supervisors",
    "erlang": "On the BEAM: lightweight processes that share nothing, talk by messages and restart under supervisors",
}
"""One answer line on how each language does concurrency, for the concurrency question about it."""
EXPLAIN_PROBES = ("How would you explain {topic} to a new teammate, including the mistakes people most often make?",)

# ---------------------------------------------------------------- rubric lines

COVERS: dict[str, tuple[str, ...]] = {
    "behavioural": (
        "The situation and what was at stake, briefly; then their own task",
        'The actions they took themselves ("I", not only "we"), in believable detail',
        "A result with evidence: numbers, dates or feedback",
        "What they learned, or would do differently now",
    ),
    "situational": (
        "Questions they would ask first: goals, constraints, who is affected",
        "A concrete first step and a plan, not only principles",
        "How they would know it worked: what they would measure",
        "Risks, and how they would limit or undo them",
    ),
    "technical": (
        "A correct explanation in their own words, with a concrete example",
        "When it is a good fit, and when something else is better",
        "Practical detail from real use: failure modes, debugging, limits",
    ),
    "practice": (
        "How they actually do it today, with a recent example",
        "What they do when it goes wrong (disagreement, pushback, a missed step) and how it was resolved",
        "Why they work that way, and what they changed after it went badly",
    ),
}
LEVEL_COVERS: dict[str, dict[str, tuple[str, ...]]] = {
    "behavioural": {
        "junior": (
            "Their own contribution, clearly separated from the team's",
            "What they learned, and when they asked for help after trying first",
        ),
        "mid": (
            "Ownership of a piece of work end to end, from design to production",
            "A result they can measure and explain",
        ),
        "senior": (
            "Scope beyond their own code: other teams, systems or people",
            "The trade-offs they weighed, and why they chose as they did",
            "How they influenced others or mentored along the way",
        ),
        "lead": (
            "Direction set for a team or several, with people and priorities aligned",
            "How they grew others, so the work no longer depended on them",
            "Impact on the organisation, and the trade-offs and influence behind it",
        ),
    },
    "situational": {
        "junior": (
            "A sensible first step, and knowing whom to ask and when",
            "Checking their understanding before building",
        ),
        "mid": (
            "Owning the plan end to end, including rollout and follow-up",
            "Realistic sequencing and a measurable goal",
        ),
        "senior": (
            "Trade-offs named and weighed, ending in a clear recommendation",
            "Who else they would involve, and how they would influence them",
        ),
        "lead": (
            "Aligning several teams and their priorities behind the plan",
            "Delegating and growing others rather than doing it all themselves",
            "How it fits the wider technical direction, and its trade-offs",
        ),
    },
    "practice": {
        "junior": ("Asking for help and feedback early, and acting on it",),
        "mid": ("Doing it without being asked, and making it easy for others to do too",),
        "senior": ("Shaping how the team works, not only their own habit, and the trade-offs weighed",),
        "lead": ("Setting the practice across teams, and checking that it holds",),
    },
    "technical": {
        "junior": (
            "Sound fundamentals, and honesty about what they have not used yet",
            "How they would find out what they do not know",
        ),
        "mid": (
            "Hands-on detail, including a problem they diagnosed and fixed",
            "The common failure modes, and how to avoid them",
        ),
        "senior": (
            "Trade-offs against the alternatives, and when they would choose each",
            "How they would guide a team's use of it: standards, reviews, influence",
        ),
        "lead": (
            "Setting direction across teams: conventions, tooling, migration paths",
            "Trade-offs of cost, risk and team skills, and the influence to make a choice stick",
        ),
    },
}
FLAGS: dict[str, tuple[str, ...]] = {
    "behavioural": (
        'Only "we", never "I": their own part stays unclear',
        "No numbers or evidence for the result",
        "Blaming others, or no reflection on what they would change",
    ),
    "situational": (
        "Jumping to a solution without asking a single question",
        "Only generalities, no concrete steps",
    ),
    "technical": (
        "Buzzwords or definitions with no concrete example",
        "Confident claims that are wrong, and no sign of hands-on use",
    ),
    "practice": (
        "A textbook answer with no example of their own",
        "Others described only as obstacles",
    ),
}
LEVEL_FLAGS: dict[str, dict[str, str]] = {
    "behavioural": {
        "junior": "Cannot say what they did themselves, or what they learned",
        "mid": "No ownership: work handed over half done, results never checked",
        "senior": "No trade-offs weighed, or influence that stops at their own code",
        "lead": "No influence beyond their own work, or decisions made alone without bringing people along",
    },
    "situational": {
        "junior": "Guessing rather than saying what they would check or whom they would ask",
        "mid": "A plan that stops at the code: no rollout, measurement or follow-up",
        "senior": "No trade-offs weighed, or a plan that only involves themselves",
        "lead": "Deciding alone, or no thought for how other teams and priorities are affected",
    },
    "practice": {
        "junior": "No example at all, even from study or a side project",
        "mid": "A practice they describe but cannot show they follow",
        "senior": "Only their own habit, with no effect on the team",
        "lead": "Rules imposed on teams with no buy-in",
    },
    "technical": {
        "junior": "Bluffing instead of saying what they have not used yet",
        "mid": "Knowledge only from tutorials, with no problem they solved themselves",
        "senior": "No trade-offs: one tool for every problem, no downsides named",
        "lead": "No view on how teams should use it, or choices made with no regard to cost and skills",
    },
}
