"""Questions: recognising them in documents, tidying them into prompts, and writing one for an answer.

Recognised: a sentence ending in `?`; `Q:` / `Question 1:` prefixes (bold or not, `A:` for the
answer); headings phrased as questions without the mark ("HOW TO BECOME A ...", "What is a
backend engineer job"), but not section names that merely start like one ("What you'll do",
"What we offer"); and, in interview-question sections, prompts such as "Explain ..." or
"Describe ...".

When a FAQ printed only the answers, `question_for(answer)` writes the question from the answer's
lead sentence: "A Senior Backend Engineer is responsible for designing ..." → "What is a Senior
Backend Engineer responsible for?". It only uses patterns it can turn into a real question about
the sentence's subject and returns None otherwise, so a prompt is never a guess.
"""

from __future__ import annotations

import re

from prep.core.topics import TOPICS

MAX_QUESTION_CHARS = 300
_INTERROGATIVES = frozenset(
    {
        "what",
        "what's",
        "whats",
        "how",
        "why",
        "when",
        "where",
        "who",
        "whom",
        "whose",
        "which",
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "can",
        "could",
        "should",
        "would",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "has",
        "have",
        "had",
        "name",
        "explain",
        "describe",
        "define",
        "compare",
        "list",
    }
)
_AUX = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "can",
        "could",
        "should",
        "would",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "has",
        "have",
        "had",
        "'s",
        "’s",
        "'re",
        "’re",
    }
)
_PRONOUNS = frozenset(
    {
        "you",
        "you'll",
        "you’ll",
        "you're",
        "you’re",
        "we",
        "we'll",
        "we’ll",
        "we're",
        "we’re",
        "i",
        "i'll",
        "they",
        "our",
        "your",
        "us",
        "makes",
        "sets",
    }
)
_QUANTITY = frozenset({"much", "many", "long", "often", "far", "old", "big", "important", "hard", "difficult"})
_IMPERATIVE = re.compile(
    r"^(?:explain|describe|define|compare|contrast|discuss|list|name|outline|summari[sz]e|design|implement|write|"
    r"walk (?:me|us) through|tell (?:me|us) about|give (?:an|one|two|some) examples?|show how|how would you|"
    r"what would you|why would you|what happens|when would you|differentiate|distinguish)\b",
    re.IGNORECASE,
)
_Q_PREFIX = re.compile(r"^(?:q(?:uestion)?\s*#?\s*\d{0,3}\s*[:.)\-–]|q\d{1,3}\b\.?|#\d{1,3}[:.)]?)\s*", re.IGNORECASE)
_A_PREFIX = re.compile(r"^(?:a(?:nswer)?\s*#?\s*\d{0,3}\s*:|answer\s*\d{0,3}\s*[.)\-–])\s*", re.IGNORECASE)
_INLINE_ANSWER = re.compile(r"\s(?:a|answer)\s*:\s+", re.IGNORECASE)
_NUMBERING = re.compile(r"^(?:\d{1,3}|[ivx]{1,5})[.):]\s+|^\(\d{1,3}\)\s+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bvs)(?<!\bu\.s)[.!?](?=\s+[A-Z0-9\"“(])")
_THIS_POSITION = re.compile(r"\b(this|the) (position|role|job)\b", re.IGNORECASE)
_HOW_TO = re.compile(r"^how to\s+", re.IGNORECASE)
_PLAIN_PLURAL_ASK = re.compile(r"^what are the (?:[a-z-]+ ){0,2}[a-z-]+s$", re.IGNORECASE)
_WORDS = re.compile(r"[\w'’.+#/-]+")

_NAMES = {topic.name.casefold(): topic.name for topic in TOPICS if " " not in topic.name and len(topic.name) > 2}
_NAMES.update(
    {
        alias: alias.upper()
        for alias in (
            "aws",
            "gcp",
            "sql",
            "api",
            "apis",
            "http",
            "dns",
            "tls",
            "ci/cd",
            "rest",
            "jvm",
            "orm",
            "acid",
            "cap",
            "oop",
            "tcp",
            "udp",
            "json",
            "xml",
            "html",
            "css",
            "url",
            "uri",
            "ssl",
            "sso",
            "jwt",
            "sla",
            "slo",
            "cdn",
            "vpn",
            "ssh",
            "gdpr",
            "owasp",
            "crud",
            "tdd",
            "qa",
            "ui",
            "ux",
            "it",
            "us",
            "usa",
            "uk",
            "eu",
        )
    }
)
_NAMES.pop("it", None)
_NAMES.pop("us", None)


def strip_numbering(text: str) -> str:
    return _NUMBERING.sub("", text, count=1).strip()


def question_prefix(text: str) -> tuple[str, bool]:
    """`text` without a `Q:` / `Question 3:` prefix, and whether it had one."""
    stripped = _Q_PREFIX.sub("", text, count=1)
    return stripped.strip(), stripped != text


def answer_prefix(text: str) -> tuple[str, bool]:
    stripped = _A_PREFIX.sub("", text, count=1)
    return stripped.strip(), stripped != text


def split_inline(text: str) -> tuple[str, str] | None:
    """ "What is X? X is ..." or "Q: What is X? A: ..." in one block → (question, answer), else None."""
    marked = _INLINE_ANSWER.search(text)
    if marked and marked.start() > 5:
        question, answer = text[: marked.start()].strip(), text[marked.end() :].strip()
        if question and answer:
            return question, answer
    mark = text.find("? ")
    if 5 < mark < MAX_QUESTION_CHARS:
        question, answer = text[: mark + 1], text[mark + 2 :].strip()
        if _starts_like_question(question) and len(answer.split()) >= 3 and "?" not in question[:-1]:
            return question, answer
    return None


def _first_words(text: str, count: int = 3) -> list[str]:
    return [word.lower().strip(",:;\"'“”") for word in text.split()[:count]]


def _starts_like_question(text: str) -> bool:
    words = _first_words(text, 1)
    return bool(words) and words[0] in _INTERROGATIVES


def single_sentence(text: str) -> bool:
    return _SENTENCE_END.search(text[:-1]) is None


def is_question(text: str) -> bool:
    """A sentence ending in `?` that reads like a question (not a paragraph that ends with one)."""
    if not text.endswith("?") or len(text) > MAX_QUESTION_CHARS or len(text.split()) < 2:
        return False
    return single_sentence(text)


def reads_as_question(text: str) -> bool:
    """A heading phrased as a question even without the mark ("How to become a backend engineer")."""
    if is_question(text):
        return True
    if len(text) > MAX_QUESTION_CHARS or text.endswith((".", "!")):
        return False
    words = _first_words(text.replace("’", "'"), 3)
    if len(words) < 2 or words[0] not in _INTERROGATIVES or words[0] in ("name", "list", "compare", "define"):
        return False
    if words[0] in ("explain", "describe"):
        return False
    second = words[1]
    if words[0] in ("what's", "whats") or second in _AUX or (words[0] == "how" and second in ("to", *_QUANTITY)):
        return second not in _PRONOUNS or words[0] in ("what's", "whats")
    if second in _PRONOUNS or words[0] in _AUX:
        return False
    return len(words) > 2 and words[2] in _AUX


def is_prompt(text: str) -> bool:
    """An interview prompt that is not phrased as a question ("Explain the CAP theorem.")."""
    return bool(_IMPERATIVE.match(text)) and len(text) <= MAX_QUESTION_CHARS and len(text.split()) >= 3


def tidy(text: str, role: str = "") -> str:
    """A question as a prompt: numbering and `Q:` removed, shouting lowered, a question mark at the end."""
    text = strip_numbering(question_prefix(text)[0]).strip().rstrip(":").strip()
    if _letters_upper(text) or _title_cased(text):
        text = _sentence_case(text)
    text = _HOW_TO.sub("How do you ", text) if not text.lower().startswith("how to?") else text
    if role:
        subject = _role_phrase(role)
        text = _THIS_POSITION.sub(lambda match: f"the {subject} {match.group(2).lower()}", text)
        bare = text.rstrip("?").strip()
        if _PLAIN_PLURAL_ASK.match(bare):
            text = f"{bare} for {_article(subject)} {subject}"
    text = text[:1].upper() + text[1:]
    if "?" not in text and reads_as_question(text):
        text = text.rstrip(".:;!") + "?"
    return text


def _letters_upper(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 4 and sum(1 for char in letters if char.isupper()) * 10 >= len(letters) * 9


def _title_cased(text: str) -> bool:
    words = [
        word
        for word in text.split()
        if word[:1].isalpha() and word.lower() not in ("a", "an", "the", "of", "to", "in", "for", "and")
    ]
    return len(words) >= 4 and sum(1 for word in words if word[:1].isupper()) * 10 >= len(words) * 8


def _sentence_case(text: str) -> str:
    words = []
    for word in text.lower().split():
        core = word.strip("?.,:;!()\"'")
        named = _NAMES.get(core)
        words.append(word.replace(core, named) if named else word)
    sentence = " ".join(words)
    return sentence[:1].upper() + sentence[1:]


def _role_phrase(role: str) -> str:
    """A role name as it reads inside a sentence: acronyms and tech names kept, other words lowered."""
    words = []
    for word in role.split():
        keep = (word.isupper() and len(word) > 1) or any(char.isupper() for char in word[1:])
        words.append(word if keep else word.lower())
    return " ".join(words)


def _article(phrase: str) -> str:
    return "an" if phrase[:1].lower() in "aeiou" else "a"


# ---------------------------------------------------------------- questions for answer-only FAQs


def lead_sentence(text: str) -> str:
    """The first sentence of `text` (at most 400 characters)."""
    text = text.strip()[:2000]
    match = _SENTENCE_END.search(text)
    sentence = text[: match.start() + 1] if match else text
    return sentence[:400].strip()


# Finite verbs an answer's lead sentence commonly turns on: form → (base form, singular subject).
_VERBS: dict[str, tuple[str, bool]] = {}
for _base, _singular in (
    ("specialize", "specializes"),
    ("specialise", "specialises"),
    ("focus", "focuses"),
    ("work", "works"),
    ("require", "requires"),
    ("need", "needs"),
    ("include", "includes"),
    ("involve", "involves"),
    ("possess", "possesses"),
    ("use", "uses"),
    ("handle", "handles"),
    ("build", "builds"),
    ("design", "designs"),
    ("develop", "develops"),
    ("create", "creates"),
    ("maintain", "maintains"),
    ("manage", "manages"),
    ("ensure", "ensures"),
    ("write", "writes"),
    ("earn", "earns"),
    ("make", "makes"),
    ("vary", "varies"),
    ("range", "ranges"),
    ("depend", "depends"),
    ("offer", "offers"),
    ("provide", "provides"),
    ("play", "plays"),
    ("spend", "spends"),
    ("take", "takes"),
    ("mean", "means"),
    ("refer", "refers"),
    ("describe", "describes"),
    ("cover", "covers"),
    ("consist", "consists"),
    ("help", "helps"),
    ("allow", "allows"),
    ("enable", "enables"),
    ("support", "supports"),
    ("combine", "combines"),
    ("collaborate", "collaborates"),
    ("lead", "leads"),
    ("own", "owns"),
    ("oversee", "oversees"),
    ("implement", "implements"),
    ("contain", "contains"),
    ("store", "stores"),
    ("return", "returns"),
    ("run", "runs"),
    ("define", "defines"),
    ("determine", "determines"),
    ("come", "comes"),
    ("differ", "differs"),
    ("demand", "demands"),
    ("expect", "expects"),
    ("call", "calls"),
    ("represent", "represents"),
    ("stand", "stands"),
    ("prevent", "prevents"),
    ("protect", "protects"),
    ("guarantee", "guarantees"),
    ("deliver", "delivers"),
    ("perform", "performs"),
    ("rely", "relies"),
    ("belong", "belongs"),
    ("apply", "applies"),
    ("benefit", "benefits"),
    ("improve", "improves"),
    ("reduce", "reduces"),
    ("increase", "increases"),
    ("affect", "affects"),
    ("measure", "measures"),
):
    _VERBS[_singular] = (_base, True)
    _VERBS.setdefault(_base, (_base, False))
_VERBS.update({"has": ("have", True), "have": ("have", False), "does": ("do", True), "do": ("do", False)})
_BE = {"is": True, "are": False}
_MODALS = frozenset({"can", "should", "must", "will", "may", "might", "would", "could"})
_ADVERBS = frozenset(
    {
        "typically",
        "usually",
        "often",
        "generally",
        "mainly",
        "primarily",
        "also",
        "commonly",
        "normally",
        "mostly",
        "frequently",
        "largely",
        "always",
        "sometimes",
        "chiefly",
        "especially",
        "increasingly",
        "significantly",
        "actually",
        "really",
        "still",
        "now",
        "first",
    }
)
_PREPOSITIONS = frozenset(
    {
        "in",
        "on",
        "for",
        "with",
        "to",
        "of",
        "from",
        "as",
        "into",
        "about",
        "at",
        "by",
        "between",
        "across",
        "within",
        "upon",
    }
)
_DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "most",
        "many",
        "some",
        "all",
        "every",
        "each",
        "successful",
        "good",
        "great",
        "typical",
        "average",
        "experienced",
        "effective",
        "strong",
        "top",
        "modern",
    }
)
_BAD_SUBJECTS = frozenset(
    {
        "it",
        "they",
        "this",
        "these",
        "that",
        "those",
        "he",
        "she",
        "we",
        "you",
        "i",
        "there",
        "here",
        "one",
        "such",
        "yes",
        "no",
        "however",
        "additionally",
        "also",
        "while",
        "if",
        "when",
        "because",
        "although",
        "as",
        "in",
        "on",
        "for",
        "with",
        "to",
        "by",
        "from",
        "at",
        "after",
        "before",
        "since",
        "so",
        "and",
        "but",
        "or",
        "its",
        "their",
        "our",
        "your",
        "his",
        "her",
        "what",
        "how",
        "why",
        "who",
        "where",
        "which",
        "not",
        "only",
    }
)
_OBJECT_NOUNS = frozenset(
    {
        "skills",
        "qualifications",
        "tools",
        "languages",
        "technologies",
        "responsibilities",
        "tasks",
        "duties",
        "traits",
        "qualities",
        "abilities",
        "certifications",
        "degrees",
        "frameworks",
        "knowledge",
        "experience",
        "expertise",
        "education",
    }
)
_ADJECTIVES = frozenset(
    {
        "responsible",
        "important",
        "essential",
        "critical",
        "crucial",
        "useful",
        "valuable",
        "necessary",
        "common",
        "difficult",
        "hard",
        "required",
        "key",
        "vital",
        "central",
        "known",
        "used",
        "involved",
        "expected",
        "paid",
        "based",
        "considered",
        "needed",
        "designed",
        "tasked",
        "focused",
        "accountable",
        "able",
        "capable",
        "different",
        "similar",
        "related",
        "made",
        "built",
        "composed",
        "determined",
        "influenced",
    }
)
_HOW_ADJECTIVES = frozenset(
    {
        "important",
        "essential",
        "critical",
        "crucial",
        "useful",
        "valuable",
        "necessary",
        "common",
        "difficult",
        "hard",
        "vital",
        "central",
    }
)
_TO_VERBS = frozenset(
    {
        "become",
        "be",
        "get",
        "land",
        "work",
        "succeed",
        "start",
        "qualify",
        "prepare",
        "grow",
        "advance",
        "move",
        "transition",
        "stand",
        "excel",
        "thrive",
        "build",
        "design",
        "ensure",
        "improve",
        "learn",
        "master",
    }
)


def question_for(answer: str) -> str | None:
    """A question that `answer` (a FAQ answer printed without its question) answers, or None."""
    sentence = lead_sentence(answer).rstrip(".!").strip()
    words = sentence.split()
    if len(words) < 4:
        return None
    question = _to_do_question(words) or _subject_question(words)
    if question is None or len(question) > MAX_QUESTION_CHARS:
        return None
    return question


def _to_do_question(words: list[str]) -> str | None:
    """ "To become a Senior Backend Engineer, one needs ..." → "How do you become a Senior Backend Engineer?"."""
    if words[0].lower() != "to" or words[1].lower().strip(",") not in _TO_VERBS:
        return None
    clause: list[str] = []
    for word in words[1:16]:
        clause.append(word)
        if word.endswith(","):
            break
    else:
        return None
    text = " ".join(clause).rstrip(",")
    return f"How do you {text}?" if len(clause) >= 2 else None


def _subject_question(words: list[str]) -> str | None:
    limit = min(len(words) - 1, 14)
    for index in range(1, limit):
        written = words[index]
        word = written.lower()
        if words[index - 1].endswith((",", ";", ":")):
            return None  # a clause before the verb: not a plain subject
        if not written.islower() or written.endswith((",", ";", ":")):
            continue  # finite verbs in mid-sentence are lower case and not followed by a comma
        if word in _ADVERBS and index + 1 < len(words):
            following = words[index + 1]
            if following.islower() and (following in _VERBS or following in _BE or following in _MODALS):
                return _ask(words[:index], [word], words[index + 1 :])
            continue
        if word in _VERBS or word in _BE or word in _MODALS:
            return _ask(words[:index], [], words[index:])
    return None


def _ask(subject_words: list[str], adverbs: list[str], rest: list[str]) -> str | None:
    subject = _subject(subject_words)
    if subject is None or len(rest) < 2:
        return None
    verb = rest[0].lower().strip(",;:")
    after = [word.lower().strip(",;:.") for word in rest[1:8]]
    after = [word for word in after if not _adverb(word)][:5]
    adverb = f" {adverbs[0]}" if adverbs else ""
    if verb in _BE:
        return _be_question(verb, subject, adverb, after)
    if verb in _MODALS:
        if (
            not after
            or not after[0].isalpha()
            or not rest[1].islower()
            or after[0] in _BE
            or after[0] in ("does", "do", "has", "have", "not", "be", "been")
        ):
            return None
        base = _VERBS.get(after[0], (after[0], False))[0]
        tail = f" {after[1]}" if len(after) > 1 and after[1] in _PREPOSITIONS else ""
        return f"What {verb} {subject}{adverb} {base}{tail}?"
    base, singular = _VERBS[verb]
    aux = "does" if singular else "do"
    if verb in ("varies", "vary"):
        if "depending" in after or "based" in after:
            return f"What {aux} {subject} depend on?"
        return f"How {aux} {subject} vary?"
    if verb in ("ranges", "range"):
        return f"What is the typical range of {subject}?"
    if base == "play" and "role" in after[:4]:
        return f"What role {aux} {subject} play?"
    if after and after[0] in _PREPOSITIONS and base not in ("have", "do"):
        return f"What {aux} {subject}{adverb} {base} {after[0]}?"
    if after and after[0] in _OBJECT_NOUNS:
        return f"What {after[0]} {aux} {subject}{adverb} {base}?"
    if base == "do":
        return None
    return f"What {aux} {subject}{adverb} {base}?"


def _adverb(word: str) -> bool:
    return word in _ADVERBS or (len(word) > 4 and word.endswith("ly") and not word.endswith(("ply", "mily")))


def _be_question(verb: str, subject: str, adverb: str, after: list[str]) -> str | None:
    words = [word for word in after if not _adverb(word)] or after
    if not words:
        return None
    head = words[0]
    if head in _HOW_ADJECTIVES:
        return f"How {head} {verb} {subject}?"
    if head in _ADJECTIVES and len(words) > 1 and words[1] in _PREPOSITIONS:
        return f"What {verb} {subject}{adverb} {head} {words[1]}?"
    if (
        head
        in (
            "a",
            "an",
            "the",
            "one",
            "around",
            "about",
            "approximately",
            "roughly",
            "typically",
            "usually",
            "generally",
            "between",
            "from",
        )
        or head[:1] in "$€£"
        or head[:1].isdigit()
    ):
        return f"What {verb} {subject}?"
    return None


def _subject(words: list[str]) -> str | None:
    if not words or len(words) > 10:
        return None
    first = words[0].lower().strip(',;:"“')
    if first in _BAD_SUBJECTS or words[0].endswith(","):
        return None
    if any(word.endswith((",", ";", ":")) for word in words):
        return None
    if len(words) == 1 and not (words[0][:1].isupper() or words[0].isupper()):
        return None
    text = " ".join(words).strip('"“”')
    head = words[0]
    if first in _DETERMINERS or (len(words) > 1 and words[1][:1].islower() and not _is_name(head)):
        text = head.lower() + text[len(head) :]
    return text


def _is_name(word: str) -> bool:
    core = word.strip(",.;:")
    return core.casefold() in _NAMES or any(char.isupper() for char in core[1:]) or core.isupper()
