"""The bundled curriculum: counts, coverage of the seed skills, and well-formed cards."""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from prep.cli.packs import render_coverage as render
from prep.core.coverage import REQUIRED_LEVELS, coverage
from prep.core.model import CardType, Level, Pack
from prep.core.packs.discover import bundled_library
from prep.core.topics import SEED_SKILLS, TOPIC_BY_SLUG, topic_for

from conftest import SEEDS


@pytest.fixture(scope="module")
def packs() -> list[Pack]:
    library = bundled_library()
    assert not library.problems, [str(problem) for problem in library.problems]
    return library.packs


def test_size_and_levels(packs: list[Pack]) -> None:
    cards = [card for pack in packs for card in pack.cards]
    assert len(cards) >= 1000
    assert sum("```" in card.prompt for card in cards) >= 120  # code on the cards
    assert sum(card.type is CardType.REORDER for card in cards) >= 20
    per_level = Counter(level for card in cards for level in card.levels)
    for level in Level:
        assert per_level[level] >= 80, f"{level}: {per_level[level]} cards"


def test_every_seed_skill_has_junior_and_senior_cards(packs: list[Pack], capsys: pytest.CaptureFixture[str]) -> None:
    report = coverage(card for pack in packs for card in pack.cards)
    with capsys.disabled():
        print("\n" + render(report))
    assert report.gaps == []
    assert REQUIRED_LEVELS == (Level.JUNIOR, Level.SENIOR)


def test_seed_skill_list_covers_the_labelled_skills() -> None:
    labels = SEEDS / "labels.yaml"
    if not labels.exists():
        pytest.skip(f"the seed documents are not beside the project ({SEEDS})")
    listed = {topic_for(skill) for skill in SEED_SKILLS}
    for document in yaml.safe_load(labels.read_text()).values():
        for skill in document["skills"]:
            assert topic_for(skill) in listed, skill


def test_ids_are_unique_everywhere(packs: list[Pack]) -> None:
    assert len({pack.name for pack in packs}) == len(packs)
    ids = Counter(card.id for pack in packs for card in pack.cards)
    assert [card_id for card_id, count in ids.items() if count > 1] == []


def test_cards_are_well_formed(packs: list[Pack]) -> None:
    types = Counter()
    for pack in packs:
        for card in pack.cards:
            types[card.type] += 1
            assert card.explain, f"{card.id}: no explanation"
            assert card.topics and all(topic in TOPIC_BY_SLUG for topic in card.topics), card.id
            if card.type in (CardType.CHOICE, CardType.MULTI):
                assert len({choice.casefold() for choice in card.choices}) == len(card.choices), card.id
                assert set(card.answer) <= set(card.choices), card.id
                assert len(card.answer) == (1 if card.type is CardType.CHOICE else len(set(card.answer))), card.id
            if card.type is CardType.MULTI:
                assert 2 <= len(card.answer) < len(card.choices), card.id
    assert set(types) == set(CardType)


def test_right_answers_are_spread_over_positions(packs: list[Pack]) -> None:
    positions = Counter(
        card.choices.index(card.answer[0]) for pack in packs for card in pack.cards if card.type is CardType.CHOICE
    )
    total = sum(positions.values())
    assert all(positions[index] > total / 8 for index in range(4)), positions


def test_no_two_cards_ask_the_same_thing(packs: list[Pack]) -> None:
    """Near-duplicates: two cards whose prompt and answer share most of their words (code included,
    so two "what does this print?" cards differ by their code)."""
    import itertools
    import re

    stop = {"the", "and", "for", "with", "that", "this", "what", "which", "does", "are", "how", "why", "when"}
    stop |= {"you", "your", "from", "into", "its", "than", "then"}

    def words(card) -> frozenset[str]:
        text = f"{card.prompt} {' '.join(card.answer)}".lower()
        return frozenset(word for word in re.findall(r"[a-z0-9+#_.]+", text) if len(word) > 2 and word not in stop)

    cards = [(card, words(card)) for pack in packs for card in pack.cards]
    twins = [
        (a.id, b.id, round(len(x & y) / len(x | y), 2))
        for (a, x), (b, y) in itertools.combinations(cards, 2)
        if min(len(x), len(y)) >= 4 and len(x & y) / len(x | y) >= 0.6
    ]
    assert twins == []


def test_the_right_choice_does_not_stand_out_by_length(packs: list[Pack]) -> None:
    """The right option is the one longest option in at most 20% of choice cards (by chance: 25%);
    a candidate who always picks the longest must not do well."""
    choice = [card for pack in packs for card in pack.cards if card.type is CardType.CHOICE]
    longest = [
        card.id
        for card in choice
        if len(card.answer[0]) == max(map(len, card.choices))
        and sum(len(option) == len(card.answer[0]) for option in card.choices) == 1
    ]
    assert len(longest) <= 0.2 * len(choice), f"{len(longest)} of {len(choice)}"
