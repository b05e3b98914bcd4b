"""The packs screen: every installed pack as a tree — where it came from, its cards and topics —
and the packs that were skipped, with why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Tree

from prep.tui.text import literal_text as plain

if TYPE_CHECKING:
    from prep.tui.app import PrepApp


class PacksScreen(Screen[None]):
    CSS_PATH = "packs.tcss"

    app: PrepApp

    BINDINGS = [
        Binding("question_mark,f1", "app.help", "Help", key_display="?"),
        Binding("q,escape", "close", "Back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Tree(plain("Packs"), id="pack-tree")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "packs · add more with `prep packs add PATH`"
        tree = self.query_one("#pack-tree", Tree)
        tree.root.expand()
        library = self.app.library
        for pack in library.packs:
            node = tree.root.add(plain(f"{pack.title}  ({pack.name} {pack.version}, {pack.origin})"))
            counts = ", ".join(f"{level} {count}" for level, count in pack.counts_by_level().items())
            node.add_leaf(plain(f"{len(pack.cards)} cards: {counts}"))
            if pack.description:
                node.add_leaf(plain(pack.description))
            node.add_leaf(plain("topics: " + ", ".join(pack.topics)))
            node.add_leaf(plain(f"file: {pack.path}"))
        if library.problems or library.warnings:
            skipped = tree.root.add(plain("Problems"), expand=True)
            for problem in library.problems:
                for line in str(problem).splitlines():
                    skipped.add_leaf(plain(line))
            for warning in library.warnings:
                skipped.add_leaf(plain(warning))
        tree.focus()

    def action_close(self) -> None:
        self.dismiss(None)
