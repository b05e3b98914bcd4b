"""Built decks use the library's cards by reference: installed beside the bundled packs, no pool holds
a card twice, a used card keeps its own progress, and a missing one is a warning, not a failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from prep.core.builder import build
from prep.core.model import Level, Pack
from prep.core.packs.discover import Library, discover
from prep.core.packs.load import load_pack
from prep.core.packs.write import write_pack
from prep.paths import Paths

from build_support import DOCUMENTS, skill_pack
from conftest import SEEDS, write

POSTING = "# Senior Data Engineer\n\n## Skills\n\n- Kafka\n- Postgres\n\n## Responsibilities\n\n- Run Kafka\n"


def installed(paths: Paths, pack: Pack) -> Library:
    write_pack(pack, paths.packs / f"{pack.name}.yaml")
    return discover(paths)


@pytest.mark.parametrize("source", ["documents", "seeds"])
def test_a_built_deck_beside_the_bundled_packs_never_puts_a_card_twice_in_a_pool(
    paths: Paths, bundled_packs: list[Pack], source: str
) -> None:
    folder = DOCUMENTS if source == "documents" else SEEDS
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here (the seed documents live in ../shared/seeds)")
    result = build([folder], bundled=bundled_packs)
    assert result.pack.uses
    library = installed(paths, result.pack)
    deck = library.deck()
    for level in Level:
        keys = [(card.pack, card.id) for card in deck.pool(level)]
        assert len(keys) == len(set(keys)), f"a card twice in the {level} pool"
    assert len(deck.cards) == sum(len(pack.cards) for pack in library.packs)  # used cards are not added again


def test_studying_the_deck_alone_asks_the_librarys_own_cards(paths: Paths, tmp_path: Path) -> None:
    library_pack = skill_pack()
    write_pack(library_pack, paths.packs / "streams.yaml")
    posting = write(tmp_path / "posting.md", POSTING)
    deck_file = tmp_path / "deck.yaml"
    write_pack(build([posting], bundled=[library_pack]).pack, deck_file)
    chosen = discover(paths, only=[deck_file])  # `--pack deck.yaml`
    cards = chosen.deck().cards
    used = [card for card in cards if card.pack == "streams"]
    assert used and {(card.pack, card.id) for card in used} == set(load_pack(deck_file).uses)
    assert not chosen.warnings


def test_a_used_card_that_is_gone_is_left_out_with_one_warning(paths: Paths, tmp_path: Path) -> None:
    posting = write(tmp_path / "posting.md", POSTING)
    deck = build([posting], bundled=[skill_pack()]).pack
    library = installed(paths, deck)  # the "streams" pack is not installed
    assert not any(card.pack == "streams" for card in library.deck().cards)
    (warning,) = [text for text in library.warnings if deck.name in text]
    assert f"uses {len(deck.uses)} cards no installed pack has" in warning and "Rebuild the deck" in warning


def test_what_a_deck_uses_survives_the_parse_cache(paths: Paths, tmp_path: Path) -> None:
    from prep.core.packs.cache import PackCache

    posting = write(tmp_path / "posting.md", POSTING)
    deck_file = tmp_path / "deck.yaml"
    write_pack(build([posting], bundled=[skill_pack()]).pack, deck_file)
    cache = PackCache(tmp_path / "cache")
    parsed, cached = cache.load(deck_file), cache.load(deck_file)  # the second comes from the cache
    assert cached.uses == parsed.uses == load_pack(deck_file).uses and len(parsed.uses) > 2
