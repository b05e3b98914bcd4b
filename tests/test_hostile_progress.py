"""Progress that is wrong, from outside or already inside: refused in one line, never a crash or a lie."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from prep.core.model import Level
from prep.core.store import Answer, Store
from prep.errors import StoreError

from conftest import FakeClock, prep_command


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(prep_command() + list(args), input=stdin, capture_output=True, text=True, timeout=60)


GOOD_SCHEDULE = {
    "level": "junior", "pack": "p", "card": "c", "state": 2, "step": None, "stability": 3.0,
    "difficulty": 5.0, "due": 1.8e9, "last_review": 1.79e9, "first_review": 1.79e9,
}  # fmt: skip
GOOD_ANSWER = {"level": "junior", "pack": "p", "card": "c", "correct": True, "given": "x", "seconds": 1.0, "at": 1.79e9}
GOOD_REVIEW = {"level": "junior", "pack": "p", "card": "c", "rating": 3, "mode": "cards", "at": 1.79e9}


def export_with(section: str, **changes: object) -> str:
    record = {"answers": GOOD_ANSWER, "reviews": GOOD_REVIEW, "schedule": GOOD_SCHEDULE}[section] | changes
    document = {"format": "prep-progress", "version": 1, "answers": [], "reviews": [], "schedule": []}
    document[section] = [record]
    return json.dumps(document)


HOSTILE = {
    "stability 0": (export_with("schedule", stability=0), "`stability`"),
    "stability negative": (export_with("schedule", stability=-1.5), "`stability`"),
    "stability text": (export_with("schedule", stability="big"), "`stability` must be a number"),
    "stability NaN": (export_with("schedule", stability=float("nan")), "`stability`"),
    "stability Infinity": (export_with("schedule", stability=float("inf")), "`stability`"),
    "state 99": (export_with("schedule", state=99), "`state`"),
    "step text": (export_with("schedule", state=1, step="x"), "`step`"),
    "step on a review card": (export_with("schedule", step=1), "`step`"),
    "difficulty text": (export_with("schedule", difficulty="hard"), "`difficulty`"),
    "due 1e300": (export_with("schedule", due=1e300), "`due`"),
    "last review Infinity": (export_with("schedule", last_review=float("inf")), "`last_review`"),
    "first review -1e15": (export_with("schedule", first_review=-1e15), "`first_review`"),
    "level as a number": (export_with("answers", level=1), "`level` must be one of junior, mid, senior, lead"),
    "unknown level": (export_with("reviews", level="wizard"), "`level`"),
    "huge rating": (export_with("reviews", rating=10**30), "`rating`"),
    "rating as bool": (export_with("reviews", rating=True), "`rating`"),
    "unknown mode": (export_with("reviews", mode="hack"), "`mode`"),
    "correct as text": (export_with("answers", correct="no"), "`correct` must be true or false"),
    "at NaN": (export_with("answers", at=float("nan")), "`at`"),
    "pack missing": (export_with("answers", pack=None), "`pack` must be text"),
    "version as text": (
        export_with("answers").replace('"version": 1', '"version": "1"'), "`version` must be the number 1"
    ),
    "version 2": (export_with("answers").replace('"version": 1', '"version": 2'), "is a version 2 export"),
    "deep array": ('{"format": "prep-progress", "version": 1, "answers": ' + "[" * 100_000 + "]" * 100_000 + "}",
                   "nested far too deep"),
    "records not a list": ('{"format": "prep-progress", "version": 1, "answers": {"a": 1}}', "must be a list"),
    "record not an object": ('{"format": "prep-progress", "version": 1, "reviews": [7]}', "is not a JSON object"),
}  # fmt: skip


@pytest.fixture
def studied(data_dir: Path, tmp_path: Path) -> Path:
    assert run("quiz", "--level", "junior", "--plain", "-n", "2", stdin="1\n1\n").returncode == 0
    before = tmp_path / "before.json"
    assert run("progress", "export", str(before)).returncode == 0
    return before


def without_time(path: Path) -> dict:
    return {key: value for key, value in json.loads(path.read_text()).items() if key != "exported_at"}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_import_is_one_line_and_changes_nothing(studied: Path, tmp_path: Path, name: str) -> None:
    text, message = HOSTILE[name]
    bad = tmp_path / "bad.json"
    bad.write_text(text)
    done = run("progress", "import", str(bad))
    assert done.returncode == 1, done.stdout
    assert done.stderr.count("\n") == 1 and message in done.stderr and "Traceback" not in done.stderr
    assert str(bad) in done.stderr
    after = tmp_path / "after.json"
    assert run("progress", "export", str(after)).returncode == 0  # still works, and nothing was imported
    assert without_time(after) == without_time(studied)
    assert run("stats").returncode == 0


def test_the_record_is_named(studied: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(export_with("schedule", state=99).replace('"card": "c"', '"card": "http-post"'))
    done = run("progress", "import", str(bad))
    assert "schedule record 1 (p/http-post): `state` is 99" in done.stderr


def poison(store_path: Path) -> None:
    """Values no review gives, written straight into the file (as an older prep's import could have)."""
    db = sqlite3.connect(store_path)
    db.execute("UPDATE schedule SET stability = 0, due = 1.7e9")  # impossible, and due long ago
    db.execute("UPDATE reviews SET rating = 9")
    db.commit()
    db.close()


def test_check_reports_prep_s_own_rules_and_reading_commands_carry_on(studied: Path, data_dir: Path) -> None:
    poison(data_dir / "progress.db")
    check = run("progress", "check")
    assert check.returncode == 1
    assert "stability 0.0 is not a positive number of days" in check.stdout
    assert "has a level, rating, mode or moment no review has" in check.stdout
    stats = run("stats", "--level", "junior")
    assert stats.returncode == 0 and "prep progress check" in stats.stdout
    assert json.loads(run("stats", "--json").stdout)["levels"]["junior"]["invalid"] == 2
    cards = run("cards", "--level", "junior", "--plain", "-n", "2", stdin="\n3\n\n3\n")
    assert cards.returncode == 0, cards.stderr  # the two cards are studied as new, which mends them
    assert "stability" not in run("progress", "check").stdout


def test_a_store_replaced_under_a_running_session_is_not_written(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "progress.db"
    with Store.open(path) as store:
        store.record_answer(Answer(Level.JUNIOR, "p", "a", True, "x", 1.0, clock()))
        os.rename(path, tmp_path / "moved.db")
        with Store.open(path) as other:  # another program puts a new store in its place
            other.record_answer(Answer(Level.MID, "p", "b", True, "y", 1.0, clock()))
        clock.advance(minutes=1)
        with pytest.raises(StoreError) as caught:
            store.record_answer(Answer(Level.JUNIOR, "p", "c", True, "x", 1.0, clock()))
        assert "replaced by another program" in str(caught.value) and "\n" not in str(caught.value)
    with Store.open(path) as now_there:
        assert [answer.card for answer in now_there.answers()] == ["b"]  # nothing written over it
    with Store.open(tmp_path / "moved.db") as moved:
        assert [answer.card for answer in moved.answers()] == ["a"]


def test_a_deleted_store_is_not_written_either(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "progress.db"
    with Store.open(path) as store:
        path.unlink()
        with pytest.raises(StoreError):
            store.record_answer(Answer(Level.JUNIOR, "p", "a", True, "x", 1.0, clock()))
