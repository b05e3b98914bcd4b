"""Flashcards: the front, Space or Enter flips, then rate 1 Again · 2 Hard · 3 Good · 4 Easy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Static

from prep.core.card_text import blocks
from prep.core.flashcards import FlashcardSession
from prep.core.model import Card
from prep.core.scheduler import Rating
from prep.tui.card_text import CardText
from prep.tui.text import card_origin, inline, literal

if TYPE_CHECKING:
    from prep.tui.app import PrepApp


class FlashcardScreen(Screen[None]):
    app: PrepApp
    CSS_PATH = "flashcards.tcss"
    HELP = "Each rating button says when you would see the card next. Every rating is saved at once."

    BINDINGS = [
        Binding("space,enter", "flip", "Show answer"),
        Binding("1", "rate(1)", "Again"),
        Binding("2", "rate(2)", "Hard"),
        Binding("3", "rate(3)", "Good"),
        Binding("4", "rate(4)", "Easy"),
        Binding("h", "hint", "Hint"),
        Binding("u", "undo", "Undo"),
        Binding("question_mark,f1", "app.help", "Help", key_display="?"),
        Binding("q,escape", "end", "End"),
    ]

    def __init__(self, session: FlashcardSession) -> None:
        super().__init__()
        self.session = session
        self.flipped = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="status")
        with VerticalScroll(id="body"):
            yield Static(id="meta")
            yield Vertical(id="prompt")
            yield Vertical(id="back")
        with Horizontal(id="ratings"):
            for rating in Rating:
                yield Button("", id=f"rate-{int(rating)}", variant="error" if rating is Rating.AGAIN else "default")
        yield Footer()

    def on_mount(self) -> None:
        kind = "cram" if self.session.cram else "flashcards"
        self.sub_title = f"{kind} · {self.session.level} track"
        self.show_card()

    def show_card(self) -> None:
        card = self.session.current
        if card is None:
            self.finish()
            return
        self.flipped = False
        self.query_one("#meta", Static).update(self.describe(card))
        prompt = self.query_one("#prompt")
        prompt.remove_children()
        prompt.mount(CardText(card.question, classes="question"))
        if card.choices:
            prompt.mount(Static(self.choices(card), classes="choices"))
        back = self.query_one("#back")
        back.remove_children()
        back.display = False
        self.query_one("#ratings").display = False
        self.update_status()
        self.refresh_bindings()

    def describe(self, card: Card) -> Content:
        parts: list[Content | str] = [literal(card_origin(card, self.app.pack_title(card.pack)))]
        if card.source:
            parts += ["\nfrom ", literal(card.source.describe())]
        return Content.assemble(*parts)

    @staticmethod
    def choices(card: Card) -> Content:
        lines: list[Content | str] = []
        for number, choice in enumerate(card.choices, start=1):
            lines += ["\n" if lines else "", f"  {number}. ", inline(choice)]
        return Content.assemble(*lines)

    def update_status(self) -> None:
        session = self.session
        last = session.last_rating()
        self.query_one("#status", Static).update(  # the track is in the header
            Content.assemble(session.progress, (f"  ·  last: {last}" if last else "", "dim"))
        )

    def action_flip(self) -> None:
        card = self.session.current
        if card is None or self.flipped:
            return
        self.flipped = True
        back = self.query_one("#back")
        label = Content.styled("Answer: ", "bold $success")
        if len(blocks(card.back)) == 1 and blocks(card.back)[0].kind == "paragraph":  # a short answer: one line
            back.mount(Static(Content.assemble(label, inline(card.back))))
        else:
            back.mount(Static(label), CardText(card.back))
        if card.explain:
            back.mount(CardText(card.explain, classes="explain"))
        back.display = True
        intervals = self.session.intervals()
        for rating in Rating:
            self.query_one(f"#rate-{int(rating)}", Button).label = Content(
                f"{int(rating)} {rating.label} {intervals[rating]}"
            )
        self.query_one("#ratings").display = True
        self.refresh_bindings()

    def action_hint(self) -> None:
        card = self.session.current
        if card is not None and card.hint and not self.query("#prompt .hint"):
            self.query_one("#prompt").mount(
                Static(Content.assemble(("Hint: ", "bold"), literal(card.hint)), classes="hint")
            )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        card = self.session.current
        if action == "hint":
            return not self.flipped and card is not None and bool(card.hint)
        if action == "flip":
            return not self.flipped and self.session.current is not None
        if action == "rate":
            return self.flipped
        if action == "undo":
            return bool(self.session.history)
        return True

    def action_rate(self, value: int) -> None:
        if not self.flipped or self.session.current is None:
            return
        self.session.rate(Rating(value))
        self.show_card()

    @on(Button.Pressed)
    def rating_clicked(self, event: Button.Pressed) -> None:
        self.action_rate(int((event.button.id or "rate-3").split("-")[1]))

    def action_undo(self) -> None:
        if self.session.undo() is not None:
            self.notify("Took back the last rating.", timeout=2)
            self.show_card()

    def action_end(self) -> None:
        self.finish()

    def finish(self) -> None:
        self.dismiss(None)
