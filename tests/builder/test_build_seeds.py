"""`prep build` on the five seed role documents, checked against ../shared/seeds/labels.yaml.

The seed documents are not ours, so they are read from beside the project and never copied in;
without them these tests skip.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from prep.core.builder import build
from prep.core.builder.documents import read_document
from prep.core.builder.extract import Extraction, extract
from prep.core.model import Card, CardType, Pack
from prep.core.packs.load import load_pack
from prep.core.packs.write import write_pack
from prep.core.topics import topic_for

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
LABELS = SEEDS / "labels.yaml"
pytestmark = pytest.mark.skipif(not LABELS.is_file(), reason=f"seed documents not found at {SEEDS}")

QUESTION_WORDS = ("what", "how", "which", "why", "who", "when", "where", "is", "are", "do", "does", "can", "should")
_WORDS = re.compile(r"[a-z0-9+#.]+")


def labels() -> dict[str, dict]:
    return yaml.safe_load(LABELS.read_text(encoding="utf-8")) if LABELS.is_file() else {}


SEED_NAMES = sorted(labels())


@pytest.fixture(scope="module")
def built(bundled_packs: list[Pack]) -> dict[str, tuple[Extraction, Pack]]:
    results = {}
    for name in SEED_NAMES:
        path = SEEDS / name
        found = extract(read_document(path, name))
        results[name] = (found, build([path], bundled=bundled_packs).pack)
    return results


def words(text: str) -> list[str]:
    return _WORDS.findall(text.lower())


def normal_skill(name: str) -> str:
    return topic_for(name) or name.strip().casefold()


def card_texts(card: Card) -> list[str]:
    return [card.prompt, *card.answer, *card.choices]


def faq_matches(item: dict, faq_cards: list[Card]) -> list[Card]:
    """The cards made from one labelled FAQ item: by its question's words, or by how its answer starts."""
    if item.get("question"):
        wanted = words(item["question"])
        return [card for card in faq_cards if sum(word in words(card.prompt) for word in wanted) >= 0.8 * len(wanted)]
    start = item["answer_starts"]
    return [
        card
        for card in faq_cards
        if (card.answer and card.answer[0].startswith(start))
        or (card.type is CardType.CLOZE and card.explain.startswith(start))
    ]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_faq_item_becomes_a_card_with_a_sensible_prompt(name: str, built) -> None:
    _, pack = built[name]
    faq_cards = [card for card in pack.cards if card.source and card.source.kind == "faq"]
    for item in labels()[name]["faq"] or []:
        if item.get("keep", True) is False:
            continue
        matches = faq_matches(item, faq_cards)
        if item.get("question"):
            assert matches, f"no card asks {item['question']!r}"
            card = matches[0]
            assert card.answer and len(card.answer[0]) > 40
        else:
            start = item["answer_starts"]
            assert len(matches) == 1, f"no card answers {start!r}"
            card = matches[0]
            if card.type is CardType.FLASHCARD:
                assert_real_question_about(card.prompt, start)
            else:
                assert card.prompt.count("{{") == 1
        assert card.prompt.endswith("?") or card.type is CardType.CLOZE


@pytest.mark.parametrize("name", SEED_NAMES)
def test_faq_items_about_pay_or_the_market_make_no_card(name: str, built) -> None:
    _, pack = built[name]
    for item in labels()[name]["faq"] or []:
        if item.get("keep", True) is False:
            assert faq_matches(item, list(pack.cards)) == [], f"{item} became a card"


def assert_real_question_about(prompt: str, answer_start: str) -> None:
    """A question (question word first, question mark last) that names the answer's subject."""
    assert prompt.endswith("?") and words(prompt)[0] in QUESTION_WORDS, prompt
    assert 4 <= len(prompt.split()) <= 25, prompt
    subject = [word for word in words(answer_start)[:8] if len(word) > 3]
    shared = [word for word in subject if word in words(prompt) or word.rstrip("s") in words(prompt)]
    assert len(shared) >= 2, f"{prompt!r} is not about {answer_start!r}"


@pytest.mark.parametrize("name", SEED_NAMES)
def test_at_least_95_percent_of_the_listed_skills_are_found(name: str, built) -> None:
    found, _ = built[name]
    listed = {normal_skill(skill) for skill in labels()[name]["skills"]}
    extracted = {skill.slug or skill.name.casefold() for skill in found.skills}
    missing = listed - extracted
    assert len(listed & extracted) >= 0.95 * len(listed), f"missing skills: {sorted(missing)}"


@pytest.mark.parametrize("name", SEED_NAMES)
def test_levels_are_the_labelled_ones(name: str, built) -> None:
    found, pack = built[name]
    wanted = labels()[name]["levels"]
    assert [level.label for level in found.levels] == wanted
    assert sorted(
        {level.label for card in pack.cards for level in card.levels if card.source and card.source.kind != "skill"}
        | set(wanted)
    ) == sorted(wanted)


def _listing_for(found: Extraction, key: str, role: str | None = None):
    """The extracted list a label key names: "responsibilities", "top_skills", "tools_and_technologies"."""
    wanted = set(key.split("_"))
    for listing in found.listings:
        heading = set(words(listing.heading.replace("&", "and")))
        named = set(words(listing.kind.value)) | heading
        if wanted <= named and (role is None or (listing.role and words(listing.role.name) == role.split("_"))):
            return listing
    return None


@pytest.mark.parametrize("name", SEED_NAMES)
def test_list_sections_have_the_labelled_sizes(name: str, built) -> None:
    found, _ = built[name]
    for key, size in labels()[name]["sections"].items():
        if isinstance(size, dict):
            for part, part_size in size.items():
                listing = _listing_for(found, part, role=key)
                assert listing is not None, f"no {part} list for {key}"
                assert len(listing.items) == part_size, (key, part, [item.text for item in listing.items])
        else:
            listing = _listing_for(found, key)
            assert listing is not None, f"no {key} list"
            assert len(listing.items) == size, (key, [item.text for item in listing.items])


@pytest.mark.parametrize("name", SEED_NAMES)
def test_page_chrome_never_becomes_a_card(name: str, built) -> None:
    _, pack = built[name]
    for chrome in labels()[name].get("not_cards", []):
        for card in pack.cards:
            for text in card_texts(card):
                assert chrome.casefold() not in text.casefold(), f"{chrome!r} in card {card.id}"


def test_the_seed_folder_builds_one_valid_deck(bundled_packs: list[Pack], tmp_path: Path) -> None:
    result = build([SEEDS], bundled=bundled_packs)
    out = tmp_path / "seeds.yaml"
    write_pack(result.pack, out, header=result.header)
    loaded = load_pack(out)
    assert len(loaded.cards) == len(result.pack.cards) == result.report(["x"])["cards"]
    assert loaded.uses == result.pack.uses and len(loaded.uses) == result.report(["x"])["uses"] > 0
    assert [document["path"].rsplit("/", 1)[-1] for document in result.report(["x"])["documents"]] == SEED_NAMES
    kinds = {card.source.kind for card in loaded.cards if card.source}
    # The seeds' one list of role definitions names other job families, or repeats a FAQ answer: no role card.
    assert {"faq", "responsibility", "qualification", "level"} <= kinds and "role" not in kinds
