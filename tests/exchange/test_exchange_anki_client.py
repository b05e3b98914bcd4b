"""Anki's own backend (the `anki` package, test-only) reads what `prep export anki` writes, and
prep reads what Anki writes: its text export and its packages, old and new."""

from __future__ import annotations

import platform
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from prep.core.exchange.anki import anki_text, guid
from prep.core.exchange.importing import import_file
from prep.core.model import Card, CardType
from prep.core.packs.load import load_pack

from conftest import PACKS, write

SAMPLES = Path(__file__).parent / "samples"
WHEELS = {("linux", "x86_64"), ("linux", "aarch64"), ("darwin", "arm64"), ("win32", "AMD64")}
"""Where pyproject.toml's `test` extra installs `anki`: there these tests must run, not skip."""

if (sys.platform, platform.machine()) not in WHEELS:
    pytest.skip("Anki publishes no wheel of its backend for this platform", allow_module_level=True)

from anki.collection import (  # noqa: E402
    Collection,
    ExportAnkiPackageOptions,
    ImportCsvRequest,
)


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    (tmp_path / "anki").mkdir()
    collection = Collection(str(tmp_path / "anki" / "collection.anki2"))
    yield collection
    if collection.db is not None:  # exporting a whole collection closes it
        collection.close()


def export(path: Path, *packs: Path) -> list[Card]:
    cards = [card for pack in packs for card in load_pack(pack).cards]
    path.write_text(anki_text(cards), encoding="utf-8")
    return cards


def import_into(col: Collection, path: Path):
    """What File › Import does with the file: the headers decide everything, nothing is asked."""
    metadata = col.get_csv_metadata(path=str(path), delimiter=None)
    return col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log


def notes(col: Collection) -> dict[str, dict[str, object]]:
    found = {}
    for note_id in col.find_notes(""):
        note = col.get_note(note_id)
        found[note.guid] = {
            "type": note.note_type()["name"],
            "fields": list(note.fields),
            "tags": list(note.tags),
            "decks": sorted({col.decks.name(card.did) for card in note.cards()}),
        }
    return found


def test_anki_imports_every_card_into_its_deck_with_fields_and_tags(col: Collection, tmp_path: Path) -> None:
    cards = export(tmp_path / "prep.txt", PACKS / "basics.yaml", SAMPLES / "export.yaml")
    log = import_into(col, tmp_path / "prep.txt")
    assert len(log.new) == len(cards) == 15 and not log.conflicting and not log.missing_notetype
    found = notes(col)
    assert set(found) == {guid(card.pack, card.id) for card in cards} and len(col.find_cards("")) == 15
    for card in cards:
        note = found[guid(card.pack, card.id)]
        assert note["type"] == ("Cloze" if card.type is CardType.CLOZE else "Basic")
        assert note["decks"] == [f"prep::{card.pack}::{card.level.label}"]
        assert note["tags"] == sorted(card.topics)
    note = {card.id: found[guid(card.pack, card.id)] for card in cards if card.pack == "exchange-export"}
    front, back = note["pick-one"]["fields"]
    assert front.startswith("Which HTTP method is not idempotent?<br><br><ol type=A><li>")
    assert sorted(re.findall("<li>(.*?)</li>", front)) == ["DELETE", "GET", "POST", "PUT"]
    assert back == "POST<br><br>Sending the same POST twice may create two resources."
    text, extra = note["port"]["fields"]
    assert text == "PostgreSQL listens on port {{c1::5432::four digits&#58; a&#58;&#58;b}} by default."
    assert extra == "Also accepted: 5432/tcp<br><br>Clients assume 5432."
    assert "<pre><code class=language-python>if 1 &lt; 2 and" in note["code"]["fields"][0]
    hostile = note["hostile"]["fields"][0]
    assert "<script>" not in hostile and "[sound:" not in hostile and "{{c1::" not in hostile


def test_a_second_import_updates_the_notes_instead_of_adding_new_ones(col: Collection, tmp_path: Path) -> None:
    pack = PACKS / "basics.yaml"
    export(tmp_path / "prep.txt", pack)
    import_into(col, tmp_path / "prep.txt")
    again = import_into(col, tmp_path / "prep.txt")
    assert not again.new and len(col.find_notes("")) == 9
    edited = write(
        tmp_path / "basics.yaml",
        pack.read_text(encoding="utf-8").replace("Clients assume 5432 unless told otherwise.", "Edited explanation."),
    )
    export(tmp_path / "prep.txt", edited)
    log = import_into(col, tmp_path / "prep.txt")
    assert not log.new and len(log.updated) == 1 and len(col.find_notes("")) == 9
    (note_id,) = col.find_notes('"Back Extra:Edited explanation."')
    assert col.get_note(note_id).fields[0] == "PostgreSQL listens on TCP port {{c1::5432}} by default."


def anki_deck(col: Collection) -> None:
    """A small collection made in Anki: Basic, reversed and Cloze notes, HTML and code in fields."""
    databases, networking = col.decks.id("Backend::Databases"), col.decks.id("Backend::Networking")
    rows = [
        ("Basic", databases, ["What does <b>MVCC</b> stand for?", "Multi-version concurrency control"], "databases"),
        ("Basic (and reversed card)", networking, ["TCP handshake", "SYN &rarr; SYN-ACK &rarr; ACK"], "networking tcp"),
        ("Cloze", databases, ["A {{c1::WAL}} is written before the {{c2::data pages::where?}}.", "fsync it"], "wal"),
        (
            "Basic",
            databases,
            ['Output?<pre><code class="language-sql">SELECT 1 &lt; 2;</code></pre>', "<i>true</i>"],
            "",
        ),
    ]
    for note_type, deck, fields, tags in rows:
        note = col.new_note(col.models.by_name(note_type))
        for index, value in enumerate(fields):
            note.fields[index] = value
        note.tags = tags.split()
        col.add_note(note, deck)


EXPECTED = {
    ("flashcard", "What does MVCC stand for?", "Multi-version concurrency control"),
    ("flashcard", "TCP handshake", "SYN → SYN-ACK → ACK"),
    ("flashcard", "SYN → SYN-ACK → ACK", "TCP handshake"),
    ("cloze", "A {{WAL}} is written before the data pages.", ""),
    ("cloze", "A WAL is written before the {{data pages}}.", ""),
    ("flashcard", "Output?\n\n```sql\nSELECT 1 < 2;\n```", "true"),
}


def cards_of(path: Path) -> tuple[set[tuple[str, str, str]], dict[str, str]]:
    pack = import_file(path).pack
    found = {
        (card.type.value, card.prompt, "" if card.type is CardType.CLOZE else card.answer[0]) for card in pack.cards
    }
    return found, {card.prompt: card.id for card in pack.cards}


def test_prep_reads_anki_s_text_export_and_both_kinds_of_package(col: Collection, tmp_path: Path) -> None:
    anki_deck(col)
    text = tmp_path / "notes.txt"
    col.export_note_csv(out_path=str(text), limit=None, with_html=True, with_tags=True, with_deck=True,
                        with_notetype=True, with_guid=True)  # fmt: skip
    found, ids = cards_of(text)
    assert found == EXPECTED
    for legacy in (False, True):  # a package for Anki 2.1.50 and later (zstd, schema 18), and an older one
        package = tmp_path / f"deck-{legacy}.apkg"
        options = ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=False, legacy=legacy
        )
        col.export_anki_package(out_path=str(package), options=options, limit=None)
        assert cards_of(package) == (EXPECTED, ids)  # the same ids: they come from the notes' GUIDs


def test_a_deck_survives_prep_to_anki_to_prep(col: Collection, tmp_path: Path) -> None:
    export(tmp_path / "prep.txt", SAMPLES / "export.yaml")
    import_into(col, tmp_path / "prep.txt")
    col.export_note_csv(out_path=str(tmp_path / "back.txt"), limit=None, with_html=True, with_tags=True,
                        with_deck=True, with_notetype=True, with_guid=True)  # fmt: skip
    pack = import_file(tmp_path / "back.txt").pack
    cards = {card.prompt.split("\n")[0]: card for card in pack.cards}
    assert len(pack.cards) == 6
    assert cards["PostgreSQL listens on port {{5432}} by default."].hint == "four digits: a::b"
    assert cards["What does this print?"].prompt.endswith(
        '```python\nif 1 < 2 and "a" != \'b\':\n    print([x for x in "ab"])\n```'
    )
    assert {card.level.label for card in pack.cards} == {"junior", "mid", "senior", "lead"}  # from the decks
    hostile = cards["<script>alert(1)</script> [sound:x.mp3] {{c1::not a cloze}} [bold]"]
    assert hostile.type is CardType.FLASHCARD and hostile.answer == ('Tab here, & "quotes"',)


def test_prep_reads_a_whole_collection_package(col: Collection, tmp_path: Path) -> None:
    anki_deck(col)
    package = tmp_path / "collection.colpkg"
    col.export_collection_package(str(package), include_media=False, legacy=False)
    assert cards_of(package)[0] == EXPECTED
