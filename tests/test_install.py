"""The wheel carries the bundled packs: a non-editable install finds them from any folder."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with prep installed from a wheel; dependencies come from the test environment."""
    work = tmp_path_factory.mktemp("install")
    wheels = work / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site / "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    wheel = next(wheels.glob("prep-*.whl"))
    subprocess.run(
        [python, "-m", "pip", "install", "--no-deps", "-q", str(wheel)], check=True, capture_output=True, timeout=300
    )
    return venv


def test_installed_prep_finds_its_bundled_packs_from_another_folder(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"PREP_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}
    where = subprocess.run(
        [installed / "bin" / "python", "-c", "import prep.paths as p; print(p.bundled_packs_dir())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    bundled = Path(where.stdout.strip())
    assert str(bundled).startswith(str(installed)) and bundled.name == "questions"
    assert sorted(p.name for p in bundled.glob("*.yaml")) == sorted(p.name for p in (ROOT / "questions").glob("*.yaml"))
    stats = subprocess.run(
        [installed / "bin" / "prep", "stats", "--json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["levels"]["junior"]["total"] >= 20
    quiz = subprocess.run(
        [installed / "bin" / "prep", "quiz", "--level", "junior", "--plain", "-n", "2"],
        cwd=elsewhere,
        env=env,
        input="1\n1\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert quiz.returncode == 0 and quiz.stdout.count("Question ") == 2


def test_an_entry_point_package_of_packs_is_listed(installed: Path, tmp_path: Path) -> None:
    """The example bootcamp package from docs/packs.md installs with pip and prep finds its pack."""
    subprocess.run(
        [
            installed / "bin" / "python",
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            str(ROOT / "examples" / "prep-pack-example"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    env = {"PREP_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}
    listing = subprocess.run(
        [installed / "bin" / "prep", "packs", "list", "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    packs = {pack["name"]: pack for pack in json.loads(listing.stdout)["packs"]}
    assert packs["example-caching"]["origin"] == "entry point example"
    assert packs["example-caching"]["cards"] == 3
    quiz = subprocess.run(
        [installed / "bin" / "prep", "quiz", "--level", "junior", "--topic", "caching", "--plain"],
        cwd=tmp_path,
        env=env,
        input="1\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert quiz.returncode == 0 and "Question 1/" in quiz.stdout
