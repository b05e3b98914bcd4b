"""Questions: recognising them in documents and tidying them into prompts.

Recognised: a sentence ending in `?`; `Q:` / `Question 1:` prefixes (bold or not, `A:` for the
answer); headings phrased as questions without the mark ("HOW TO BECOME A ...", "What is a
backend engineer job"), but not section names that merely start like one ("What you'll do",
"What we offer"); and, in interview-question sections, prompts such as "Explain ..." or
"Describe ...".

Writing a question for an answer printed without one is `question_writer.py`.
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
    r"what would you|why would you|what happens|when would you|differentiate|distinguish)\b(?!-)",
    re.IGNORECASE,
)
_Q_PREFIX = re.compile(r"^(?:q(?:uestion)?\s*#?\s*\d{0,3}\s*[:.)\-–]|q\d{1,3}\b\.?|#\d{1,3}[:.)]?)\s*", re.IGNORECASE)
_A_PREFIX = re.compile(
    r"^(?:a(?:nswer)?\s*#?\s*\d{0,3}\s*:|answer\s*\d{0,3}\s*[.)\-–]|a\d{1,3}\s*[.)\-–])\s*", re.IGNORECASE
)
"""`A:`, `Answer 2.`, and `A2.` (the answer to `Q2.`)."""
_TRUE_OR_FALSE = re.compile(r"^(?:true or false|true/false|t/f)\s*[?:.]\s*\S", re.IGNORECASE)
_INLINE_ANSWER = re.compile(r"\s(?:a|answer)\s*:\s+", re.IGNORECASE)
_NUMBERING = re.compile(r"^(?:\d{1,3}|[ivx]{1,5})[.):]\s+|^\(\d{1,3}\)\s+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bvs)(?<!\bu\.s)[.!?](?=\s+[A-Z0-9\"“(])")
_THIS_POSITION = re.compile(r"\b(this|the) (position|role|job)\b", re.IGNORECASE)
_HOW_TO = re.compile(r"^how to\s+", re.IGNORECASE)
_PLAIN_PLURAL_ASK = re.compile(r"^what are the (?:[a-z-]+ ){0,2}[a-z-]+s$", re.IGNORECASE)
_WORDS = re.compile(r"[\w'’.+#/-]+")

PROPER_NAMES = {topic.name.casefold(): topic.name for topic in TOPICS if " " not in topic.name and len(topic.name) > 2}
PROPER_NAMES.update(
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
PROPER_NAMES.pop("it", None)
PROPER_NAMES.pop("us", None)


def strip_numbering(text: str) -> str:
    return _NUMBERING.sub("", text, count=1).strip()


def question_prefix(text: str) -> tuple[str, bool]:
    """`text` without a `Q:` / `Question 3:` prefix or a kind label ("(Behavioural)"), and whether it had one."""
    stripped = _KIND_LABEL.sub("", _Q_PREFIX.sub("", text, count=1), count=1)
    return stripped.strip(), stripped != text


_KINDS = r"behaviou?ral|technical|situational|system design|coding"
_KIND_LABEL = re.compile(
    rf"^[(\[](?:{_KINDS}|design|conceptual|practical|scenario|easy|medium|hard|advanced|basic|junior|mid|senior|lead|"
    r"staff)[)\]]:?\s+(?=[A-Z])",
    re.IGNORECASE,
)
"""A question collection's note of what kind of question follows: "(Behavioural) Tell me about a time ..."."""
_KIND_LABEL_TAIL = re.compile(rf"\s*[(\[](?:{_KINDS}|star)\b[^)\]]{{0,40}}[)\]]\s*$", re.IGNORECASE)
"""The same note after the question: "Tell me about a time ... (Behavioural — use STAR)"."""


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
        asks_more = answer.endswith("?") or (bool(_IMPERATIVE.match(answer)) and len(answer.split()) <= 8)
        one_question = "?" not in question[:-1] and not asks_more  # "What is X? Write one.": a single question
        if _starts_like_question(question) and len(answer.split()) >= 3 and one_question:
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
    """A heading phrased as a question even without the mark ("How to become a backend engineer"), or a
    short lead-in and a question ("Describe a time you received critical feedback. How did you respond?")."""
    if is_question(text) or _lead_in_and_question(text):
        return True
    if len(text) > MAX_QUESTION_CHARS or text.endswith((".", "!")):
        return False
    words = _first_words(text.replace("’", "'"), 3)
    if len(words) < 2 or words[0] not in _INTERROGATIVES or words[0] in ("name", "list", "compare", "define"):
        return False
    if words[0] in ("explain", "describe"):
        return False
    second = words[1]
    asks = words[0] not in _AUX  # "What is", "Why do": not "Must have", "Should be"
    if (
        words[0] in ("what's", "whats")
        or (asks and second in _AUX)
        or (words[0] == "how" and second in ("to", *_QUANTITY))
    ):
        return second not in _PRONOUNS or words[0] in ("what's", "whats")
    if second in _PRONOUNS or words[0] in _AUX:
        return False
    return len(words) > 2 and words[2] in _AUX


def _lead_in_and_question(text: str) -> bool:
    if not text.endswith("?") or len(text) > MAX_QUESTION_CHARS:
        return False
    sentences = _SENTENCE_END.split(text[:-1])
    if not 2 <= len(sentences) <= 3:
        return False
    last = sentences[-1].strip() + "?"
    return _starts_like_question(last) and is_question(last)


_INTERVIEW_PROMPT = re.compile(
    r"^(?:give (?:me |us )?an example|tell (?:me|us) about|describe a (?:time|situation|project)|"
    r"walk (?:me|us) through|talk (?:me|us) through|share an example)\b",
    re.IGNORECASE,
)


def interview_prompt(text: str) -> bool:
    """A behavioural prompt written as an instruction ("Give an example of a time you ..."): a question."""
    return bool(_INTERVIEW_PROMPT.match(text)) and len(text.split()) >= 4 and len(text) <= MAX_QUESTION_CHARS


def true_or_false(text: str) -> bool:
    """A "True or False? <statement>" quiz item (the statement is the question, its answer starts True or False)."""
    return bool(_TRUE_OR_FALSE.match(text)) and len(text) <= MAX_QUESTION_CHARS + 20


def is_prompt(text: str) -> bool:
    """An interview prompt that is not phrased as a question ("Explain the CAP theorem.")."""
    return bool(_IMPERATIVE.match(text)) and len(text) <= MAX_QUESTION_CHARS and len(text.split()) >= 3


def tidy(text: str, role: str = "") -> str:
    """A question as a prompt: numbering and `Q:` removed, shouting lowered, a question mark at the end."""
    text = _KIND_LABEL_TAIL.sub("", strip_numbering(question_prefix(text)[0])).strip().rstrip(":").strip()
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


_FIRST_PERSON = frozenset({"i", "i'm", "i've", "i'd", "i'll"})


def _sentence_case(text: str) -> str:
    words = []
    for word in text.lower().split():
        core = word.strip("?.,:;!()\"'")
        named = PROPER_NAMES.get(core) or ("I" + core[1:] if core in _FIRST_PERSON else None)
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


def sentences(text: str) -> list[str]:
    """`text` split into sentences (not at "e.g." or "i.e.")."""
    found = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        found.append(text[start : end.end()].strip())
        start = end.end()
    rest = text[start:].strip()
    return [sentence for sentence in [*found, rest] if sentence]


def lead_sentence(text: str) -> str:
    """The first sentence of `text` (at most 400 characters)."""
    text = text.strip()[:2000]
    match = _SENTENCE_END.search(text)
    sentence = text[: match.start() + 1] if match else text
    return sentence[:400].strip()


def to_the_team(question: str) -> str:
    """ "How do you handle production incidents?" in a careers page's FAQ asks the employer, not the candidate: on a
    card it reads "How does the team handle production incidents?" ("How do you become a data engineer?" is
    anyone's "you" and stays)."""
    asked = _ASKS_THE_EMPLOYER.match(question)
    if asked is None:
        return question
    lead = asked.group(1) or ""
    does = "does" if lead else "Does"
    rest = _YOUR.sub(lambda match: "Its" if match.group()[0].isupper() else "its", question[asked.end() :])
    return f"{lead}{does} the team{rest}"


_ASKS_THE_EMPLOYER = re.compile(
    r"^((?:how|what|when|where|why|which \w+|how often|how much)\s+)?do you\b"
    r"(?! (?:become|get|prepare|learn|start|need|apply|qualify|succeed|stand|advance|grow|transition|break|switch|"
    r"find|land|choose|pick|decide|know|think|mean)\b)",
    re.I,
)
_YOUR = re.compile(r"\byour\b", re.I)
