"""The stats screen: every level's readiness, then one level's topics, activity, forecast and weak spots."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Sparkline, Static

from prep.charts import bar
from prep.core.model import Level
from prep.core.stats import LevelFigures, level_stats
from prep.core.text import plural
from prep.tui.text import first_line, literal, literal_text

if TYPE_CHECKING:
    from prep.tui.app import PrepApp


class StatsScreen(Screen[None]):
    CSS_PATH = "stats.tcss"

    app: PrepApp

    BINDINGS = [
        Binding("1", "level(1)", "Level", key_display="1-4"),
        *[Binding(str(n), f"level({n})", show=False) for n in range(2, 5)],
        Binding("t", "all_topics", "All topics"),
        Binding("question_mark,f1", "app.help", "Help", key_display="?"),
        Binding("q,escape", "close", "Back"),
    ]
    all_topics = False
    """Whether topics never studied are listed too."""

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="stats"):
            yield DataTable(id="overview", cursor_type="none", zebra_stripes=True)
            yield Static(id="readiness")
            yield Static(id="activity-caption", classes="caption")
            yield Sparkline([], id="activity")
            yield Static(id="forecast")
            yield Static(id="mastery")
            yield Static("Weakest cards", classes="caption")
            yield DataTable(id="weakest", cursor_type="none")
        yield Footer()

    def on_mount(self) -> None:
        overview = self.query_one("#overview", DataTable)
        overview.add_columns("Level", "Ready", "Studied", "Due", "Streak", "Answered", "Accuracy")
        self.query_one("#weakest", DataTable).add_columns("Recall", "Card", "Pack")
        self.show()

    def show(self) -> None:
        app = self.app
        now = app.clock()
        figures = level_stats(app.store, app.deck, list(Level), now, detail=False)
        figures[app.level] = level_stats(app.store, app.deck, [app.level], now)[app.level]
        overview = self.query_one("#overview", DataTable)
        overview.clear()
        for level, figure in figures.items():
            marker = "▶ " if level is app.level else "  "
            overview.add_row(
                marker + level.label,
                f"{figure.readiness:.0%}",
                f"{figure.seen}/{figure.total}",
                str(figure.due_today),
                f"{figure.streak}d",
                str(figure.answered),
                f"{figure.accuracy:.0%}" if figure.answered else "–",
            )
        self.show_level(app.level, figures[app.level])

    def show_level(self, level: Level, figure: LevelFigures) -> None:
        self.sub_title = f"stats · {level} track"
        invalid = (
            f"\n{figure.invalid} stored schedules have values no review could give; `prep progress check` lists them."
            if figure.invalid
            else ""
        )
        self.query_one("#readiness", Static).update(
            Content.assemble(
                (f"You would recall {figure.readiness:.0%} of {level} questions today.", "bold"),
                f"  Streak: {plural(figure.streak, 'day')} · due today: {figure.due_today}",
                (invalid, "$warning"),
            )
        )
        self.query_one("#activity", Sparkline).data = figure.reviews_per_day
        most = max(figure.reviews_per_day, default=0)
        self.query_one("#activity-caption", Static).update(
            f"Reviews, last 30 days: {sum(figure.reviews_per_day)} in all, the tallest bar {plural(most, 'review')}"
            if most
            else "Reviews, last 30 days: none yet"
        )
        self.query_one("#forecast", Static).update(
            "Due, next 7 days: " + "  ".join(f"{count}" for count in figure.forecast)
        )
        self.query_one("#mastery", Static).update(self.topics(figure))
        weakest = self.query_one("#weakest", DataTable)
        weakest.clear()
        for weak in figure.weakest:
            weakest.add_row(f"{weak.recall:.0%}", literal_text(first_line(weak.prompt, 60)), literal_text(weak.pack))
        weakest.display = bool(figure.weakest)

    def topics(self, figure: LevelFigures) -> Content:
        """Topics you have studied first (weakest first), then, unless `t` shows them, a count of the rest."""
        studied = {topic: mastery for topic, mastery in figure.topics.items() if mastery.seen}
        shown = figure.topics if self.all_topics or not studied else studied
        parts: list[Content | str | tuple[str, str]] = [("Mastery by topic", "bold")]
        width = max((len(topic) for topic in shown), default=0)
        order = sorted(shown.items(), key=lambda item: (not item[1].seen, item[1].readiness, item[0]))
        for topic, mastery in order:
            parts += [
                "\n",
                literal(topic.ljust(width)),
                "  ",
                (bar(mastery.readiness), "$success"),
                f" {mastery.readiness:>4.0%}  {mastery.seen}/{mastery.total}",
            ]
        hidden = len(figure.topics) - len(shown)
        if hidden:
            parts.append((f"\n… and {plural(hidden, 'topic')} not studied yet (t shows them)", "dim"))
        return Content.assemble(*parts)

    def action_all_topics(self) -> None:
        self.all_topics = not self.all_topics
        self.show()

    def action_level(self, number: int) -> None:
        self.app.set_level(Level(number))
        self.show()

    def action_close(self) -> None:
        self.dismiss(None)
