"""Small pieces of English for the cards prep writes around a document's own words.

`second_person` turns a career ladder's third-person expectation ("Reviews pull requests and acts
on feedback on their own work") into a clause about the reader ("review pull requests and act on
feedback on your own work"), or says it cannot (then the card quotes the expectation instead of
risking a sentence that is not English); `role_term` reads a role name as a list writes it
("Platform engineers") as one person ("a platform engineer").
"""

from __future__ import annotations

import re

_IRREGULAR = {"is": "are", "has": "have", "does": "do", "goes": "go"}
_SIBILANT_ENDINGS = ("sses", "shes", "ches", "xes", "zes", "oes")
_NOT_VERBS = frozenset({"this", "its", "his", "hers", "yes", "various", "previous", "famous", "always", "perhaps"})
_SUBJECT_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "can", "will", "should", "must", "may", "do"})
_OBJECT_STARTS = frozenset(
    {
        "the",
        "a",
        "an",
        "them",
        "it",
        "its",
        "their",
        "our",
        "his",
        "her",
        "each",
        "every",
        "all",
        "any",
        "some",
        "new",
        "common",
        "on",
        "up",
        "down",
        "out",
        "others",
        "clear",
    }
)
"""Words that start what a verb acts on ("and makes *the* case", "and estimates *them*", "and acts *on*") and
hardly ever follow a plural noun (a preposition does: "budgets and timelines *for* the team")."""
_PRONOUNS = {"their": "your", "theirs": "yours", "themselves": "yourself", "they": "you", "they're": "you're"}
_WORD = re.compile(r"^[A-Za-z][a-z]+$")
_OTHERS = re.compile(
    r"\b(?:others?|them|colleagues|engineers|developers|people|teams?|peers|juniors|mentees|reports|"
    r"members|newcomers|hires|teammates|stakeholders|customers|users)\b",
    re.IGNORECASE,
)
"""People a ladder expectation names before a "their", which may then be theirs rather than the reader's."""


def base_verb(word: str) -> str | None:
    """ "Writes" → "write", "Fixes" → "fix", "Applies" → "apply"; None when `word` is no third-person verb."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if not _WORD.match(word) or not lower.endswith("s") or lower.endswith(("ss", "us", "is")) or lower in _NOT_VERBS:
        return None
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(_SIBILANT_ENDINGS):
        return lower[:-2]
    return lower[:-1]


def second_person(text: str) -> str | None:
    """A ladder expectation written about "them" as a clause about "you", or None when it does not start with a
    verb ("Systems thinking", "Tests are written first")."""
    words = text.strip().rstrip(".;").split()
    if len(words) < 2:
        return None
    first = base_verb(words[0])
    if first is None or words[1].lower() in _SUBJECT_VERBS or _compound_noun(words):
        return None
    out = [first]
    index = 1
    while index < len(words):
        word = words[index]
        if word.lower() in ("and", "or") and index + 1 < len(words):
            verb = base_verb(words[index + 1])
            following = words[index + 2].lower() if index + 2 < len(words) else ""
            if verb is not None and (index == 1 or following in _OBJECT_STARTS):  # "Sets and raises", "and acts on"
                out += [word, verb]
                index += 2
                continue
            if verb is not None and following:
                return None  # "and fixes flaky tests" or "and timelines for the team": a verb or a noun?
        verb = base_verb(word)
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if verb is not None and words[index - 1].lower() == "then":  # "..., then leaves those teams"
            out.append(verb)
        elif verb is not None and words[index - 1].endswith((",", ":")) and not _listed_noun(words, index):
            return None  # "accuracy, flags risks": a verb in a list of clauses, or a noun in a list of things?
        elif word.lower() in _PRONOUNS and following != "own" and _OTHERS.search(" ".join(words[:index])):
            return None  # "grows other engineers ... reviewing their design docs": whose are they?
        else:
            out.append(_PRONOUNS.get(word.lower(), word) if word.islower() else word)
        index += 1
    return " ".join(out)


def _listed_noun(words: list[str], index: int) -> bool:
    """ "logs, metrics and traces", "logs, metrics, traces": the word ends an item of a list of things."""
    return words[index].endswith(",") or index + 1 == len(words) or words[index + 1].lower() in ("and", "or")


def _compound_noun(words: list[str]) -> bool:
    """ "Systems thinking", "Systems thinking and design": a plural noun and a gerund, not a verb and its object
    ("Aligns engineering work")."""
    second = words[1].rstrip(",").lower()
    following = words[2].lower() if len(words) > 2 else ""
    return second.endswith("ing") and (not following or following in ("and", "or") or words[1].endswith(","))


def role_term(term: str) -> tuple[str, str]:
    """(one person, several people) for a role name as a list writes it: "Platform engineers" → ("a platform
    engineer", "Platform engineers"); "Data steward" → ("a data steward", "Data stewards")."""
    words = term.split()
    last = words[-1]
    plural = last.lower().endswith("s") and not last.lower().endswith(("ss", "us", "is"))
    singular_last = last[:-1] if plural else last
    plural_last = last if plural else last + "s"
    singular = " ".join([*words[:-1], singular_last])
    several = " ".join([*words[:-1], plural_last])
    phrase = _lowered(singular)
    return f"{'an' if phrase[:1].lower() in 'aeiou' else 'a'} {phrase}", several


def _lowered(phrase: str) -> str:
    """The phrase as it reads mid-sentence: names with capitals inside ("DevOps", "ML") kept, other words lowered."""
    return " ".join(word if any(char.isupper() for char in word[1:]) else word.lower() for word in phrase.split())
