"""What a person would see: the current screen of a running app as plain text lines."""

from __future__ import annotations

from textual.app import App

from prep.core.packs.discover import Library
from prep.core.quiz import QuizSession
from prep.tui.app import PrepApp, make_app


def screen_text(app: App) -> str:
    # The compositor holds the frame Textual would write to the terminal.
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


def quiz_app(session: QuizSession) -> PrepApp:
    """The app as `prep quiz` starts it, on this session."""
    return make_app(store=session.store, library=Library(), level=session.level, session=session)
