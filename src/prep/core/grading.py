"""Checking a response against a card: pure functions, no state."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from prep.core.matching import matches
from prep.core.model import Card, CardType
from prep.core.text import normalise_answer

Response = str | AbstractSet[int] | tuple[int, ...]
"""Typed text; the 0-based indexes of the picked choices; or, for a reorder card, the indexes of its
shown items (`choices`) in the order the learner put them."""

_NUMBERS = re.compile(r"^\s*\d+(\s*[,\s]\s*\d+)*\s*$")


@dataclass(frozen=True, slots=True)
class Graded:
    correct: bool
    given: str
    """The response as the learner would read it back (choice texts, not numbers)."""


def grade(card: Card, response: Response) -> Graded:
    """Whether `response` answers `card` rightly; flashcards cannot be graded here."""
    if card.type is CardType.FLASHCARD:
        raise ValueError("flashcards are graded by the learner, not by prep")
    if card.type is CardType.REORDER:
        order = parse_order(card, response) if isinstance(response, str) else tuple(response)
        items = [card.choices[index] for index in order or () if 0 <= index < len(card.choices)]
        return Graded(items == list(card.answer), " → ".join(items))
    if isinstance(response, str):
        if card.choices:
            return _grade_choice_text(card, response)
        cloze = card.prompt if card.type is CardType.CLOZE else ""
        return Graded(matches(response, card.accepted, card.question, cloze), response.strip())
    picked = [card.choices[index] for index in sorted(response) if 0 <= index < len(card.choices)]
    return Graded(set(picked) == set(card.answer), "; ".join(picked))


def _grade_choice_text(card: Card, text: str) -> Graded:
    """A choice answered by typing its text (plain mode, scripts)."""
    wanted = (
        {normalise_answer(part) for part in text.split(";")}
        if card.type is CardType.MULTI
        else {normalise_answer(text)}
    )
    right = {normalise_answer(answer) for answer in card.answer}
    return Graded(wanted == right, text.strip())


def parse_choice_numbers(card: Card, line: str) -> AbstractSet[int] | None:
    """`"2"` or `"1, 3"` as 0-based choice indexes, if `line` is numbers within range; else None."""
    if not card.choices or not _NUMBERS.match(line):
        return None
    numbers = {int(part) for part in re.split(r"[,\s]+", line.strip())}
    if not all(1 <= number <= len(card.choices) for number in numbers):
        return None
    if card.type is CardType.CHOICE and len(numbers) != 1:
        return None
    return frozenset(number - 1 for number in numbers)


def parse_order(card: Card, line: str) -> tuple[int, ...] | None:
    """`"3 1 2 4"`: every shown item of a reorder card by its number, each once, as 0-based indexes."""
    if not _NUMBERS.match(line):
        return None
    order = tuple(int(part) - 1 for part in re.split(r"[,\s]+", line.strip()))
    return order if sorted(order) == list(range(len(card.choices))) else None
