"""`prep target ...`: the interviews being prepared for — add, list, show and remove."""

from __future__ import annotations

import argparse
import sys

from prep.cli.common import LEVEL_HELP, level_of, load_library, open_store, paths_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime

    from prep.core.gaps import Coverage, TargetFigures
    from prep.core.model import Pack
    from prep.core.store import Store
    from prep.core.targets import Draft, Target


def run_add(args: argparse.Namespace) -> int:
    from pathlib import Path

    from prep.core.clock import local_date, parse_date, utc_now
    from prep.core.targets import draft_target, posting_from_text, save_target

    paths = paths_of(args)
    now = utc_now()
    when = parse_date(args.date, local_date(now)) if args.date else None
    inputs = [Path(path) for path in args.postings if path != "-"]
    if "-" in args.postings:
        inputs.append(posting_from_text(sys.stdin.read(), paths.postings))
    library = load_library(paths, quiet=True)
    draft = draft_target(inputs, library.packs, level=level_of(args.level) if args.level else None, name=args.name)
    with open_store(paths) as store:
        target = save_target(draft, when, paths, store, now)
    print(describe_draft(draft, target.interview_date, detected_note=not args.level))
    print(f"Saved target {target.name}. `prep target show {target.name}` shows the gap map and today's plan.")
    return 0


def describe_draft(draft: Draft, when: date | None, *, detected_note: bool = True) -> str:
    """What prep found in a posting, as `target add` prints it and the new-target screen shows it."""
    from prep.core.text import plural, visible

    result = draft.result
    found = ", ".join(level.label for level in draft.detected) or "none"
    level = f"{draft.level}" + (f" (the posting describes: {found}; --level to choose)" if detected_note else "")
    skills = ", ".join(skill.name + (" (nice to have)" if skill.optional else "") for skill in result.skills)
    lines = [
        f"{draft.title}",
        f"  level: {level}",
        f"  interview: {when.isoformat() if when else 'no date (add one with --date)'}",
        f"  skills ({len(result.skills)}): {skills or '-'}",
    ]
    lines += [f"  {group.heading}: {plural(len(group.cards), 'card')}" for group in result.groups]
    questions = sum(report.faq + report.questions for report in result.documents)
    lines.append(
        f"  cards: {len(result.pack.cards)} from the posting ({questions} from its questions),"
        f" {len(result.pack.uses)} from the library on its skills"
    )
    return visible("\n".join(lines))


def run_list(args: argparse.Namespace) -> int:
    from prep.core.clock import local_date, utc_now
    from prep.core.gaps import summary_line
    from prep.core.targets import load_targets

    now = utc_now()
    today = local_date(now)
    paths = paths_of(args)
    with open_store(paths, reading=True) as store:
        targets = load_targets(store)
        if not targets:
            print("No targets yet. `prep target add POSTING --date YYYY-MM-DD` adds one.")
            return 0
        library = load_library(paths, quiet=True)
        figures = [_figures(target, library.packs, store, now) for target in targets]
    current = [item for item in figures if not item.target.is_past(today)]
    past = [item for item in figures if item.target.is_past(today)]
    for item in current:
        print(summary_line(item, today))
    if past:
        print("\nPast interviews")
        for item in past:
            print(summary_line(item, today))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from prep.core.clock import local_date, utc_now
    from prep.core.targets import find_target

    now = utc_now()
    paths = paths_of(args)
    with open_store(paths, reading=True) as store:
        target = find_target(store, args.name)
        figures = _figures(target, load_library(paths, quiet=args.json).packs, store, now)
    if args.json:
        import json

        print(json.dumps(figures_dict(figures), indent=2, ensure_ascii=False))
    else:
        print(render_target(figures, local_date(now)))
    return 0


def _figures(target: Target, packs: Sequence[Pack], store: Store, now: datetime) -> TargetFigures:
    from prep.core.gaps import target_figures
    from prep.core.targets import target_cards

    return target_figures(target, target_cards(target, packs), store, now)


def render_target(figures: TargetFigures, today: date) -> str:
    from prep.core.gaps import summary_line
    from prep.core.plan import REVIEW_DAYS, Stage
    from prep.core.text import visible

    target, plan = figures.target, figures.plan
    lines = [summary_line(figures, today), visible(target.title)]
    moment = f"at the start of {target.interview_date}" if target.interview_date else "at the end of today"
    lines.append(f"{figures.cards} cards, {figures.studied} studied; readiness is read {moment}, if you study no more")
    if plan.stage is Stage.LEARNING:
        lines.append(
            f"Plan: {plan.new_per_day} new cards a day and the reviews they bring; the last {REVIEW_DAYS} days"
            " before the interview are for review only"
        )
    width = max((len(item.name) for item in (*figures.skills, *figures.groups)), default=10)
    width = min(width, 32)
    lines += ["", "Skills, weakest first"]
    lines += [_coverage_line(item, width) for item in figures.skills] or ["  (prep found no skills in the posting)"]
    if figures.groups:
        lines += ["", "From the posting's lists"]
        lines += [_coverage_line(item, width) for item in figures.groups]
    gaps = figures.gaps
    if gaps:
        names = ", ".join(item.name for item in gaps)
        lines += ["", f"No cards yet for {names}: add a pack that covers them (`prep packs add`)."]
    return visible("\n".join(lines))


def _coverage_line(item: Coverage, width: int) -> str:
    from prep.charts import bar

    name = item.name if len(item.name) <= width else item.name[: width - 1] + "…"
    optional = " (nice to have)" if item.optional else ""
    if item.gap:
        return f"  {name:<{width}}  no cards — add a pack{optional}"
    share = item.readiness
    return f"  {name:<{width}}  {bar(share)} {share:>4.0%}  {item.studied}/{item.cards} studied{optional}"


def figures_dict(figures: TargetFigures) -> dict[str, object]:
    target, plan = figures.target, figures.plan

    def coverage(item: Coverage) -> dict[str, object]:
        return {
            "name": item.name,
            "topic": item.topic,
            "optional": item.optional,
            "cards": item.cards,
            "studied": item.studied,
            "readiness": item.readiness,
            "gap": item.gap,
        }

    return {
        "name": target.name,
        "title": target.title,
        "level": target.level.label,
        "date": target.interview_date.isoformat() if target.interview_date else None,
        "deck": target.deck,
        "postings": list(target.postings),
        "cards": figures.cards,
        "studied": figures.studied,
        "readiness": figures.readiness,
        "readiness_at": figures.at.isoformat(),
        "plan": {
            "stage": plan.stage.value,
            "days_left": plan.days_left,
            "new_today": plan.new_today,
            "reviews_today": plan.reviews_today,
            "unseen": plan.unseen,
            "new_per_day": plan.new_per_day,
        },
        "skills": [coverage(item) for item in figures.skills],
        "groups": [coverage(item) for item in figures.groups],
    }


def run_remove(args: argparse.Namespace) -> int:
    from prep.core.targets import find_target

    paths = paths_of(args)
    with open_store(paths) as store:
        target = find_target(store, args.name)
        store.remove_target(target.name)
    deck = paths.packs / f"{target.deck}.yaml"
    if deck.is_file():
        deck.unlink()
    print(f"Removed target {target.name} and its deck; progress on its cards is kept.")
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "postings", nargs="+", metavar="POSTING", help="the job posting: files, folders, or - to read it from stdin"
    )
    parser.add_argument("--name", help="what to call the target (a slug; default: from the posting's title)")
    parser.add_argument("--level", "-l", help=f"the level being hired (default: the posting's). {LEVEL_HELP}")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="the interview date")


def show_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME", help="the target's name (`prep target list` shows them)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def name_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME", help="the target's name (`prep target list` shows them)")
