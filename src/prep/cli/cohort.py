"""`prep cohort report`: students' progress exports, as a table, JSON or a self-contained HTML page."""

from __future__ import annotations

import argparse
import sys

from prep.cli.common import LEVEL_HELP, level_of, load_library, paths_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from prep.core.cohort import CohortReport, StudentFigures, TopicCohort
    from prep.core.model import Level

TOPICS_SHOWN = 12
"""Topics per level in the terminal table (weakest first); --json and the HTML page have them all."""


def run_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from prep.core.cohort import cohort_report, export_files, load_students
    from prep.errors import PrepError, UsageError

    files = export_files(Path(name) for name in args.exports)
    if args.name is not None and len(files) != 1:
        raise UsageError(f"--name names the student of a single export; {len(files)} files were given")
    students, skipped = load_students(files, args.name)
    for problem in skipped:
        print(f"prep: skipped: {problem}", file=sys.stderr)
    if not students:
        raise PrepError(f"no student's progress could be read from {', '.join(args.exports)}")
    library = load_library(paths_of(args), args.pack, quiet=args.json)
    levels = [level_of(args.level)] if args.level else []
    packs = [f"{pack.name} {pack.version}" for pack in library.packs]
    report = cohort_report(students, library.deck(), levels, packs=packs, skipped=skipped)
    if args.output:
        _write_page(Path(args.output), report)
    if args.json:
        import json

        print(json.dumps(report.to_dict(), indent=2))
    elif args.output:
        shown = ", ".join(level.label for level in report.levels)
        print(f"wrote {args.output}: {len(report.names)} students, {shown}")
    else:
        print(render_report(report))
    return 1 if skipped else 0


def _write_page(path: Path, report: CohortReport) -> None:
    from prep.cohort_html import render_page
    from prep.core.files import atomic_write, check_output, write_failed

    check_output(path, "report")
    try:
        atomic_write(path, render_page(report).encode("utf-8"))
    except OSError as error:
        raise write_failed(path, error) from None


def report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "exports", nargs="+", metavar="EXPORT", help="students' `prep progress export` files, or folders of them"
    )
    parser.add_argument("--level", "-l", help=f"only this level ({LEVEL_HELP}); default: every level studied")
    parser.add_argument("--output", "-o", metavar="REPORT.html", help="also write a self-contained HTML page")
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    parser.add_argument("--name", help="the student's name, for a single export that does not give one")
    parser.add_argument(
        "--pack",
        action="append",
        metavar="FILE",
        help="the packs whose cards make each level's pool and topics (default: the installed packs); repeatable",
    )


# The terminal table.


def render_report(report: CohortReport) -> str:
    from prep.core.cohort import UNKNOWN

    lines = [
        f"{len(report.names)} students · readiness at the end of {report.day} · packs: {len(report.packs)}",
        "ready: mean recall over the level's whole pool (never-studied and just-failed cards count 0);"
        " recall: over the cards studied only",
    ]
    for level in report.levels:
        lines += ["", *_level_lines(report, level)]
    if report.unknown_packs:
        named = ", ".join(f"{pack} ({count})" for pack, count in report.unknown_packs.items())
        lines += ["", f"cards from packs not given to the report (under {UNKNOWN!r}; students): {named}"]
    if report.skipped:
        lines += ["", f"{len(report.skipped)} export{'s' if len(report.skipped) != 1 else ''} could not be read"
                  " and are left out (see above)"]  # fmt: skip
    return "\n".join(lines)


def _level_lines(report: CohortReport, level: Level) -> list[str]:
    from prep.cli.tables import table

    mean = report.means[level]
    shown = "—" if mean is None else f"{mean:.0%}"
    students = [figures for figures in report.students if figures.level is level]
    lines = [f"{level} · {report.pools[level]} cards in the pool · cohort mean {shown} · weakest first"]
    rows = [_student_row(figures) for figures in students]
    headers = ("student", "ready", "studied", "recall", "accuracy", "streak", "last active", "weakest topics")
    lines += table(headers, rows, "<>>>>><<")
    if any(figures.behind for figures in students):
        lines.append(f"* at least {report_margin()} points below the cohort mean")
    topics = [topic for topic in report.topics if topic.level is level]
    lines += ["", f"{level} topics · weakest first", *_topic_lines(topics[:TOPICS_SHOWN])]
    if len(topics) > TOPICS_SHOWN:
        lines.append(f"… and {len(topics) - TOPICS_SHOWN} more topics (--json, or -o REPORT.html)")
    return lines


def report_margin() -> int:
    from prep.core.cohort import BEHIND_MARGIN

    return round(BEHIND_MARGIN * 100)


def _student_row(f: StudentFigures) -> tuple[str, ...]:
    return (
        f.student + (" *" if f.behind else ""),
        _share(f.readiness),
        f"{f.studied_in_pool}/{f.pool}"
        + (f" +{f.studied - f.studied_in_pool}" if f.studied > f.studied_in_pool else ""),
        _share(f.recall_studied),
        f"{_share(f.accuracy)} of {f.answered}" if f.answered else "—",
        f"{f.streak}d",
        f.last_active.astimezone().date().isoformat() if f.last_active else "never",
        ", ".join(f.weakest) or "—",
    )


def _topic_lines(topics: list[TopicCohort]) -> list[str]:
    from prep.charts import bar
    from prep.cli.tables import table

    rows = [(t.topic, t.cards, f"{bar(t.readiness, 10)} {t.readiness:>4.0%}", _behind(t)) for t in topics]
    return table(("topic", "cards", "mean ready", "behind"), rows, "<><<")


def _behind(topic: TopicCohort, shown: int = 4) -> str:
    names = [f"{name} {value:.0%}" for name, value in topic.behind[:shown]]
    more = len(topic.behind) - shown
    return ", ".join(names) + (f" and {more} more" if more > 0 else "") or "—"


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"
