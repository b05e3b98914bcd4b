"""Terminal-safe text and lenient answer matching."""

from __future__ import annotations

import pytest

from prep.core.matching import matches
from prep.core.text import MAX_ANSWER_LENGTH, normalise_answer, visible


@pytest.mark.parametrize(
    "raw, shown",
    [
        ("plain [bold]markup[/] stays", "plain [bold]markup[/] stays"),
        ("esc \x1b[31mred", "esc ␛[31mred"),
        ("bell \x07 nul \x00", "bell ␇ nul ␀"),
        ("c1 \x9b31m", "c1 \ufffd31m"),
        ("del \x7f", "del ␡"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("crlf\r\nline", "crlf\nline"),
        ("bidi \u202eevil\u202c zero\u200bwidth", "bidi evil zerowidth"),
    ],
)
def test_visible_defuses_control_and_invisible_characters(raw: str, shown: str) -> None:
    assert visible(raw) == shown


@pytest.mark.parametrize(
    "given, accepted, expected",
    [
        ("POST", ["post"], True),
        ("  post.  ", ["POST"], True),
        ("ｐｏｓｔ", ["post"], True),  # full-width letters fold under NFKC
        ("Read  committed", ["read committed"], True),
        ("re\u200bad committed", ["read committed"], True),
        ("Straße", ["STRASSE"], True),  # casefold, not lower
        ("404 Not Found", ["404", "404 Not Found"], True),
        ("put", ["post"], False),
        ("", ["", "x"], False),
        ("C#", ["c#"], True),
    ],
)
def test_answers_match_leniently(given: str, accepted: list[str], expected: bool) -> None:
    assert matches(given, accepted) is expected


def test_typed_answers_are_capped() -> None:
    assert len(normalise_answer("x" * 100_000)) == MAX_ANSWER_LENGTH
