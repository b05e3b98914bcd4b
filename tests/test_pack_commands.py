"""`prep packs ...` as an author and a student use them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import PACKS, prep_command, write


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(prep_command() + list(args), capture_output=True, text=True, timeout=60)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_add_list_show_remove(data_dir: Path) -> None:
    added = run("packs", "add", str(PACKS / "basics.yaml"))
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "installed test-basics 1.0: Test basics, 9 cards"
    assert (data_dir / "packs" / "test-basics.yaml").read_bytes() == (PACKS / "basics.yaml").read_bytes()

    listing = json.loads(run("packs", "list", "--json").stdout)
    mine = next(p for p in listing["packs"] if p["name"] == "test-basics")
    assert mine["origin"] == "user" and mine["version"] == "1.0"
    assert mine["levels"] == {"junior": 4, "mid": 2, "senior": 2, "lead": 1}
    assert "test-basics" in run("packs", "list").stdout

    shown = run("packs", "show", "test-basics").stdout
    assert "Test basics  (test-basics 1.0)" in shown
    assert "by type: choice 2, cloze 2, flashcard 1, multi 1, reorder 1, typed 2" in shown
    assert "topics: http, postgresql, python, system-design, tls, transactions, yaml" in shown

    removed = run("packs", "remove", "test-basics")
    assert removed.returncode == 0 and "progress on its cards is kept" in removed.stdout
    assert not (data_dir / "packs" / "test-basics.yaml").exists()
    again = run("packs", "remove", "test-basics")
    assert again.returncode == 1 and again.stderr.count("\n") == 1


def test_adding_a_new_version_replaces_the_old(data_dir: Path, tmp_path: Path) -> None:
    run("packs", "add", str(PACKS / "basics.yaml"))
    newer = write(
        tmp_path / "newer.yaml", (PACKS / "basics.yaml").read_text().replace('version: "1.0"', 'version: "1.1"')
    )
    done = run("packs", "add", str(newer))
    assert "installed test-basics 1.1: Test basics, 9 cards (replaces version 1.0)" in done.stdout
    assert [p.name for p in (data_dir / "packs").iterdir()] == ["test-basics.yaml"]


def test_a_folder_with_one_bad_pack_installs_nothing(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "course"
    write(folder / "good.yaml", (PACKS / "basics.yaml").read_text())
    write(folder / "bad.yaml", "pack:\n  name: bad\n  title: Bad\n  version: '1'\ncards:\n  - id: x\n")
    done = run("packs", "add", str(folder))
    assert done.returncode == 1
    assert "course/bad.yaml:6: card x: missing `type`" in done.stderr
    assert f"prep: nothing was installed from {folder}" in done.stderr
    assert not (data_dir / "packs").exists() or snapshot(data_dir / "packs") == {}
    assert not (data_dir / "progress.db").exists()


def test_same_name_twice_in_one_add_is_refused(tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "dupes"
    write(folder / "a.yaml", (PACKS / "basics.yaml").read_text())
    write(folder / "b.yaml", (PACKS / "basics.yaml").read_text())
    done = run("packs", "add", str(folder))
    assert done.returncode == 1
    assert "dupes/b.yaml: pack.name: pack name 'test-basics' is also used by dupes/a.yaml" in done.stderr


def test_name_clash_warns_and_the_user_pack_wins(data_dir: Path, tmp_path: Path) -> None:
    bundled = json.loads(run("packs", "list", "--json").stdout)["packs"]
    name = bundled[0]["name"]
    clone = write(
        tmp_path / "clone.yaml",
        f"pack:\n  name: {name}\n  title: Mine\n  version: '9'\ncards:\n"
        "  - id: a\n    type: typed\n    level: junior\n    prompt: P\n    answer: A\n",
    )
    assert run("packs", "add", str(clone)).returncode == 0
    listing = run("packs", "list", "--json")
    packs = json.loads(listing.stdout)
    [chosen] = [p for p in packs["packs"] if p["name"] == name]
    assert chosen["origin"] == "user" and chosen["title"] == "Mine"
    assert any(f"two packs are named '{name}'" in warning for warning in packs["warnings"])
    plain = run("packs", "list")
    assert f"prep: warning: two packs are named '{name}': using" in plain.stderr


def test_validate_json(tmp_path: Path) -> None:
    bad = write(
        tmp_path / "bad.yaml",
        "pack:\n  name: b\n  title: B\n  version: '1'\ncards:\n"
        "  - id: x\n    type: choice\n    level: junior\n    prompt: P\n"
        "    choices: [A, B]\n    answer: C\n",
    )
    done = run("packs", "validate", "--json", str(bad))
    assert done.returncode == 1
    assert json.loads(done.stdout) == {
        "checked": 1,
        "valid": False,
        "problems": [
            {
                "path": "bad.yaml",
                "line": 11,
                "card": "x",
                "field": "answer",
                "message": '"C" is not one of the choices; copy the right choice exactly',
            }
        ],
    }


def test_schema_is_printed_as_json() -> None:
    schema = json.loads(run("packs", "schema").stdout)
    assert schema["title"] == "prep question pack, format 1"


def test_show_unknown_pack_is_one_line() -> None:
    done = run("packs", "show", "nope")
    assert (
        done.returncode == 1 and done.stderr.startswith("prep: no pack named 'nope'") and done.stderr.count("\n") == 1
    )


@pytest.mark.parametrize("argv", [["packs", "add", "missing.yaml"], ["packs", "add", "notes.txt"]])
def test_add_of_something_that_is_not_a_pack(argv: list[str], tmp_path: Path) -> None:
    write(tmp_path / "notes.txt", "hello")
    done = run(*argv)
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] in (
        "missing.yaml: no such file or folder",
        "notes.txt: is not a pack: give a .yaml file, a folder of them, or a .zip",
    )
