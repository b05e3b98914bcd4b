"""The "new target" screen: paste a job ad (or give a file's path), see what prep found in it — title,
levels, skills, lists and cards — correct the level, set the interview date, and save.

Saving does what `prep target add` does: the posting's deck goes into the user pack folder and the
target into the store. The screen returns the new target's name (None when cancelled).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Label, RadioButton, RadioSet, Static, TextArea

from prep.core.model import Level
from prep.errors import PrepError
from prep.tui.text import literal

if TYPE_CHECKING:
    from prep.core.targets import Draft
    from prep.tui.app import PrepApp


class NewTargetScreen(Screen[str | None]):
    CSS_PATH = "new_target.tcss"

    app: PrepApp

    BINDINGS = [
        Binding("ctrl+r", "read", "Read the posting"),
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.draft: Draft | None = None
        self.read_from: list[Path] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="new-target"):
            yield Static("Paste the job ad below, or type the path of a file that holds it; then Read.", id="intro")
            yield TextArea(id="posting", placeholder="Paste the posting here (Ctrl+V or your terminal's paste)")
            with Horizontal(classes="row"):
                yield Input(placeholder="…or a file: ~/jobs/acme.md", id="path", compact=True)
                yield Button("Read  ^r", id="read", variant="primary", compact=True)
            yield Static(id="found")
            with Horizontal(classes="row", id="choices"):
                yield Label("Level")
                with RadioSet(id="level", compact=True):
                    for level in Level:
                        yield RadioButton(level.label, id=f"level-{level.label}", compact=True)
            with Horizontal(classes="row"):
                yield Label("Interview")
                yield Input(placeholder="YYYY-MM-DD (optional)", id="date", compact=True)
            with Horizontal(classes="row"):
                yield Label("Name")
                yield Input(placeholder="from the posting's title", id="name", compact=True)
            yield Static(id="problem")
            with Horizontal(classes="row"):
                yield Button("Save  ^s", id="save", variant="success", compact=True, disabled=True)
                yield Button("Cancel", id="cancel", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "new target"
        self.query_one("#posting", TextArea).focus()

    # ------------------------------------------------------------- reading the posting

    def action_read(self) -> None:
        from prep.core.targets import posting_from_text

        text = self.query_one("#posting", TextArea).text
        typed = self.query_one("#path", Input).value.strip()
        try:
            if text.strip():
                self.read_from = [posting_from_text(text, self.app.paths.postings)]
            elif typed:
                self.read_from = [Path(typed).expanduser()]
            else:
                raise PrepError("paste the job ad into the box, or type the path of a file that holds it")
            self.redraft(level=None)
        except (PrepError, OSError) as error:
            self.problem(str(error))

    def redraft(self, level: Level | None) -> None:
        from prep.core.targets import draft_target

        name = self.query_one("#name", Input).value.strip() or None
        draft = draft_target(self.read_from, self.app.library.packs, level=level, name=name if level else None)
        self.draft = draft
        self.query_one("#found", Static).update(literal(self.describe(draft)))
        self.query_one(f"#level-{draft.level.label}", RadioButton).value = True
        if not self.query_one("#name", Input).value.strip():
            self.query_one("#name", Input).value = draft.name
        self.query_one("#save", Button).disabled = False
        self.problem("")

    @staticmethod
    def describe(draft: Draft) -> str:
        result = draft.result
        found = ", ".join(level.label for level in draft.detected) or "no level"
        skills = ", ".join(skill.name for skill in result.skills) or "none found"
        sizes: dict[str, int] = {}
        for group in result.groups:  # a posting for two levels may repeat its lists: one count each
            sizes[group.heading] = sizes.get(group.heading, 0) + len(group.cards)
        lists = " · ".join(f"{heading}: {size}" for heading, size in sizes.items())
        questions = sum(report.faq + report.questions for report in result.documents)
        return "\n".join(
            line
            for line in (
                f"Found: {draft.title} (describes {found})",
                f"Skills ({len(result.skills)}): {skills}",
                f"Lists: {lists}" if lists else "",
                f"Cards: {len(result.pack.cards)} from the posting ({questions} from its questions),"
                f" {len(result.pack.uses)} from the library on its skills",
            )
            if line
        )

    @on(RadioSet.Changed, "#level")
    def level_changed(self, event: RadioSet.Changed) -> None:
        chosen = Level.parse(str(event.pressed.label))
        if self.draft is not None and chosen is not self.draft.level:
            try:
                self.redraft(level=chosen)
            except PrepError as error:
                self.problem(str(error))

    # ------------------------------------------------------------- saving

    def action_save(self) -> None:
        from prep.core.clock import local_date, parse_date
        from prep.core.packs.load import load_pack
        from prep.core.targets import draft_target, save_target

        if self.draft is None:
            self.problem("read a posting first (Ctrl+R)")
            return
        now = self.app.clock()
        try:
            typed = self.query_one("#date", Input).value.strip()
            when = parse_date(typed, local_date(now)) if typed else None
            name = self.query_one("#name", Input).value.strip() or self.draft.name
            draft = self.draft
            if name != draft.name:
                draft = draft_target(self.read_from, self.app.library.packs, level=draft.level, name=name)
            target = save_target(draft, when, self.app.paths, self.app.store, now)
            self.app.install(load_pack(self.app.paths.packs / f"{target.deck}.yaml", origin="user"))
        except PrepError as error:
            self.problem(str(error))
            return
        self.dismiss(target.name)

    def problem(self, text: str) -> None:
        shown = self.query_one("#problem", Static)
        shown.update(literal(text))
        if text:
            shown.scroll_visible()

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        {"read": self.action_read, "save": self.action_save, "cancel": self.action_cancel}[event.button.id or ""]()

    def action_cancel(self) -> None:
        self.dismiss(None)
