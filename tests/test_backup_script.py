"""A long random run of answers, imports, resets and restores through the CLI, checking after every step
that no answer a backup held is lost: backups never change, a backup goes only when its pool is full,
whatever a reset or restore takes out of the store is in a backup afterwards, and a restore brings back
exactly what its backup held."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from prep.cli import main
from prep.core.model import Level
from prep.core.progress_file import read_export, write_export
from prep.core.store import Answer, Store
from prep.core.store.backups import DAILY, KEEP_DAILY, KEEP_SAFETY, backups, daily_backup, reason_of
from prep.paths import Paths

from conftest import FakeClock

AnswerKey = tuple[int, str, str, float]
STEPS = 200


def held(path: Path) -> frozenset[AnswerKey]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return frozenset(db.execute("SELECT level, pack, card, answered_at FROM answers").fetchall())


class Run:
    """The data folder under test, and what every backup held when it first appeared."""

    def __init__(self, paths: Paths, tmp_path: Path, clock: FakeClock, seed: int) -> None:
        self.paths, self.tmp_path, self.clock = paths, tmp_path, clock
        self.random = random.Random(seed)
        self.seen: dict[Path, frozenset[AnswerKey]] = {}
        self.exports: list[Path] = []

    def store_answers(self) -> frozenset[AnswerKey]:
        return held(self.paths.store) if self.paths.store.exists() else frozenset()

    def new_answer(self) -> Answer:
        self.clock.advance(seconds=self.random.randint(1, 90_000))
        level = self.random.choice(list(Level))
        return Answer(level, "p", f"q{self.random.randint(1, 30)}", self.random.random() < 0.6, "x", 1.0, self.clock())

    def answer(self) -> None:
        with Store.open(self.paths.store) as store:
            for _ in range(self.random.randint(1, 3)):
                store.record_answer(self.new_answer())

    def make_export(self) -> Path:
        path = self.tmp_path / f"export-{len(self.exports)}.json"
        with Store.open(self.tmp_path / "elsewhere.db") as other:
            other.record_answer(self.new_answer())
            write_export(path, other.export(list(Level)), list(Level))
        self.exports.append(path)
        return path

    def check_backups(self) -> None:
        now = backups(self.paths.backups)
        for path in now:
            assert self.seen.setdefault(path, held(path)) == self.seen[path], f"{path.name} changed"
        pools = Counter(reason_of(path) for path in now)
        assert all(count <= _kept(pool) for pool, count in pools.items()), pools
        for gone in set(self.seen) - set(now):  # a backup goes only to make room for newer ones of its pool
            newer = [path for path in now if reason_of(path) == reason_of(gone) and path.name > gone.name]
            assert len(newer) >= _kept(reason_of(gone)), f"{gone.name} went too early"
            del self.seen[gone]

    def recoverable(self) -> frozenset[AnswerKey]:
        return self.store_answers().union(*self.seen.values())


def _kept(pool: str) -> int:
    return KEEP_DAILY if pool == DAILY else KEEP_SAFETY


@pytest.mark.parametrize("seed", [1, 2])
def test_random_restores_imports_resets_and_answers_never_lose_a_backed_up_answer(
    paths: Paths, tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str], seed: int
) -> None:
    run = Run(paths, tmp_path, clock, seed)
    counts: Counter[str] = Counter()
    for _ in range(STEPS):
        before = run.store_answers()
        action = run.random.choices(["answer", "import", "reset", "restore", "daily"], [4, 2, 2, 2, 1])[0]
        if action == "answer":
            run.answer()
            assert run.store_answers() > before
        elif action == "import":
            use_old = run.exports and run.random.random() < 0.5
            export = run.random.choice(run.exports) if use_old else run.make_export()
            assert main(["progress", "import", str(export)]) == 0
            assert run.store_answers() >= before | held_in_export(export)
        elif action == "reset":
            level = run.random.choice(list(Level))
            assert main(["progress", "reset", "--level", level.label, "--yes"]) == 0
            assert all(key[0] != level for key in run.store_answers())
        elif action == "restore":
            choices = backups(paths.backups)
            if not choices:
                continue
            chosen = run.random.choice(choices)
            expected = run.seen.get(chosen, held(chosen))
            assert main(["progress", "restore", chosen.name, "--yes"]) == 0
            assert run.store_answers() == expected  # exactly what the backup held, oldest backup or not
        else:
            clock.advance(days=1)
            with Store.open(paths.store) as store:
                daily_backup(store, paths.backups, clock())
        counts[action] += 1
        run.check_backups()
        assert before <= run.recoverable(), f"{action} lost answers: {sorted(before - run.recoverable())[:3]}"
        capsys.readouterr()
    assert min(counts.values()) >= 10, counts  # every kind of step was tried often enough to mean something


def held_in_export(path: Path) -> frozenset[AnswerKey]:
    return frozenset(
        (int(answer.level), answer.pack, answer.card, answer.at.timestamp()) for answer in read_export(path).answers
    )
