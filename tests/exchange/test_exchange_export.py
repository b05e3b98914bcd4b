"""Anki's text format as prep writes it: headers, GUIDs, decks, tags, and fields that stay text."""

from __future__ import annotations

from pathlib import Path

import pytest

from prep.core.exchange.anki import EXPORT_HEADER, anki_text, guid, note_row
from prep.core.model import Card
from prep.core.packs.load import load_pack

SAMPLES = Path(__file__).parent / "samples"


@pytest.fixture
def cards() -> dict[str, Card]:
    return {card.id: card for card in load_pack(SAMPLES / "export.yaml").cards}


def test_the_file_starts_with_every_header_anki_needs(cards: dict[str, Card]) -> None:
    text = anki_text(cards.values())
    lines = text.split("\n")
    assert tuple(lines[: len(EXPORT_HEADER)]) == EXPORT_HEADER
    assert {"#separator:tab", "#html:true", "#guid column:1", "#notetype column:2", "#deck column:3",
            "#tags column:6"} <= set(EXPORT_HEADER)  # fmt: skip
    records = [line for line in lines[len(EXPORT_HEADER) :] if line]
    assert len(records) == len(cards)
    assert all(record.count("\t") == 5 for record in records)  # no field needs quoting


def test_guids_are_stable_distinct_and_anki_shaped() -> None:
    assert guid("pack", "card") == guid("pack", "card")
    assert len({guid("pack", "a"), guid("pack", "b"), guid("other", "a")}) == 3
    assert all(len(guid("p", str(n))) == 11 and guid("p", str(n)).isalnum() for n in range(50))


def test_one_deck_per_pack_and_level_and_topics_as_tags(cards: dict[str, Card]) -> None:
    _guid, _type, deck, _front, _back, tags = note_row(cards["pick-many"])
    assert deck == "prep::exchange-export::mid"
    assert tags == "http rest"
    assert note_row(cards["steps"])[2] == "prep::exchange-export::lead"


def test_a_choice_card_is_a_basic_note_listing_its_options(cards: dict[str, Card]) -> None:
    _guid, note_type, _deck, front, back, _tags = note_row(cards["pick-one"])
    assert note_type == "Basic"
    assert front.startswith("Which HTTP method is not idempotent?<br><br><ol type=A>")
    assert sorted(front.count(f"<li>{choice}</li>") for choice in ("GET", "PUT", "DELETE", "POST")) == [1] * 4
    assert back == "POST<br><br>Sending the same POST twice may create two resources."
    assert note_row(cards["pick-one"])[3] == front  # the same order on every export
    _guid, _type, _deck, front, back, _tags = note_row(cards["pick-many"])
    assert "<ol type=A>" in front and back == "<ul><li>GET</li><li>HEAD</li></ul>"


def test_a_cloze_card_is_an_anki_cloze_with_its_hint(cards: dict[str, Card]) -> None:
    _guid, note_type, _deck, text, extra, _tags = note_row(cards["port"])
    assert note_type == "Cloze"
    assert text == "PostgreSQL listens on port {{c1::5432::four digits&#58; a&#58;&#58;b}} by default."
    assert extra == "Also accepted: 5432/tcp<br><br>Clients assume 5432."


def test_code_stays_code_and_is_escaped(cards: dict[str, Card]) -> None:
    front = note_row(cards["code"])[3]
    assert front == (
        "What does this print?<pre><code class=language-python>"
        "if 1 &lt; 2 and &quot;a&quot; != &#x27;b&#x27;:<br>    print(&#91;x for x in &quot;ab&quot;&#93;)"
        "</code></pre>"
    )


def test_card_text_never_reads_as_markup_sound_or_cloze(cards: dict[str, Card]) -> None:
    _guid, note_type, _deck, front, back, _tags = note_row(cards["hostile"])
    assert note_type == "Basic"
    assert "<script>" not in front and "&lt;script&gt;" in front
    assert "[sound:" not in front and "{{c1::" not in front and "&#91;bold&#93;" in front
    assert back == "Tab&#9;here, &amp; &quot;quotes&quot;"


def test_reorder_cards_list_the_steps_shuffled_and_answer_in_order(cards: dict[str, Card]) -> None:
    _guid, _type, _deck, front, back, _tags = note_row(cards["steps"])
    assert "<ul>" in front and "<details><summary>Hint</summary>Who speaks first?</details>" in front
    assert back == "<ol><li>ClientHello</li><li>ServerHello</li><li>Finished</li></ol>"
