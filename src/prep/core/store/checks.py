"""`prep progress check`: SQLite's own checks, then prep's rules about the values it stores."""

from __future__ import annotations

from collections.abc import Callable

from prep.core.clock import EARLIEST, LATEST
from prep.core.model import Level
from prep.core.scheduler import memory_problem

Read = Callable[..., list[tuple]]
_LEVELS = {int(level): level for level in Level}


def file_problems(read: Read) -> list[str]:
    """What SQLite finds wrong with the file, through `read` (the store's query function)."""
    problems = [row[0] for row in read("PRAGMA integrity_check") if row[0] != "ok"]
    return problems + [
        f"table {row[0]} row {row[1]} points at a missing {row[2]} row" for row in read("PRAGMA foreign_key_check")
    ]


def value_problems(read: Read) -> list[str]:
    """Rows whose values no study could have produced, one line each."""
    problems: list[str] = []
    levels = ", ".join(str(int(level)) for level in Level)
    moment = f"(typeof({{0}}) NOT IN ('real', 'integer') OR {{0}} < {EARLIEST} OR {{0}} > {LATEST})"
    checks = (
        ("answer", "answers",
         f"level NOT IN ({levels}) OR correct NOT IN (0, 1) OR " + moment.format("answered_at"),
         "id, level, pack, card", "a level, correctness or moment no answer has"),
        ("review", "reviews r JOIN cards c ON c.id = r.card_ref",
         f"r.level NOT IN ({levels}) OR r.rating NOT IN (1, 2, 3, 4) OR r.mode NOT IN ('cards', 'quiz', 'cram')"
         " OR " + moment.format("r.reviewed_at"), "r.id, r.level, c.pack, c.card",
         "a level, rating, mode or moment no review has"),
    )  # fmt: skip
    for what, table, condition, columns, why in checks:
        for row in read(f"SELECT {columns} FROM {table} WHERE {condition} LIMIT 20"):
            problems.append(f"{what} {row[0]} ({_label(row[1])} {row[2]}/{row[3]}) has {why}")
    rows = read(
        "SELECT s.level, c.pack, c.card, s.state, s.step, s.stability, s.difficulty, s.due, s.last_review"
        " FROM schedule s JOIN cards c ON c.id = s.card_ref"
    )
    for level, pack, card, *values in rows:
        problem = memory_problem(*values) or (None if level in _LEVELS else f"level {level!r} is unknown")
        if problem:
            problems.append(f"schedule of {_label(level)} {pack}/{card}: {problem}")
    return problems


def _label(level: object) -> str:
    known = _LEVELS.get(level) if isinstance(level, int) else None
    return known.label if known else f"level {level!r}"
