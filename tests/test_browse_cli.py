"""`prep find`, `show`, `suspend`/`unsuspend`, `flag`/`unflag`, `hide`/`unhide` and `--flagged`, run as a
user runs them: output, one-line errors, exit codes, and what quizzes and stats then ask and count."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from conftest import PACKS, prep_command

BASICS = str(PACKS / "basics.yaml")
POST_PROMPT = "Which HTTP method is not idempotent?"


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(prep_command() + list(args), input=stdin, capture_output=True, text=True, timeout=60)


@pytest.fixture(autouse=True)
def installed(data_dir: Path) -> None:
    assert run("packs", "add", BASICS).returncode == 0


def quiz_prompts(level: str, *extra: str) -> str:
    """Every question a plain quiz on the test pack asks, all skipped."""
    done = run("quiz", "--level", level, "--pack", BASICS, "--plain", "-n", "0", *extra, stdin="\n" * 20)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_find_lists_matching_cards_with_their_state(data_dir: Path) -> None:
    done = run("find", "idempotent", "--pack", "test-basics", "--level", "mid")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["card", "level", "topics", "state", "prompt"]
    assert lines[1].split()[:4] == ["test-basics/http-post", "junior", "http", "new"]
    assert lines[2].startswith("test-basics/idempotent-methods")
    assert done.stderr == "2 cards on the mid track\n"


def test_find_json_and_the_cards_above_the_track(data_dir: Path) -> None:
    done = run("find", "POSTGRESQL", "-p", "test-basics", "-l", "junior", "--json")
    assert done.returncode == 0 and done.stderr == ""
    found = json.loads(done.stdout)
    assert [card["name"] for card in found["cards"]] == ["test-basics/pg-port"]
    assert found["track"] == "junior" and found["higher_levels"] == 1
    assert found["cards"][0]["states"] == ["new"] and found["cards"][0]["prompt"].endswith("by default.")
    text = run("find", "postgresql", "-p", "test-basics", "-l", "junior")
    assert "(1 card more above junior: add --level with a higher level)" in text.stderr


def test_find_help_names_every_state() -> None:
    from prep.cli.browse import STATES
    from prep.core.browse import State

    assert tuple(State) == STATES
    done = run("find", "--help")
    assert done.returncode == 0 and "{new,learning,review,due,suspended,flagged,hidden}" in done.stdout


def test_find_without_a_match_exits_1_and_bad_filters_are_one_line(data_dir: Path) -> None:
    nothing = run("find", "no-such-words-anywhere")
    assert nothing.returncode == 1 and nothing.stdout == ""
    assert nothing.stderr.startswith("prep: no card on the junior track matches") and nothing.stderr.count("\n") == 1
    assert json.loads(run("find", "no-such-words-anywhere", "--json").stdout)["cards"] == []
    for args, message in [
        (("--pack", "test-basiks"), "prep: no pack 'test-basiks'; did you mean test-basics?"),
        (("--topic", "postgress"), "prep: no cards on the topic 'postgress'; did you mean postgresql"),
        (("--level", "wizard"), "prep: unknown level 'wizard'"),
    ]:
        done = run("find", *args)
        assert done.returncode in (1, 2) and done.stderr.startswith(message) and done.stderr.count("\n") == 1
    assert run("find", "--state", "asleep").returncode == 2


def test_show_a_card_its_text_and_history(data_dir: Path) -> None:
    run("flag", "http-post", "-l", "junior")
    quiz = run("quiz", "--level", "junior", "--pack", BASICS, "--plain", "--flagged", stdin="DELETE\n")
    assert quiz.returncode == 0 and "✗ Not quite. The answer: POST" in quiz.stdout
    done = run("show", "http-post", "--level", "junior", "--json")
    record = json.loads(done.stdout)
    assert record["name"] == "test-basics/http-post" and record["answer"] == ["POST"] and record["flagged"]
    assert [(e["mode"], e["rating"], e["correct"], e["given"]) for e in record["history"]] == [
        ("quiz", 1, False, "DELETE")
    ]
    assert record["state"] in ("learning", "relearning") and record["due"] and record["recall_now"] == 0
    text = run("show", "test-basics/http-post", "-l", "junior")
    assert text.returncode == 0
    assert text.stdout.startswith("test-basics/http-post · choice · junior · http\n")
    assert POST_PROMPT in text.stdout and "  ✓ POST" in text.stdout and "Answer: POST" in text.stdout
    assert "On the junior track: learning · flagged" in text.stdout or "relearning · flagged" in text.stdout
    assert re.search(r"\n  \d{4}-\d\d-\d\d \d\d:\d\d  quiz +Again +wrong: DELETE\n", text.stdout)


def test_an_unknown_card_is_one_line_with_what_is_close(data_dir: Path) -> None:
    done = run("show", "test-basics/http-pots")
    assert done.returncode == 1
    assert done.stderr == "prep: no card test-basics/http-pots; did you mean test-basics/http-post?\n"
    done = run("suspend", "test-basics/cap", "test-basics/nope", "--level", "senior")
    assert done.returncode == 1 and done.stderr.startswith("prep: no card test-basics/nope")
    assert json.loads(run("find", "--state", "suspended", "-l", "senior", "--json").stdout)["cards"] == []  # none


def test_suspend_leaves_a_card_out_of_quizzes_and_stats_until_unsuspended(data_dir: Path) -> None:
    assert POST_PROMPT in quiz_prompts("junior")
    total = json.loads(run("stats", "--level", "junior", "--json").stdout)["levels"]["junior"]["total"]
    assert run("suspend", "http-post").returncode == 2  # which track?
    done = run("suspend", "http-post", "--level", "junior")
    assert done.returncode == 0
    assert done.stdout == (
        "suspended test-basics/http-post on the junior track: quizzes, flashcards and readiness leave it out\n"
    )
    assert run("suspend", "http-post", "-l", "junior").stdout == (
        "test-basics/http-post was already suspended on the junior track\n"
    )
    assert POST_PROMPT not in quiz_prompts("junior")
    assert POST_PROMPT in quiz_prompts("mid")  # another track
    after = json.loads(run("stats", "--level", "junior", "--json").stdout)["levels"]["junior"]["total"]
    assert after == total - 1
    found = json.loads(run("find", "--state", "suspended", "-l", "junior", "--json").stdout)
    assert [card["name"] for card in found["cards"]] == ["test-basics/http-post"]
    assert run("unsuspend", "http-post", "-l", "junior").stdout.startswith("unsuspended test-basics/http-post")
    assert POST_PROMPT in quiz_prompts("junior")


def test_flagged_cards_on_their_own(data_dir: Path) -> None:
    none = run("quiz", "--level", "junior", "--pack", BASICS, "--plain", "--flagged", stdin="\n")
    assert none.returncode == 1 and "no card is flagged on the junior track" in none.stderr
    assert run("flag", "http-post", "test-basics/norway", "-l", "junior").returncode == 0
    asked = quiz_prompts("junior", "--flagged")
    assert asked.count("Question ") == 2 and POST_PROMPT in asked and "Norway" in asked
    cards = run("cards", "--level", "junior", "--pack", BASICS, "--plain", "--flagged", stdin="q\n")
    assert cards.returncode == 0 and "prep flashcards · junior track · 2 cards" in cards.stdout
    assert run("unflag", "norway", "-l", "junior").returncode == 0
    assert quiz_prompts("junior", "--flagged").count("Question ") == 1


def test_hide_a_topic_on_every_track_list_it_and_show_it_again(data_dir: Path) -> None:
    done = run("hide", "--topic", "http")
    assert done.returncode == 0 and done.stdout.startswith("hid topic http (")
    assert done.stdout.rstrip().endswith("cards) on every track")
    assert POST_PROMPT not in quiz_prompts("junior") and POST_PROMPT not in quiz_prompts("lead")
    assert run("hide", "--pack", "test-basics", "--level", "senior").stdout.startswith("hid pack test-basics (9 cards)")
    listing = run("hide").stdout.splitlines()
    assert listing[0] == "junior: topics http" and listing[2] == "senior: topics http; packs test-basics"
    assert run("hide", "-t", "http", "-l", "mid").stdout == "topic http was already hidden on the mid track\n"
    assert run("unhide").returncode == 2
    assert run("unhide", "-t", "http", "-l", "junior").stdout.startswith("unhid topic http")
    assert POST_PROMPT in quiz_prompts("junior") and POST_PROMPT not in quiz_prompts("mid")
    assert run("unhide", "--topic", "http").stdout.endswith("on the mid, senior, lead tracks\n")


def test_marks_go_out_with_an_export_and_come_back_with_an_import(data_dir: Path, tmp_path: Path) -> None:
    run("suspend", "cap", "-l", "senior")
    run("flag", "norway", "-l", "junior")
    run("hide", "--pack", "test-basics", "-l", "lead")
    exported = run("progress", "export", str(tmp_path / "out.json"))
    assert exported.returncode == 0 and "and 3 marks" in exported.stdout
    other = tmp_path / "other"
    imported = run("progress", "import", str(tmp_path / "out.json"), "--data-dir", str(other))
    assert imported.returncode == 0 and "3 marks (suspended, flagged, hidden)" in imported.stdout
    again = run("progress", "import", str(tmp_path / "out.json"), "--data-dir", str(other))
    assert again.stdout.startswith("nothing new in")
    assert run("packs", "add", BASICS, "--data-dir", str(other)).returncode == 0
    found = json.loads(run("find", "-s", "suspended", "-l", "senior", "--json", "--data-dir", str(other)).stdout)
    assert [card["name"] for card in found["cards"]] == ["test-basics/cap"]
    assert run("hide", "--data-dir", str(other)).stdout.splitlines()[3] == "lead: packs test-basics"
