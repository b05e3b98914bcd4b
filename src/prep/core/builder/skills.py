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


def scan(text: str, *, named_only: bool = False) -> list[Match]:
    """Every skill named in `text`, longest names first, in order of appearance."""
    aliases, longest = _index()
    tokens = _tokens(text)
    words = [token.group().casefold() for token in tokens]
    found: list[Match] = []
    index = 0
    while index < len(tokens):
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
        index += matched or 1
    return found


def _slashed(token: re.Match[str], named_only: bool) -> list[Match]:
    """ "Django/Flask", "SQL/NoSQL": names joined by slashes that are not one name themselves."""
    found = []
    offset = token.start()
    for part in token.group().split("/"):
        slug = _index()[0].get(part.casefold()) if part else None
        cased = _CASED.get(part.casefold())
        if slug and (cased is None or cased.match(part)) and (not named_only or _named(slug)):
            found.append(Match(slug, part, offset, offset + len(part)))
        offset += len(part) + 1
    return found


def _named(slug: str) -> bool:
    topic = TOPIC_BY_SLUG.get(slug)
    return topic is not None and (topic.group in NAMED_GROUPS or slug in NAMED_TOPICS)


def _accept(tokens: list[re.Match[str]], words: list[str], index: int, count: int, slug: str, named_only: bool) -> bool:
    if named_only and not _named(slug):
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
