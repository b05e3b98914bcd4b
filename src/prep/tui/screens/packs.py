"""The packs screen: every installed pack as a tree — where it came from, its cards and topics —
the packs that were skipped, with why, and a quiz or flashcards on the highlighted pack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static, Tree

from prep.core.model import Pack
from prep.core.text import plural
from prep.tui.text import first_line, inline, inline_text, literal
from prep.tui.text import literal_text as plain

if TYPE_CHECKING:
    from prep.tui.app import PrepApp


class PacksScreen(Screen[None]):
    CSS_PATH = "packs.tcss"
    HELP = "↑/↓ move through the packs; Enter opens or folds one. The line below the tree describes the pack."

    app: PrepApp

    BINDINGS = [
        Binding("a", "study('quiz')", "Quiz pack"),
        Binding("f", "study('flashcards')", "Flashcards"),
        Binding("b", "browse", "Browse cards"),
        Binding("question_mark,f1", "app.help", "Help", key_display="?"),
        Binding("q,escape", "close", "Back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Tree(plain("Packs"), id="pack-tree")
        yield Static(id="pack-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "packs · add more with prep packs add PATH"
        tree: Tree[str] = self.query_one("#pack-tree", Tree)
        tree.root.expand()
        library = self.app.library
        width = max(24, self.app.size.width - 12)
        for pack in library.packs:
            node = tree.root.add(plain(f"{first_line(pack.title, width)}  ({plural(len(self.keys(pack)), 'card')})"))
            node.data = pack.name
            counts = ", ".join(f"{level} {count}" for level, count in pack.counts_by_level().items())
            node.add_leaf(
                plain(f"{pack.name} {pack.version}, {pack.origin}: {counts or 'no cards of its own'}"), pack.name
            )
            if pack.description:
                node.add_leaf(inline_text(first_line(pack.description, width)), pack.name)
            node.add_leaf(plain(first_line("topics: " + ", ".join(pack.topics), width)), pack.name)
            node.add_leaf(plain(f"file: {pack.path}"), pack.name)
        if library.problems or library.warnings:
            skipped = tree.root.add(plain(f"Problems ({len(library.problems) + len(library.warnings)})"), expand=True)
            for problem in library.problems:
                for line in str(problem).splitlines():
                    skipped.add_leaf(plain(line))
            for warning in library.warnings:
                skipped.add_leaf(plain(warning))
        tree.focus()

    def keys(self, pack: Pack) -> tuple[tuple[str, str], ...]:
        """The cards a session on `pack` studies: its own and those it uses from other packs."""
        return (*(card.key for card in pack.cards), *pack.uses)

    def chosen(self) -> Pack | None:
        node = self.query_one("#pack-tree", Tree).cursor_node
        return self.app.library.find(node.data) if node is not None and node.data else None

    @on(Tree.NodeHighlighted)
    def describe(self) -> None:
        pack = self.chosen()
        detail = self.query_one("#pack-detail", Static)
        detail.display = pack is not None
        if pack is not None:
            topics = ", ".join(pack.topics) or "none"
            detail.update(Content.assemble(inline(pack.description or pack.title), "\n", literal(f"topics: {topics}")))

    def action_study(self, mode: str) -> None:
        from prep.core.study import Mode, StudyOptions

        pack = self.chosen()
        if pack is None:
            self.notify("Move to a pack first (↑/↓), then press a or f.", severity="warning")
            return
        self.app.study(StudyOptions(self.app.level, Mode(mode), cards=self.keys(pack)))

    def action_browse(self) -> None:
        """The card browser on the highlighted pack's cards (all cards when no pack is highlighted)."""
        from prep.tui.screens.browser import BrowserScreen

        pack = self.chosen()
        self.app.push_screen(BrowserScreen(self.app.level, pack.name if pack else None))

    def action_close(self) -> None:
        self.dismiss(None)
