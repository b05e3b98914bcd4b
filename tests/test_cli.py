"""The command line as a user meets it: help, version, and one-line errors with exit codes."""

from __future__ import annotations

import subprocess

import pytest

from prep import __version__
from prep.cli import main

from conftest import PACKS, prep_command, write


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(prep_command() + list(args), input=stdin, capture_output=True, text=True, timeout=60)


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"prep {__version__}"


def command_paths(commands=None, prefix=()):  # every (sub)command path prep has
    from prep.cli import COMMANDS

    for command in commands or COMMANDS:
        yield prefix + (command.name,)
        yield from command_paths(command.children, prefix + (command.name,)) if command.children else ()


@pytest.mark.parametrize("path", [()] + list(command_paths()), ids=lambda path: " ".join(path) or "prep")
def test_every_command_has_help(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main([*path, "--help"])
    assert caught.value.code == 0
    help_text = capsys.readouterr().out
    assert f"prep{' ' if path else ''}{' '.join(path)}" in help_text.splitlines()[0]


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    from prep.cli import COMMANDS

    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert all(command.name in out for command in COMMANDS)


def test_a_group_without_an_action_shows_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["packs"]) == 0
    assert "validate" in capsys.readouterr().out


def test_unknown_level_is_one_line_and_exit_2() -> None:
    done = run("quiz", "--level", "wizard", "--plain")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "unknown level 'wizard'" in done.stderr and "junior, mid, senior, lead" in done.stderr


def test_quiz_on_a_pack_file_with_level_alias() -> None:
    done = run("quiz", "--level", "entry", "--pack", str(PACKS / "basics.yaml"), "--plain", "--seed", "1", stdin="")
    assert done.returncode == 0, done.stderr
    assert "prep quiz · junior track · 4 questions" in done.stdout


def test_broken_pack_is_skipped_with_a_located_line(tmp_path) -> None:
    broken = write(
        tmp_path / "broken.yaml",
        "pack:\n  name: b\n  title: B\n  version: '1'\ncards:\n"
        "  - id: x\n    type: choice\n    level: junior\n    prompt: P\n"
        "    choices: [A, B]\n    answer: C\n",
    )
    done = run("quiz", "--level", "junior", "--pack", str(broken), "--pack", str(PACKS / "basics.yaml"), "--plain")
    assert done.returncode == 0
    assert 'prep: skipped: broken.yaml:11: card x: answer: "C" is not one of the choices' in done.stderr
    assert "Question 1/" in done.stdout


def test_validate_reports_and_exits_1(tmp_path) -> None:
    bad = write(tmp_path / "bad.yaml", "cards: []\n")
    done = run("packs", "validate", str(bad), str(PACKS / "basics.yaml"))
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "bad.yaml:1: missing `pack:` mapping; add `pack:` with name, title and version",
        "bad.yaml:1: cards: the pack has no cards; add at least one (or `uses:` other packs' cards)",
    ]
    good = run("packs", "validate", str(PACKS))
    assert good.returncode == 0 and good.stdout.strip() == "2 pack files valid"


def test_no_questions_is_a_clear_error() -> None:
    basics = str(PACKS / "basics.yaml")
    done = run("quiz", "--level", "junior", "--topic", "cobol", "--pack", basics, "--plain")
    assert done.returncode == 1
    assert done.stderr.strip() == "prep: no cards on the topic 'cobol'; see `prep packs coverage` for the topics"
    flashcards_only = run("quiz", "--level", "senior", "--topic", "system-design", "--pack", basics, "--plain")
    assert flashcards_only.returncode == 1
    assert "are all flashcards, which a quiz cannot grade; study them with `prep cards`" in flashcards_only.stderr


def test_topics_by_other_names_and_near_misses() -> None:
    basics = str(PACKS / "basics.yaml")
    done = run("quiz", "--level", "junior", "--topic", "Postgres", "--pack", basics, "--plain", "-n", "1")
    assert done.returncode == 0, done.stderr
    assert "[postgresql" in done.stdout
    missed = run("quiz", "--level", "junior", "--topic", "htpp", "--pack", basics, "--plain")
    assert missed.returncode == 1 and "no cards on the topic 'htpp'; did you mean http?" in missed.stderr


def test_asking_for_more_questions_than_match_says_so() -> None:
    basics = str(PACKS / "basics.yaml")
    done = run("quiz", "--level", "junior", "--pack", basics, "--plain", "-n", "500")
    assert "prep: only 4 quiz questions match, so the quiz asks all of them (not 500)" in done.stderr
    assert "prep quiz · junior track · 4 questions" in done.stdout
    assert "only" not in run("quiz", "--level", "junior", "--pack", basics, "--plain").stderr  # no -n, no note


def test_a_cram_date_in_the_past_is_refused() -> None:
    done = run("cards", "--level", "junior", "--until", "2001-02-03", "--pack", str(PACKS / "basics.yaml"), "--plain")
    assert done.returncode == 2
    assert (
        done.stderr.strip() == "prep: --until: interview date 2001-02-03 has passed; give today's date or a later one"
    )
