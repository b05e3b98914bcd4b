"""Time: the injected clock and the learner's local days.

Everything prep stores is timezone-aware UTC; days (streaks, daily limits, "due today") are the
learner's local days.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from prep.errors import UsageError

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC).timestamp()
LATEST = datetime(2100, 1, 1, tzinfo=UTC).timestamp()
"""Moments outside these are not from anyone's studying: imports refuse them, checks report them."""

Clock = Callable[[], datetime]
"""What every session and screen reads the time from; tests pass a fake one."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def start_of_day(moment: datetime) -> datetime:
    """Local midnight of `moment`'s day, as an aware datetime (days are the learner's days)."""
    return moment.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)


def next_day(day: datetime) -> datetime:
    """The start of the local day after `day`'s."""
    return start_of_day(day + timedelta(hours=36))  # local days are 23 to 25 hours long


def previous_day(day: datetime) -> datetime:
    """The start of the local day before `day`'s (`day` being the start of a day)."""
    return start_of_day(day - timedelta(hours=12))


def local_date(moment: datetime) -> date:
    """The learner's calendar day of `moment`."""
    return moment.astimezone().date()


def day_start(day: date) -> datetime:
    """Local midnight at the start of `day`, as an aware datetime."""
    return datetime.combine(day, time()).astimezone()


def from_timestamp(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


def parse_date(text: str, today: date) -> date:
    """An interview date as typed (YYYY-MM-DD), today or later."""
    try:
        when = date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"interview date {text!r}: write it as YYYY-MM-DD, like {today.isoformat()}") from None
    if when < today:
        raise UsageError(f"interview date {when.isoformat()} has passed; give today's date or a later one")
    return when
