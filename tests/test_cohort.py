"""`prep cohort report`: scripted student histories and the figures the report must give for them."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from prep.cli import main
from prep.core.clock import next_day, start_of_day
from prep.core.cohort import UNKNOWN, Student, cohort_report, load_students, shown_name
from prep.core.model import Deck, Level
from prep.core.packs.load import load_pack
from prep.core.progress_file import read_export_file, write_export
from prep.core.scheduler import LEARNING, RELEARNING, REVIEW, Memory, Rating, recall_at
from prep.core.stats import days_in_a_row, level_stats
from prep.core.store import Answer, Store
from prep.core.store.transfer import Progress, ReviewRecord, ScheduleRecord

from conftest import PACKS, FakeClock, prep_command

DECK = Deck.of([load_pack(PACKS / "basics.yaml")])
POOL = DECK.pool(Level.JUNIOR)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TONIGHT = next_day(start_of_day(NOW))


def reviewed(card: str, stability: float, days_ago: float, state: int = REVIEW, step: int | None = None):
    last = NOW - timedelta(days=days_ago)
    memory = Memory(state, step, stability, 5.0, last + timedelta(days=1), last)
    return ScheduleRecord(Level.JUNIOR, "test-basics", card, memory, last)


def review_on(card: str, days_ago: int, hour: int = 10, level: Level = Level.JUNIOR) -> ReviewRecord:
    moment = start_of_day(NOW) - timedelta(days=days_ago) + timedelta(hours=hour)
    return ReviewRecord(level, "test-basics", card, 3, "cards", moment)


def answered(card: str, correct: bool, days_ago: int = 0) -> Answer:
    moment = start_of_day(NOW) - timedelta(days=days_ago) + timedelta(hours=8)
    return Answer(Level.JUNIOR, "test-basics", card, correct, "x", 3.0, moment)


def student(name: str, **records) -> Student:
    return Student(name, Path(f"{name}.json"), Progress(**records))


def one(report, name: str, level: Level = Level.JUNIOR):
    return next(f for f in report.students if f.student == name and f.level is level)


def test_readiness_is_the_mean_recall_over_the_whole_pool_and_failed_cards_count_0() -> None:
    ada = student("ada", schedule=[reviewed("http-post", 10, 5), reviewed("norway", 3, 0, RELEARNING, 0)])
    figures = one(cohort_report([ada], DECK, [Level.JUNIOR], now=NOW), "ada")
    recall = recall_at(10, (NOW - timedelta(days=5)).timestamp(), TONIGHT.timestamp())
    assert len(POOL) == 4
    assert figures.readiness == round(recall / 4, 4)  # the denominator is every junior card of the packs
    assert figures.recall_studied == round(recall / 2, 4)  # the kinder figure: studied cards only
    assert (figures.studied, figures.studied_in_pool, figures.pool) == (2, 2, 4)
    assert figures.topics["yaml"].readiness == 0.0  # just failed: not known
    assert figures.topics["http"].readiness == round(recall / 2, 4)  # http-post known, http-404 never studied
    assert figures.topics["http"].seen == 1 and figures.topics["http"].total == 2


def test_a_card_in_learning_on_a_later_step_counts_by_its_curve() -> None:
    ada = student("ada", schedule=[reviewed("pg-port", 0.5, 0.1, LEARNING, 1)])
    figures = one(cohort_report([ada], DECK, [Level.JUNIOR], now=NOW), "ada")
    assert figures.readiness == round(recall_at(0.5, (NOW - timedelta(days=0.1)).timestamp(), TONIGHT.timestamp(),
                                                LEARNING, 1) / 4, 4)  # fmt: skip
    assert figures.readiness > 0


def test_accuracy_streak_and_last_active_come_from_answers_and_reviews() -> None:
    reviews = [review_on("http-post", days) for days in (0, 1, 2, 4)]
    answers = [answered("http-post", True), answered("http-404", True), answered("norway", False, days_ago=1)]
    figures = one(cohort_report([student("ada", reviews=reviews, answers=answers)], DECK, now=NOW), "ada")
    assert (figures.answered, figures.correct, figures.accuracy) == (3, 2, 0.6667)
    assert figures.streak == 3  # today, yesterday, the day before; not 4 days ago
    assert figures.last_active == start_of_day(NOW) + timedelta(hours=10)


@pytest.mark.parametrize(
    "days_ago, length",
    [({1, 2}, 2), ({0, 1}, 2), ({0, 1, 3}, 2), ({2}, 0), (set(), 0)],
)
def test_a_streak_counts_from_yesterday_until_today_has_a_review(days_ago: set[int], length: int) -> None:
    """The streak walk `prep stats` and the report share: today, or yesterday while today has nothing."""
    today = NOW.astimezone().date()
    active = {today - timedelta(days=back) for back in days_ago}
    assert days_in_a_row(lambda day: day.date() in active, NOW) == length
    reviews = [review_on("http-post", back) for back in days_ago]
    assert one(cohort_report([student("ada", reviews=reviews)], DECK, [Level.JUNIOR], now=NOW), "ada").streak == length


def test_no_answers_is_no_accuracy_not_zero() -> None:
    figures = one(cohort_report([student("ada")], DECK, [Level.JUNIOR], now=NOW), "ada")
    assert figures.accuracy is None and figures.recall_studied is None
    assert figures.readiness == 0.0 and figures.last_active is None and figures.streak == 0


def test_other_levels_tracks_are_not_counted() -> None:
    other = ScheduleRecord(Level.SENIOR, "test-basics", "http-post", reviewed("http-post", 10, 1).memory, NOW)
    ada = student("ada", schedule=[other], reviews=[review_on("http-post", 0, level=Level.SENIOR)])
    report = cohort_report([ada], DECK, [Level.JUNIOR], now=NOW)
    figures = one(report, "ada")
    assert figures.readiness == 0.0 and figures.studied == 0 and figures.streak == 0
    assert report.levels == (Level.JUNIOR,)


def test_without_a_level_the_report_covers_every_level_anyone_studied() -> None:
    senior = ScheduleRecord(Level.SENIOR, "test-basics", "cap", reviewed("cap", 10, 1).memory, NOW)
    report = cohort_report([student("ada", schedule=[reviewed("http-post", 10, 1)]), student("bo", schedule=[senior])],
                           DECK, now=NOW)  # fmt: skip
    assert report.levels == (Level.JUNIOR, Level.SENIOR)
    assert one(report, "bo", Level.JUNIOR).readiness == 0.0  # everyone is rated on every level shown
    assert one(report, "bo", Level.SENIOR).studied == 1


def test_cards_no_pack_knows_count_under_unknown_and_not_in_readiness() -> None:
    stranger = ScheduleRecord(Level.JUNIOR, "acme-deck", "q1", reviewed("x", 30, 1).memory, NOW)
    figures = one(cohort_report([student("ada", schedule=[stranger])], DECK, now=NOW), "ada")
    assert figures.readiness == 0.0
    assert figures.studied == 1 and figures.studied_in_pool == 0
    assert figures.topics[UNKNOWN].seen == 1 and figures.topics[UNKNOWN].readiness > 0.9
    assert figures.unknown_packs == ("acme-deck",)


def test_the_same_history_gives_the_same_readiness_as_prep_stats(store: Store, clock: FakeClock, tmp_path) -> None:
    """Real study through the store, exported with prep's writer, read back by the report."""
    for card, rating in zip(POOL, (Rating.GOOD, Rating.AGAIN, Rating.EASY), strict=False):
        store.record_rating(Level.JUNIOR, card.key, rating, clock())
        clock.advance(days=2)
        store.record_rating(Level.JUNIOR, card.key, Rating.GOOD, clock())
    store.record_answer(Answer(Level.JUNIOR, "test-basics", POOL[3].id, False, "no", 2.0, clock()))
    clock.advance(days=1)
    write_export(tmp_path / "ada.json", store.export(list(Level)), list(Level), clock(), student="Ada")
    students, problems = load_students([tmp_path / "ada.json"])
    figures = one(cohort_report(students, DECK, [Level.JUNIOR], now=clock()), "Ada")
    stats = level_stats(store, DECK, [Level.JUNIOR], clock())[Level.JUNIOR]
    assert problems == []
    assert figures.readiness == stats.readiness > 0
    assert {name: t.readiness for name, t in figures.topics.items()} == {
        name: t.readiness for name, t in stats.topics.items()
    }
    assert (figures.studied, figures.answered, figures.accuracy) == (stats.seen, stats.answered, stats.accuracy)


def test_topics_across_the_cohort_give_the_mean_and_who_is_behind() -> None:
    strong = [reviewed(card.id, 30, 1) for card in POOL]
    report = cohort_report(
        [student("ada", schedule=strong), student("bo", schedule=strong[:2]), student("cy")], DECK, now=NOW
    )
    http = next(t for t in report.topics if t.topic == "http")
    yaml = next(t for t in report.topics if t.topic == "yaml")
    ada_http = one(report, "ada").topics["http"].readiness
    assert http.readiness == round(2 * ada_http / 3, 4) and http.students == 3 and http.cards == 2
    assert [name for name, _ in http.behind] == ["cy"]
    assert [name for name, _ in yaml.behind] == ["bo", "cy"]  # weakest first, then by name
    assert [t.topic for t in report.topics][-1] == "http"  # topics weakest first
    assert [f.student for f in report.students] == ["cy", "bo", "ada"]  # students weakest first
    assert [f.behind for f in report.students] == [True, False, False]


def test_pack_option_makes_the_pool_from_those_packs(tmp_path: Path, capsys) -> None:
    ada = tmp_path / "ada.json"
    write_export(ada, Progress(schedule=[reviewed("http-post", 30, 1)]), [Level.JUNIOR], NOW, student="Ada")
    assert main(["cohort", "report", str(ada), "--pack", str(PACKS / "basics.yaml"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pools"] == {"junior": 4}
    assert data["packs"] == ["test-basics 1.0"]
    (row,) = data["students"]
    assert row["student"] == "Ada" and row["pool"] == 4 and row["studied_in_pool"] == 1
    assert 0 < row["readiness"] < 0.25


def test_installed_packs_are_the_default_pool(tmp_path: Path, capsys) -> None:
    ada = tmp_path / "ada.json"
    write_export(ada, Progress(schedule=[reviewed("http-post", 30, 1)]), [Level.JUNIOR], NOW)
    assert main(["cohort", "report", str(ada), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pools"]["junior"] > 100  # the bundled curriculum's junior pool
    assert data["students"][0]["topics"][UNKNOWN]["seen"] == 1  # test-basics is not installed


# Names, files and folders.


def write_student(path: Path, name: str | None = None, cards: tuple[str, ...] = ("http-post",)) -> Path:
    progress = Progress(schedule=[reviewed(card, 10, 1) for card in cards])
    write_export(path, progress, [Level.JUNIOR], NOW, student=name)
    return path


def test_names_come_from_the_export_else_the_file_name(tmp_path: Path) -> None:
    files = [write_student(tmp_path / "a.json", "Ada Lovelace"), write_student(tmp_path / "bo-smith.json")]
    students, _ = load_students(files)
    assert [s.name for s in students] == ["Ada Lovelace", "bo-smith"]


def test_two_students_of_one_name_are_told_apart_by_file(tmp_path: Path) -> None:
    files = [write_student(tmp_path / "x" / "ada.json"), write_student(tmp_path / "y" / "ada.json")]
    files += [write_student(tmp_path / "z.json", "ada")] * 2
    students, _ = load_students(files)
    assert [s.name for s in students] == ["ada", "ada (y/ada.json)", f"ada ({tmp_path.name}/z.json)", "ada (2)"]


def test_names_are_made_safe_to_show() -> None:
    assert shown_name("\x1b[31mred\x1b[0m\nnext\u202eline") == "␛[31mred␛[0m nextline"
    assert shown_name("   ") == "?"
    assert len(shown_name("x" * 500)) == 80


def test_folders_are_walked_and_each_file_read_once(tmp_path: Path, capsys) -> None:
    write_student(tmp_path / "class" / "a.json", "Ada")
    write_student(tmp_path / "class" / "late" / "b.json", "Bo")
    (tmp_path / "class" / "notes.txt").write_text("not an export")
    code = main(["cohort", "report", str(tmp_path / "class"), str(tmp_path / "class" / "a.json"), "--json"])
    assert code == 0
    assert sorted(row["student"] for row in json.loads(capsys.readouterr().out)["students"]) == ["Ada", "Bo"]


def test_an_empty_folder_is_one_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["cohort", "report", str(tmp_path / "empty")]) == 1
    assert capsys.readouterr().err.strip() == f"prep: {tmp_path / 'empty'}: this folder has no .json files; give" \
        " students' progress exports"  # fmt: skip


def test_name_option_is_for_a_single_export(tmp_path: Path, capsys) -> None:
    one_file = write_student(tmp_path / "class" / "x.json", "In the file")
    assert main(["cohort", "report", str(one_file), "--name", "Ada", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["students"][0]["student"] == "Ada"
    write_student(tmp_path / "class" / "y.json")
    assert main(["cohort", "report", str(tmp_path / "class"), "--name", "Ada"]) == 2
    assert "--name names the student of a single export; 2 files were given" in capsys.readouterr().err


def test_a_bad_export_is_skipped_with_one_located_line_and_exit_1(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "class"
    write_student(folder / "good.json", "Ada")
    document = json.loads((folder / "good.json").read_text())
    document["schedule"][0]["stability"] = -1
    (folder / "bad.json").write_text(json.dumps(document))
    (folder / "junk.json").write_text("{not json")
    assert main(["cohort", "report", str(folder), "--json"]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert lines[0].startswith(f"prep: skipped: {folder / 'bad.json'}: schedule record 1 (test-basics/http-post):")
    assert "`stability` is -1" in lines[0]
    assert lines[1].startswith(f"prep: skipped: {folder / 'junk.json'} is not a prep progress export")
    data = json.loads(captured.out)
    assert [row["student"] for row in data["students"]] == ["Ada"]
    assert len(data["skipped"]) == 2


def test_a_bad_exports_file_name_reaches_the_terminal_inert(tmp_path: Path, capsys) -> None:
    """A student chose the file's name: its escape sequences show as symbols, never act."""
    folder = tmp_path / "class"
    write_student(folder / "good.json", "Ada")
    (folder / "x\x1b[2J\x1b]0;owned\x07.json").write_text("{not json")
    assert main(["cohort", "report", str(folder)]) == 1
    captured = capsys.readouterr()
    assert "\x1b" not in captured.err + captured.out and "\x07" not in captured.err
    (line,) = captured.err.strip().splitlines()
    assert line.startswith(f"prep: skipped: {folder}/x\u241b[2J\u241b]0;owned\u2407.json is not a prep progress export")


def test_no_readable_export_is_an_error(tmp_path: Path, capsys) -> None:
    assert main(["cohort", "report", str(tmp_path / "missing.json")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"prep: skipped: {tmp_path / 'missing.json'}: no such file",
                   f"prep: no student's progress could be read from {tmp_path / 'missing.json'}"]  # fmt: skip


def test_an_unknown_level_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert main(["cohort", "report", str(write_student(tmp_path / "a.json")), "--level", "guru"]) == 2
    assert capsys.readouterr().err.startswith("prep: ")


# The student's name in the export.


def test_progress_export_name_is_kept_in_the_file_and_import_ignores_it(tmp_path: Path) -> None:
    export = tmp_path / "mine.json"
    done = subprocess.run([*prep_command(), "progress", "export", str(export), "--name", "Ada L."],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(export.read_text())["student"] == "Ada L."
    assert read_export_file(export).student == "Ada L."
    imported = subprocess.run([*prep_command(), "progress", "import", str(export)], capture_output=True, text=True,
                              timeout=60)  # fmt: skip
    assert imported.returncode == 0, imported.stderr


@pytest.mark.parametrize("name", ["", "   ", "x" * 201])
def test_progress_export_refuses_a_name_no_reader_would_take(name: str, tmp_path: Path, capsys) -> None:
    assert main(["progress", "export", str(tmp_path / "x.json"), "--name", name]) == 2
    assert "--name must be 1 to 200 characters" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize("value", [42, "", ["Ada"], "x" * 201])
def test_a_bad_student_field_is_one_located_line(value: object, tmp_path: Path) -> None:
    from prep.errors import PrepError

    path = write_student(tmp_path / "a.json", "Ada")
    document = json.loads(path.read_text())
    document["student"] = value
    path.write_text(json.dumps(document))
    with pytest.raises(PrepError, match=r"a\.json: `student` must be a name of 1 to 200 characters"):
        read_export_file(path)


# The terminal table.


def test_the_table_shows_each_student_and_the_weakest_topics(tmp_path: Path, capsys) -> None:
    write_student(tmp_path / "class" / "a.json", "Ada", cards=tuple(card.id for card in POOL))
    write_student(tmp_path / "class" / "b.json", "Bo", cards=())
    folder = str(tmp_path / "class")
    assert main(["cohort", "report", folder, "--pack", str(PACKS / "basics.yaml"), "--level", "junior"]) == 0
    out = capsys.readouterr().out
    assert "2 students · readiness at the end of" in out
    assert "junior · 4 cards in the pool · cohort mean" in out
    bo, ada = (line for line in out.splitlines() if line.startswith(("Bo", "Ada")))
    assert bo.split()[:5] == ["Bo", "*", "0%", "0/4", "—"] and bo.endswith("never        —")
    assert int(ada.split()[1].rstrip("%")) > 50 and ada.split()[2] == "4/4"  # read at the end of the real today
    assert "junior topics · weakest first" in out
    assert "* at least 10 points below the cohort mean" in out
