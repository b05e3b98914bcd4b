"""The Textual app: built by one factory from its inputs, so the CLI and the tests start it alike."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Iterable
from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.widget import AwaitMount

from prep.core.clock import Clock, utc_now
from prep.core.model import Level
from prep.core.store import Store
from prep.core.text import plural, visible
from prep.errors import PrepError
from prep.paths import Paths

if TYPE_CHECKING:
    from textual.screen import Screen

    from prep.core.flashcards import FlashcardSession
    from prep.core.gaps import TargetFigures
    from prep.core.model import Pack
    from prep.core.packs.discover import Library
    from prep.core.quiz import QuizSession, Summary
    from prep.core.study import Session, StudyOptions
    from prep.core.targets import Target

# Screens are imported when first shown: each pulls in its own widgets, and the first question
# should not wait for the stats screen's tables.


def _accept_undecodable_input() -> None:
    """Textual's input thread decodes key bytes as strict UTF-8, so one invalid byte (a Latin-1
    terminal, Alt with 8-bit meta) kills the app. prep gives that thread a decoder that turns such a
    byte into U+FFFD instead (a private hook of Textual 8; textual is pinned below 9)."""
    from codecs import getincrementaldecoder

    try:
        from textual.drivers import linux_driver
    except ImportError:  # another platform's driver
        return
    lenient = lambda encoding: partial(getincrementaldecoder(encoding), errors="replace")  # noqa: E731
    linux_driver.getincrementaldecoder = lenient  # type: ignore[attr-defined]


_accept_undecodable_input()
LAST_LEVEL = "last_level"
SCREENS = Path(__file__).parent / "screens"


class PrepApp(App[None]):
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute, so subclasses elsewhere find it too
    TITLE = "prep"
    THEME_SETTING = "theme"
    BINDINGS = [Binding("ctrl+c", "interrupt", "Quit", show=False, priority=True)]

    def __init__(
        self,
        *,
        store: Store,
        library: Library,
        level: Level,
        clock: Clock = utc_now,
        session: Session | None = None,
        warnings: Iterable[str] = (),
        paths: Paths | None = None,
        tell_pack_problems: bool = False,
    ) -> None:
        super().__init__()
        self.store = store
        self.library = library
        self.deck = library.deck()
        self.paths = paths or Paths(data=store.path.parent, cache=store.path.parent / "cache")
        """Where a new target's deck and pasted posting go."""
        self.level = level
        """The active track; the home screen changes it and remembers it in the store."""
        self.clock = clock
        self.first_session = session
        """The session the command line started, if any; without one the app opens on the home screen."""
        self.warnings = list(warnings) + (self.pack_problems() if tell_pack_problems else [])
        """Shown as toasts once the first screen is up."""
        # Each screen brings its own stylesheet when first shown; the first screen's is read with
        # the app's, so the first frame does not wait for a second pass over the CSS.
        self.css_path.append(SCREENS / f"{_screen_name(session)}.tcss")

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
        return self.first_session is None

    def action_interrupt(self) -> None:
        """Ctrl+C: leave at once, with the exit code a shell expects after an interrupt."""
        self.exit(return_code=130)

    def _on_signal(self, number: int) -> None:
        """SIGTERM or SIGHUP: leave cleanly, so the terminal is given back as it was found."""
        self.exit(return_code=128 + number)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Ctrl+P: prep's own commands (from the home screen: study any level, open a target) and
        Textual's (themes, keys, quit)."""
        from prep.tui.screens.home import HomeScreen

        if isinstance(screen, HomeScreen):
            from prep.core.study import Mode, StudyOptions

            for level in Level:
                yield SystemCommand(f"Quiz: {level}", f"A quiz on the {level} track", partial(
                    self.study, StudyOptions(level, Mode.QUIZ)))  # fmt: skip
                yield SystemCommand(f"Flashcards: {level}", f"Due and new flashcards on the {level} track", partial(
                    self.study, StudyOptions(level, Mode.FLASHCARDS)))  # fmt: skip
            for name, label in (("stats", "Stats"), ("packs", "Packs"), ("new_target", "New target")):
                yield SystemCommand(label, f"Open {label.lower()}", getattr(screen, f"action_{name}"))
            yield SystemCommand("Browse cards", "Search, suspend, flag or hide cards", screen.action_browse)
            for figures in self.target_figures():
                name = figures.target.name
                yield SystemCommand(f"Target: {name}", visible(figures.target.title), partial(screen.open_target, name))
        yield from super().get_system_commands(screen)

    def remember_theme(self, theme: object) -> None:
        self.store.set_setting(self.THEME_SETTING, self.theme)

    async def on_mount(self) -> None:
        chosen = self.store.setting(self.THEME_SETTING)
        if chosen in self.available_themes:
            self.theme = chosen
        self.theme_changed_signal.subscribe(self, self.remember_theme)
        loop = asyncio.get_running_loop()
        for number in (signal.SIGTERM, signal.SIGHUP):
            with suppress(NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no signals
                loop.add_signal_handler(number, self._on_signal, int(number))
        if self.first_session is not None:
            await self.run_session(self.first_session)
        else:
            from prep.tui.screens.home import HomeScreen

            await self.push_screen(HomeScreen())
        for warning in self.warnings:  # once the screen that shows them is mounted
            self.notify(visible(warning), severity="warning", markup=False, timeout=8)

    def pack_problems(self) -> list[str]:
        """One short toast for the packs skipped or in doubt; the Packs screen lists every line."""
        problems = [str(problem) for problem in self.library.problems] + self.library.warnings
        if len(problems) == 1 and len(problems[0]) <= 100 and "\n" not in problems[0]:
            return problems
        if not problems:
            return []
        skipped = len(self.library.problems)
        what = [plural(skipped, "pack") + " skipped"] if skipped else []
        what += [plural(len(self.library.warnings), "warning")] if self.library.warnings else []
        return [f"{' and '.join(what)}: the Packs screen (p on the home screen) lists why"]

    def set_level(self, level: Level) -> None:
        self.level = level
        self.store.set_setting(LAST_LEVEL, level.label)

    def study(self, options: StudyOptions) -> None:
        """Start the session `options` describe (the home screen's buttons and dialog); a toast if there is none."""
        from prep.core.study import NothingToStudy, start_session

        try:
            session = start_session(self.deck, self.store, options, self.clock)
        except NothingToStudy as nothing:
            self.notify(f"{str(nothing)[:1].upper()}{str(nothing)[1:]}.", severity="warning", markup=False)
            return
        self.set_level(options.level)
        self.run_session(session)

    def study_target(self, target: Target, options: StudyOptions) -> None:
        """Study `target`'s cards (today's plan, for flashcards); a toast if there is nothing to study."""
        from prep.core.study import NothingToStudy, target_session
        from prep.core.targets import TargetError

        try:
            session = target_session(target, self.library.packs, self.store, options, self.clock)
        except (NothingToStudy, TargetError) as nothing:
            self.notify(f"{str(nothing)[:1].upper()}{str(nothing)[1:]}.", severity="warning", markup=False)
            return
        self.run_session(session)

    def target_figures(self) -> list[TargetFigures]:
        """Every target's figures now, oldest first; a target whose deck is gone is left out with a toast."""
        from prep.core.gaps import target_figures
        from prep.core.targets import TargetError, load_targets, target_cards

        figures = []
        now = self.clock()
        for target in load_targets(self.store):
            try:
                figures.append(target_figures(target, target_cards(target, self.library.packs), self.store, now))
            except TargetError as error:
                self.notify(visible(str(error)), severity="warning", markup=False)
        return figures

    def pack_title(self, name: str) -> str:
        """A pack's title, for headers (its name when it is not loaded)."""
        pack = self.library.find(name)
        return pack.title if pack is not None else name

    def install(self, pack: Pack) -> None:
        """Add a pack just written to the pack folder (a new target's deck) to what the app studies."""
        self.library.add(pack)
        self.deck = self.library.deck()

    def run_session(self, session: Session) -> AwaitMount:
        from prep.core.quiz import QuizSession

        if isinstance(session, QuizSession):
            return self.run_quiz(session)
        return self.run_flashcards(session)

    def run_quiz(self, session: QuizSession) -> AwaitMount:
        from prep.tui.screens.quiz import QuizScreen

        return self.push_screen(QuizScreen(session), partial(self.show_summary, session))

    def show_summary(self, session: QuizSession, summary: Summary | None) -> None:
        if summary is None:
            self.back_or_exit()
            return
        from prep.tui.screens.summary import SummaryScreen

        def chosen(how: str | None) -> None:
            if how is None:
                self.back_or_exit()
            else:
                self.run_quiz(session.retry(practice=how == "practice"))

        self.push_screen(SummaryScreen(summary), chosen)

    def run_flashcards(self, session: FlashcardSession) -> AwaitMount:
        from prep.tui.screens.flashcards import FlashcardScreen

        return self.push_screen(FlashcardScreen(session), partial(self.show_flashcard_summary, session))

    def show_flashcard_summary(self, session: FlashcardSession, _: object = None) -> None:
        """After every flashcard session, from home or the command line alike."""
        from prep.tui.screens.flashcard_summary import FlashcardSummaryScreen

        summary = session.summary()

        def chosen(how: str | None) -> None:
            if how == "retry":
                self.run_flashcards(session.retry())
            else:
                self.back_or_exit()

        self.push_screen(FlashcardSummaryScreen(summary), chosen)

    def back_or_exit(self) -> None:
        """After a session: back to the home screen if we came from there, else leave."""
        if not self.launched_from_home:
            self.exit()

    def action_help(self) -> None:
        from prep.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))


def make_app(
    *,
    store: Store,
    library: Library,
    level: Level | None = None,
    clock: Clock = utc_now,
    session: Session | None = None,
    warnings: Iterable[str] = (),
    paths: Paths | None = None,
    tell_pack_problems: bool = False,
) -> PrepApp:
    """The app for these inputs; without a level, the last one used (or junior)."""
    if level is None:
        remembered = store.setting(LAST_LEVEL)
        level = Level.parse(remembered) if remembered in Level.names() else Level.JUNIOR
    return PrepApp(
        store=store,
        library=library,
        level=level,
        clock=clock,
        session=session,
        warnings=warnings,
        paths=paths,
        tell_pack_problems=tell_pack_problems,
    )


def run_app(
    *,
    store: Store,
    library: Library,
    level: Level | None = None,
    session: Session | None = None,
    warnings: Iterable[str] = (),
    paths: Paths | None = None,
) -> int:
    """Run the TUI in this terminal and return its exit code (0, 130 after Ctrl+C, 1 after a crash); a
    `PrepError` that ended it is raised again, for the CLI to print in one line."""
    app = make_app(
        store=store,
        library=library,
        level=level,
        session=session,
        warnings=warnings,
        paths=paths,
        tell_pack_problems=True,
    )
    app.run()
    if app.failure is not None:
        raise app.failure
    return app.return_code or 0


def _screen_name(session: Session | None) -> str:
    if session is None:
        return "home"
    from prep.core.quiz import QuizSession  # here: the home screen needs no session's modules

    return "quiz" if isinstance(session, QuizSession) else "flashcards"
