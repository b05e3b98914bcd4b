"""The Textual app: built by one factory from its inputs, so the CLI and the tests start it alike."""

from __future__ import annotations

from typing import Iterable

from textual.app import App
from textual.binding import Binding

from prep.core.session import QuizSession, Summary
from prep.core.text import visible
from prep.tui.screens.help import HelpScreen
from prep.tui.screens.quiz import QuizScreen
from prep.tui.screens.summary import SummaryScreen


class PrepApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "prep"
    BINDINGS = [
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
    ]

    def __init__(self, *, quiz: QuizSession | None = None, warnings: Iterable[str] = ()) -> None:
        super().__init__()
        self.quiz = quiz
        self.warnings = list(warnings)

    def on_mount(self) -> None:
        for warning in self.warnings:
            self.notify(visible(warning), severity="warning", markup=False, timeout=8)
        if self.quiz is not None:
            self.start_quiz(self.quiz)

    def start_quiz(self, session: QuizSession) -> None:
        self.push_screen(QuizScreen(session), self.show_summary)

    def show_summary(self, summary: Summary | None) -> None:
        if summary is None:
            self.exit()
            return
        self.push_screen(SummaryScreen(summary), lambda _: self.exit())

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def run_quiz_app(session: QuizSession, *, warnings: Iterable[str] = ()) -> None:
    PrepApp(quiz=session, warnings=warnings).run()
