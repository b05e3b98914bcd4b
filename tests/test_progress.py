"""Data safety: export/import, reset, backups, restore, damaged stores and the schema migration."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from prep.core.model import Level
from prep.core.progress_file import read_export, write_export
from prep.core.scheduler import Rating
from prep.core.store import Answer, Store
from prep.core.store.backups import (
    KEEP_DAILY,
    KEEP_SAFETY,
    backup_before_migration,
    backups,
    choose,
    daily_backup,
    make_backup,
    reason_of,
    restore,
)
from prep.core.store.schema import MIGRATIONS, SCHEMA_VERSION
from prep.errors import StoreError

from conftest import FakeClock, contents, prep_command, query


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(prep_command() + list(args), input=stdin, capture_output=True, text=True, timeout=60)


def fill(store: Store, clock: FakeClock) -> None:
    for number in range(3):
        store.record_answer(Answer(Level.JUNIOR, "p", f"q{number}", number != 1, "x", 2.0, clock()))
        clock.advance(minutes=1)
    store.record_rating(Level.SENIOR, ("p", "f1"), Rating.HARD, clock())


def test_export_import_round_trip_and_idempotence(tmp_path: Path, clock: FakeClock) -> None:
    with Store.open(tmp_path / "a.db") as source:
        fill(source, clock)
        write_export(tmp_path / "out.json", source.export(list(Level)), list(Level))
        original = contents(source)
    with Store.open(tmp_path / "b.db") as target:
        first = target.merge(read_export(tmp_path / "out.json"))
        assert (first.answers, first.reviews, first.schedule, first.skipped) == (3, 4, 4, 0)
        assert contents(target) == original
        second = target.merge(read_export(tmp_path / "out.json"))
        assert (second.answers, second.reviews, second.schedule) == (0, 0, 0) and second.skipped == 11
        assert contents(target) == original


def test_import_merges_with_newer_local_progress(tmp_path: Path, clock: FakeClock) -> None:
    with Store.open(tmp_path / "a.db") as store:
        fill(store, clock)
        write_export(tmp_path / "old.json", store.export([Level.JUNIOR]), [Level.JUNIOR])
        clock.advance(days=2)
        store.record_rating(Level.JUNIOR, ("p", "q0"), Rating.EASY, clock())
        newer = store.memory(Level.JUNIOR, ("p", "q0"))
        store.merge(read_export(tmp_path / "old.json"))
        assert store.memory(Level.JUNIOR, ("p", "q0")) == newer  # the later review wins


def test_export_of_one_level_only(tmp_path: Path, clock: FakeClock) -> None:
    with Store.open(tmp_path / "a.db") as store:
        fill(store, clock)
        write_export(tmp_path / "s.json", store.export([Level.SENIOR]), [Level.SENIOR])
    document = json.loads((tmp_path / "s.json").read_text())
    assert document["levels"] == ["senior"] and document["answers"] == []
    assert [(r["level"], r["card"]) for r in document["reviews"]] == [("senior", "f1")]


@pytest.mark.parametrize(
    "text, message",
    [
        ("not json", "is not a prep progress export (cannot read it as JSON"),
        ('{"format": "other"}', "is not a prep progress export (write one with `prep progress export`)"),
        ('{"format": "prep-progress", "version": 1, "answers": [{"level": "junior"}]}', "a record is incomplete"),
    ],
)
def test_bad_imports_are_one_line_and_change_nothing(data_dir: Path, tmp_path: Path, text: str, message: str) -> None:
    printf = run("quiz", "--level", "junior", "--plain", "-n", "1", stdin="1\n")
    assert printf.returncode == 0
    bad = tmp_path / "bad.json"
    bad.write_text(text)
    before = run("progress", "export", str(tmp_path / "before.json"))
    done = run("progress", "import", str(bad))
    assert done.returncode == 1 and message in done.stderr and done.stderr.count("\n") == 1
    run("progress", "export", str(tmp_path / "after.json"))
    strip = lambda p: {k: v for k, v in json.loads(p.read_text()).items() if k != "exported_at"}  # noqa: E731
    assert before.returncode == 0 and strip(tmp_path / "before.json") == strip(tmp_path / "after.json")


def test_reset_asks_backs_up_and_touches_one_level_only(data_dir: Path) -> None:
    for level in ("junior", "senior"):
        run("quiz", "--level", level, "--plain", "-n", "2", stdin="1\n1\n")
    refused = run("progress", "reset", "--level", "junior")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = run("progress", "reset", "--level", "junior", "--yes")
    assert done.returncode == 0 and "before-reset-junior" in done.stdout
    stats = json.loads(run("stats", "--json").stdout)["levels"]
    assert stats["junior"]["answered"] == 0 and stats["senior"]["answered"] == 2
    restored = run("progress", "restore", "--yes")
    assert restored.returncode == 0 and "before-reset-junior" in restored.stdout
    assert json.loads(run("stats", "--json").stdout)["levels"]["junior"]["answered"] == 2


def test_backups_daily_at_most_once_and_each_pool_kept_apart(tmp_path: Path, clock: FakeClock) -> None:
    folder = tmp_path / "backups"
    with Store.open(tmp_path / "p.db") as store:
        assert daily_backup(store, folder, clock()) is None  # nothing to keep yet
        fill(store, clock)
        safety = make_backup(store, folder, "before-reset-junior", clock())
        assert daily_backup(store, folder, clock()) is not None
        assert daily_backup(store, folder, clock()) is None
        for _ in range(KEEP_DAILY + 3):  # many days of studying never push out the safety backup
            clock.advance(days=1)
            assert daily_backup(store, folder, clock()) is not None
        for _ in range(KEEP_SAFETY + 2):
            clock.advance(seconds=1)
            make_backup(store, folder, "before-import", clock())
    kept = backups(folder)
    assert sum(reason_of(path) == "daily" for path in kept) == KEEP_DAILY
    assert sum(reason_of(path) == "before-import" for path in kept) == KEEP_SAFETY
    assert safety in kept  # neither days of study nor a run of imports push out the reset's backup
    with sqlite3.connect(kept[-1]) as copy:
        assert copy.execute("SELECT count(*) FROM answers").fetchone()[0] == 3


def test_a_damaged_store_is_kept_aside_and_can_be_restored(tmp_path: Path, clock: FakeClock) -> None:
    path, folder = tmp_path / "progress.db", tmp_path / "backups"
    with Store.open(path) as store:
        fill(store, clock)
        make_backup(store, folder, "daily", clock())
    path.write_bytes(b"\x00" * 4096)  # something overwrote the file
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert "kept it as progress.db.unusable-" in str(caught.value) and "prep progress restore" in str(caught.value)
    safety = restore(path, folder, choose(folder, None).path)
    assert safety is None  # the damaged file was already kept aside
    with Store.open(path) as store:
        assert len(store.answers()) == 3
    assert len(list(tmp_path.glob("progress.db.unusable-*"))) == 1


def test_check_reports_ok(data_dir: Path) -> None:
    run("quiz", "--level", "junior", "--plain", "-n", "1", stdin="1\n")
    done = run("progress", "check")
    assert done.returncode == 0 and done.stdout.startswith("ok: ")


def test_schema_1_store_is_backed_up_and_migrated_with_its_answers_replayed(tmp_path: Path, clock: FakeClock) -> None:
    path, folder = tmp_path / "progress.db", tmp_path / "backups"
    db = sqlite3.connect(path)
    MIGRATIONS[0](db)
    db.execute("PRAGMA application_id = 1886545264")
    db.execute("PRAGMA user_version = 1")
    for minute, correct in enumerate([1, 1, 0]):
        db.execute(
            "INSERT INTO answers(level, pack, card, correct, given, seconds, answered_at) VALUES"
            " ('junior', 'p', 'c', ?, 'x', 1.0, ?)",
            (correct, (clock() + timedelta(minutes=minute)).timestamp()),
        )
    db.commit()
    db.close()
    with Store.open(path, before_migration=backup_before_migration(folder)) as store:
        assert store.version == SCHEMA_VERSION
        assert [row[0] for row in query(store, "SELECT rating FROM reviews ORDER BY reviewed_at")] == [3, 3, 1]
        assert store.memory(Level.JUNIOR, ("p", "c")) is not None
    [backup] = backups(folder)
    assert f"before-schema-{SCHEMA_VERSION}" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1


def test_schema_2_answers_keep_their_levels_as_numbers(tmp_path: Path, clock: FakeClock) -> None:
    """Schema 3 stores every level as its number; a schema 2 store's answers move over intact."""
    path = tmp_path / "progress.db"
    db = sqlite3.connect(path)
    for step in MIGRATIONS[:2]:
        step(db)
    db.execute("PRAGMA application_id = 1886545264")
    db.execute("PRAGMA user_version = 2")
    for level, minute in (("junior", 0), ("lead", 1)):
        db.execute(
            "INSERT INTO answers(level, pack, card, correct, given, seconds, answered_at) VALUES"
            " (?, 'p', 'c', 1, 'x', 1.0, ?)",
            (level, (clock() + timedelta(minutes=minute)).timestamp()),
        )
    db.commit()
    db.close()
    with Store.open(path) as store:
        assert [(answer.level, answer.card) for answer in store.answers()] == [(Level.JUNIOR, "c"), (Level.LEAD, "c")]
        assert query(store, "SELECT DISTINCT typeof(level) FROM answers") == [("integer",)]
        assert store.counts()[Level.LEAD].answered == 1


def damage_pages(path: Path) -> None:
    """Scribble over the middle of every page but the first, as a failing disk might."""
    data = bytearray(path.read_bytes())
    for page in range(4096, len(data), 4096):
        data[page + 8 : page + 208] = b"\xde\xad\xbe\xef" * 50
    path.write_bytes(bytes(data))


def test_a_store_damaged_inside_is_reported_and_restored(data_dir: Path) -> None:
    run("quiz", "--level", "junior", "--plain", "-n", "3", stdin="1\n2\n3\n")  # also takes the day's backup
    damage_pages(data_dir / "progress.db")
    for argv in (["stats"], ["progress", "check"]):
        done = run(*argv)
        assert done.returncode == 1 and "Traceback" not in done.stderr + done.stdout
        assert "damaged" in done.stderr + done.stdout and "prep progress restore" in done.stderr + done.stdout
    restored = run("progress", "restore", "--yes")
    assert restored.returncode == 0, restored.stderr
    assert "-daily.db" in restored.stdout and "unusable" in restored.stdout  # the damaged file kept aside
    assert json.loads(run("stats", "--json").stdout)["levels"]["junior"]["answered"] == 3
    assert run("progress", "check").returncode == 0


async def test_a_store_failing_under_the_tui_ends_it_with_the_message(tmp_path: Path) -> None:
    from prep.core.packs.discover import Library
    from prep.core.packs.load import load_pack
    from prep.core.quiz import QuizSession
    from prep.errors import StoreError
    from prep.tui.app import make_app

    from conftest import PACKS

    library = Library()
    library.add(load_pack(PACKS / "basics.yaml"))
    with Store.open(tmp_path / "p.db") as store:
        session = QuizSession(list(library.packs[0].cards[:1]), Level.JUNIOR, store)
        app = make_app(store=store, library=library, level=Level.JUNIOR, session=session)

        def broken(answer: Answer) -> None:
            raise StoreError("p.db is damaged (database disk image is malformed)")

        store.record_answer = broken  # type: ignore[method-assign]
        async with app.run_test() as pilot:
            app.simulate_key("1")  # pilot.press would wait for a screen that is going away
            await pilot.pause(0.3)
        assert isinstance(app.failure, StoreError) and not app.is_running
