"""Pilot tests of the quiz: keys and clicks in, then what the screen shows and what the store holds."""

from __future__ import annotations

from prep.core.model import Card, Level
from prep.core.packs.load import load_pack
from prep.core.quiz import QuizSession
from prep.core.store import Store
from prep.tui.screens.quiz import QuizScreen
from prep.tui.screens.summary import SummaryScreen

from conftest import PACKS, picked
from tui_helpers import quiz_app, screen_text


def cards(pack: str, *ids: str) -> list[Card]:
    found = {card.id: card for card in load_pack(PACKS / pack).cards}
    return [found[card_id] for card_id in ids]


async def test_answer_by_number_key_shows_feedback_and_stores_it(store: Store) -> None:
    session = QuizSession(cards("basics.yaml", "http-post", "http-404"), Level.JUNIOR, store)
    app = quiz_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        text = screen_text(app)
        number = session.current.choices.index("POST") + 1
        assert "Which HTTP method is not idempotent?" in text
        assert f"{number}. POST" in text and "junior track" in text
        await pilot.press(str(number))
        text = screen_text(app)
        assert "✓ Right." in text and "✓ POST" in text
        assert "Sending the same POST twice" in text
        assert [(a.card, a.correct, a.given) for a in store.answers()] == [("http-post", True, "POST")]
        await pilot.press("enter")
        assert "Which status code means the resource was not found?" in screen_text(app)


async def test_typed_answer_wrong_then_summary_lists_the_miss(store: Store) -> None:
    session = QuizSession(cards("basics.yaml", "http-404"), Level.JUNIOR, store)
    app = quiz_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"410", "enter")
        text = screen_text(app)
        assert "✗ Not quite. The answer: 404 (you wrote: 410)" in text
        assert store.answers()[0].given == "410"
        await pilot.press("enter")
        assert isinstance(app.screen, SummaryScreen)
        text = screen_text(app)
        assert "Score 0/1" in text and "Missed" in text and "you: 410" in text
        assert "http" in text  # the per-topic table


async def test_multi_card_toggles_with_numbers_and_submits_with_enter(store: Store) -> None:
    session = QuizSession(cards("basics.yaml", "idempotent-methods"), Level.MID, store)
    async with quiz_app(session).run_test(size=(80, 24)) as pilot:
        await pilot.press(*(str(index + 1) for index in picked(session.current, "GET", "PUT")), "enter")
    assert [(a.correct, a.given) for a in store.answers()] == [
        (True, "; ".join(sorted(["GET", "PUT"], key=session.cards[0].choices.index)))
    ]


async def test_clicking_a_choice_answers_it(store: Store) -> None:
    session = QuizSession(cards("basics.yaml", "isolation-default"), Level.MID, store)
    app = quiz_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        row = session.current.choices.index("Read committed")
        await pilot.click("#choices", offset=(4, 1 + row))  # that option's row, below the border
        assert "✓ Right." in screen_text(app)
    assert store.answers()[0].given == "Read committed"


async def test_ending_early_keeps_answers_and_shows_the_summary(store: Store) -> None:
    session = QuizSession(cards("basics.yaml", "http-post", "http-404", "norway"), Level.JUNIOR, store)
    app = quiz_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        wrong = next(index for index, choice in enumerate(session.current.choices) if choice != "POST")
        await pilot.press(str(wrong + 1), "enter", "escape")
        assert isinstance(app.screen, SummaryScreen)
        assert "Score 0/1" in screen_text(app)
        await pilot.press("q")
    assert not app.is_running
    assert len(store.answers()) == 1


async def test_skip_records_nothing_and_moves_on(store: Store) -> None:
    session = QuizSession(cards("basics.yaml", "http-post", "http-404"), Level.JUNIOR, store)
    app = quiz_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        assert "Skipped." in screen_text(app)
        await pilot.press("space")
        await pilot.press("enter")  # empty typed answer skips too
        assert "Skipped." in screen_text(app)
    assert store.answers() == []


async def test_help_opens_and_closes(store: Store) -> None:
    session = QuizSession(cards("basics.yaml", "http-post"), Level.JUNIOR, store)
    app = quiz_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert "prep — keys" in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, QuizScreen)


async def test_footer_shows_the_bindings(store: Store) -> None:
    session = QuizSession(cards("basics.yaml", "http-post"), Level.JUNIOR, store)
    app = quiz_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        footer = screen_text(app).splitlines()[-1]
        assert "1-9 Pick" in footer and "Skip" in footer and "Help" in footer and "End quiz" in footer
        await pilot.press("1")
        footer = screen_text(app).splitlines()[-1]
        assert "Next" in footer and "Pick" not in footer


HOSTILE_STRINGS = [
    "[bold]this[/]",
    "list[int]",
    "[@click=app.quit]that[/]",
    "[@click=app.quit]quit[/]",
    "[/]",
    "[bold]plain",
    "[red]topic",
]


async def test_pack_text_that_looks_like_markup_is_shown_literally_and_never_acts(store: Store) -> None:
    session = QuizSession(cards("hostile.yaml", "markup-prompt", "markup-typed"), Level.JUNIOR, store)
    app = quiz_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        text = screen_text(app)
        for hostile in HOSTILE_STRINGS:
            assert hostile in text
        row = session.current.choices.index("[@click=app.quit]quit[/]")
        await pilot.click("#choices", offset=(6, 1 + row))  # the "[@click=app.quit]quit[/]" option
        assert app.is_running
        text = screen_text(app)
        assert "[red]not red[/red] and [@click=app.bell]no bell[/]" in text
        await pilot.click("#feedback", offset=(30, 2))  # on the would-be link in the explanation
        assert app.is_running
        await pilot.press("enter")
        assert "Type [/] exactly" in screen_text(app)
        await pilot.press(*"[/]", "enter")
        assert "✓ Right." in screen_text(app)
        await pilot.press("enter")
        assert isinstance(app.screen, SummaryScreen)
        assert "[@click=app.quit]quit[/]" in screen_text(app)  # the miss, literally
    assert [(a.card, a.correct) for a in store.answers()] == [("markup-prompt", False), ("markup-typed", True)]


async def test_a_reorder_card_is_put_in_order_with_keys_and_graded_exactly(store: Store) -> None:
    session = QuizSession(cards("basics.yaml", "tls-handshake", "tls-handshake"), Level.LEAD, store)
    app = quiz_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        reorder = app.screen.query_one("#reorder")
        card = session.current
        assert list(card.choices) != list(card.answer)  # shown shuffled
        for place, item in enumerate(card.answer):
            row = [card.choices[index] for index in reorder.order].index(item)
            reorder.highlighted = row
            await pilot.press(*["shift+up"] * (row - place))
        await pilot.press("enter")
        assert "✓ Right." in screen_text(app)
        await pilot.press("enter")
        await pilot.press("enter")  # the second showing, submitted as shuffled: wrong
        text = screen_text(app)
        assert "✗ Not quite. The answer: The client sends ClientHello" in text and "✗ " in text
    assert [answer.correct for answer in store.answers()] == [True, False]


async def test_a_reorder_item_moves_with_two_clicks(store: Store) -> None:
    session = QuizSession(cards("basics.yaml", "tls-handshake"), Level.LEAD, store)
    app = quiz_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        reorder = app.screen.query_one("#reorder")
        before = list(reorder.order)
        await pilot.click("#reorder", offset=(6, 1))  # pick up the first item
        await pilot.click("#reorder", offset=(6, 3))  # and drop it on the third row
        assert reorder.order == [before[1], before[2], before[0], before[3]]


async def test_retry_missed_is_a_practice_round_that_leaves_the_schedule_alone(store: Store) -> None:
    session = QuizSession(cards("basics.yaml", "http-post", "http-404", "norway"), Level.JUNIOR, store)
    app = quiz_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        wrong = next(index for index, choice in enumerate(session.current.choices) if choice != "POST")
        await pilot.press(str(wrong + 1), "enter", *"404", "enter", "enter", *"yes", "enter", "enter")
        assert isinstance(app.screen, SummaryScreen) and "Retry missed" in screen_text(app)
        memories = {key: store.memory(Level.JUNIOR, key) for key in [("test-basics", "http-post")]}
        await pilot.press("enter")  # Enter does not close the summary by accident
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("r")
        assert isinstance(app.screen, QuizScreen)
        retry = app.screen.session
        assert [card.id for card in retry.cards] == ["http-post", "norway"] and retry.practice
        await pilot.press(str(retry.current.choices.index("POST") + 1), "enter", *"no", "enter", "enter")
        assert isinstance(app.screen, SummaryScreen) and "Score 2/2" in screen_text(app)
    assert len(store.answers()) == 3  # the practice answers are not counted as answers
    assert {key: store.memory(Level.JUNIOR, key) for key in memories} == memories  # nor rescheduled


async def test_h_shows_the_hint_and_the_countdown_ends_a_question(store: Store) -> None:
    now = [0.0]
    session = QuizSession(cards("basics.yaml", "tls-handshake"), Level.LEAD, store, timer=lambda: now[0], time_limit=20)
    app = quiz_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "⏱ 20s" in screen_text(app) and "h Hint" in screen_text(app)
        await pilot.press("h")
        assert "Hint: Who speaks first" in screen_text(app)
        now[0] = 21
        await pilot.pause(0.4)
        assert "✗ Too late: the time limit passed." in screen_text(app)
    assert [(a.correct, a.given) for a in store.answers()] == [(False, "")]


async def test_a_typed_card_has_its_own_skip_and_end_keys(store: Store) -> None:
    session = QuizSession(cards("basics.yaml", "http-404", "norway"), Level.JUNIOR, store)
    app = quiz_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        footer = screen_text(app).splitlines()[-1]
        assert "^s Skip" in footer and "esc End quiz" in footer
        await pilot.press("ctrl+s")
        assert "Skipped." in screen_text(app)
