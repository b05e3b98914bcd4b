"""The quiz screen: one question at a time, immediate feedback, a running score."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, OptionList, Static

from prep.charts import bar
from prep.core.model import Card, CardType
from prep.core.quiz import Outcome, QuizSession, Summary
from prep.tui.card_text import CardText
from prep.tui.text import card_origin, inline, literal
from prep.tui.widgets.choices import ChoiceList, ChoicesSubmitted

if TYPE_CHECKING:
    from textual.timer import Timer
    from textual.widgets import Input

    from prep.tui.app import PrepApp
    from prep.tui.widgets.multi_choice import MultiChoiceList


class QuizScreen(Screen[Summary]):
    """Dismisses with the quiz `Summary` when the last card is answered or the learner ends early."""

    app: PrepApp
    CSS_PATH = "quiz.tcss"
    HELP = (
        "Click a choice to answer it. A reorder card: Shift+↑/↓ (or [ and ]) moves the chosen item, or click an"
        " item and then where it goes. A typed card: Enter answers, an empty answer skips. Every answer is saved"
        " the moment you give it."
    )

    BINDINGS = [
        Binding("1", "pick(0)", "Pick", key_display="1-9"),
        *[Binding(str(n), f"pick({n - 1})", show=False) for n in range(2, 10)],
        Binding("enter", "submit", "Answer"),
        Binding("enter,space", "next", "Next"),
        Binding("s", "skip", "Skip"),
        Binding("ctrl+s", "skip_typed", "Skip", key_display="^s"),
        Binding("h", "hint", "Hint"),
        Binding("f2", "hint_typed", "Hint"),
        Binding("question_mark,f1", "app.help", "Help", key_display="?"),
        Binding("q,escape", "end", "End quiz"),
        Binding("escape", "end_typed", "End quiz", key_display="esc"),
    ]
    """A typed card's answer box takes letters, so it has its own keys for skip, hint and end."""

    def __init__(self, session: QuizSession) -> None:
        super().__init__()
        self.session = session
        self.outcome: Outcome | None = None
        """The answer to the current card, once given: the screen then shows feedback."""
        self.countdown: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="status")
        first = self.session.current
        with VerticalScroll(id="question"):  # stays in view while the answers and feedback scroll below it
            yield Static(id="meta")
            with Vertical(id="prompt"):
                if first is not None:  # composed with the screen: the first question needs no second layout
                    yield CardText(first.question)
            yield Static(id="hint")
        with VerticalScroll(id="body"):
            with Vertical(id="answer-area"):
                if first is not None:
                    yield self.answer_widget(first)
            yield Vertical(id="feedback")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"quiz · {self.session.level} track"
        if self.session.current is None:
            self.end_quiz()
            return
        self.show_text(self.session.current)
        self.query_one("#answer-area > *").focus()

    # ------------------------------------------------------------- showing

    async def show_card(self) -> None:
        card = self.session.current
        if card is None:
            self.end_quiz()
            return
        area = self.query_one("#answer-area")
        await area.remove_children()
        if not area.is_attached:
            return  # the app closed while the last card's widgets were removed (Enter, then Ctrl+C at once)
        widget = self.answer_widget(card)
        await area.mount(widget)
        widget.focus()
        self.show_text(card)

    def show_text(self, card: Card) -> None:
        self.outcome = None
        self.query_one("#meta", Static).update(self.describe(card))
        prompt = self.query_one("#prompt")
        shown = prompt.query(CardText)
        if not shown or shown.first().text != card.question:
            prompt.remove_children()
            prompt.mount(CardText(card.question))
        feedback = self.query_one("#feedback")
        feedback.remove_children()
        feedback.display = False
        self.query_one("#hint", Static).display = False
        self.start_countdown()
        self.update_status()
        self.refresh_bindings()

    def describe(self, card: Card) -> Content:
        parts: list[Content | str | tuple[str, str]] = [
            (f"Question {self.session.position}/{self.session.total}", "bold")
        ]
        parts += ["  ·  ", literal(card_origin(card, self.app.pack_title(card.pack)))]
        if card.source:
            parts += ["\nfrom ", literal(card.source.describe())]
        return Content.assemble(*parts)

    @staticmethod
    def answer_widget(card: Card) -> Widget:
        if card.type is CardType.CHOICE:
            return ChoiceList(card.choices, id="choices")
        if card.type is CardType.MULTI:
            from prep.tui.widgets.multi_choice import MultiChoiceList  # SelectionList only when needed

            return MultiChoiceList(card.choices, id="choices")
        if card.type is CardType.REORDER:
            from prep.tui.widgets.reorder import ReorderList

            return ReorderList(card.choices, id="reorder")
        from textual.widgets import Input  # loaded when a typed card first needs it

        return Input(placeholder="Type your answer; Enter submits, empty Enter skips", id="typed", max_length=500)

    def start_countdown(self) -> None:
        """Under a time limit: tick the countdown, and when it runs out, the question counts as wrong."""
        if self.countdown is not None:
            self.countdown.stop()
            self.countdown = None
        if self.session.time_limit is not None:
            self.countdown = self.set_interval(0.25, self.tick)

    def tick(self) -> None:
        if self.outcome is not None or self.session.current is None:
            return
        if self.session.time_left == 0:
            self.show_outcome(self.session.time_out())
        else:
            self.update_status()

    def update_status(self) -> None:
        session = self.session
        done = len(session.outcomes)
        width = max(8, min(30, self.size.width - 50))  # the counters stay on screen on a narrow terminal
        left = session.time_left
        clock = f"   ⏱ {left:.0f}s" if left is not None and self.outcome is None else ""
        self.query_one("#status", Static).update(
            Content.assemble(
                f"{session.level} track  ",
                (f"score {session.right}/{session.answered}", "bold"),
                "   ",
                (bar(done / session.total if session.total else 0, width, "━", "─"), "$primary"),
                f"  {done}/{session.total}",
                (clock, "bold $warning" if left is not None and left < 10 else ""),
            )
        )

    def show_outcome(self, outcome: Outcome) -> None:
        self.outcome = outcome
        card = outcome.card
        if outcome.timed_out:
            verdict: Content = Content.assemble(
                ("✗ Too late: ", "bold $error"), "the time limit passed. The answer: ", inline(card.answer_text)
            )
        elif outcome.correct:
            verdict = Content.styled("✓ Right.", "bold $success")
        elif outcome.correct is None:
            verdict = Content.assemble(("Skipped. ", "bold $warning"), "The answer: ", inline(card.answer_text))
        else:
            verdict = Content.assemble(("✗ Not quite. ", "bold $error"), "The answer: ", inline(card.answer_text))
            if not card.choices:  # a typed answer: show it beside the right one
                verdict = Content.assemble(verdict, " (you wrote: ", literal(outcome.given), ")")
        feedback = self.query_one("#feedback")
        feedback.remove_children()
        feedback.mount(Static(verdict))
        if card.explain:
            feedback.mount(CardText(card.explain, classes="explain"))
        feedback.mount(Static(Content.styled("Enter or Space: next question", "dim"), classes="next"))
        feedback.display = True
        for widget in self.query("#answer-area > *"):
            widget.disabled = True
        for choices in self.query(ChoiceList):
            choices.mark(set(card.answer), {outcome.given})
        if card.type is CardType.MULTI:
            from prep.tui.widgets.multi_choice import MultiChoiceList

            picked = {card.choices[index] for index in self.query_one("#choices", MultiChoiceList).selected}
            self.query_one("#choices", MultiChoiceList).mark(set(card.answer), picked)
        if card.type is CardType.REORDER:
            from prep.tui.widgets.reorder import ReorderList

            self.query_one("#reorder", ReorderList).mark(card.answer)
        self.update_status()
        self.refresh_bindings()
        body = self.query_one("#body", VerticalScroll)

        def reveal() -> None:  # after the feedback is mounted and laid out
            body.scroll_to_widget(feedback, animate=False, top=True)

        self.call_after_refresh(self.call_after_refresh, reveal)
        body.focus()  # the arrow and page keys now scroll the feedback

    # ------------------------------------------------------------- actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        card = self.session.current
        asking = self.outcome is None and card is not None
        typed = card is not None and not card.choices
        if action == "next":
            return self.outcome is not None
        if action == "submit":
            return asking
        if action in ("skip", "hint", "end"):
            usable = asking and (action != "hint" or bool(card and card.hint))
            return (usable and not typed) if action != "end" else (not typed or not asking)
        if action in ("skip_typed", "hint_typed", "end_typed"):
            return asking and typed and (action != "hint_typed" or bool(card and card.hint))
        if action == "pick":
            return asking and card is not None and card.type in (CardType.CHOICE, CardType.MULTI)
        return True

    def action_skip_typed(self) -> None:
        self.action_skip()

    def action_hint_typed(self) -> None:
        self.action_hint()

    def action_end_typed(self) -> None:
        self.action_end()

    def action_hint(self) -> None:
        hint = self.session.hint()
        if hint:
            shown = self.query_one("#hint", Static)
            shown.update(Content.assemble(("Hint: ", "bold"), literal(hint)))
            shown.display = True

    def action_pick(self, index: int) -> None:
        card = self.session.current
        if card is None or index >= len(card.choices):
            return
        if card.type is CardType.MULTI:
            multi: MultiChoiceList = self.query_one("#choices")  # type: ignore[assignment]
            multi.toggle(index)
        else:
            self.answer(frozenset({index}))

    def action_submit(self) -> None:
        card = self.session.current
        if card is None:
            return
        if card.type is CardType.CHOICE:
            highlighted = self.query_one("#choices", ChoiceList).highlighted
            if highlighted is not None:
                self.answer(frozenset({highlighted}))
        elif card.type is CardType.MULTI:
            multi: MultiChoiceList = self.query_one("#choices")  # type: ignore[assignment]
            picked = multi.selected
            if picked:
                self.answer(frozenset(picked))
        elif card.type is CardType.REORDER:
            from prep.tui.widgets.reorder import ReorderList

            self.answer(tuple(self.query_one("#reorder", ReorderList).order))
        else:
            from textual.widgets import Input

            text = self.query_one("#typed", Input).value
            if text.strip():
                self.answer(text)
            else:
                self.action_skip()

    def action_skip(self) -> None:
        self.show_outcome(self.session.skip())

    async def action_next(self) -> None:
        self.session.advance()
        await self.show_card()

    def action_end(self) -> None:
        self.end_quiz()

    @on(OptionList.OptionSelected, "#choices")
    def choice_selected(self, event: OptionList.OptionSelected) -> None:
        if self.outcome is None:
            self.answer(frozenset({event.option_index}))

    @on(ChoicesSubmitted)
    def multi_submitted(self) -> None:
        self.action_submit()

    def on_reorder_submitted(self) -> None:
        """Enter in a reorder list (a handler by name, so the module need not import the widget)."""
        if self.outcome is None:
            self.action_submit()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the typed answer (a handler by name, so the module need not import Input)."""
        if event.input.id == "typed" and self.outcome is None:
            self.action_submit()

    def answer(self, response: frozenset[int] | tuple[int, ...] | str) -> None:
        self.show_outcome(self.session.submit(response))

    def end_quiz(self) -> None:
        self.dismiss(self.session.finish())
