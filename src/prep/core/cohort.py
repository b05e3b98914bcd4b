"""The cohort report: students' `prep progress export` files, read as an instructor reads them.

For each student and level:

- **readiness**, as `prep stats` defines it: the mean probability of recall at the end of the
  report's day (`scheduler.recall_probability`) over every card in the level's pool, the pool
  coming from the packs the report is given (the installed ones by default). Cards never studied
  count 0, and so do cards failed and not recalled since. An export holds no deck, so the pool is
  the instructor's packs: a student is never rated on fewer cards than the level has.
- **recall of studied cards**: the same mean over the cards the student has studied on that track
  only (its denominator is the number of cards studied, so it is the kinder figure and is labelled
  as such). Cards studied that no pack knows count here and under the topic "unknown".
- cards studied, quiz accuracy (right answers over answers), streak (days in a row with reviews,
  up to the report's day or the day before), last active, and the weakest topics started.

For each topic across the cohort: the mean readiness over the students, and who is behind (at
least `BEHIND_MARGIN` below that mean), weakest first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from prep.core.clock import local_date, next_day, start_of_day, utc_now
from prep.core.model import Card, Deck, Level
from prep.core.progress_file import read_export_file
from prep.core.scheduler import InvalidMemory, recall_probability
from prep.core.stats import TopicFigures, days_in_a_row, readiness, topic_figures
from prep.core.store.records import CardKey
from prep.core.store.transfer import Progress
from prep.core.text import visible
from prep.errors import PrepError

BEHIND_MARGIN = 0.10
"""A student is behind on a topic (or a level) at this much or more below the cohort's mean."""
WEAKEST_TOPICS = 3
UNKNOWN = "unknown"
"""The topic of studied cards that no pack given to the report has."""
MAX_SHOWN_NAME = 80


@dataclass(frozen=True, slots=True)
class Student:
    name: str
    """Safe to show: control characters made visible, one line, at most `MAX_SHOWN_NAME` characters."""
    source: Path
    progress: Progress


@dataclass(frozen=True, slots=True)
class StudentFigures:
    student: str
    level: Level
    readiness: float | None
    """Mean recall over the level's pool; None when the packs have no cards for the level."""
    pool: int
    studied: int
    """Cards with a schedule on this track, whether or not the packs know them."""
    studied_in_pool: int
    recall_studied: float | None
    """Mean recall over the cards studied on this track; None when none were."""
    answered: int
    correct: int
    accuracy: float | None
    streak: int
    last_active: datetime | None
    topics: dict[str, TopicFigures]
    """Readiness per topic over the pool's cards on it (as `prep stats`), and "unknown"."""
    weakest: tuple[str, ...]
    """The weakest topics the student has started, weakest first."""
    not_started: int
    """Topics of the pool on which the student has studied nothing."""
    unknown_packs: tuple[str, ...]
    behind: bool = False
    """At least `BEHIND_MARGIN` below the cohort's mean readiness on this level."""

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {name: getattr(self, name) for name in self.__slots__}
        data["level"] = self.level.label
        data["last_active"] = self.last_active.isoformat() if self.last_active else None
        data["topics"] = {
            name: {"readiness": t.readiness, "seen": t.seen, "total": t.total} for name, t in self.topics.items()
        }
        data["weakest"] = list(self.weakest)
        data["unknown_packs"] = list(self.unknown_packs)
        return data


@dataclass(frozen=True, slots=True)
class TopicCohort:
    level: Level
    topic: str
    cards: int
    """Cards on the topic in the level's pool (for "unknown": the most any one student studied)."""
    readiness: float
    """Mean of the students' readiness on the topic."""
    students: int
    behind: tuple[tuple[str, float], ...]
    """(student, readiness) of those behind on the topic, weakest first."""

    def to_dict(self) -> dict[str, object]:
        return {
            "level": self.level.label,
            "topic": self.topic,
            "cards": self.cards,
            "readiness": self.readiness,
            "students": self.students,
            "behind": [{"student": name, "readiness": value} for name, value in self.behind],
        }


@dataclass(frozen=True, slots=True)
class CohortReport:
    at: datetime
    """The moment readiness is read at: the end of the report's day."""
    levels: tuple[Level, ...]
    students: tuple[StudentFigures, ...]
    """One per student and level, each level's weakest first."""
    topics: tuple[TopicCohort, ...]
    """Each level's topics, weakest first."""
    pools: dict[Level, int]
    means: dict[Level, float | None]
    """The cohort's mean readiness on each level."""
    packs: tuple[str, ...]
    skipped: tuple[str, ...] = field(default=())
    """One line for each export that could not be read."""

    @property
    def day(self) -> date:
        """The report's day (readiness is read at its end), in local time."""
        return (self.at - timedelta(hours=12)).astimezone().date()

    @property
    def names(self) -> list[str]:
        return sorted({figures.student for figures in self.students})

    @property
    def unknown_packs(self) -> dict[str, int]:
        """Packs the students studied cards of that the report was not given, and how many students did."""
        found: dict[str, set[str]] = defaultdict(set)
        for figures in self.students:
            for pack in figures.unknown_packs:
                found[pack].add(figures.student)
        return {pack: len(names) for pack, names in sorted(found.items())}

    def to_dict(self) -> dict[str, object]:
        return {
            "day": self.day.isoformat(),
            "at": self.at.isoformat(),
            "levels": [level.label for level in self.levels],
            "pools": {level.label: size for level, size in self.pools.items()},
            "means": {level.label: mean for level, mean in self.means.items()},
            "packs": list(self.packs),
            "students": [figures.to_dict() for figures in self.students],
            "topics": [topic.to_dict() for topic in self.topics],
            "unknown_packs": self.unknown_packs,
            "skipped": list(self.skipped),
            "behind_margin": BEHIND_MARGIN,
        }


# Reading the exports.


def export_files(targets: Iterable[Path]) -> list[Path]:
    """The export files among `targets`: files as given, folders walked for *.json; each file once."""
    files: list[Path] = []
    for target in targets:
        if target.is_dir():
            found = sorted(path for path in target.rglob("*.json") if path.is_file())
            if not found:
                raise PrepError(f"{target}: this folder has no .json files; give students' progress exports")
            files += found
        else:
            files.append(target)
    unique: dict[Path, Path] = {}
    for path in files:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def load_students(files: Sequence[Path], name: str | None = None) -> tuple[list[Student], list[str]]:
    """The students in `files` and one line for each file that could not be read (it is left out).

    A student's name is `name` (for a single file), else the one the export gives, else the file's
    name without `.json`; two students of the same name are told apart by their files' names.
    """
    students: list[Student] = []
    problems: list[str] = []
    taken: set[str] = set()
    for path in files:
        try:
            export = read_export_file(path)
        except PrepError as error:  # it names the file, which a student named: safe to show, on one line
            problems.append(visible(str(error)).replace("\n", " "))
            continue
        shown = _unique(shown_name(name or export.student or path.stem), path, taken)
        taken.add(shown)
        students.append(Student(shown, path, export.progress))
    return students, problems


def _unique(name: str, path: Path, taken: set[str]) -> str:
    """`name`, or with its file (then a number) after it when another student already has it."""
    if name not in taken:
        return name
    candidate = shown_name(f"{name} ({path.parent.name}/{path.name})")
    number = 2
    while candidate in taken:
        candidate = shown_name(f"{name} ({number})")
        number += 1
    return candidate


def shown_name(text: str) -> str:
    """A name as the report shows it: control characters visible, on one line, not too long."""
    text = re.sub(r"\s+", " ", visible(text)).strip() or "?"
    return text if len(text) <= MAX_SHOWN_NAME else text[: MAX_SHOWN_NAME - 1] + "…"


# The figures.


def cohort_report(
    students: Sequence[Student],
    deck: Deck,
    levels: Sequence[Level] = (),
    *,
    now: datetime | None = None,
    packs: Sequence[str] = (),
    skipped: Sequence[str] = (),
) -> CohortReport:
    """The report on `levels` (default: every level anyone studied, or all of them if nobody did)."""
    now = now or utc_now()
    at = next_day(start_of_day(now))
    chosen = tuple(levels) or studied_levels(students) or tuple(Level)
    known = {card.key for card in deck.cards}
    rows: list[StudentFigures] = []
    topics: list[TopicCohort] = []
    pools: dict[Level, int] = {}
    means: dict[Level, float | None] = {}
    for level in chosen:
        pool = deck.pool(level)
        figures = [student_figures(student, level, pool, known, at, now) for student in students]
        means[level] = _mean([f.readiness for f in figures if f.readiness is not None])
        rows += _ranked(figures, means[level])
        topics += topic_rows(level, figures)
        pools[level] = len(pool)
    return CohortReport(at, chosen, tuple(rows), tuple(topics), pools, means, tuple(packs), tuple(skipped))


def studied_levels(students: Iterable[Student]) -> tuple[Level, ...]:
    found: set[Level] = set()
    for student in students:
        progress = student.progress
        for records in (progress.answers, progress.reviews, progress.schedule):
            found.update(record.level for record in records)
    return tuple(sorted(found))


def student_figures(
    student: Student, level: Level, pool: Sequence[Card], known: set[CardKey], at: datetime, now: datetime
) -> StudentFigures:
    """One student on one level, through `prep stats`'s own readiness, topic and streak functions."""
    recalls = recalls_at(student.progress, level, at)
    in_pool = [recalls.get(card.key) for card in pool]
    topics = topic_figures(pool, in_pool)
    unknown = [value for key, value in recalls.items() if key not in known]
    if unknown:
        topics[UNKNOWN] = TopicFigures(readiness(unknown) or 0.0, len(unknown), len(unknown))
    answers = [answer for answer in student.progress.answers if answer.level is level]
    correct = sum(answer.correct for answer in answers)
    reviews = [review.at for review in student.progress.reviews if review.level is level]
    days = {local_date(moment) for moment in reviews}
    started = sorted((score.readiness, name) for name, score in topics.items() if score.seen)
    return StudentFigures(
        student=student.name,
        level=level,
        readiness=readiness(in_pool),
        pool=len(pool),
        studied=len(recalls),
        studied_in_pool=len(pool) - in_pool.count(None),
        recall_studied=readiness(list(recalls.values())),
        answered=len(answers),
        correct=correct,
        accuracy=round(correct / len(answers), 4) if answers else None,
        streak=days_in_a_row(lambda day: day.date() in days, now),
        last_active=max([*reviews, *(answer.at for answer in answers)], default=None),
        topics=topics,
        weakest=tuple(name for _, name in started[:WEAKEST_TOPICS]),
        not_started=sum(1 for score in topics.values() if not score.seen),
        unknown_packs=tuple(sorted({shown_name(pack) for pack, _ in recalls.keys() - known})),
    )


def recalls_at(progress: Progress, level: Level, at: datetime) -> dict[CardKey, float]:
    """Each card studied on `level`'s track, and how likely it is to be recalled at `at`."""
    recalls: dict[CardKey, float] = {}
    for record in progress.schedule:
        if record.level is level:
            try:
                recalls[(record.pack, record.card)] = recall_probability(record.memory, at)
            except InvalidMemory:  # the reader refuses such values; counted as not known all the same
                recalls[(record.pack, record.card)] = 0.0
    return recalls


def _ranked(figures: list[StudentFigures], mean: float | None) -> list[StudentFigures]:
    """Weakest first, each marked behind when at least the margin below the cohort's mean."""
    from dataclasses import replace

    marked = [
        replace(f, behind=mean is not None and f.readiness is not None and f.readiness <= mean - BEHIND_MARGIN)
        for f in figures
    ]
    return sorted(marked, key=lambda f: (f.readiness if f.readiness is not None else -1.0, f.student))


def topic_rows(level: Level, figures: list[StudentFigures]) -> list[TopicCohort]:
    """Each topic of the level across the cohort, weakest first."""
    rows = []
    for name in sorted({name for f in figures for name in f.topics}):
        scores = [(f.student, f.topics[name]) for f in figures if name in f.topics]
        mean = _mean([score.readiness for _, score in scores]) or 0.0
        behind = sorted(
            ((student, score.readiness) for student, score in scores if score.readiness <= mean - BEHIND_MARGIN),
            key=lambda item: (item[1], item[0]),
        )
        cards = max(score.total for _, score in scores)
        rows.append(TopicCohort(level, name, cards, mean, len(scores), tuple(behind)))
    return sorted(rows, key=lambda row: (row.readiness, row.topic))


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None
