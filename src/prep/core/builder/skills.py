"""Skills: finding technology names in text and normalising them through the topic vocabulary.

The alias table lives in `prep.core.topics` and is shared with the bundled packs, so "Postgres",
"NodeJS" and "k8s" in a posting become the `postgresql`, `nodejs` and `kubernetes` topics whose
bundled cards the deck then pulls in. Text is split into tokens once and looked up n-gram by n-gram
(longest first), which costs one set lookup per token for words that start no alias.

Words that are also plain English ("Go", "REST", "Express", "Spring") only count when written the
way the technology is; outside skills and requirements sections only proper technology names count
(languages, frameworks, products, protocols), not general words such as "security" or "testing".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from prep.core.topics import TOPIC_BY_SLUG, alias_table

_TOKEN = re.compile(r"\.?[A-Za-z0-9](?:[A-Za-z0-9.#+/'’&-]*[A-Za-z0-9#+])?")
MAX_ALIAS_TOKENS = 6

# Plain-English words that name a technology only when written as its name.
_CASED: dict[str, re.Pattern[str]] = {
    "go": re.compile(r"^(?:Go|GO)$"),
    "rest": re.compile(r"^REST$"),
    "express": re.compile(r"^Express$"),
    "spring": re.compile(r"^Spring$"),
    "node": re.compile(r"^Node$"),
    "flask": re.compile(r"^Flask$"),
    "rails": re.compile(r"^Rails$"),
    "vault": re.compile(r"^Vault$"),
    "helm": re.compile(r"^Helm$"),
    "js": re.compile(r"^JS$"),
    "ror": re.compile(r"^RoR$"),
    "kube": re.compile(r"^kube$"),
    "qa": re.compile(r"^QA$"),
    "sso": re.compile(r"^SSO$"),
    "soa": re.compile(r"^SOA$"),
    "solid": re.compile(r"^SOLID$"),
    "acid": re.compile(r"^ACID$"),
    "drf": re.compile(r"^DRF$"),
    "dsa": re.compile(r"^DSA$"),
    "e2e": re.compile(r"^(?:e2e|E2E)$"),
    "cdn": re.compile(r"^CDN$"),
}
_GO_FOLLOWERS = frozenset(
    {
        "and",
        "or",
        "lang",
        "language",
        "programming",
        "developer",
        "developers",
        "services",
        "microservices",
        "modules",
        "code",
        "backend",
        "backends",
        "experience",
        "skills",
    }
)

NAMED_GROUPS = frozenset({"languages", "frameworks"})
NAMED_TOPICS = frozenset(
    {
        "sql",
        "postgresql",
        "mysql",
        "nosql",
        "mongodb",
        "redis",
        "cassandra",
        "rest",
        "http",
        "dns",
        "tls",
        "tcp-ip",
        "owasp",
        "git",
        "svn",
        "docker",
        "kubernetes",
        "ci-cd",
        "aws",
        "azure",
        "gcp",
        "kafka",
        "rabbitmq",
        "microservices",
    }
)
"""Topics that are proper technology names, found anywhere in a posting (not only under skills)."""


@dataclass(frozen=True, slots=True)
class Match:
    slug: str
    text: str
    """The words as written in the document."""
    start: int
    end: int


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, int]]:
    """Alias key (tokens joined by spaces, case-folded) → slug; first token → longest alias in tokens."""
    aliases: dict[str, str] = {}
    longest: dict[str, int] = {}
    for name, slug in alias_table().items():
        tokens = [match.group().casefold() for match in _TOKEN.finditer(name)]
        if not tokens or len(tokens) > MAX_ALIAS_TOKENS:
            continue
        key = " ".join(tokens)
        aliases.setdefault(key, slug)
        longest[tokens[0]] = max(longest.get(tokens[0], 0), len(tokens))
    return aliases, longest


_ADDRESS = re.compile(
    r"\b(?:[a-z][a-z0-9+.-]{1,15}://|www\.)[^\s<>\"'`]*"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|app|co|ai|example|test|local|eu|de|uk|nl|fr|us|gov|edu)\b(?:/[^\s<>\"'`]*)?",
)
"""URLs, e-mail addresses and bare domains: their words (`/tls-rotation`, `goodbye-kafka`) name no skill."""
_DOMAIN_DOT = re.compile(r"\.[a-z]")
"""What every bare domain `_ADDRESS` matches has: a dot before its (lower-case) top-level domain."""


def without_addresses(text: str) -> str:
    """`text` with every URL, e-mail address and domain blanked out (same length, so positions still hold)."""
    if "@" not in text and "://" not in text and "www." not in text and not _DOMAIN_DOT.search(text):
        return text  # none of `_ADDRESS`'s three kinds can match: most sentences end in a dot, and that is all
    return _ADDRESS.sub(lambda match: " " * len(match.group()), text)


def scan(text: str, *, named_only: bool = False) -> list[Match]:
    """Every skill named in `text`, longest names first, in order of appearance; never inside a URL or an
    e-mail address."""
    return list(_scan(text, named_only))


SCAN_CACHE = 1024
"""Texts whose scan is remembered: a bullet is scanned by several steps in a row (skills, names, topics)."""


@lru_cache(maxsize=SCAN_CACHE)
def _scan(text: str, named_only: bool) -> tuple[Match, ...]:
    aliases, longest = _index()
    text = without_addresses(text)
    tokens = _tokens(text)
    words = [token.group().casefold() for token in tokens]
    found: list[Match] = []
    after = 0
    # Only a word that starts an alias, or has a slash, can begin a name: the others are skipped at once.
    for index in (place for place, word in enumerate(words) if word in longest or "/" in word):
        if index < after:
            continue
        size = longest.get(words[index], 0)
        matched = 0
        for count in range(min(size, len(tokens) - index), 0, -1):
            key = words[index] if count == 1 else " ".join(words[index : index + count])
            slug = aliases.get(key)
            if slug is not None and _accept(tokens, words, index, count, slug, named_only):
                start, end = tokens[index].start(), tokens[index + count - 1].end()
                found.append(Match(slug, text[start:end], start, end))
                matched = count
                break
        if not matched and "/" in words[index]:
            found.extend(_slashed(tokens[index], named_only))
        after = index + (matched or 1)
    return tuple(found)


def _slashed(token: re.Match[str], named_only: bool) -> list[Match]:
    """ "Django/Flask", "SQL/NoSQL": names joined by slashes that are not one name themselves."""
    found = []
    offset = token.start()
    for part in token.group().split("/"):
        slug = _index()[0].get(part.casefold()) if part else None
        cased = _CASED.get(part.casefold())
        if slug and (cased is None or cased.match(part)) and (not named_only or is_named(slug)):
            found.append(Match(slug, part, offset, offset + len(part)))
        offset += len(part) + 1
    return found


def is_named(slug: str) -> bool:
    """A topic that is a proper technology name (a language, a framework, a product, a protocol)."""
    topic = TOPIC_BY_SLUG.get(slug)
    return topic is not None and (topic.group in NAMED_GROUPS or slug in NAMED_TOPICS)


def _accept(tokens: list[re.Match[str]], words: list[str], index: int, count: int, slug: str, named_only: bool) -> bool:
    if named_only and not is_named(slug):
        return False
    if count > 1:
        return True
    word = words[index]
    cased = _CASED.get(word)
    if cased is None:
        return True
    written = tokens[index].group()
    if not cased.match(written):
        return False
    if word != "go":
        return True
    following = words[index + 1] if index + 1 < len(words) else ""
    if not following:
        return True
    source = tokens[index].string
    after = source[tokens[index].end() : tokens[index].end() + 3].lstrip()[:1]
    return (
        after in (",", ";", "/", ")", "(", "|") or following in _GO_FOLLOWERS or tokens[index + 1].group()[:1].isupper()
    )


def display(slug: str) -> str:
    return TOPIC_BY_SLUG[slug].name


def is_skill_name(text: str) -> bool:
    """The whole of `text` is one skill name ("PostgreSQL", "Version Control (Git)")."""
    text = text.strip().rstrip(".,;:")
    if not text or len(text) > 60:
        return False
    matches = scan(text)
    if not matches:
        return False
    covered = sum(match.end - match.start for match in matches)
    letters = sum(1 for char in text if char.isalnum())
    return covered >= letters * 0.6 or (len(matches) == 1 and matches[0].start == 0 and len(text.split()) <= 3)


# ---------------------------------------------------------------- how a found skill is named


def skill_name(match: Match, text: str) -> str:
    """The name a found skill goes by: the topic's for a spelling of it ("Postgres", "k8s", "relational
    databases"), the document's own for a distinct product the topic stands for ("gRPC", "TypeScript", "GitHub
    Actions", "Jenkins" written mid-sentence). `text` is what the match was found in."""
    before = text[max(match.start - 40, 0) : match.start].rstrip()
    return _name(match.text, match.slug, not before or before[-1] in ".!?:;•*-–—(")


@lru_cache(maxsize=4096)
def _name(text: str, slug: str, initial: bool) -> str:
    written = " ".join(text.split())
    topic = display(slug)
    if not _proper_name(written, initial) or _spelling_of(written, topic, slug):
        return topic
    return written


def _proper_name(written: str, initial: bool) -> bool:
    words = [word.strip("()[],.;:") for word in written.split()]
    if any(_mixed_case(word) or _acronym(word) for word in words):
        return True
    return len(words) == 1 and words[0][:1].isupper() and not initial


def _mixed_case(word: str) -> bool:
    return any(char.isupper() for char in word[1:]) and any(char.islower() for char in word)


def _acronym(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _spelling_of(written: str, topic: str, slug: str) -> bool:
    """ "Postgres" of PostgreSQL, "NodeJS" and "JS" of Node.js, "k8s" of Kubernetes: one name, written differently."""
    mine = _letters(written)
    for name in (_letters(topic), _letters(slug)):
        if mine and (mine in name or name in mine or (mine.endswith("s") and mine[:-1] in name)):
            return True
        if len(mine) >= 3 and mine[1:-1].isdigit() and mine[0] == name[:1] and mine[-1] == name[-1:]:
            return int(mine[1:-1]) == len(name) - 2  # a numeronym: k8s, i18n
    return False


def _letters(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalnum() or char in "#+")


# ---------------------------------------------------------------- technologies outside the vocabulary

_NAME = r"(?:[A-Z][\w+#.]*[\w+#]|[A-Z]|[a-z]+[A-Z][\w+#.]*[\w+#])"
"""A word written as a name: capitalised, or a lower-case start with a capital inside ("gRPC", "iOS")."""
_SECOND = rf"(?: (?:{_NAME}|\d{{4,}}\b))?"
"""A name's second word, or the number of a standard ("ISO 20022"; a short number is a version, not the name)."""
_RUN = re.compile(rf"{_NAME}{_SECOND}(?:(?:,\s*(?:and |or )?|\s+(?:and|or|&)\s+|\s*/\s*){_NAME}{_SECOND})*")
_SEPARATOR = re.compile(r",\s*(?:and |or )?|\s+(?:and|or|&)\s+|\s*/\s*")
_CUE = re.compile(
    r"(?:\bexperience (?:with|in|using|of)|\bworked (?:with|in|on)|\bworking (?:with|in)|\bfamiliar(?:ity)? with"
    r"|\bknowledge of|\bproficien(?:t|cy) (?:in|with)|\bfluen(?:t|cy) in|\bskilled in|\bexpertise (?:in|with)"
    r"|\bexposure to|\bcomfortable (?:with|using)|\busing|\bwritten in|\bbuilt (?:with|in|on)"
    r"|\b(?:work|code|develop|build|program)(?:s|ing)? (?:mostly |mainly |primarily |daily )?in"
    r"|\b(?:languages?|frameworks?|tools?|technologies|databases?|platforms?|librar(?:y|ies)|brokers?|queues?"
    r"|engines?|stores?|warehouses?|stacks?|runtimes?|orchestrators?|schedulers?|services|systems?)"
    r"(?: [a-z]+)?,? (?:such as|like|including|e\.g\.,?))"
    r"\s+(?:(?:at least |any )?(?:one|two|some|any|all|each) of\s+)?(?:an? |the )?$",
    re.IGNORECASE,
)
"""What introduces technology names in a requirement ("experience with", "a framework such as")."""
_NOT_NAMES = frozenset(
    [
        "i",
        "a",
        "an",
        "the",
        "we",
        "you",
        "our",
        "your",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "they",
        "he",
        "she",
        "my",
        "us",
        "who",
        "what",
        "when",
        "where",
        "which",
        "why",
        "how",
        "and",
        "or",
        "but",
        "if",
        "so",
        "also",
        "plus",
        "some",
        "any",
        "all",
        "each",
        "every",
        "one",
        "two",
        "three",
        "both",
        "either",
        "neither",
        "other",
        "another",
        "more",
        "most",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "english",
        "german",
        "french",
        "spanish",
        "dutch",
        "portuguese",
        "italian",
        "polish",
        "engineer",
        "engineers",
        "developer",
        "developers",
        "manager",
        "managers",
        "lead",
        "leads",
        "senior",
        "junior",
        "mid",
        "staff",
        "principal",
        "intern",
        "team",
        "teams",
        "product",
        "design",
        "engineering",
        "sales",
        "marketing",
        "support",
        "operations",
        "finance",
        "legal",
        "people",
        "data",
        "platform",
        "company",
        "customer",
        "customers",
        "client",
        "clients",
        "partner",
        "partners",
        "user",
        "users",
        "ceo",
        "cto",
        "cv",
        "cvs",
        "eu",
        "uk",
        "us",
        "usa",
        "phd",
        "bsc",
        "msc",
        "ba",
        "ma",
        "degree",
        "bachelor",
        "master",
        "masters",
        "computer",
        "science",
        "remote",
        "hybrid",
        "office",
        "ok",
        "yes",
        "no",
        "n/a",
    ]
)


def unknown_names(text: str, known: list[Match]) -> list[tuple[str, int]]:
    """Technology names outside the vocabulary in a requirement sentence, with their positions: names in a run
    that a cue introduces ("experience with Spark or Flink") or that also names a known technology ("Java,
    Kotlin or TypeScript"), and a name in parentheses after a known one ("Python (FastAPI)")."""
    text = without_addresses(text)
    spans = sorted((match.start, match.end) for match in known)
    found: list[tuple[str, int]] = []
    for run in _RUN.finditer(text):
        members = _members(text, run)
        unknown = [(name, start) for name, start, end in members if not _covered(spans, start, end)]
        if not unknown:
            continue
        start = run.start()
        if (
            (len(unknown) < len(members) and len(members) > 1)
            or (text[start - 1 : start] == "(" and _covered(spans, *_word_before(text, start - 1)))
            or _CUE.search(text[max(start - 80, 0) : start])
        ):
            for name, at in unknown:
                bare = _PRAISE.sub("", name)  # "Solid Kotlin or Java": the skill is Kotlin
                if bare and _usable(bare):
                    found.append((bare, at + len(name) - len(bare)))
    return found


_SQL_KEYWORDS = frozenset(
    {"select", "join", "joins", "insert", "update", "delete", "where", "group by", "order by", "having", "upsert"}
    | {"merge", "union", "create", "alter", "drop", "index", "commit", "rollback", "inner join", "left join", "with"}
)
_PRAISE = re.compile(
    r"^(?:solid|strong|deep|good|great|excellent|proven|basic|advanced|expert|working|some|very good|sound)\s+",
    re.IGNORECASE,
)


def _members(text: str, run: re.Match[str]) -> list[tuple[str, int, int]]:
    members = []
    position = run.start()
    for part in _SEPARATOR.split(run.group()):
        start = text.index(part, position)
        members.append((part, start, start + len(part)))
        position = start + len(part)
    return members


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `spans` (sorted, not overlapping each other)."""
    index = bisect.bisect_left(spans, (end, end))
    return index > 0 and spans[index - 1][1] > start


def _word_before(text: str, end: int) -> tuple[int, int]:
    """The span of the word that ends at `end` (spaces before `end` skipped)."""
    while end > 0 and text[end - 1] == " ":
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start, end


def _usable(name: str) -> bool:
    words = name.split()
    return (
        not any(word.casefold().strip(".") in _NOT_NAMES for word in words)
        and not (name.isupper() and name.casefold() in _SQL_KEYWORDS)  # "SQL (SELECT, JOIN)": statements, not tools
        and len(name) <= 40
        and not name.isdigit()
        and not scan(name)
    )
