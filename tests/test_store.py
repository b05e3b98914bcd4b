"""The progress store: durable answers, a versioned schema, and files that are not ours."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from prep.core.model import Level
from prep.core.store import Answer, Store
from prep.core.store.schema import APPLICATION_ID, SCHEMA_VERSION
from prep.errors import StoreError

from conftest import query

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def answer(card: str = "c", correct: bool = True, level: Level = Level.JUNIOR, minute: int = 0) -> Answer:
    return Answer(level, "pack", card, correct, "given", 1.5, NOW + timedelta(minutes=minute))


def test_new_store_is_wal_versioned_and_marked(tmp_path: Path) -> None:
    with Store.open(tmp_path / "sub" / "p.db") as store:
        assert query(store, "PRAGMA journal_mode") == [("wal",)]
        assert store.version == SCHEMA_VERSION
        assert query(store, "PRAGMA application_id") == [(APPLICATION_ID,)]


def test_a_second_connection_sees_each_answer_at_once(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Store.open(path) as writer:
        reader = sqlite3.connect(path)
        for number in range(3):
            writer.record_answer(answer(f"c{number}", correct=number != 1))
            assert reader.execute("SELECT count(*) FROM answers").fetchone()[0] == number + 1
        reader.close()


def test_answers_round_trip_with_every_field(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.db") as store:
        store.record_answer(answer())
        assert store.answers() == [answer()]


def test_counts_per_level(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.db") as store:
        for minute, (card, correct) in enumerate([("a", True), ("a", False), ("b", True)]):
            store.record_answer(answer(card, correct, minute=minute))
        store.record_answer(answer("z", True, Level.SENIOR))
        counts = store.counts()
    assert (counts[Level.JUNIOR].answered, counts[Level.JUNIOR].correct, counts[Level.JUNIOR].seen) == (3, 2, 2)
    assert counts[Level.SENIOR].answered == 1
    assert counts[Level.LEAD].answered == 0


def test_reopening_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Store.open(path) as store:
        store.record_answer(answer())
    with Store.open(path) as store:
        assert len(store.answers()) == 1


@pytest.mark.parametrize(
    "content, reason", [(b"", "is empty (0 bytes)"), (b"not a database at all", "is not an SQLite")]
)
def test_a_file_that_is_not_a_store_is_kept_aside(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "progress.db"
    path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    message = str(caught.value)
    assert reason in message and "prep progress restore" in message and "\n" not in message
    kept = list(tmp_path.glob("progress.db.unusable-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == content
    with Store.open(path) as store:  # the next run starts a new store
        assert store.answers() == []


def test_a_foreign_sqlite_file_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE mine(x)")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="not create"):
        Store.open(path)
    db = sqlite3.connect(path)
    assert db.execute("SELECT name FROM sqlite_schema").fetchall() == [("mine",)]


def test_a_store_from_a_newer_prep_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    Store.open(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer prep"):
        Store.open(path)
