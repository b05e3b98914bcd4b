"""`prep packs ...`: list, show, check, install and remove question packs."""

from __future__ import annotations

import argparse
import sys

from prep.cli.common import load_library, paths_of
from prep.errors import PrepError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from prep.core.coverage import Coverage
    from prep.core.model import Pack


def run_list(args: argparse.Namespace) -> int:
    from prep.core.model import Level

    library = load_library(paths_of(args), args.pack, quiet=args.json)
    rows = [pack_summary(pack) for pack in library.packs]
    if args.json:
        import json

        print(
            json.dumps(
                {"packs": rows, "problems": [str(p) for p in library.problems], "warnings": library.warnings}, indent=2
            )
        )
        return 0
    if not rows:
        print("no packs found")
        return 0
    from prep.cli.tables import table
    from prep.core.text import visible

    levels = [level.label for level in Level]
    lines = table(
        ("name", "version", "from", *levels, "title"),
        [(row["name"], row["version"], row["origin"], *(row["levels"][name] for name in levels), row["title"])
         for row in rows],
        "<<<" + ">" * len(levels) + "<",
    )  # fmt: skip
    print(visible("\n".join(lines)))
    return 0


def pack_summary(pack: Pack) -> dict[str, Any]:
    return {
        "name": pack.name,
        "title": pack.title,
        "version": pack.version,
        "origin": pack.origin,
        "path": pack.path,
        "cards": len(pack.cards),
        "levels": {level.label: count for level, count in pack.counts_by_level().items()},
    }


def run_show(args: argparse.Namespace) -> int:
    from collections import Counter

    from prep.core.text import visible

    library = load_library(paths_of(args))
    pack = library.find(args.name)
    if pack is None:
        known = ", ".join(sorted(p.name for p in library.packs)) or "none"
        raise PrepError(f"no pack named {args.name!r}; installed packs: {known}")
    summary = pack_summary(pack)
    types = Counter(card.type.value for card in pack.cards)
    lines = [
        f"{pack.title}  ({pack.name} {pack.version})",
        pack.description,
        f"license: {pack.license or 'not given'}",
        f"from: {pack.origin} — {pack.path}",
        f"cards: {len(pack.cards)}",
        "by level: " + ", ".join(f"{name} {count}" for name, count in summary["levels"].items()),
        "by type: " + ", ".join(f"{name} {count}" for name, count in sorted(types.items())),
        "topics: " + ", ".join(pack.topics),
    ]
    print(visible("\n".join(line for line in lines if line)))
    return 0


def run_add(args: argparse.Namespace) -> int:
    from pathlib import Path

    from prep.core.packs.install import add_packs
    from prep.core.text import visible
    from prep.errors import PackErrors

    try:
        installed = add_packs(Path(args.path), paths_of(args).packs)
    except PackErrors as errors:
        for error in errors.errors:
            print(visible(str(error)), file=sys.stderr)
        print(f"prep: nothing was installed from {args.path}", file=sys.stderr)
        return 1
    for item in installed:
        pack = item.pack
        change = f" (replaces version {item.replaced.version})" if item.replaced else ""
        print(visible(f"installed {pack.name} {pack.version}: {pack.title}, {len(pack.cards)} cards{change}"))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from prep.core.packs.install import remove_pack
    from prep.core.text import visible

    pack = remove_pack(args.name, paths_of(args).packs)
    print(visible(f"removed {pack.name} {pack.version}; your progress on its cards is kept"))
    return 0


def run_schema(args: argparse.Namespace) -> int:
    from importlib.resources import files

    sys.stdout.write(files("prep.core.packs").joinpath("schema.json").read_text(encoding="utf-8"))
    return 0


def run_coverage(args: argparse.Namespace) -> int:
    from prep.core.coverage import coverage

    report = coverage(load_library(paths_of(args), args.pack).deck().cards)
    print(render_coverage(report))
    return 1 if report.gaps else 0


def render_coverage(report: Coverage) -> str:
    """Cards per topic and level, then the seed skills that lack junior or senior cards."""
    from prep.cli.tables import table
    from prep.core.model import Level

    levels = list(Level)
    rows = [(topic, *(counts[level] for level in levels)) for topic, counts in report.table.items()]
    rows.append(("cards", *(report.per_level[level] for level in levels)))
    header, *body, total = table(("topic", *(level.label for level in levels)), rows, "<" + ">" * len(levels))
    rule = "-" * len(header)
    lines = [header, rule, *body, rule, total]
    if report.gaps:
        lines.append("")
        lines += [f"missing: {skill} has no {level} card" for skill, level in report.gaps]
    else:
        lines.append("\nevery seed skill has junior and senior cards")
    return "\n".join(lines)


def run_validate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from prep.core.packs.load import display_path, load_pack, pack_files
    from prep.errors import PackError, PackErrors

    problems: list[PackError] = []
    checked = 0
    for target in map(Path, args.paths):
        files = pack_files(target, problems.append) if target.is_dir() else [target]
        if not files:
            problems.append(PackError(display_path(target), "no .yaml pack files here"))
        for path in files:
            checked += 1
            try:
                load_pack(path)
            except PackErrors as errors:
                problems.extend(errors.errors)
    if args.json:
        import json

        print(
            json.dumps(
                {"checked": checked, "valid": not problems, "problems": [problem.to_dict() for problem in problems]},
                indent=2,
            )
        )
    else:
        from prep.core.text import visible

        for problem in problems:
            print(visible(str(problem)))
        if not problems:
            print(f"{checked} pack file{'s' if checked != 1 else ''} valid")
    return 1 if problems else 0


def json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def list_arguments(parser: argparse.ArgumentParser) -> None:
    json_argument(parser)
    pack_files_argument(parser)


def pack_files_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pack", "-p", action="append", metavar="FILE", help="these pack files instead")


def show_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", help="the pack's name (see `prep packs list`)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="a .yaml file, a folder, or a .zip archive")


def remove_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", help="the pack's name")


def validate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="pack files or folders")
    parser.add_argument("--json", action="store_true", help="print the problems as JSON")
