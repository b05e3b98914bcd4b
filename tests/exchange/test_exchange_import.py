"""`prep import`: Anki text, hashcards, hascard and TSV/CSV decks become packs prep's own loader
accepts, with text (never markup), located problems, stable ids, and cards a session can ask."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from prep.core.exchange.importing import import_file
from prep.core.exchange.packing import Imported, ImportOptions
from prep.core.model import Card, CardType, Deck, Level
from prep.core.packs.load import display_path, load_pack
from prep.core.packs.write import write_deck
from prep.core.store import Store
from prep.core.study import Mode, StudyOptions, start_session
from prep.errors import PackError

from conftest import picked, write

SAMPLES = Path(__file__).parent / "samples"


def imported(path: Path, **options: object) -> Imported:
    return import_file(path, ImportOptions(**options))


def written(result: Imported, folder: Path) -> dict[str, Card]:
    """The pack as prep's own loader reads it back from the file the import writes."""
    (path,) = write_deck(result.pack, folder / f"{result.pack.name}.yaml")
    return {card.id: card for card in load_pack(path).cards}


def by_prompt(cards: dict[str, Card]) -> dict[str, Card]:
    return {card.prompt: card for card in cards.values()}


def kinds(cards: dict[str, Card]) -> Counter[str]:
    return Counter(card.type.value for card in cards.values())


def messages(result: Imported) -> list[str]:
    return [str(problem) for problem in result.problems]


# ---------------------------------------------------------------- Anki text


def test_anki_text_with_headers_basic_reversed_typed_and_cloze(tmp_path: Path) -> None:
    result = imported(SAMPLES / "anki-basic.txt")
    cards = by_prompt(written(result, tmp_path))
    assert result.format == "Anki text" and kinds(written(result, tmp_path)) == {"flashcard": 5, "cloze": 2, "typed": 1}
    assert cards["What does MVCC stand for?"].answer[0].startswith("Multi-version")  # <b> is gone
    assert cards["TCP three-way handshake"].answer == ("SYN → SYN-ACK → ACK\n\n[sound: tcp-handshake.mp3]",)
    assert "SYN → SYN-ACK → ACK\n\n[sound: tcp-handshake.mp3]" in cards  # the reversed card
    assert cards["Why use `SELECT … FOR UPDATE`?"].topics == ("databases", "locking", "prep-sample")
    assert cards['Which status code means "Too Many Requests"?'].type is CardType.TYPED
    second = cards["A cache-aside read checks the cache first and, on a miss, loads from the {{database}}."]
    assert (
        second.hint == "source of truth" and second.explain == "Also called lazy loading.\n\nWrites invalidate the key."
    )
    assert messages(result) == [
        f"{display_path(SAMPLES / 'anki-basic.txt')}:12: prep cannot show tcp-handshake.mp3; the text names it instead"
    ]


def test_anki_cloze_one_card_per_number_nested_and_multi_number(tmp_path: Path) -> None:
    cards = written(imported(SAMPLES / "anki-cloze.txt"), tmp_path)
    prompts = {card.prompt for card in cards.values()}
    assert "In Raft, a follower starts an election when its {{election timeout}} expires; it becomes leader with" \
           " votes from a majority." in prompts  # fmt: skip
    assert "{{Two-phase commit blocks if the coordinator crashes}} after the prepare phase." in prompts
    both = [card for card in cards.values() if "network partition" in card.prompt and card.type is CardType.FLASHCARD]
    assert [card.answer for card in both] == [("- consistency\n- availability",)]  # c2 hides two spans
    assert all("<i>" not in card.prompt and "&lt;" not in card.prompt for card in cards.values())


def test_anki_text_without_headers_is_read_as_html(tmp_path: Path) -> None:
    cards = by_prompt(written(imported(SAMPLES / "anki-noheaders.txt"), tmp_path))
    assert cards["What is a connection pool?"].topics[0] == "databases"
    assert cards["Why can't a B-tree index help `LIKE '%term'`?"].answer == (
        "The leading wildcard means there is no prefix to seek on. Use a trigram index instead.",
    )
    assert cards["Write amplification"].answer == (
        "Bytes written to storage divided by bytes the application wrote.\n\nHigh in LSM trees during compaction.",
    )


def test_html_code_blocks_become_fenced_code_and_nothing_stays_markup(tmp_path: Path) -> None:
    path = write(tmp_path / "code.txt", "#separator:tab\n#html:true\n"
                 'What does <b>this</b> print?<pre><code class="language-python">if 1 &lt; 2:<br>    print("a")'
                 "</code></pre>\t<ol><li>a</li><li><i>nothing</i></li></ol><script>alert(1)</script>\n")  # fmt: skip
    (card,) = written(imported(path), tmp_path).values()
    assert card.prompt == 'What does this print?\n\n```python\nif 1 < 2:\n    print("a")\n```'
    assert card.answer == ("1. a\n2. nothing",)


# ---------------------------------------------------------------- TSV / CSV


def test_tsv_and_csv_front_back_tags(tmp_path: Path) -> None:
    tsv = written(imported(SAMPLES / "delimited-basic.tsv"), tmp_path)
    assert by_prompt(tsv)["Default PostgreSQL port"].answer == ("5432",)
    assert by_prompt(tsv)["What does DNS TTL control?"].topics == (
        "tcp-ip",
        "dns",
    )  # "networking" is a vocabulary topic's alias
    csv = by_prompt(written(imported(SAMPLES / "delimited.csv"), tmp_path))
    assert len(csv) == 4 and "front" not in csv  # the header row is not a card
    assert {"What is a circuit breaker?", "Retry with backoff, why jitter?", "Health endpoint path"} < set(csv)
    assert csv['What does "exactly once" need?'].answer == (
        "Idempotent writes or transactions:\n\ndelivery alone cannot guarantee it.",
    )


def test_a_one_column_line_is_reported_where_it_is(tmp_path: Path) -> None:
    path = write(tmp_path / "deck.tsv", "q1\ta1\njust one column\nq2\ta2\n")
    result = imported(path)
    assert [card.prompt for card in result.pack.cards] == ["q1", "q2"]
    assert messages(result) == [
        f"{display_path(path)}:2: skipped: one column only; write front, back and tags apart by a tab"
    ]


# ---------------------------------------------------------------- hashcards


def test_hashcards_questions_and_cloze_cards(tmp_path: Path) -> None:
    result = imported(SAMPLES / "hashcards" / "Databases.md")
    cards = by_prompt(written(result, tmp_path))
    assert result.format == "hashcards" and kinds(written(result, tmp_path)) == {"flashcard": 4, "cloze": 4}
    assert cards["List the four ACID properties."].answer == ("- Atomicity\n- Consistency\n- Isolation\n- Durability",)
    assert cards["What does this query return when `orders` is empty?\n\n```sql\nSELECT count(*) FROM orders;\n```"]
    assert "In PostgreSQL, {{`VACUUM`}} reclaims the space held by dead tuples." in cards
    assert "The JSONPath `$.items[0]` selects the {{first element}} of `items`." in cards


def test_a_hashcards_folder_is_one_pack_and_front_matter_names_the_deck(tmp_path: Path) -> None:
    result = imported(SAMPLES / "hashcards")
    cards = written(result, tmp_path)
    assert len(cards) == 16 and result.pack.name == "hashcards"
    assert "{{TLS}} runs on top of TCP, while QUIC runs on top of UDP." in by_prompt(cards)


def test_hashcards_problems_are_located(tmp_path: Path) -> None:
    path = write(tmp_path / "deck.md", "Q: fine?\nA: yes\n\nA: orphan answer\n\nQ: no answer\n\nC: no deletion here\n")
    result = imported(path)
    assert [card.prompt for card in result.pack.cards] == ["fine?"]
    assert messages(result) == [
        f"{display_path(path)}:4: an A: answer with no Q: question before it; add the question",
        f"{display_path(path)}:6: skipped: a Q: question with no A: answer; add the answer",
        f"{display_path(path)}:8: skipped: a C: cloze card with no [deletion]; put brackets round the answer",
    ]


# ---------------------------------------------------------------- hascard


def test_hascard_every_card_kind(tmp_path: Path) -> None:
    result = imported(SAMPLES / "backend-hascard.txt")
    cards = by_prompt(written(result, tmp_path))
    assert result.format == "hascard"
    definition = cards["What does a load balancer health check do?"]
    assert definition.type is CardType.FLASHCARD and definition.answer[0].startswith("It probes every backend")
    choice = cards[
        "Which isolation level stops non-repeatable reads but, in the SQL standard, still allows phantom reads?"
    ]
    assert choice.type is CardType.CHOICE and choice.answer == ("Repeatable read",) and len(choice.choices) == 4
    multi = cards["Which HTTP methods are idempotent by definition?"]
    assert multi.type is CardType.MULTI and multi.answer == ("PUT", "DELETE", "GET")
    gaps = [card for card in cards.values() if card.prompt.startswith("Fill in the gaps")]
    assert [card.type for card in gaps] == [CardType.CLOZE, CardType.CLOZE] and gaps[1].accept == ("forward",)
    steps = cards["Order the steps of a TLS 1.3 full handshake"]
    assert steps.type is CardType.REORDER and steps.answer[0] == "Client sends ClientHello with its key shares"
    assert "Which replication topology does this diagram show?\n\n[image: replication.png]" in cards


def test_hascard_problems_are_located(tmp_path: Path) -> None:
    path = write(tmp_path / "deck.txt", "# fine\nyes\n---\n# steps\n1. a\n3. b\n---\n# pick\n- a\n* b\n* c\n")
    result = imported(path)
    assert [card.prompt for card in result.pack.cards] == ["fine"]
    assert messages(result) == [
        f"{display_path(path)}:4: skipped: a reorder card numbers its steps 1, 2, 3 … once each; fix the numbers",
        f"{display_path(path)}:8: skipped: a multiple-choice card marks one answer right with *; mark the others"
        " with -, or write [*] options for several",
    ]


# ---------------------------------------------------------------- the pack


@pytest.mark.parametrize("name", ["anki-basic.txt", "anki-cloze.txt", "delimited-edge.tsv", "backend-hascard.txt"])
def test_ids_are_stable_across_re_imports_and_edits(tmp_path: Path, name: str) -> None:
    first = {card.prompt: card.id for card in imported(SAMPLES / name).pack.cards}
    assert first == {card.prompt: card.id for card in imported(SAMPLES / name).pack.cards}
    text = (SAMPLES / name).read_text(encoding="utf-8")
    edited = write(tmp_path / name, text + ("\n---\n# New card\nNew answer\n" if "hascard" in name else ""))
    again = {card.prompt: card.id for card in imported(edited).pack.cards}
    assert {prompt: again[prompt] for prompt in first} == first


def test_levels_come_from_options_or_the_deck_name(tmp_path: Path) -> None:
    path = write(tmp_path / "deck.txt", "#deck:Interviews::Senior\nq\ta\n")
    assert imported(path).pack.cards[0].level is Level.SENIOR
    assert imported(path, level=Level.MID).pack.cards[0].level is Level.MID
    assert imported(SAMPLES / "delimited-basic.tsv").pack.cards[0].level is Level.JUNIOR


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "holds no card prep could import (CSV); is it empty?"),
        (b"q\xff\ta\n", "is not UTF-8 (byte 0xFF at column 2); save the file as UTF-8"),
        (
            b'"never closed\tback\n',
            'a quoted field starts here and never ends; close it with " (write a quote inside a quoted field as "")',
        ),
        (b"q\x1b[31m\ta\n", "contains the control character U+001B; prep imports text without them, remove it"),
    ],
)
def test_a_file_that_makes_no_pack_is_one_located_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "deck.csv"
    path.write_bytes(content)
    with pytest.raises(PackError) as raised:
        imported(path)
    assert str(raised.value).endswith(message) and str(raised.value).startswith(display_path(path))


def right_answer(card: Card) -> object:
    if card.type in (CardType.CHOICE, CardType.MULTI):
        return picked(card, *card.answer)
    if card.type is CardType.REORDER:
        return tuple(card.choices.index(item) for item in card.answer)
    return card.accepted[0]


@pytest.mark.parametrize(
    "name", ["anki-basic.txt", "anki-cloze.txt", "anki-csv.csv", "hashcards", "backend-hascard.txt", "delimited.csv"]
)
def test_an_imported_pack_can_be_quizzed_and_reviewed(tmp_path: Path, name: str) -> None:
    pack = load_pack(write_deck(imported(SAMPLES / name).pack, tmp_path / "pack.yaml")[0])
    with Store.open(tmp_path / "p.db") as store:
        deck = Deck.of([pack])
        if any(card.type is not CardType.FLASHCARD for card in pack.cards):
            quiz = start_session(deck, store, StudyOptions(Level.JUNIOR, count=0, seed=1))
            while (card := quiz.current) is not None:
                assert quiz.submit(right_answer(card)).correct, card
                quiz.advance()
        cards = start_session(deck, store, StudyOptions(Level.MID, mode=Mode.FLASHCARDS, seed=1))
        assert cards.current is not None


def zipped(path: Path, members: dict[str, bytes]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("members", "message"),
    [
        (None, "is not an Anki package (it is not a zip file); export the deck from Anki again"),
        ({"media": b"{}"}, "has no collection.anki2, so it holds no Anki collection; export it again"),
        ({"collection.anki2": b"not SQLite" * 100}, "its collection is damaged (SQLite: file is not a database); "
         "export it from Anki again"),
        ({"meta": b"\x08\x07"}, "was written by an Anki newer than prep knows (package version 7); export it with "
         "“Support older Anki versions” ticked"),
    ],
)  # fmt: skip
def test_a_package_that_is_not_one_is_one_error(tmp_path: Path, members: dict[str, bytes] | None, message: str) -> None:
    path = tmp_path / "deck.apkg"
    if members is None:
        path.write_bytes(b"not a zip")
    else:
        zipped(path, members)
    with pytest.raises(PackError) as raised:
        imported(path)
    assert str(raised.value) == f"{display_path(path)}: {message}"


def test_a_package_that_unpacks_past_the_cap_stops_at_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from prep.core.exchange import apkg

    monkeypatch.setattr(apkg, "MAX_COLLECTION_BYTES", 4 * apkg.CHUNK)
    path = zipped(tmp_path / "bomb.apkg", {"collection.anki2": bytes(5 * apkg.CHUNK)})
    with pytest.raises(PackError) as raised:
        imported(path)
    assert str(raised.value).endswith(
        "its collection unpacks to more than 4.0 MB; prep reads collections up to that size"
    )
