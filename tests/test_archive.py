"""`prep packs add` on zip archives: every entry is checked before anything is written."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest

from prep.core.packs.install import add_packs
from prep.core.packs.strict_yaml import SYNTAX_ERROR
from prep.errors import PackErrors

from conftest import PACKS

GOOD = (PACKS / "basics.yaml").read_bytes()


def make_zip(
    path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]], compression: int = zipfile.ZIP_DEFLATED
) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return path


def symlink_entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def everything_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture
def world(tmp_path: Path) -> Path:
    """A folder standing for the whole disk around the pack folder, to prove nothing lands outside it."""
    root = tmp_path / "world"
    (root / "data").mkdir(parents=True)
    return root


CASES = [
    ("absolute path", [("/etc/evil.yaml", GOOD)], "entry '/etc/evil.yaml': has an absolute path"),
    ("windows drive", [("C:/evil.yaml", GOOD)], "entry 'C:/evil.yaml': has an absolute path"),
    (
        "parent folder",
        [("packs/../../evil.yaml", GOOD)],
        "entry 'packs/../../evil.yaml': points outside the archive (..)",
    ),
    ("symlink", [(symlink_entry("link.yaml"), b"/etc/passwd")], "entry 'link.yaml': is a symbolic link"),
    (
        "too many entries",
        [(f"p{i}.txt", b"x") for i in range(200)],
        "has 201 entries; an archive of packs may hold at most 200",
    ),
    (
        "huge entry",
        [("big.yaml", os.urandom(6 * 1024 * 1024))],
        "entry 'big.yaml': unpacks to 6.0 MB; a pack may be at most 5 MB",
    ),
    (
        "zip bomb",
        [("bomb.yaml", b"a" * (4 * 1024 * 1024))],
        "entry 'bomb.yaml': is compressed more than 100:1, like a zip bomb",
    ),
]


@pytest.mark.parametrize("entries, message", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_unsafe_archives_are_refused_whole_with_the_entry_named(world: Path, entries, message: str) -> None:
    archive = make_zip(world / "course.zip", [("good.yaml", GOOD), *entries])
    before = everything_under(world)
    with pytest.raises(PackErrors) as caught:
        add_packs(archive, world / "data" / "packs")
    [error] = caught.value.errors
    assert str(error).endswith(
        f"course.zip: {message}" + ("; the archive was not installed" if "entry" in message else "")
    )
    assert everything_under(world) == before  # nothing written anywhere, not even the pack folder


def test_an_invalid_pack_inside_a_zip_is_located_by_entry(world: Path) -> None:
    archive = make_zip(world / "course.zip", [("good.yaml", GOOD), ("units/bad.yaml", b"pack: [\n")])
    with pytest.raises(PackErrors) as caught:
        add_packs(archive, world / "data" / "packs")
    [error] = caught.value.errors
    assert str(error).startswith(f"world/course.zip:units/bad.yaml:2: {SYNTAX_ERROR} (")
    assert not (world / "data" / "packs").exists()


def test_a_good_archive_installs_its_packs_and_ignores_other_files(world: Path) -> None:
    second = GOOD.replace(b"name: test-basics", b"name: test-second")
    archive = make_zip(
        world / "course.zip", [("README.md", b"# hi"), ("a/basics.yaml", GOOD), ("b/second.yml", second), ("b/", b"")]
    )
    installed = add_packs(archive, world / "data" / "packs")
    assert sorted(item.pack.name for item in installed) == ["test-basics", "test-second"]
    assert everything_under(world / "data" / "packs") == {"test-basics.yaml", "test-second.yaml"}


def test_not_a_zip(world: Path) -> None:
    fake = world / "course.zip"
    fake.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(PackErrors) as caught:
        add_packs(fake, world / "data" / "packs")
    assert "is not a readable zip archive" in str(caught.value)


def test_interrupted_add_leaves_no_half_pack(world: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash between staging and renaming leaves only a hidden staging folder, which the next add clears."""
    packs = world / "data" / "packs"
    calls = {"n": 0}
    real_replace = Path.replace

    def crash_on_second(self: Path, target: Path) -> Path:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real_replace(self, target)

    second = GOOD.replace(b"name: test-basics", b"name: test-second")
    archive = make_zip(world / "course.zip", [("a.yaml", GOOD), ("b.yaml", second)])
    monkeypatch.setattr(Path, "replace", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        add_packs(archive, packs)
    monkeypatch.undo()
    for path in packs.glob("*.yaml"):
        assert path.read_bytes() in (GOOD, second)  # whole files only
    add_packs(archive, packs)
    assert everything_under(packs) == {"test-basics.yaml", "test-second.yaml"}
