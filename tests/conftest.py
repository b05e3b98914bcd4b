"""Shared fixtures: every test gets its own data folder and runs from a temporary folder."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from prep.paths import DATA_DIR_ENV, Paths

TESTS = Path(__file__).parent
PACKS = TESTS / "packs"
SEEDS = TESTS.parent.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder in PREP_DATA_DIR, so no test touches the real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    monkeypatch.chdir(tmp_path)
    return folder


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    return Paths.default(data_dir)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def prep_command() -> list[str]:
    """Run the CLI as a user would, with the interpreter under test."""
    return [sys.executable, "-m", "prep"]


def subprocess_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(extra)
    return env


class FakeClock:
    """An injected clock: timezone-aware UTC, moved by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def utc_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Local days (streaks, daily limits) are UTC days in the tests, whatever the machine's zone."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()


@pytest.fixture(scope="session")
def bundled_packs() -> list:
    """The packs that ship with prep (their content changes as the curriculum grows)."""
    from prep.core.packs.discover import bundled_library

    return list(bundled_library().packs)


def query(store, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows of a read-only query on the store's file, as another process would see it (tests only:
    prep's own code asks the store's named methods)."""
    import sqlite3

    db = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


@pytest.fixture
def store(tmp_path: Path):
    """A fresh progress store whose scheduler does not fuzz intervals, so tests see exact values."""
    from prep.core.scheduler import Scheduler
    from prep.core.store import Store

    with Store.open(tmp_path / "progress.db") as opened:
        opened.scheduler = Scheduler(fuzz=False)
        yield opened


def contents(store) -> dict[str, list[tuple]]:
    return {
        "answers": query(
            store, "SELECT level, pack, card, correct, given, seconds, answered_at FROM answers ORDER BY 7"
        ),
        "reviews": query(
            store,
            "SELECT r.level, c.pack, c.card, r.rating, r.mode, r.reviewed_at FROM reviews r"
            " JOIN cards c ON c.id = r.card_ref ORDER BY 6",
        ),
        "schedule": query(
            store,
            "SELECT s.level, c.pack, c.card, s.state, s.step, s.stability, s.difficulty, s.due,"
            " s.last_review, s.first_review FROM schedule s JOIN cards c ON c.id = s.card_ref"
            " ORDER BY 1, 2, 3",
        ),
    }


def picked(card, *texts: str) -> frozenset[int]:
    """The response that picks `texts` among the card's choices as shown (they are shuffled)."""
    return frozenset(card.choices.index(text) for text in texts)
