"""Imports in short steps: other writers get the lock between steps, and all-or-nothing still holds,
whether the import fails half-way or its process is killed."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from prep.core.model import Level
from prep.core.scheduler import Rating
from prep.core.store import Answer, Store, imports
from prep.core.store.transfer import Progress

from conftest import FakeClock, contents, query


class Interrupted(Exception):
    pass


@pytest.fixture(autouse=True)
def small_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imports, "STEP", 3)


def other_progress(tmp_path: Path, clock: FakeClock) -> Progress:
    """Progress from another machine: ten answers, and reviews of a card the local store also knows."""
    with Store.open(tmp_path / "other.db") as other:
        for number in range(10):
            other.record_answer(Answer(Level.JUNIOR, "p", f"q{number}", number % 3 != 0, "x", 1.0, clock()))
            clock.advance(minutes=1)
        clock.advance(days=1)
        other.record_rating(Level.JUNIOR, ("p", "shared"), Rating.EASY, clock())
        return other.export(list(Level))


def local_store(tmp_path: Path, clock: FakeClock) -> Store:
    store = Store.open(tmp_path / "local.db")
    store.record_answer(Answer(Level.JUNIOR, "p", "local", True, "y", 1.0, clock()))
    store.record_rating(Level.JUNIOR, ("p", "shared"), Rating.AGAIN, clock())
    return store


def journal(store: Store) -> list[tuple]:
    return query(store, "SELECT * FROM imports") + query(store, "SELECT * FROM import_undo")


@pytest.mark.parametrize("failing_step", [1, 4, 7])
def test_an_import_failing_half_way_leaves_the_store_as_it_was(
    tmp_path: Path, clock: FakeClock, failing_step: int
) -> None:
    progress = other_progress(tmp_path, clock)
    steps = 0

    def fail_at_step() -> None:
        nonlocal steps
        steps += 1
        if steps == failing_step:
            raise Interrupted

    with local_store(tmp_path, clock) as store:
        before = contents(store)
        with pytest.raises(Interrupted):
            store.merge(progress, "other.json", after_step=fail_at_step)
        assert contents(store) == before
        assert journal(store) == []
        store.merge(progress, "other.json")  # and the same file still imports in full afterwards
        assert len(contents(store)["answers"]) == 11


def test_another_writer_gets_in_between_steps_and_keeps_its_work_when_the_import_fails(
    tmp_path: Path, clock: FakeClock
) -> None:
    progress = other_progress(tmp_path, clock)
    clock.advance(days=1)
    steps = 0
    with local_store(tmp_path, clock) as store, Store.open(tmp_path / "local.db") as other_terminal:
        other_terminal._db.execute("PRAGMA busy_timeout = 0")  # waiting at all would fail this test

        def write_then_fail() -> None:
            nonlocal steps
            steps += 1
            other_terminal.record_answer(Answer(Level.JUNIOR, "p", f"meanwhile{steps}", True, "z", 1.0, clock()))
            if steps == 6:  # after the schedule step: the import has overwritten "shared"
                other_terminal.record_rating(Level.JUNIOR, ("p", "shared"), Rating.GOOD, clock())
                raise Interrupted
            clock.advance(seconds=1)

        with pytest.raises(Interrupted):
            store.merge(progress, "other.json", after_step=write_then_fail)
        answers = [row[2] for row in contents(store)["answers"]]
        assert answers == ["local"] + [f"meanwhile{n}" for n in range(1, 7)]
        kept = store.memory(Level.JUNIOR, ("p", "shared"))
        assert kept is not None and kept.last_review == clock()  # the later review here is not undone


KILLED_IMPORT = """
import os, sys
from pathlib import Path
from prep.core.progress_file import read_export
from prep.core.store import Store, imports
imports.STEP = 3
steps = 0
def die():
    global steps
    steps += 1
    if steps == 5:
        os._exit(9)
with Store.open(Path(sys.argv[1])) as store:
    store.merge(read_export(Path(sys.argv[2])), "other.json", after_step=die)
"""


def test_an_import_killed_half_way_is_undone_when_the_store_is_next_opened(tmp_path: Path, clock: FakeClock) -> None:
    from prep.core.progress_file import write_export

    write_export(tmp_path / "other.json", other_progress(tmp_path, clock), list(Level))
    with local_store(tmp_path, clock) as store:
        before = contents(store)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_IMPORT, str(tmp_path / "local.db"), str(tmp_path / "other.json")], timeout=60
    )
    assert killed.returncode == 9
    with sqlite3.connect(tmp_path / "local.db") as raw:  # the dead import left half its rows behind
        assert raw.execute("SELECT count(*) FROM answers WHERE import_id IS NOT NULL").fetchone()[0] > 0
    with Store.open(tmp_path / "local.db") as store:
        assert contents(store) == before
        assert journal(store) == []
