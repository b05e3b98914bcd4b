"""Writing the question a FAQ answer answers, when the page printed only the answers.

`question_for(answer)` works from the answer's lead sentence: "A Senior Backend Engineer is
responsible for designing ..." → "What is a Senior Backend Engineer responsible for?". It only
uses patterns it can turn into a real question about the sentence's subject and returns None
otherwise, so a prompt is never a guess.
"""

from __future__ import annotations

from prep.core.builder.question_words import (
    ADJECTIVES,
    ADVERBS,
    BAD_SUBJECTS,
    BE,
    DETERMINERS,
    HOW_ADJECTIVES,
    MODALS,
    OBJECT_NOUNS,
    PREPOSITIONS,
    TO_VERBS,
    VERBS,
)
from prep.core.builder.questions import MAX_QUESTION_CHARS, PROPER_NAMES, lead_sentence


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
    if words[0].lower() != "to" or words[1].lower().strip(",") not in TO_VERBS:
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
        if word in ADVERBS and index + 1 < len(words):
            following = words[index + 1]
            if following.islower() and (following in VERBS or following in BE or following in MODALS):
                return _ask(words[:index], [word], words[index + 1 :])
            continue
        if word in VERBS or word in BE or word in MODALS:
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
    if verb in BE:
        return _be_question(verb, subject, adverb, after)
    if verb in MODALS:
        if (
            not after
            or not after[0].isalpha()
            or not rest[1].islower()
            or after[0] in BE
            or after[0] in ("does", "do", "has", "have", "not", "be", "been")
        ):
            return None
        base = VERBS.get(after[0], (after[0], False))[0]
        tail = f" {after[1]}" if len(after) > 1 and after[1] in PREPOSITIONS else ""
        return f"What {verb} {subject}{adverb} {base}{tail}?"
    base, singular = VERBS[verb]
    aux = "does" if singular else "do"
    if verb in ("varies", "vary"):
        if "depending" in after or "based" in after:
            return f"What {aux} {subject} depend on?"
        return f"How {aux} {subject} vary?"
    if verb in ("ranges", "range"):
        return f"What is the typical range of {subject}?"
    if base == "play" and "role" in after[:4]:
        return f"What role {aux} {subject} play?"
    if after and after[0] in PREPOSITIONS and base not in ("have", "do"):
        return f"What {aux} {subject}{adverb} {base} {after[0]}?"
    if after and after[0] in OBJECT_NOUNS:
        return f"What {after[0]} {aux} {subject}{adverb} {base}?"
    if base == "do":
        return None
    return f"What {aux} {subject}{adverb} {base}?"


def _adverb(word: str) -> bool:
    return word in ADVERBS or (len(word) > 4 and word.endswith("ly") and not word.endswith(("ply", "mily")))


def _be_question(verb: str, subject: str, adverb: str, after: list[str]) -> str | None:
    words = [word for word in after if not _adverb(word)] or after
    if not words:
        return None
    head = words[0]
    if head in HOW_ADJECTIVES:
        return f"How {head} {verb} {subject}?"
    if head in ADJECTIVES and len(words) > 1 and words[1] in PREPOSITIONS:
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
    if first in BAD_SUBJECTS or words[0].endswith(","):
        return None
    if any(word.endswith((",", ";", ":")) for word in words):
        return None
    if len(words) == 1 and not (words[0][:1].isupper() or words[0].isupper()):
        return None
    text = " ".join(words).strip('"“”')
    head = words[0]
    if first in DETERMINERS or (len(words) > 1 and words[1][:1].islower() and not _is_name(head)):
        text = head.lower() + text[len(head) :]
    return text


def _is_name(word: str) -> bool:
    core = word.strip(",.;:")
    return core.casefold() in PROPER_NAMES or any(char.isupper() for char in core[1:]) or core.isupper()
