"""Checking a response against a card: pure functions, no state."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from prep.core.model import Card, CardType
from prep.core.text import answer_matches, normalise_answer

Response = str | AbstractSet[int]
"""Typed text, or the 0-based indexes of the picked choices."""

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
    if isinstance(response, str):
        if card.choices:
            return _grade_choice_text(card, response)
        return Graded(answer_matches(response, card.accepted), response.strip())
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
