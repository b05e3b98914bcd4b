"""Suspended, flagged and hidden in the store: schema 6, changes that say what they changed, and export and
import that keep whichever side changed a mark last."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from prep.core.model import Level
from prep.core.progress_file import read_export, write_export
from prep.core.store import Answer, Marks, Store
from prep.core.store.schema import MIGRATIONS, SCHEMA_VERSION
from prep.errors import PrepError

from conftest import FakeClock, contents, query

SQL, PHP = ("sql", "inner-join"), ("php", "arrays")


def marked(store: Store, clock: FakeClock) -> None:
    store.record_answer(Answer(Level.SENIOR, *SQL, True, "x", 1.0, clock()))
    store.mark(Level.SENIOR, [SQL, PHP], "suspended", True, clock())
    store.mark(Level.SENIOR, [SQL], "flagged", True, clock())
    store.hide(list(Level), "topic", "php", True, clock())
    store.hide([Level.SENIOR], "pack", "ruby", True, clock())
    clock.advance(minutes=1)
    store.mark(Level.SENIOR, [PHP], "suspended", False, clock())  # taken off again: kept as a removal


def test_a_schema_5_store_is_migrated_and_keeps_its_progress(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "progress.db"
    db = sqlite3.connect(path)
    for step in MIGRATIONS[:5]:
        step(db)
    db.execute("PRAGMA application_id = 1886545264")
    db.execute("PRAGMA user_version = 5")
    db.execute(
        "INSERT INTO answers(level, pack, card, correct, given, seconds, answered_at)"
        " VALUES (3, 'p', 'c', 1, 'x', 1, ?)",
        (clock().timestamp(),),
    )
    db.commit()
    db.close()
    with Store.open(path) as store:
        assert store.version == SCHEMA_VERSION
        assert len(store.answers()) == 1
        assert store.marks(Level.SENIOR) == Marks()
        store.mark(Level.SENIOR, [("p", "c")], "suspended", True, clock())
        assert store.marks(Level.SENIOR).suspended == {("p", "c")}


def test_marks_are_per_track_and_each_change_says_what_it_changed(store: Store, clock: FakeClock) -> None:
    assert store.mark(Level.SENIOR, [SQL, PHP], "suspended", True, clock()) == [SQL, PHP]
    assert store.mark(Level.SENIOR, [SQL], "suspended", True, clock()) == []  # already so
    assert store.mark(Level.SENIOR, [SQL], "flagged", False, clock()) == []  # was never flagged
    assert store.hide([Level.MID, Level.SENIOR], "topic", "php", True, clock()) == [Level.MID, Level.SENIOR]
    assert store.hide(list(Level), "topic", "php", True, clock()) == [Level.JUNIOR, Level.LEAD]
    senior = store.marks(Level.SENIOR)
    assert senior.suspended == {SQL, PHP} and senior.flagged == frozenset() and senior.hidden_topics == {"php"}
    assert store.marks(Level.JUNIOR).suspended == frozenset()
    assert store.mark(Level.SENIOR, [PHP], "suspended", False, clock()) == [PHP]
    assert store.hide(list(Level), "topic", "php", False, clock()) == list(Level)
    assert store.marks(Level.SENIOR) == Marks(suspended=frozenset({SQL}))


def test_the_store_refuses_marks_no_prep_writes(store: Store, clock: FakeClock) -> None:
    from prep.errors import StoreError

    with pytest.raises(StoreError):
        store.mark(Level.SENIOR, [SQL], "archived", True, clock())
    with pytest.raises(StoreError):
        store.hide([Level.SENIOR], "language", "php", True, clock())


def test_export_import_round_trip_is_idempotent(tmp_path: Path, clock: FakeClock) -> None:
    with Store.open(tmp_path / "a.db") as source:
        marked(source, clock)
        write_export(tmp_path / "out.json", source.export(list(Level)), list(Level))
        expected = {level: source.marks(level) for level in Level}
    document = json.loads((tmp_path / "out.json").read_text())
    first_mark = {key: value for key, value in document["marks"][0].items() if key not in ("at", "time")}
    assert first_mark == {"level": "senior", "pack": "php", "card": "arrays", "mark": "suspended", "on": False}
    assert len(document["hidden"]) == 5
    with Store.open(tmp_path / "b.db") as target:
        progress = read_export(tmp_path / "out.json")
        assert target.would_change(progress)
        first = target.merge(progress)
        assert (first.answers, first.marks) == (1, 8)
        assert {level: target.marks(level) for level in Level} == expected
        assert not target.would_change(progress)
        second = target.merge(progress)
        assert second.marks == 0 and not second.changed


def test_an_older_export_never_undoes_a_later_change(tmp_path: Path, clock: FakeClock) -> None:
    with Store.open(tmp_path / "a.db") as store:
        marked(store, clock)
        write_export(tmp_path / "old.json", store.export([Level.SENIOR]), [Level.SENIOR])
        clock.advance(days=1)
        store.mark(Level.SENIOR, [SQL], "suspended", False, clock())
        store.hide([Level.SENIOR], "topic", "php", False, clock())
        store.mark(Level.SENIOR, [PHP], "suspended", True, clock())
        after = store.marks(Level.SENIOR)
        assert not store.would_change(read_export(tmp_path / "old.json"))
        assert store.merge(read_export(tmp_path / "old.json")).marks == 0
        assert store.marks(Level.SENIOR) == after
    with Store.open(tmp_path / "b.db") as other:  # and a newer export does change an older store
        other.merge(read_export(tmp_path / "old.json"))
        assert other.marks(Level.SENIOR).suspended == {SQL}


def test_an_export_from_before_marks_still_imports(tmp_path: Path, clock: FakeClock) -> None:
    with Store.open(tmp_path / "a.db") as store:
        store.record_answer(Answer(Level.JUNIOR, "p", "c", True, "x", 1.0, clock()))
        write_export(tmp_path / "out.json", store.export(list(Level)), list(Level))
    document = json.loads((tmp_path / "out.json").read_text())
    del document["marks"], document["hidden"]
    (tmp_path / "old.json").write_text(json.dumps(document))
    progress = read_export(tmp_path / "old.json")
    assert progress.marks == [] and progress.hidden == [] and len(progress.answers) == 1


@pytest.mark.parametrize(
    "section, change, message",
    [
        ("marks", {"mark": "archived"}, '`mark` is "archived"; it must be one of suspended, flagged'),
        ("marks", {"on": "yes"}, '`on` must be true or false, not "yes"'),
        ("marks", {"level": "wizard"}, "`level` must be one of junior, mid, senior, lead"),
        ("marks", {"at": 1e12}, "`at` is 1000000000000.0; it must be between"),
        ("marks", {"card": ""}, "`card` is empty"),
        ("hidden", {"kind": "language"}, '`kind` is "language"; it must be one of topic, pack'),
        ("hidden", {"name": 7}, "`name` must be text, not 7"),
    ],
)
def test_a_bad_mark_is_one_located_line(
    tmp_path: Path, clock: FakeClock, section: str, change: dict, message: str
) -> None:
    with Store.open(tmp_path / "a.db") as store:
        marked(store, clock)
        write_export(tmp_path / "out.json", store.export(list(Level)), list(Level))
    document = json.loads((tmp_path / "out.json").read_text())
    document[section][1].update(change)
    (tmp_path / "bad.json").write_text(json.dumps(document))
    with pytest.raises(PrepError) as caught:
        read_export(tmp_path / "bad.json")
    assert f"{section} record 2" in str(caught.value) and message in str(caught.value)
    assert "\n" not in str(caught.value) and str(caught.value).endswith("nothing was imported")


def test_an_import_that_fails_half_way_brings_no_marks(tmp_path: Path, clock: FakeClock) -> None:
    with Store.open(tmp_path / "a.db") as source:
        marked(source, clock)
        progress = source.export(list(Level))

    def fail() -> None:
        raise KeyboardInterrupt

    with Store.open(tmp_path / "b.db") as target:
        before = contents(target)
        with pytest.raises(KeyboardInterrupt):
            target.merge(progress, after_step=fail)
        assert contents(target) == before and target.marks(Level.SENIOR) == Marks()
        assert query(target, "SELECT count(*) FROM card_marks") == [(0,)]
        target.merge(progress)
        assert target.marks(Level.SENIOR).flagged == {SQL}
