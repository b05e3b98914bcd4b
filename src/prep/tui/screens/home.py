"""The home screen: the four level tracks with readiness and what is due, the ways to study, and the
targets (the interviews being prepared for) with days left, readiness on the day and today's plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from prep.core.model import Level
from prep.core.stats import LevelFigures, level_stats
from prep.tui.text import literal
from prep.tui.widgets.level_tile import LevelTile

if TYPE_CHECKING:
    from prep.core.study import StudyOptions
    from prep.tui.app import PrepApp


NEW_TARGET = "new-target"


class HomeScreen(Screen[None]):
    CSS_PATH = "home.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (72, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]
    """Below 72 columns the buttons go on two rows (home.tcss), so none is cut off."""
    HELP = "Click a level tile to choose your track. Targets: Enter opens one, n adds one from a job ad."

    app: PrepApp

    BINDINGS = [
        Binding("1", "level(1)", "Level", key_display="1-4"),
        *[Binding(str(n), f"level({n})", show=False) for n in range(2, 5)],
        Binding("left", "step(-1)", show=False),
        Binding("right", "step(1)", show=False),
        Binding("a", "quiz", "Quiz"),
        Binding("f", "flashcards", "Flashcards"),
        Binding("o", "options", "Options"),
        Binding("s", "stats", "Stats"),
        Binding("p", "packs", "Packs"),
        Binding("b", "browse", "Browse cards"),
        Binding("t", "targets", "Targets"),
        Binding("n", "new_target", "New target"),
        Binding("question_mark,f1", "app.help", "Help", key_display="?"),
        Binding("q", "app.quit", "Quit"),
        Binding("escape", "leave", "Leave (asks first)", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="home"):  # scrolls rather than cuts on a small terminal
            yield Static("Pick the level you are interviewing for, then how to study.", id="home-intro")
            with Horizontal(id="levels"):
                for level in Level:
                    yield LevelTile(level, id=f"level-{level.label}")
            yield Static(id="level-summary")
            with Horizontal(id="actions"):
                yield Button("Quiz a", id="quiz", compact=True)
                yield Button("Flashcards f", id="flashcards", compact=True)
                yield Button("Options… o", id="options", compact=True)
                yield Button("Stats s", id="stats", compact=True)
                yield Button("Packs p", id="packs", compact=True)
                yield Button("Browse b", id="browse", compact=True)
            yield Static("Targets · Enter opens one", id="targets-title", classes="caption")
            yield OptionList(id="targets")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_figures()

    def on_screen_resume(self) -> None:
        self.refresh_figures()

    def refresh_figures(self) -> None:
        app = self.app
        figures = level_stats(app.store, app.deck, list(Level), app.clock(), detail=False)
        for level, figure in figures.items():
            self.query_one(f"#level-{level.label}", LevelTile).show(figure, active=level is app.level)
        self.query_one("#level-summary", Static).update(self.describe(app.level, figures[app.level]))
        self.sub_title = f"home · {app.level} track"
        self.show_targets()

    def show_targets(self) -> None:
        from prep.core.clock import local_date
        from prep.core.gaps import summary_line

        targets = self.query_one("#targets", OptionList)
        highlighted = targets.highlighted
        self.targets = self.app.target_figures()
        today = local_date(self.app.clock())
        current = [figures for figures in self.targets if not figures.target.is_past(today)]
        past = len(self.targets) - len(current)
        options = [Option(literal(summary_line(figures, today)), id=figures.target.name) for figures in current]
        options.append(Option("+ New target: paste a job ad  n", id=NEW_TARGET))
        if past:
            options.append(Option(f"{past} past interview{'s' if past != 1 else ''} (prep target list)", disabled=True))
        targets.set_options(options)
        if highlighted is not None and highlighted < len(options):
            targets.highlighted = highlighted

    def describe(self, level: Level, figure: LevelFigures) -> Content:
        return Content.assemble(
            (f"{level.label.capitalize()} track", "bold"),
            f" · you would recall {figure.readiness:.0%} of {level} questions today"
            f" · {figure.seen} of {figure.total} cards studied · {figure.due_today} due"
            f" · {figure.streak}-day streak",
        )

    # ------------------------------------------------------------- actions

    @on(LevelTile.Chosen)
    def level_chosen(self, event: LevelTile.Chosen) -> None:
        self.choose(event.level)

    def action_level(self, number: int) -> None:
        self.choose(Level(number))

    def action_step(self, delta: int) -> None:
        self.choose(Level(min(max(int(self.app.level) + delta, 1), len(Level))))

    def choose(self, level: Level) -> None:
        self.app.set_level(level)
        self.refresh_figures()

    @on(Button.Pressed)
    def button_pressed(self, event: Button.Pressed) -> None:
        actions = {
            "options": self.action_options,
            "quiz": self.action_quiz,
            "flashcards": self.action_flashcards,
            "stats": self.action_stats,
            "packs": self.action_packs,
            "browse": self.action_browse,
        }
        actions[event.button.id or ""]()

    def action_quiz(self) -> None:
        from prep.core.study import Mode, StudyOptions  # here: the home screen shows no session (nor its modules)

        self.app.study(StudyOptions(self.app.level, Mode.QUIZ))

    def action_flashcards(self) -> None:
        from prep.core.study import Mode, StudyOptions

        self.app.study(StudyOptions(self.app.level, Mode.FLASHCARDS))

    def action_options(self) -> None:
        """Choose topics, a count, new cards a day or a cram date, then start."""
        from prep.tui.screens.study_options import StudyOptionsScreen

        def chosen(options: StudyOptions | None) -> None:
            if options is not None:
                self.app.study(options)

        self.app.push_screen(StudyOptionsScreen(self.app.level, self.app.deck, self.app.clock()), chosen)

    @on(OptionList.OptionSelected, "#targets")
    def target_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == NEW_TARGET:
            self.action_new_target()
        else:
            self.open_target(event.option.id or "")

    def open_target(self, name: str) -> None:
        from prep.tui.screens.target import TargetScreen

        self.app.push_screen(TargetScreen(name))

    def action_targets(self) -> None:
        self.query_one("#targets", OptionList).focus()

    def action_new_target(self) -> None:
        from prep.tui.screens.new_target import NewTargetScreen

        def saved(name: str | None) -> None:
            if name:
                from prep.tui.screens.target import TargetScreen

                self.app.push_screen(TargetScreen(name))

        self.app.push_screen(NewTargetScreen(), saved)

    def action_leave(self) -> None:
        """Escape backs out of screens; on the home screen it asks before leaving prep."""
        from prep.tui.screens.confirm import ConfirmScreen

        def answered(leave: bool | None) -> None:
            if leave:
                self.app.exit()

        self.app.push_screen(ConfirmScreen("Leave prep? Everything you studied is saved.", "Leave", "Stay"), answered)

    def action_stats(self) -> None:
        from prep.tui.screens.stats import StatsScreen

        self.app.push_screen(StatsScreen())

    def action_packs(self) -> None:
        from prep.tui.screens.packs import PacksScreen

        self.app.push_screen(PacksScreen())

    def action_browse(self) -> None:
        """Search the cards of the active track; suspend, flag or hide them."""
        from prep.tui.screens.browser import BrowserScreen

        self.app.push_screen(BrowserScreen(self.app.level))
