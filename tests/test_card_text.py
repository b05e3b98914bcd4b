"""Card text's Markdown subset: how it is read, checked, printed in plain mode and shown in the TUI."""

from __future__ import annotations

import io

import pytest

from prep.core.card_text import Block, blocks, plain, problems
from prep.core.model import Card, CardType, Level
from prep.core.quiz import QuizSession
from prep.core.store import Store
from prep.plain import Console, run_quiz

from tui_helpers import quiz_app, screen_text

CODE_CARD = """What does this print?

```python
def f(items=[]):
    items.append(1)
    return items   # a comment long enough to run well past the right edge of an eighty column terminal
print(f(), f())
```"""


def test_paragraphs_join_their_lines_items_stay_items_and_code_keeps_every_character() -> None:
    text = "A question that\nwraps in the pack.\n\n- first\n  item\n- second\n\n  ```go\n  x := 1\n    y := 2\n  ```"
    assert blocks(text) == [
        Block("paragraph", "A question that wraps in the pack."),
        Block("item", "first item", "-"),
        Block("item", "second", "-"),
        Block("code", "x := 1\n  y := 2", language="go"),
    ]
    assert blocks("```\nplain\n```")[0] == Block("code", "plain", language="")
    assert blocks("1. one\n2. two")[1] == Block("item", "two", "2.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("```python\nx\n```", []),
        ("```py\nx\n```", []),  # a usual short name
        ("```cobol\nx\n```", [(0, "code block language 'cobol' is not one prep knows")]),
        ("intro\n\n```sql\nSELECT 1", [(2, "code block opened with ``` is never closed")]),
        ("no code at all, just `inline`", []),
    ],
)
def test_problems_name_the_line_within_the_text(text: str, expected: list[tuple[int, str]]) -> None:
    found = problems(text)
    assert [
        (line, message[: len(want)]) for (line, message), (_, want) in zip(found, expected, strict=True)
    ] == expected


def test_plain_mode_prints_code_indented_and_unwrapped() -> None:
    printed = plain(CODE_CARD)
    assert printed.splitlines()[0] == "What does this print?"
    assert "    def f(items=[]):\n        items.append(1)" in printed
    assert "    print(f(), f())" in printed
    assert max(len(line) for line in printed.splitlines()) > 100  # never wrapped


def code_card(prompt: str = CODE_CARD) -> Card:
    return Card("mutable-default", CardType.CHOICE, (Level.JUNIOR,), prompt, ("[1, 1] [1, 1]",),
                choices=("[1] [1, 1]", "[1, 1] [1, 1]", "[1] [1]"), explain="Defaults are evaluated once.")  # fmt: skip


def test_plain_quiz_shows_the_code_block_indented() -> None:
    out = io.StringIO()
    run_quiz(QuizSession([code_card()], Level.JUNIOR), Console(io.StringIO("\n"), out))
    assert "\n        items.append(1)\n" in out.getvalue()


async def test_the_tui_shows_code_lines_as_written_and_highlighted(store: Store) -> None:
    app = quiz_app(QuizSession([code_card()], Level.JUNIOR, store))
    async with app.run_test(size=(80, 24)):
        lines = screen_text(app).splitlines()
        assert any(line.strip() == "def f(items=[]):" for line in lines)
        assert any(line.startswith("       items.append(1)") or "    items.append(1)" in line for line in lines)
        assert not any(line.strip().startswith("print(f(), f())") and "comment" in line for line in lines)
        highlighted = colours(app.export_screenshot())
    plain_app = quiz_app(
        QuizSession([code_card(CODE_CARD.replace("```python", "").replace("```", ""))], Level.JUNIOR, store)
    )
    async with plain_app.run_test(size=(80, 24)):
        unhighlighted = colours(plain_app.export_screenshot())
    assert len(highlighted) > len(unhighlighted)  # keywords, strings and comments in their own colours


def colours(svg: str) -> set[str]:
    import re

    return set(re.findall(r"fill: (#[0-9a-f]{6})", svg))


async def test_hostile_text_in_a_code_block_is_as_harmless_as_anywhere(store: Store) -> None:
    hostile = "Look:\n\n```python\nprint('[bold]x[/] [@click=app.quit]quit[/]')\nescape = '\x1b[31m'\n```"
    app = quiz_app(QuizSession([code_card(hostile)], Level.JUNIOR, store))
    async with app.run_test(size=(80, 24)) as pilot:
        text = screen_text(app)
        assert "[bold]x[/] [@click=app.quit]quit[/]" in text and "␛[31m" in text and "\x1b" not in text
        row = next(y for y, line in enumerate(text.splitlines()) if "[@click=app.quit]" in line)
        column = text.splitlines()[row].index("[@click=app.quit]")
        await pilot.click(offset=(column + 2, row))
        assert app.is_running
