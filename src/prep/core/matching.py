"""Whether a typed answer says what an accepted answer says: fair to natural answers, strict on facts.

After normalising (`text.normalise_answer`), both sides are reduced to the forms a person would
count as the same answer, and they match when a form of one is a form of the other:

- a leading article ("a deadlock", "the event loop");
- a plural on the last word ("dead letter queues"), never turning one word into another;
- spaces and hyphens inside a term ("B+ tree", "B+tree"; "dead-letter queue");
- a word the prompt already says, before or after the answer — the category noun in "AAAA record",
  "port 443", "2 replicas", "the Retry-After header" — one at each end at most, never a word of
  `NOT_DROPPED`, and only when the prompt says it;
- an "HTTP " prefix on a status code, and the status's reason phrase after it ("HTTP 429 Too Many
  Requests");
- a term with its abbreviation in brackets: "architecture decision record (ADR)" matches either;
- for a cloze, the whole sentence typed with the blank filled in.

What stays wrong: any other word, letter or digit ("PUT" for "POST", "403" for "401", "B-tree" for
"B+ tree"). The tests hold a list of such near-misses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from prep.core.text import normalise_answer

ARTICLES = ("a ", "an ", "the ")
NOT_DROPPED = frozenset(["not", "no", "non", "never", "without", "or", "and", "nor", "but", "only", "except"])
"""Words that change an answer's meaning: never dropped, even when the prompt says them."""
_STATUS = re.compile(r"^(?:http\s*)?(\d{3})\b(?:\s+[a-z][a-z' -]*)?$")
_BRACKETED = re.compile(r"^(.*?)\s*\(([^()]+)\)?$")  # normalising drops a final ")"
_JOINERS = re.compile(r"(?<=\S)[\s-]+(?=\S)")


def matches(given: str, accepted: Iterable[str], prompt: str = "", cloze: str = "") -> bool:
    """Whether `given` answers like one of `accepted`; `prompt` names what category nouns it implies,
    `cloze` is a cloze card's prompt with `{{blank}}` (the whole sentence typed in also counts)."""
    typed = normalise_answer(given)
    if not typed:
        return False
    implied = {word for word in re.findall(r"[a-z]{3,}", prompt.casefold()) if word not in NOT_DROPPED}
    typed_forms = forms(typed, implied)
    for option in accepted:
        wanted = normalise_answer(option)
        if wanted and (typed_forms & forms(wanted, implied) or _whole_sentence(typed, cloze, wanted)):
            return True
    return False


def forms(text: str, implied: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """Every reading of a normalised answer that counts as the same answer."""
    found = {text}
    bracketed = _BRACKETED.match(text)
    if bracketed:
        found |= {bracketed.group(1), bracketed.group(2)}
    status = _STATUS.match(text)
    if status:
        found.add(status.group(1))
    for article in ARTICLES:
        found |= {form[len(article) :] for form in found if form.startswith(article) and len(form) > len(article)}
    found |= {stripped for form in found for stripped in _without_category(form, implied)}
    found |= {singular for form in list(found) for singular in _singulars(form)}
    return {_JOINERS.sub("", form) for form in found if form}


def _without_category(text: str, implied: frozenset[str] | set[str]) -> list[str]:
    words = text.split()
    if len(words) < 2:
        return []
    out = []
    if {words[-1], *_singulars(words[-1])} & implied:
        out.append(" ".join(words[:-1]))
    if {words[0], *_singulars(words[0])} & implied:
        out.append(" ".join(words[1:]))
    return out


def _singulars(text: str) -> set[str]:
    """The phrase with a regular English plural on its last word read as singular, every way it
    could be ("cookies" → "cookie", "queues" → "queue", "indexes" → "index", "policies" → "policy")."""
    head, _, last = text.rpartition(" ")
    if len(last) <= 3 or not last.isalpha() or not last.endswith("s") or last.endswith(("ss", "us", "is")):
        return set()
    stems = {last[:-1], last[:-2] if last.endswith("es") else last[:-1]}
    if last.endswith("ies"):
        stems.add(last[:-3] + "y")
    return {f"{head} {stem}" if head else stem for stem in stems}


def _whole_sentence(typed: str, cloze: str, wanted: str) -> bool:
    """A cloze answered with its whole sentence, the blank filled with `wanted`."""
    if not cloze:
        return False
    filled = normalise_answer(re.sub(r"\{\{.+?\}\}", lambda _: wanted, cloze, count=1, flags=re.DOTALL))
    return _JOINERS.sub("", typed) == _JOINERS.sub("", filled)
