"""`prep import` and `prep export anki` from the command line: a pack into a file or the pack folder,
problems as located lines, errors as one line with the right exit code, and progress that survives
importing again; an export filtered by pack, level and topic."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from prep.core.exchange.anki import EXPORT_HEADER
from prep.core.packs.load import load_pack

from conftest import PACKS, prep_command, write

SAMPLES = Path(__file__).parent / "samples"


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(prep_command() + list(args), input=stdin, capture_output=True, text=True, timeout=120)


def test_import_writes_a_pack_that_validates_and_reports_what_it_left_out(tmp_path: Path) -> None:
    deck = shutil.copy(SAMPLES / "backend-hascard.txt", tmp_path / "deck.txt")
    done = run("import", str(deck), "-o", "deck.yaml", "--title", "Backend", "--level", "mid")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "imported 8 cards from " + str(deck) + " (hascard) into deck.yaml",
        "  choice 2, cloze 3, flashcard 1, multi 1, reorder 1; level mid",
    ]
    assert done.stderr == "deck.txt:42: prep cannot show replication.png; the text names it instead\n"
    assert run("packs", "validate", "deck.yaml").returncode == 0
    pack = load_pack(tmp_path / "deck.yaml")
    assert (pack.name, pack.title, {card.level.label for card in pack.cards}) == ("deck", "Backend", {"mid"})


def test_import_into_the_pack_folder_then_study_and_keep_progress_on_re_import(tmp_path: Path, data_dir: Path) -> None:
    deck = write(tmp_path / "Backend Basics.tsv", "Default PostgreSQL port\t5432\tpostgresql\nq2\ta2\n")
    done = run("import", str(deck))
    assert done.returncode == 0, done.stderr
    assert "into your pack folder as backend-basics" in done.stdout
    assert "backend-basics" in run("packs", "list").stdout
    installed = str(data_dir / "packs" / "backend-basics.yaml")
    quiz = run("cards", "--level", "junior", "--pack", installed, "--plain", stdin="\n3\n\n3\nq\n")
    assert quiz.returncode == 0, quiz.stderr
    write(deck, deck.read_text(encoding="utf-8") + "q3\ta3\n")
    again = run("import", str(deck))
    assert again.returncode == 0 and "(replaces version 1)" in again.stdout
    stats = json.loads(run("stats", "--json", "--pack", installed).stdout)["levels"]["junior"]
    assert stats["seen"] == 2 and stats["total"] == 3  # the two cards studied kept their ids


def test_an_imported_deck_can_be_quizzed_in_plain_mode(tmp_path: Path) -> None:
    assert run("import", str(SAMPLES / "anki-cloze.txt"), "-o", "cloze.yaml").returncode == 0
    done = run("quiz", "--pack", "cloze.yaml", "--level", "junior", "--plain", "-n", "2", "--seed", "1", stdin="x\nx\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("Question ") == 2 and "Score: 0/2" in done.stdout


def test_import_errors_are_one_line_with_the_right_exit_code(tmp_path: Path) -> None:
    (empty := tmp_path / "empty").mkdir()
    cases = [
        (["import", "missing.txt"], 1, "prep: missing.txt: no such file\n"),
        (["import", str(write(tmp_path / "x.tsv", "q\ta\n")), "--name", "Bad Name"], 2,
         "prep: 'Bad Name' is not a pack name; use lowercase letters, digits and dashes (--name)\n"),
        (["import", str(write(tmp_path / "empty.md", "just prose\n")), "--format", "hashcards"], 1,
         "prep: empty.md: holds no card prep could import (hashcards); the first problem: text outside any card"
         " was not imported; start a card with Q: or C:\n"),
        (["import", str(empty)], 1, "prep: empty: holds no .md decks; give a deck file, or a folder of"
         " hashcards decks\n"),
        (["import", "x.tsv", "-o", "no/such/folder/x.yaml"], 1, None),
    ]  # fmt: skip
    for argv, code, message in cases:
        done = run(*argv)
        assert done.returncode == code, (argv, done.stderr)
        assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
        if message is not None:
            assert done.stderr.endswith(message), done.stderr


def test_export_command_filters_by_pack_level_and_topic(tmp_path: Path) -> None:
    out = tmp_path / "prep.txt"
    done = run("export", "anki", "--pack", str(SAMPLES / "export.yaml"), "--level", "mid", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "wrote 4 notes from exchange-export to" in done.stdout  # junior and mid, not senior or lead
    done = run("export", "anki", "-p", str(PACKS / "basics.yaml"), "-t", "postgresql", "-o", str(out))
    assert done.returncode == 0, done.stderr
    records = out.read_text(encoding="utf-8").split("\n")[len(EXPORT_HEADER) : -1]
    assert len(records) == 2 and all("\tprep::test-basics::" in record for record in records)


def test_export_errors_are_one_line_with_the_right_exit_code(tmp_path: Path) -> None:
    out = str(tmp_path / "prep.txt")
    done = run("export", "anki", "--pack", "no-such-pack", "-o", out)
    assert done.returncode == 2
    assert done.stderr.startswith("prep: no pack named 'no-such-pack' and no such file; installed packs: ")
    assert done.stderr.count("\n") == 1
    done = run("export", "anki", "-p", str(SAMPLES / "export.yaml"), "-t", "kubernetes", "-o", out)
    assert done.returncode != 0 and "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    done = run("export", "anki", "-p", str(SAMPLES / "export.yaml"), "-o", str(tmp_path / "missing" / "x.txt"))
    assert done.returncode != 0 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert not Path(out).exists()


def test_one_card_is_counted_as_one(tmp_path: Path) -> None:
    deck = write(tmp_path / "one.tsv", "q\ta\n")
    assert run("import", str(deck), "-o", "one.yaml").stdout.startswith(f"imported 1 card from {deck} (TSV)")
    assert run("export", "anki", "-p", "one.yaml", "-o", "one.txt").stdout.startswith("wrote 1 note from one to")
