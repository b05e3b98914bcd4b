"""`prep stats`: a table of levels, and for one level its topics, activity and weak spots."""

from __future__ import annotations

import argparse

from prep.cli.common import LEVEL_HELP, level_of, load_library, open_store, paths_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from prep.core.model import Level
    from prep.core.stats import LevelFigures


def run_stats(args: argparse.Namespace) -> int:
    from prep.core.model import Level
    from prep.core.stats import level_stats

    paths = paths_of(args)
    levels = [level_of(args.level)] if args.level else list(Level)
    library = load_library(paths, args.pack, quiet=args.json)
    with open_store(paths, reading=True) as store:
        figures = level_stats(store, library.deck(), levels)
    if args.json:
        import json

        print(json.dumps({"levels": {level.label: figure.to_dict() for level, figure in figures.items()}}, indent=2))
        return 0
    print(render_stats(figures, detailed=bool(args.level)))
    return 0


def render_stats(figures: dict[Level, LevelFigures], *, detailed: bool) -> str:
    from prep.cli.tables import table

    rows = [
        (level.label, f"{f.readiness:.0%}", f"{f.seen}/{f.total}", f.due_today, f"{f.streak}d", f.answered,
         f"{f.accuracy:.0%}")
        for level, f in figures.items()
    ]  # fmt: skip
    lines = table(("level", "ready", "studied", "due", "streak", "answered", "accuracy"), rows, "<>>>>>>")
    if detailed:
        for level, figure in figures.items():
            lines += _details(level, figure)
    invalid = sum(figure.invalid for figure in figures.values())
    if invalid:
        lines += ["", f"{invalid} stored schedule{'s have' if invalid != 1 else ' has'} values no review could"
                  " give; counted as not known. `prep progress check` lists them."]  # fmt: skip
    return "\n".join(lines)


def _details(level: Level, figure: LevelFigures) -> list[str]:
    from prep.charts import bar, sparkline
    from prep.core.text import visible

    lines = ["", f"You would recall {figure.readiness:.0%} of {level} questions today.", "", "Topics"]
    width = max((len(topic) for topic in figure.topics), default=5)
    for topic, mastery in sorted(figure.topics.items(), key=lambda item: item[1].readiness):
        share = mastery.readiness
        lines.append(visible(f"  {topic:<{width}}  {bar(share)} {share:>4.0%}  {mastery.seen}/{mastery.total}"))
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


def stats_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--level", "-l", help=LEVEL_HELP)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--pack", "-p", action="append", metavar="FILE", help="count these packs' cards only")
