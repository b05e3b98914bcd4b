"""Progress is never lost: not when the process is killed mid-session, not with several at once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

from conftest import PACKS, prep_command

PACK = str(PACKS / "basics.yaml")
VERDICTS = ("✓ Right.", "✗ Not quite.")


def start_quiz(*extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        prep_command() + ["quiz", "--level", "mid", "--plain", "-n", "0", "--pack", PACK, *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def answered(db_path: Path) -> int:
    with sqlite3.connect(db_path) as db:
        return db.execute("SELECT count(*) FROM answers").fetchone()[0]


def answer_and_wait(process: subprocess.Popen[str], choice: int) -> bool:
    """Send one answer and read until prep acknowledges it; False if the quiz ended instead."""
    assert process.stdin and process.stdout
    process.stdin.write(f"{choice}\n")
    process.stdin.flush()
    while line := process.stdout.readline():
        if any(verdict in line for verdict in VERDICTS):
            return True
    return False


def test_sigkill_at_random_moments_loses_no_acknowledged_answer(data_dir: Path) -> None:
    rng = random.Random(1234)
    store = data_dir / "progress.db"
    for _ in range(12):
        before = answered(store) if store.exists() else 0
        process = start_quiz()
        acknowledged = sum(answer_and_wait(process, rng.randint(1, 4)) for _ in range(rng.randint(0, 5)))
        if rng.random() < 0.5:  # sometimes kill while an answer is in flight
            assert process.stdin
            process.stdin.write("2\n")
            process.stdin.flush()
            time.sleep(rng.random() * 0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert answered(store) - before >= acknowledged
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        reviews = db.execute("SELECT count(*) FROM reviews").fetchone()[0]
        assert reviews == db.execute("SELECT count(*) FROM answers").fetchone()[0]  # same transaction


def test_several_processes_answering_at_once_lose_nothing(data_dir: Path) -> None:
    processes = [start_quiz("--seed", str(seed)) for seed in range(4)]
    answers = "".join(f"{n % 4 + 1}\n" for n in range(6))  # mid pool: 6 graded cards each
    results = [process.communicate(answers, timeout=120) for process in processes]
    for process, (out, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, err
        assert "locked" not in err and "Traceback" not in err
        assert sum(out.count(verdict) for verdict in VERDICTS) == 6
    assert answered(data_dir / "progress.db") == 24
    with sqlite3.connect(data_dir / "progress.db") as db:
        assert db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 24


def test_a_store_made_while_another_prep_waited_keeps_its_live_journal(tmp_path: Path) -> None:
    """Two preps starting on an empty folder: the second waits while the first creates the store, and
    then must not take the first one's live -wal/-shm files for orphans (that lost answers)."""
    from datetime import UTC, datetime

    from prep.core.model import Level
    from prep.core.store import Store, files
    from prep.core.store.records import Answer

    path = tmp_path / "progress.db"
    waited = threading.Event()
    with files.exclusive_lock(path.with_name(f".{path.name}.create-lock")):
        second = threading.Thread(target=lambda: (files.create(path), waited.set()))
        second.start()
        time.sleep(0.2)
        assert not waited.is_set()  # the second prep waits for the first to finish creating
        files._create(path)  # what the first prep does while it holds the lock
        first = Store.open(path)
        first.record_answer(Answer(Level.MID, "basics", "card-1", True, "", 1.0, datetime.now(UTC)))
        assert path.with_name("progress.db-shm").exists()
    second.join(timeout=10)
    assert waited.is_set() and not list(tmp_path.glob("*orphaned*"))
    first.record_answer(Answer(Level.MID, "basics", "card-2", True, "", 1.0, datetime.now(UTC)))
    first.close()
    assert answered(path) == 2
