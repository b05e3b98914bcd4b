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
from prep.tui.text import literal
from prep.tui.widgets.choices import ChoiceList, ChoicesSubmitted

if TYPE_CHECKING:
    from textual.widgets import Input

    from prep.tui.widgets.multi_choice import MultiChoiceList


class QuizScreen(Screen[Summary]):
    """Dismisses with the quiz `Summary` when the last card is answered or the learner ends early."""

    CSS_PATH = "quiz.tcss"

    BINDINGS = [
        Binding("1", "pick(0)", "Pick", key_display="1-9"),
        *[Binding(str(n), f"pick({n - 1})", show=False) for n in range(2, 10)],
        Binding("enter", "submit", "Answer"),
        Binding("enter,space", "next", "Next"),
        Binding("s", "skip", "Skip"),
        Binding("question_mark,f1", "app.help", "Help", key_display="?"),
        Binding("q,escape", "end", "End quiz"),
    ]

    def __init__(self, session: QuizSession) -> None:
        super().__init__()
        self.session = session
        self.outcome: Outcome | None = None
        """The answer to the current card, once given: the screen then shows feedback."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="status")
        first = self.session.current
        with VerticalScroll(id="body"):
            yield Static(id="meta")
            with Vertical(id="prompt"):
                if first is not None:  # composed with the screen: the first question needs no second layout
                    yield CardText(first.question)
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
        self.update_status()
        self.refresh_bindings()

    def describe(self, card: Card) -> Content:
        parts: list[Content | str | tuple[str, str]] = [
            (f"Question {self.session.position}/{self.session.total}", "bold")
        ]
        if card.topics:
            parts += ["  ·  ", literal(", ".join(card.topics))]
        parts += ["  ·  ", literal(card.pack)]
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

    def update_status(self) -> None:
        session = self.session
        done = len(session.outcomes)
        self.query_one("#status", Static).update(
            Content.assemble(
                f"{session.level} track  ",
                (f"score {session.right}/{session.answered}", "bold"),
                "   ",
                (bar(done / session.total if session.total else 0, 30, "━", "─"), "$primary"),
                f"  {done}/{session.total}",
            )
        )

    def show_outcome(self, outcome: Outcome) -> None:
        self.outcome = outcome
        card = outcome.card
        if outcome.correct:
            verdict: Content = Content.styled("✓ Right.", "bold $success")
        elif outcome.correct is None:
            verdict = Content.assemble(("Skipped. ", "bold $warning"), "The answer: ", literal(card.answer_text))
        else:
            verdict = Content.assemble(("✗ Not quite. ", "bold $error"), "The answer: ", literal(card.answer_text))
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
        self.query_one("#body", VerticalScroll).scroll_end(animate=False)

    # ------------------------------------------------------------- actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        card = self.session.current
        if action == "next":
            return self.outcome is not None
        if action in ("submit", "skip"):
            return self.outcome is None and card is not None
        if action == "pick":
            return self.outcome is None and card is not None and card.type in (CardType.CHOICE, CardType.MULTI)
        return True

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
