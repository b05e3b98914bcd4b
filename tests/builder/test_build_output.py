"""What `build()` returns and writes: a valid, deterministic pack, stable ids, the report, and errors."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from prep.cli.build import describe_build
from prep.core.builder import build
from prep.core.builder.skill_cards import SKILL_CARDS_PER_LEVEL
from prep.core.model import CardType, Level
from prep.core.packs.format import card_record
from prep.core.packs.load import load_pack
from prep.core.packs.write import dump_pack, write_pack
from prep.errors import BuildError, PrepError, UsageError

from build_support import DOCUMENTS, SHAPE_DOCUMENTS, skill_pack
from conftest import prep_command

ALL = sorted(path for path in DOCUMENTS.iterdir() if path.is_file() and not path.name.startswith(".")) + SHAPE_DOCUMENTS


def written(result, tmp_path: Path, name: str = "deck.yaml") -> Path:
    out = tmp_path / name
    write_pack(result.pack, out, header=result.header)
    return out


@pytest.mark.parametrize("path", ALL, ids=lambda path: path.name)
def test_each_fixture_builds_a_pack_that_loads_back_unchanged(path: Path, tmp_path: Path, bundled_packs) -> None:
    result = build([path], bundled=[*bundled_packs, skill_pack()])
    loaded = load_pack(written(result, tmp_path))
    assert [card_record(card) for card in loaded.cards] == [card_record(card) for card in result.pack.cards]
    for card in loaded.cards:
        assert card.source is not None and card.source.document.endswith(path.name) and card.source.line >= 1
        if card.type is CardType.CHOICE:
            assert len({choice.casefold() for choice in card.choices}) == len(card.choices) >= 3
            assert card.choices.count(card.answer[0]) == 1


def test_the_same_inputs_give_byte_identical_output(tmp_path: Path) -> None:
    first = build([DOCUMENTS], bundled=[skill_pack()])
    second = build([DOCUMENTS], bundled=[skill_pack()])
    assert dump_pack(first.pack, first.header) == dump_pack(second.pack, second.header)
    copy = tmp_path / "copy"
    shutil.copytree(DOCUMENTS, copy)
    moved = build([copy], bundled=[skill_pack()])
    assert [card.id for card in moved.pack.cards] == [card.id for card in first.pack.cards]


def test_a_small_edit_keeps_the_ids_of_unchanged_cards(tmp_path: Path) -> None:
    original = (DOCUMENTS / "data-roles.txt").read_text(encoding="utf-8")
    before = tmp_path / "before" / "roles.txt"
    after = tmp_path / "after" / "roles.txt"
    for path in (before, after):
        path.parent.mkdir()
    before.write_text(original, encoding="utf-8")
    edited = original.replace(
        "Add tests to existing transformation code.", "Add tests to the existing transformation code."
    )
    edited = edited.replace("Two openings in our data platform team", "Two open roles in our data team\n\nand more")
    assert edited != original
    after.write_text(edited, encoding="utf-8")
    old = {card.id: card.prompt for card in build([before]).pack.cards}
    new = {card.id: card.prompt for card in build([after]).pack.cards}
    assert set(old) == set(new)  # an interview question's id follows the bullet's key words, not its wording
    reworded = {card_id for card_id in old if old[card_id] != new[card_id]}
    assert len(reworded) == 1 and "existing transformation code" in new[reworded.pop()]


def test_the_deck_uses_the_librarys_cards_on_its_skills_by_reference(tmp_path: Path) -> None:
    posting = tmp_path / "posting.md"
    posting.write_text("# Senior Data Engineer\n\n## Skills\n\n- Kafka\n- Postgres\n- Terraform\n", encoding="utf-8")
    library = skill_pack()
    result = build([posting], bundled=[library])
    assert not any(card.source and card.source.kind == "skill" for card in result.pack.cards)  # nothing copied
    cards = {(library.name, card.id): card for card in library.cards}
    used = [cards[key] for key in result.pack.uses]
    kafka = [card for card in used if "kafka" in card.topics]
    assert len(kafka) == SKILL_CARDS_PER_LEVEL and all(Level.SENIOR in card.levels for card in kafka)
    assert {card.id for card in used if "postgresql" in card.topics} == {
        "pg-port",
        "pg-mvcc-a-rather-long-card-id-for-the-limit",
    }
    assert build([posting], bundled=[library]).pack.uses == result.pack.uses  # the same choice every build
    report = result.report(["x"])
    assert report["documents"][0]["skills"] == ["Kafka", "PostgreSQL", "Terraform"]
    assert report["uses"] == len(result.pack.uses)


def test_level_override_tags_every_card(tmp_path: Path) -> None:
    result = build([DOCUMENTS / "data-roles.txt"], level=Level.MID, bundled=[skill_pack()])
    assert {card.levels for card in result.pack.cards} == {(Level.MID,)}
    assert result.report(["x"])["documents"][0]["levels"] == ["mid"]
    used = {card.id: card for card in skill_pack().cards if ("streams", card.id) in result.pack.uses}
    assert used and all(Level.MID in card.levels for card in used.values())  # the library's cards at that level


def test_report_has_the_issue_shape() -> None:
    result = build([DOCUMENTS / "data-roles.txt", DOCUMENTS / "interview-list.txt"], bundled=[skill_pack()])
    report = result.report(["OUT.yaml"])
    assert list(report) == ["documents", "cards", "uses", "output"] and report["output"] == "OUT.yaml"
    first, second = report["documents"]
    assert list(first) == ["path", "title", "levels", "faq", "questions", "skills", "cards", "skipped"]
    assert first["levels"] == ["junior", "senior"] and first["faq"] == 3 and first["questions"] == 0
    assert "Kafka" in first["skills"] and any("AVERAGE SALARY" in line for line in first["skipped"])
    assert second["faq"] == 2 and second["questions"] == 5 and second["cards"] == 7
    assert report["cards"] == len(result.pack.cards) <= first["cards"] + second["cards"]
    json.dumps(report)
    text = describe_build(result, ["OUT.yaml"])
    first_line = f"Built {result.pack.name}: {report['cards']} cards from the documents, and uses {report['uses']}"
    assert text.splitlines()[0] == first_line + " of the library's cards on its skills → OUT.yaml"
    assert "levels: junior, senior" in text and "FAQ pairs: 3  questions: 0" in text


def test_names_and_titles() -> None:
    assert build([DOCUMENTS / "platform-engineer.md"]).pack.name == "deck-senior-platform-engineer"
    both = build([DOCUMENTS / "platform-engineer.md", DOCUMENTS / "careers.html"])
    assert both.pack.title == "Senior Platform Engineer and Backend Engineer"
    named = build([DOCUMENTS / "careers.html"], name="bank-backend", title="Bank interview")
    assert (named.pack.name, named.pack.title) == ("bank-backend", "Bank interview")
    with pytest.raises(UsageError, match="like my-deck"):
        build([DOCUMENTS / "careers.html"], name="My Deck")


def test_unreadable_documents(tmp_path: Path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.7\n\x00\x01\x02 binary")
    latin = tmp_path / "notes.txt"
    latin.write_bytes("Skills\n\n- Kafka\n- Caf\xe9 ordering\n".encode("latin-1"))
    for path, message in ((binary, "scan.txt: binary file, not text"), (latin, "notes.txt:4: not UTF-8 text")):
        with pytest.raises(BuildError) as caught:
            build([path])
        assert str(caught.value).startswith(message) and "\n" not in str(caught.value)
    good = tmp_path / "good.md"
    good.write_text("## Skills\n\n- Kafka\n- Redis\n", encoding="utf-8")
    result = build([tmp_path], bundled=[skill_pack()])
    skipped = {entry["path"]: entry["skipped"] for entry in result.report(["x"])["documents"]}
    assert skipped == {
        "good.md": [],
        "notes.txt": ["line 4: not UTF-8 text; save the file as UTF-8"],
        "scan.txt": ["binary file, not text; give prep .txt, .md or .html documents"],
    }
    with pytest.raises(BuildError, match="no such file or folder"):
        build([tmp_path / "missing.md"])
    good.unlink()
    with pytest.raises(BuildError, match=r"^no readable documents: notes\.txt:4: not UTF-8 text"):
        build([tmp_path])


def test_documents_with_nothing_to_learn_are_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("# Hello\n\nJust a note.\n", encoding="utf-8")
    with pytest.raises(BuildError, match="found nothing to make cards from"):
        build([empty])
    (tmp_path / "nothing").mkdir()
    (tmp_path / "nothing" / "photo.png").write_bytes(b"\x89PNG")
    with pytest.raises(BuildError, match="no documents here"):
        build([tmp_path / "nothing"])


# ---------------------------------------------------------------- the command line


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(prep_command() + list(args), input=stdin, capture_output=True, text=True, timeout=60)


def test_cli_builds_then_quizzes_on_the_deck(tmp_path: Path) -> None:
    out = tmp_path / "out.yaml"
    done = run("build", str(DOCUMENTS / "platform-engineer.md"), "-o", str(out), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["output"] == str(out) and report["documents"][0]["title"] == "Senior Platform Engineer"
    # no FAQ pair: on-call, remote work and visas are the job's terms
    assert report["documents"][0]["levels"] == ["senior", "lead"] and report["documents"][0]["faq"] == 0
    assert out.read_text(encoding="utf-8").startswith("# Built by `prep build` from 1 document:")
    quiz = run("quiz", "--pack", str(out), "--level", "senior", "--plain", "--seed", "3", "-n", "3", stdin="1\n2\n3\n")
    assert quiz.returncode == 0, quiz.stderr
    assert "prep quiz · senior track · 3 questions" in quiz.stdout and "Score:" in quiz.stdout


def test_cli_without_output_writes_to_the_user_pack_folder(data_dir: Path) -> None:
    done = run("build", str(DOCUMENTS / "careers.html"))
    assert done.returncode == 0, done.stderr
    deck = data_dir / "packs" / "deck-backend-engineer.yaml"
    assert deck.is_file() and f"→ {deck}" in done.stdout.splitlines()[0]
    assert "careers.html — Backend Engineer" in done.stdout
    from prep.core.packs.discover import discover
    from prep.paths import Paths

    assert "deck-backend-engineer" in [pack.name for pack in discover(Paths.default()).packs]


def test_cli_errors_are_one_line(tmp_path: Path) -> None:
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    done = run("build", str(binary), "-o", str(tmp_path / "x.yaml"))
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert done.stderr.startswith("prep: ") and "image.html: binary file" in done.stderr
    assert isinstance(BuildError("x"), PrepError)


def test_a_deck_too_big_for_one_file_is_written_as_parts_that_all_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import prep.core.packs.write as writer
    from prep.core.packs.load import load_pack

    result = build([DOCUMENTS / "careers.html"])
    monkeypatch.setattr(writer, "PART_BYTES", 6000)
    written = writer.write_deck(result.pack, tmp_path / "deck.yaml", result.header)
    assert len(written) > 1 and written[0] == tmp_path / "deck.yaml"
    parts = [load_pack(path) for path in written]
    assert sorted(card.id for part in parts for card in part.cards) == sorted(card.id for card in result.pack.cards)
    assert len({part.name for part in parts}) == len(parts)
    assert all(path.stat().st_size <= 6000 for path in written)
    assert written == writer.write_deck(result.pack, tmp_path / "deck.yaml", result.header)  # stable
    monkeypatch.setattr(writer, "PART_BYTES", 10**9)
    assert writer.write_deck(result.pack, tmp_path / "deck.yaml", result.header) == [tmp_path / "deck.yaml"]
    assert sorted(tmp_path.iterdir()) == [tmp_path / "deck.yaml"]  # the old parts are gone
    report = result.report([str(path) for path in written])
    assert report["output"] == str(written[0]) and report["parts"] == [str(path) for path in written]
    described = describe_build(result, ["a.yaml", "b.yaml"]).splitlines()[0]
    assert described.endswith("→ 2 pack files (one pack file holds at most 5 MB): a.yaml, b.yaml")


def test_a_duty_and_its_matching_requirement_make_one_card(tmp_path: Path) -> None:
    posting = tmp_path / "posting.md"
    posting.write_text(
        "# Backend Engineer\n\n## What you'll do\n\n- Design REST APIs and evolve them without breaking clients\n\n"
        "## What you bring\n\n- Experience designing REST APIs and evolving them\n- 7+ years of experience in "
        "backend engineering\n",
        encoding="utf-8",
    )
    cards = [card for card in build([posting]).pack.cards if card.id.startswith("ask-")]
    assert len(cards) == 1, [card.prompt for card in cards]
    assert "7" not in cards[0].prompt
