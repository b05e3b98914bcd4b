"""Backups that protect: each rule from the command line, as a user meets it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from conftest import prep_command


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(prep_command() + list(args), input=stdin, capture_output=True, text=True, timeout=60)


def answered(level: str = "junior") -> int:
    return json.loads(run("stats", "--json").stdout)["levels"][level]["answered"]


def listing() -> list[str]:
    return run("progress", "restore", "--list").stdout.splitlines()


@pytest.fixture
def studied(data_dir: Path, tmp_path: Path) -> Path:
    """Three answers on the junior track, and an export of them."""
    assert run("quiz", "--level", "junior", "--plain", "-n", "3", "--seed", "1", stdin="1\n1\n1\n").returncode == 0
    export = tmp_path / "export.json"
    assert run("progress", "export", str(export)).returncode == 0
    return export


def test_restoring_the_oldest_backup_brings_back_what_it_holds(studied: Path, data_dir: Path) -> None:
    """The reported repro: a first import, then the same file six more times, then restore the oldest."""
    for _ in range(7):
        assert run("progress", "import", str(studied)).returncode == 0
    oldest = listing()[0].split()[0]
    restored = run("progress", "restore", oldest, "--yes")
    assert restored.returncode == 0, restored.stderr
    assert answered() == 3
    assert oldest in "\n".join(listing())  # still there: nothing rotated away the backup being restored


def test_an_import_that_changes_nothing_takes_no_backup(studied: Path, data_dir: Path) -> None:
    before = listing()
    done = run("progress", "import", str(studied))
    assert done.returncode == 0 and "nothing new" in done.stdout and "no backup" in done.stdout
    assert listing() == before


def test_the_backup_a_reset_names_survives_many_imports_and_days(studied: Path, data_dir: Path, tmp_path: Path) -> None:
    reset = run("progress", "reset", "--level", "junior", "--yes")
    name = next(word for word in reset.stdout.split() if word.startswith("progress-"))
    for number in range(12):  # each import brings one new answer, so each takes a backup
        other = tmp_path / f"new-{number}.json"
        document = json.loads(studied.read_text())
        document["answers"] = [dict(document["answers"][0], at=document["answers"][0]["at"] + number + 1)]
        document["reviews"], document["schedule"] = [], []
        other.write_text(json.dumps(document))
        assert run("progress", "import", str(other)).returncode == 0
    assert any(line.startswith(name) for line in listing())
    assert run("progress", "restore", name, "--yes").returncode == 0
    assert answered() == 3


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "is empty (0 bytes)"),
        (b"garbage" * 100, "is not an SQLite database"),
        (None, "is not a prep progress store"),
    ],
)
def test_restore_refuses_a_file_that_is_not_a_prep_backup(
    studied: Path, data_dir: Path, tmp_path: Path, content: bytes | None, problem: str
) -> None:
    bad = tmp_path / "bad.db"
    if content is None:
        db = sqlite3.connect(bad)
        db.execute("CREATE TABLE other(x)")
        db.commit()
        db.close()
    else:
        bad.write_bytes(content)
    done = run("progress", "restore", str(bad), "--yes")
    assert done.returncode == 1 and problem in done.stderr and done.stderr.count("\n") == 1
    assert answered() == 3


def test_restore_asks_first_and_a_script_must_say_yes(studied: Path, data_dir: Path) -> None:
    run("progress", "reset", "--level", "junior", "--yes")
    refused = run("progress", "restore")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert answered() == 0


def test_restore_list_says_when_how_big_and_what_each_backup_holds(studied: Path, data_dir: Path) -> None:
    run("progress", "reset", "--level", "junior", "--yes")
    [line] = [line for line in listing() if "before-reset-junior" in line]
    assert "3 answers" in line and "(junior)" in line and "KiB" in line
    assert line.split()[1].count("-") == 2  # a date, 2026-12-01


def test_reset_of_an_empty_track_takes_no_backup(data_dir: Path) -> None:
    done = run("progress", "reset", "--level", "lead", "--yes")
    assert done.returncode == 0 and "nothing to reset" in done.stdout
    assert listing() == [f"no backups yet in {data_dir / 'backups'}"]
