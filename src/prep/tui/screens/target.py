"""A target's screen: readiness on the interview day, today's plan, and the gap map — each skill and
list of the posting with its cards, how many are studied and how ready they will be, weakest first.
Enter studies the highlighted skill or list; f follows today's plan; a quizzes the target."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from prep.charts import bar
from prep.core.gaps import Coverage, TargetFigures, skill_cards, summary_line
from prep.core.study import Mode, StudyOptions
from prep.tui.text import literal

if TYPE_CHECKING:
    from prep.tui.app import PrepApp

DRILL_NEW = 10
"""New cards a drill on one skill or list may bring, whatever today's plan says."""
NAME_WIDTH = 24


class TargetScreen(Screen[None]):
    CSS_PATH = "target.tcss"

    app: PrepApp

    BINDINGS = [
        Binding("f", "plan", "Today's plan"),
        Binding("a", "quiz", "Quiz"),
        Binding("question_mark,f1", "app.help", "Help", key_display="?"),
        Binding("q,escape", "close", "Back"),
    ]

    def __init__(self, name: str) -> None:
        super().__init__()
        self.target_name = name
        self.figures: TargetFigures | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="target"):
            yield Static(id="target-summary")
            yield Static(id="target-plan")
            yield Static("Skills and lists, weakest first · Enter studies one", classes="caption")
            yield OptionList(id="coverage")
        yield Footer()

    def on_mount(self) -> None:
        self.show()
        self.query_one("#coverage", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.show()

    def show(self) -> None:
        from prep.core.clock import local_date

        found = [figures for figures in self.app.target_figures() if figures.target.name == self.target_name]
        if not found:
            self.dismiss(None)
            return
        figures = self.figures = found[0]
        target = figures.target
        self.sub_title = f"target · {target.name}"
        self.query_one("#target-summary", Static).update(literal(summary_line(figures, local_date(self.app.clock()))))
        moment = f"at the start of {target.interview_date}" if target.interview_date else "at the end of today"
        plan = f"{target.title} · {figures.cards} cards, {figures.studied} studied"
        plan += f" · readiness {moment}, if you study no more"
        gaps = figures.gaps
        if gaps:
            plan += f"\nNo cards for {', '.join(item.name for item in gaps)}: add a pack that covers them."
        self.query_one("#target-plan", Static).update(literal(plan))
        coverage = self.query_one("#coverage", OptionList)
        highlighted = coverage.highlighted
        options = [Option(self.line(item), id=f"skill:{n}") for n, item in enumerate(figures.skills)]
        if figures.groups:
            options.append(Option(Content.styled("From the posting's lists", "dim"), disabled=True))
            options += [Option(self.line(item), id=f"group:{n}") for n, item in enumerate(figures.groups)]
        coverage.set_options(options)
        if options:
            coverage.highlighted = highlighted if highlighted is not None and highlighted < len(options) else 0

    @staticmethod
    def line(item: Coverage) -> Content:
        name = item.name if len(item.name) <= NAME_WIDTH else item.name[: NAME_WIDTH - 1] + "…"
        name = f"{name:<{NAME_WIDTH}}"
        optional = " (nice to have)" if item.optional else ""
        if item.gap:
            return Content.assemble(literal(name), ("  no cards — add a pack" + optional, "italic"))
        figures = f"  {bar(item.readiness, 12)} {item.readiness:>4.0%}  {item.studied}/{item.cards} studied{optional}"
        return Content.assemble(literal(name), figures)

    # ------------------------------------------------------------- studying

    @on(OptionList.OptionSelected, "#coverage")
    def drill(self, event: OptionList.OptionSelected) -> None:
        """Flashcards on one skill or list: its due cards, and up to `DRILL_NEW` new ones."""
        figures = self.figures
        if figures is None or event.option.id is None:
            return
        kind, index = event.option.id.split(":")
        if kind == "skill":
            item = figures.skills[int(index)]
            pool = self.app.deck.pool(figures.target.level)
            keys = tuple(card.key for card in skill_cards(pool, item.topic))
        else:
            item = figures.groups[int(index)]  # in the order of the target's groups
            keys = tuple((figures.target.deck, card) for card in figures.target.groups[int(index)].cards)
        if not keys:
            self.notify(f"No cards on {item.name} yet: add a pack that covers it.", severity="warning", markup=False)
            return
        options = StudyOptions(figures.target.level, Mode.FLASHCARDS, new_today=DRILL_NEW, cards=keys)
        self.app.study_target(figures.target, options)

    def action_plan(self) -> None:
        if self.figures is not None:
            self.app.study_target(self.figures.target, StudyOptions(self.figures.target.level, Mode.FLASHCARDS))

    def action_quiz(self) -> None:
        if self.figures is not None:
            self.app.study_target(self.figures.target, StudyOptions(self.figures.target.level, Mode.QUIZ))

    def action_close(self) -> None:
        self.dismiss(None)
