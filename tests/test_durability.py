"""Progress is never lost: not when the process is killed mid-session, not with several at once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
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
