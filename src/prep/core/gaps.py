"""Where a target stands: readiness on the interview day, the gap map and today's plan.

Readiness on the day is readiness as the README defines it (`scheduler.recall_at`: never studied
and just-failed cards count 0), read at the start of the interview day and assuming no more study,
so it never flatters: studying raises it, and each day without review lets it fall. Without a date
it is read at the end of today.

The gap map is that figure per skill the posting names and per list it has (responsibilities,
qualifications). A skill prep has no cards on is a gap, shown as such, never dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from prep.core.clock import day_start, local_date, next_day, start_of_day
from prep.core.model import Card
from prep.core.plan import Plan, plan_for
from prep.core.scheduler import InvalidMemory, recall_at
from prep.core.store import Store
from prep.core.targets import Target
from prep.core.text import visible


@dataclass(frozen=True, slots=True)
class Coverage:
    """How well one skill or list of a posting is covered."""

    name: str
    cards: int
    studied: int
    readiness: float
    """Mean recall on the day over the cards (0 without cards)."""
    topic: str | None = None
    optional: bool = False

    @property
    def gap(self) -> bool:
        return self.cards == 0


@dataclass(frozen=True, slots=True)
class TargetFigures:
    target: Target
    cards: int
    studied: int
    readiness: float
    """Mean recall over the target's cards at `at`."""
    at: datetime
    """The moment readiness is read at: the start of the interview day (or the end of today)."""
    skills: tuple[Coverage, ...]
    """Weakest first: gaps, then the least ready."""
    groups: tuple[Coverage, ...]
    plan: Plan
    invalid: int = 0
    """Stored memories no study could produce (counted as not known; `prep progress check` tells more)."""

    @property
    def gaps(self) -> list[Coverage]:
        return [skill for skill in self.skills if skill.gap]


def readiness_moment(target: Target, now: datetime) -> datetime:
    return day_start(target.interview_date) if target.interview_date is not None else next_day(start_of_day(now))


def target_figures(target: Target, pool: Sequence[Card], store: Store, now: datetime) -> TargetFigures:
    """The figures of `target` whose cards (at its level) are `pool`."""
    at = readiness_moment(target, now).timestamp()
    today, tomorrow = start_of_day(now).timestamp(), next_day(start_of_day(now)).timestamp()
    rows = store.schedule_of(target.level, [card.key for card in pool])
    recall: dict[tuple[str, str], float] = {}
    introduced = due = invalid = 0
    for key, (stability, last, when_due, state, step, first) in rows.items():
        try:
            recall[key] = recall_at(stability, last, at, state, step)
            due += isinstance(when_due, float) and when_due < tomorrow
        except (InvalidMemory, TypeError):
            recall[key], invalid = 0.0, invalid + 1
        introduced += isinstance(first, float) and first >= today
    unseen = len(pool) - len(rows)
    plan = plan_for(target.days_left(local_date(now)), unseen, introduced, due)
    return TargetFigures(
        target=target,
        cards=len(pool),
        studied=len(rows),
        readiness=_mean(recall, [card.key for card in pool]),
        at=datetime.fromtimestamp(at).astimezone(),
        skills=_weakest_first(_skill_coverage(target, pool, recall)),
        groups=tuple(_group_coverage(target, pool, recall)),
        plan=plan,
        invalid=invalid,
    )


def skill_cards(pool: Sequence[Card], topic: str | None) -> list[Card]:
    return [card for card in pool if topic in card.topics] if topic else []


def _skill_coverage(target: Target, pool: Sequence[Card], recall: dict[tuple[str, str], float]) -> list[Coverage]:
    coverage = []
    for skill in target.skills:
        keys = [card.key for card in skill_cards(pool, skill.topic)]
        studied = sum(key in recall for key in keys)
        coverage.append(Coverage(skill.name, len(keys), studied, _mean(recall, keys), skill.topic, skill.optional))
    return coverage


def _group_coverage(target: Target, pool: Sequence[Card], recall: dict[tuple[str, str], float]) -> list[Coverage]:
    in_pool = {card.key for card in pool}
    coverage = []
    for group in target.groups:
        keys = [(target.deck, card) for card in group.cards if (target.deck, card) in in_pool]
        coverage.append(Coverage(group.heading, len(keys), sum(key in recall for key in keys), _mean(recall, keys)))
    return coverage


def _weakest_first(coverage: list[Coverage]) -> tuple[Coverage, ...]:
    return tuple(sorted(coverage, key=lambda item: (not item.gap, item.optional, item.readiness, item.name.casefold())))


def _mean(recall: dict[tuple[str, str], float], keys: Sequence[tuple[str, str]]) -> float:
    return round(sum(recall.get(key, 0.0) for key in keys) / len(keys), 4) if keys else 0.0


def summary_line(figures: TargetFigures, today: date) -> str:
    """ "acme · senior · 14 days · 38% ready on the day · today: 12 reviews, 15 new"."""
    target = figures.target
    days = target.days_left(today)
    if days is None:
        when = "no date"
    elif days < 0:
        when = f"was {target.interview_date}"
    else:
        when = "today" if days == 0 else f"{days} day{'s' if days != 1 else ''}"
    ready = f"{figures.readiness:.0%} ready " + ("on the day" if target.interview_date else "today")
    return visible(f"{target.name} · {target.level} · {when} · {ready} · {figures.plan.today}")
