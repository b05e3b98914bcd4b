"""What a person would see: the current screen of a running app as plain text lines."""

from __future__ import annotations

from textual.app import App


def screen_text(app: App) -> str:
    # The compositor holds the frame Textual would write to the terminal.
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)
