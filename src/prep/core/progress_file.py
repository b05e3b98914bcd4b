"""The progress file: `prep progress export` writes it, `import` reads it back (JSON, version 1).

Reading checks every value before anything is written: types, ranges (finite numbers, positive
stability, known states and steps, ratings 1–4, moments between 2000 and 2100), levels, marks. The
first problem is one line naming the file and the record, and nothing is imported.

The `marks` (cards suspended or flagged) and `hidden` (topics and packs) sections came later in
version 1; a file without them is read as having none, and a prep that predates them ignores them.
An export may say whose progress it is (`"student"`, from `prep progress export --name`), for
`prep cohort report`; import ignores it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prep.core.clock import EARLIEST, LATEST, utc_now
from prep.core.files import atomic_write
from prep.core.model import Level
from prep.core.scheduler import STEPS, Memory
from prep.core.store import Answer
from prep.core.store.records import CARD_MARKS, HIDDEN_KINDS
from prep.core.store.transfer import HiddenRecord, MarkRecord, Progress, ReviewRecord, ScheduleRecord
from prep.errors import PrepError

EXPORT_KIND = "prep-progress"
EXPORT_VERSION = 1
MODES = ("cards", "quiz", "cram")
MAX_TEXT = 20_000
MAX_NAME = 200
STUDENT = "student"


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _stamp(moment: datetime | None) -> float | None:
    return None if moment is None else moment.timestamp()


def export_document(
    progress: Progress, levels: list[Level], now: datetime | None = None, student: str | None = None
) -> dict[str, Any]:
    named = {STUDENT: student} if student else {}
    return {
        "format": EXPORT_KIND,
        "version": EXPORT_VERSION,
        **named,
        "exported_at": (now or utc_now()).isoformat(),
        "levels": [level.label for level in levels],
        "answers": [
            {"level": a.level.label, "pack": a.pack, "card": a.card, "correct": a.correct, "given": a.given,
             "seconds": a.seconds, "at": a.at.timestamp(), "time": _iso(a.at), "hinted": a.hinted}
            for a in progress.answers
        ],
        "reviews": [
            {"level": r.level.label, "pack": r.pack, "card": r.card, "rating": r.rating, "mode": r.mode,
             "at": r.at.timestamp(), "time": _iso(r.at)}
            for r in progress.reviews
        ],
        "schedule": [
            {"level": s.level.label, "pack": s.pack, "card": s.card, "state": s.memory.state, "step": s.memory.step,
             "stability": s.memory.stability, "difficulty": s.memory.difficulty, "due": _stamp(s.memory.due),
             "last_review": _stamp(s.memory.last_review), "first_review": s.first_review.timestamp()}
            for s in progress.schedule
        ],
        "marks": [
            {"level": m.level.label, "pack": m.pack, "card": m.card, "mark": m.mark, "on": m.on,
             "at": m.at.timestamp(), "time": _iso(m.at)}
            for m in progress.marks
        ],
        "hidden": [
            {"level": h.level.label, "kind": h.kind, "name": h.name, "on": h.on, "at": h.at.timestamp(),
             "time": _iso(h.at)}
            for h in progress.hidden
        ],
    }  # fmt: skip


def write_export(
    path: Path, progress: Progress, levels: list[Level], now: datetime | None = None, student: str | None = None
) -> None:
    """Write an export atomically: a crash leaves the old file or the new one, never half of one."""
    atomic_write(path, json.dumps(export_document(progress, levels, now, student), indent=1).encode("utf-8"))


@dataclass(frozen=True, slots=True)
class ExportFile:
    """An export as read: the progress, and whose it says it is (None when it does not say)."""

    progress: Progress
    student: str | None


def read_export(path: Path) -> Progress:
    """Read and check an export; `PrepError` with one located line on the first problem."""
    return read_export_file(path).progress


def read_export_file(path: Path) -> ExportFile:
    """`read_export`, with the student's name the export gives, checked like every other value."""
    try:
        document = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise PrepError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PrepError(f"{path} is a folder; give the export file itself") from None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise PrepError(f"{path} is not a prep progress export (cannot read it as JSON: {error})") from None
    except RecursionError:
        raise PrepError(f"{path} is not a prep progress export (its JSON is nested far too deep)") from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_KIND:
        raise PrepError(f"{path} is not a prep progress export (write one with `prep progress export`)")
    version = document.get("version")
    if type(version) is not int:
        raise PrepError(f"{path}: `version` must be the number {EXPORT_VERSION}, not {json.dumps(version)}")
    if version != EXPORT_VERSION:
        raise PrepError(
            f"{path} is a version {version} export; this prep reads version {EXPORT_VERSION} (upgrade prep)"
        )
    progress = Progress(
        answers=_records(path, document, "answers", _answer),
        reviews=_records(path, document, "reviews", _review),
        schedule=_records(path, document, "schedule", _schedule),
        marks=_records(path, document, "marks", _mark),
        hidden=_records(path, document, "hidden", _hidden),
    )
    return ExportFile(progress, _student(path, document))


def _student(path: Path, document: dict[str, Any]) -> str | None:
    name = document.get(STUDENT)
    if name is None:
        return None
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
        raise PrepError(f"{path}: `{STUDENT}` must be a name of 1 to {MAX_NAME} characters, not {_shown(name)}")
    return name


class _Bad(Exception):
    """One wrong value in one record: what is wrong, and which field."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(problem)
        self.field = field
        self.problem = problem


def _records(path: Path, document: dict[str, Any], section: str, make: Callable[[_Record], Any]) -> list[Any]:
    rows = document.get(section, [])
    if not isinstance(rows, list):
        raise PrepError(f"{path}: `{section}` must be a list of records; nothing was imported")
    records = []
    for number, row in enumerate(rows, start=1):
        where = f"{path}: {section} record {number}"
        if not isinstance(row, dict):
            raise PrepError(f"{where} is not a JSON object; nothing was imported")
        try:
            records.append(make(_Record(row)))
        except _Bad as bad:
            named = _name_of(row)
            missing = bad.problem == "missing"
            what = (
                f"a record is incomplete: {section} record {number}{named} has no `{bad.field}`"
                if missing
                else (f"{section} record {number}{named}: `{bad.field}` {bad.problem}")
            )
            raise PrepError(f"{path}: {what}; nothing was imported") from None
    return records


def _name_of(row: dict[str, Any]) -> str:
    pack, card = row.get("pack"), row.get("card")
    if isinstance(pack, str) and isinstance(card, str):
        return f" ({json.dumps(pack)[1:-1][:60]}/{json.dumps(card)[1:-1][:60]})"
    return ""


class _Record:
    """Typed, checked access to one record's fields."""

    def __init__(self, row: dict[str, Any]) -> None:
        self.row = row

    def get(self, field: str) -> Any:
        if field not in self.row:
            raise _Bad(field, "missing")
        return self.row[field]

    def text(self, field: str, *, empty: bool = False) -> str:
        value = self.get(field)
        if not isinstance(value, str):
            raise _Bad(field, f"must be text, not {_shown(value)}")
        if not value and not empty:
            raise _Bad(field, "is empty")
        if len(value) > MAX_TEXT:
            raise _Bad(field, f"is {len(value):,} characters long; the limit is {MAX_TEXT:,}")
        return value

    def level(self) -> Level:
        value = self.get("level")
        level = _LEVELS.get(value) if isinstance(value, str) else None
        if level is None:
            raise _Bad("level", f"must be one of {', '.join(_LEVELS)}, not {_shown(value)}")
        return level

    def number(self, field: str, *, low: float, high: float, optional: bool = False) -> float | None:
        value = self.get(field)
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _Bad(field, f"must be a number, not {_shown(value)}")
        number = float(value)
        if not math.isfinite(number) or not low <= number <= high:
            raise _Bad(field, f"is {_shown(value)}; it must be between {low:g} and {high:g}")
        return number

    def whole(self, field: str, allowed: range, *, optional: bool = False) -> int | None:
        value = self.get(field)
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
            return_range = f"{allowed.start}–{allowed.stop - 1}" if len(allowed) > 1 else str(allowed.start)
            raise _Bad(field, f"is {_shown(value)}; it must be a whole number {return_range}")
        return value

    def moment(self, field: str, *, optional: bool = False) -> datetime | None:
        stamp = self.number(field, low=EARLIEST, high=LATEST, optional=optional)
        return None if stamp is None else datetime.fromtimestamp(stamp, UTC)

    def choice(self, field: str, allowed: tuple[str, ...]) -> str:
        value = self.text(field)
        if value not in allowed:
            raise _Bad(field, f"is {_shown(value)}; it must be one of {', '.join(allowed)}")
        return value

    def flag(self, field: str) -> bool:
        value = self.get(field)
        if not isinstance(value, bool):
            raise _Bad(field, f"must be true or false, not {_shown(value)}")
        return value


_LEVELS = {level.label: level for level in Level}


def _shown(value: Any) -> str:
    text = json.dumps(value) if not isinstance(value, float) or math.isfinite(value) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _required(moment: datetime | None) -> datetime:
    assert moment is not None
    return moment


def _answer(record: _Record) -> Answer:
    seconds = record.number("seconds", low=0, high=86_400 * 365)
    assert seconds is not None
    return Answer(record.level(), record.text("pack"), record.text("card"), record.flag("correct"),
                  record.text("given", empty=True), seconds, _required(record.moment("at")),
                  record.flag("hinted") if record.get("hinted") is not None else False)  # fmt: skip


def _review(record: _Record) -> ReviewRecord:
    rating = record.whole("rating", range(1, 5))
    mode = record.text("mode")
    if mode not in MODES:
        raise _Bad("mode", f"is {_shown(mode)}; it must be one of {', '.join(MODES)}")
    assert rating is not None
    return ReviewRecord(record.level(), record.text("pack"), record.text("card"), rating, mode,
                        _required(record.moment("at")))  # fmt: skip


def _schedule(record: _Record) -> ScheduleRecord:
    state = record.whole("state", range(1, 4))
    assert state is not None
    if state in STEPS:
        step = record.whole("step", range(STEPS[state]))
    elif record.get("step") is not None:
        raise _Bad("step", f"is {_shown(record.get('step'))}; a card in review (state 2) has no step, write null")
    else:
        step = None
    stability = record.number("stability", low=1e-6, high=1e6)
    difficulty = record.number("difficulty", low=1, high=10)
    memory = Memory(state, step, stability, difficulty, _required(record.moment("due")),
                    record.moment("last_review", optional=True))  # fmt: skip
    return ScheduleRecord(record.level(), record.text("pack"), record.text("card"), memory,
                          _required(record.moment("first_review")))  # fmt: skip


def _mark(record: _Record) -> MarkRecord:
    return MarkRecord(record.level(), record.text("pack"), record.text("card"), record.choice("mark", CARD_MARKS),
                      record.flag("on"), _required(record.moment("at")))  # fmt: skip


def _hidden(record: _Record) -> HiddenRecord:
    return HiddenRecord(record.level(), record.choice("kind", HIDDEN_KINDS), record.text("name"), record.flag("on"),
                        _required(record.moment("at")))  # fmt: skip
