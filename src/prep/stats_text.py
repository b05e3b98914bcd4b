"""`prep stats` as text: a table of levels, and for one level its topics, activity and weak spots."""

from __future__ import annotations

from prep.core.model import Level
from prep.core.stats import LevelFigures
from prep.core.text import bar, sparkline, visible


def render_stats(figures: dict[Level, LevelFigures], *, detailed: bool) -> str:
    lines = [f"{'level':<8} {'ready':>6} {'studied':>10} {'due':>5} {'streak':>7} {'answered':>9} {'accuracy':>9}"]
    for level, figure in figures.items():
        lines.append(
            f"{level.label:<8} {figure.readiness:>6.0%} {f'{figure.seen}/{figure.total}':>10} {figure.due_today:>5}"
            f" {f'{figure.streak}d':>7} {figure.answered:>9} {figure.accuracy:>9.0%}"
        )
    if detailed:
        for level, figure in figures.items():
            lines += _details(level, figure)
    return "\n".join(lines)


def _details(level: Level, figure: LevelFigures) -> list[str]:
    lines = ["", f"You would recall {figure.readiness:.0%} of {level} questions today.", "", "Topics"]
    width = max((len(topic) for topic in figure.topics), default=5)
    for topic, mastery in sorted(figure.topics.items(), key=lambda item: item[1].readiness):
        lines.append(
            visible(
                f"  {topic:<{width}}  {bar(mastery.readiness)} {mastery.readiness:>4.0%}"
                f"  {mastery.seen}/{mastery.total}"
            )
        )
    lines += [
        "",
        f"Reviews, last 30 days  {sparkline(figure.reviews_per_day)}  ({sum(figure.reviews_per_day)} in all)",
        "Due, next 7 days       " + " ".join(str(count) for count in figure.forecast),
    ]
    if figure.weakest:
        lines += ["", "Weakest cards"]
        lines += [
            visible(f"  {weak.recall:>4.0%}  {weak.prompt[:70]}  ({weak.pack}/{weak.card})") for weak in figure.weakest
        ]
    return lines
