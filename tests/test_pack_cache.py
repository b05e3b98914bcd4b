"""The parsed-pack cache is used only when the file is provably unchanged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from prep.core.packs import cache as cache_module
from prep.core.packs.cache import PackCache
from prep.core.packs.load import load_pack

from conftest import PACKS


@pytest.fixture
def pack_file(tmp_path: Path) -> Path:
    target = tmp_path / "basics.yaml"
    target.write_bytes((PACKS / "basics.yaml").read_bytes())
    return target


def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = cache_module.load_pack_bytes

    def counting(shown, data, **kwargs):
        calls.append(shown)
        return real(shown, data, **kwargs)

    monkeypatch.setattr(cache_module, "load_pack_bytes", counting)
    return calls


def test_unchanged_file_comes_from_the_cache_equal_to_a_fresh_parse(tmp_path, pack_file, monkeypatch) -> None:
    calls = parses(monkeypatch)
    cache = PackCache(tmp_path / "cache")
    first = cache.load(pack_file, origin="user")
    second = cache.load(pack_file, origin="user")
    assert len(calls) == 1
    assert second == first == load_pack(pack_file, origin="user")


def test_same_size_and_mtime_but_new_content_is_parsed_again(tmp_path, pack_file, monkeypatch) -> None:
    calls = parses(monkeypatch)
    cache = PackCache(tmp_path / "cache")
    cache.load(pack_file)
    stat = pack_file.stat()
    pack_file.write_bytes(pack_file.read_bytes().replace(b"Test basics", b"Best tasics"))
    os.utime(pack_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert cache.load(pack_file).title == "Best tasics"
    assert len(calls) == 2


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"key": [], "pack": 1}', b"[1, 2]"])
def test_damaged_entries_are_ignored(tmp_path, pack_file, monkeypatch, damage: bytes) -> None:
    cache = PackCache(tmp_path / "cache")
    cache.load(pack_file)
    [entry] = list((tmp_path / "cache" / "packs").iterdir())
    entry.write_bytes(damage)
    calls = parses(monkeypatch)
    assert cache.load(pack_file).name == "test-basics"
    assert len(calls) == 1


def test_a_tampered_entry_with_a_stale_key_is_not_trusted(tmp_path, pack_file) -> None:
    cache = PackCache(tmp_path / "cache")
    cache.load(pack_file)
    [entry] = list((tmp_path / "cache" / "packs").iterdir())
    entry.write_bytes(entry.read_bytes().replace(b"Test basics", b"Evil title"))
    assert cache.load(pack_file).title == "Evil title"  # same key: the cache folder is the user's own
    pack_file.write_bytes(pack_file.read_bytes() + b"\n")
    assert cache.load(pack_file).title == "Test basics"  # any change to the file: parsed afresh
