"""The Textual app: built by one factory from its inputs, so the CLI and the tests start it alike."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.widget import AwaitMount

from prep.core.model import Deck, Level
from prep.core.store import Clock, Store, utc_now
from prep.core.text import visible
from prep.errors import PrepError

if TYPE_CHECKING:
    from prep.core.flashcards import FlashcardSession
    from prep.core.packs.discover import Library
    from prep.core.session import QuizSession, Summary

# Screens are imported when first shown: each pulls in its own widgets, and the first question
# should not wait for the stats screen's tables.

LAST_LEVEL = "last_level"
SCREENS = Path(__file__).parent / "screens"


class PrepApp(App[None]):
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute, so subclasses elsewhere find it too
    TITLE = "prep"
    ENABLE_COMMAND_PALETTE = False  # every action has a key in the footer; ^p would only add clutter
    BINDINGS = [Binding("ctrl+c", "quit", "Quit", show=False, priority=True)]

    def __init__(
        self,
        *,
        store: Store,
        library: Library,
        level: Level,
        clock: Clock = utc_now,
        quiz: QuizSession | None = None,
        flashcards: FlashcardSession | None = None,
        warnings: Iterable[str] = (),
    ) -> None:
        super().__init__()
        self.store = store
        self.library = library
        self.deck = Deck.of(library.packs)
        self.level = level
        """The active track; the home screen changes it and remembers it in the store."""
        self.clock = clock
        self.start_quiz = quiz
        self.start_flashcards = flashcards
        self.warnings = list(warnings)
        # Each screen brings its own stylesheet when first shown; the first screen's is read with
        # the app's, so the first frame does not wait for a second pass over the CSS.
        first = "quiz" if quiz else "flashcards" if flashcards else "home"
        self.css_path.append(SCREENS / f"{first}.tcss")

    failure: PrepError | None = None
    """A user-facing error that ended the app; `run_app` raises it so the CLI prints one line."""

    def _handle_exception(self, error: Exception) -> None:
        if isinstance(error, PrepError):  # a damaged store, say: one line, not a traceback
            self.failure = error
            self.exit(return_code=error.exit_code)
            return
        super()._handle_exception(error)

    @property
    def launched_from_home(self) -> bool:
        return self.start_quiz is None and self.start_flashcards is None

    async def on_mount(self) -> None:
        if self.start_quiz is not None:
            await self.run_quiz(self.start_quiz)
        elif self.start_flashcards is not None:
            await self.run_flashcards(self.start_flashcards)
        else:
            from prep.tui.screens.home import HomeScreen

            await self.push_screen(HomeScreen())
        for warning in self.warnings:  # once the screen that shows them is mounted
            self.notify(visible(warning), severity="warning", markup=False, timeout=8)

    def set_level(self, level: Level) -> None:
        self.level = level
        self.store.set_setting(LAST_LEVEL, level.label)

    def run_quiz(self, session: QuizSession) -> AwaitMount:
        from prep.tui.screens.quiz import QuizScreen

        return self.push_screen(QuizScreen(session), self.show_summary)

    def show_summary(self, summary: Summary | None) -> None:
        if summary is None:
            self.back_or_exit()
            return
        from prep.tui.screens.summary import SummaryScreen

        self.push_screen(SummaryScreen(summary), lambda _: self.back_or_exit())

    def run_flashcards(self, session: FlashcardSession) -> AwaitMount:
        from prep.tui.screens.flashcards import FlashcardScreen

        return self.push_screen(FlashcardScreen(session), lambda _: self.back_or_exit())

    def back_or_exit(self) -> None:
        """After a session: back to the home screen if we came from there, else leave."""
        if not self.launched_from_home:
            self.exit()

    def action_help(self) -> None:
        from prep.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def make_app(*, store: Store, library: Library, level: Level | None = None, **kwargs: object) -> PrepApp:
    """The app for these inputs; without a level, the last one used (or junior)."""
    if level is None:
        remembered = store.setting(LAST_LEVEL)
        level = Level.parse(remembered) if remembered in Level.names() else Level.JUNIOR
    return PrepApp(store=store, library=library, level=level, **kwargs)  # type: ignore[arg-type]


def run_app(**kwargs: object) -> None:
    app = make_app(**kwargs)  # type: ignore[arg-type]
    app.run()
    if app.failure is not None:
        raise app.failure
