"""Levels, cards and the level pool rule."""

from __future__ import annotations

import pytest

from prep.core.model import Card, CardType, Deck, Level, Pack
from prep.core.packs.format import pack_from_record, pack_record
from prep.errors import UnknownLevel


@pytest.mark.parametrize(
    "text, level",
    [
        ("junior", Level.JUNIOR),
        ("Entry", Level.JUNIOR),
        ("mid", Level.MID),
        ("intermediate", Level.MID),
        ("SENIOR", Level.SENIOR),
        ("lead", Level.LEAD),
        ("staff", Level.LEAD),
        (" principal ", Level.LEAD),
    ],
)
def test_levels_and_aliases(text: str, level: Level) -> None:
    assert Level.parse(text) is level


def test_unknown_level_lists_the_valid_ones() -> None:
    with pytest.raises(UnknownLevel) as caught:  # the caller decides the exit code (a flag: 2; a file: 1)
        Level.parse("expert")
    assert "junior, mid, senior, lead" in str(caught.value)


def test_levels_are_ordered() -> None:
    assert Level.JUNIOR < Level.MID < Level.SENIOR < Level.LEAD


def make(card_id: str, *levels: Level, type: CardType = CardType.TYPED, topics: tuple[str, ...] = ()) -> Card:
    return Card(card_id, type, tuple(levels), f"Q {card_id}", ("a",), topics=topics, pack="p")


def test_pool_holds_the_level_and_below_with_its_own_cards_first() -> None:
    deck = Deck(
        (
            make("j", Level.JUNIOR),
            make("s", Level.SENIOR),
            make("m", Level.MID),
            make("l", Level.LEAD),
            make("js", Level.JUNIOR, Level.SENIOR),
        )
    )
    assert [card.id for card in deck.pool(Level.SENIOR)] == ["s", "js", "m", "j"]
    assert [card.id for card in deck.pool(Level.JUNIOR)] == ["j", "js"]
    assert [card.id for card in deck.pool(Level.MID)] == ["m", "j", "js"]


def test_pool_filters_topics_and_graded_cards() -> None:
    deck = Deck(
        (
            make("a", Level.JUNIOR, topics=("git",)),
            make("b", Level.JUNIOR, topics=("sql",)),
            make("c", Level.JUNIOR, type=CardType.FLASHCARD, topics=("git",)),
        )
    )
    assert [card.id for card in deck.pool(Level.JUNIOR, ["GIT"])] == ["a", "c"]
    assert [card.id for card in deck.pool(Level.JUNIOR, ["git"], graded_only=True)] == ["a"]


def test_cloze_question_masks_the_blank() -> None:
    card = Card("c", CardType.CLOZE, (Level.JUNIOR,), "Port {{5432}} it is", ("5432",))
    assert card.question == "Port _____ it is"


def test_pack_round_trips_through_dict() -> None:
    cards = (
        make("a", Level.JUNIOR, topics=("git",)),
        Card(
            "b",
            CardType.MULTI,
            (Level.MID, Level.LEAD),
            "Pick",
            ("x", "z"),
            choices=("x", "y", "z"),
            explain="why",
            pack="p",
        ),
        Card("c", CardType.CLOZE, (Level.SENIOR,), "Port {{5432}}", ("5432",), accept=("five",), pack="p"),
    )
    pack = Pack("p", "P", "1", cards, description="d", license="MIT")
    again = pack_from_record(pack_record(pack))
    assert again.cards == pack.cards
    assert (again.name, again.title, again.version, again.description, again.license) == ("p", "P", "1", "d", "MIT")


def test_a_pack_without_optional_text_writes_and_loads_back(tmp_path) -> None:
    from prep.core.packs.load import load_pack
    from prep.core.packs.write import write_pack

    pack = Pack("p", "P", "1", (make("a", Level.JUNIOR),))
    write_pack(pack, tmp_path / "p.yaml")
    assert load_pack(tmp_path / "p.yaml").cards[0].prompt == "Q a"
