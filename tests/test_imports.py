"""Import hygiene: the core never loads the UI, and the fast commands load only what they need."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import pytest

import prep.core

CORE_MODULES = sorted(module.name for module in pkgutil.walk_packages(prep.core.__path__, prefix="prep.core."))

MODULES_AFTER = """
import json, sys
from prep.cli import main
try:
    main({argv!r})
except SystemExit:
    pass
with open({out!r}, "w") as handle:
    json.dump(sorted(sys.modules), handle)
"""


def modules_after(argv: list[str], tmp_path) -> set[str]:
    out = tmp_path / "modules.json"
    code = MODULES_AFTER.format(argv=argv, out=str(out))
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=60)
    return set(json.loads(out.read_text()))


def test_the_core_imports_without_textual_or_rich() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert len(CORE_MODULES) >= 8
    assert done.stdout.strip() == ""


HEAVY = {"textual", "rich", "yaml", "fsrs", "importlib.metadata"}


@pytest.mark.parametrize(
    "argv, banned",
    [
        (["--help"], HEAVY | {"sqlite3", "platformdirs", "prep.core", "typing", "pathlib"}),
        (["--version"], HEAVY | {"sqlite3", "platformdirs", "prep.core", "typing", "pathlib"}),
        (["quiz", "--help"], HEAVY | {"sqlite3", "prep.core"}),
        (["find", "--help"], HEAVY | {"sqlite3", "prep.core"}),
        (["stats", "--json"], HEAVY),
        (["packs", "list"], HEAVY),
        (["packs", "list", "--json"], HEAVY),
        (["packs", "validate", "--help"], HEAVY),
    ],
)
def test_fast_commands_do_not_import_heavy_modules(argv: list[str], banned: set[str], tmp_path) -> None:
    modules_after(argv, tmp_path)  # the first run fills the parse cache, as any earlier run would have
    loaded = modules_after(argv, tmp_path)
    assert not {name for name in loaded if name in banned or name.split(".")[0] in banned}


def test_a_cold_cache_parses_with_yaml(tmp_path) -> None:
    """The other side of the cache: without it, packs really are parsed."""
    assert "yaml" in modules_after(["packs", "list"], tmp_path)


HOME_SCREEN = """
import argparse, asyncio, json, sys
from prep.cli.common import load_library, paths_of, study_store
from prep.tui.app import make_app

paths = paths_of(argparse.Namespace())
with study_store(paths) as store:
    app = make_app(store=store, library=load_library(paths), paths=paths)

    async def shown():
        async with app.run_test() as pilot:
            await pilot.pause()
            assert type(app.screen).__name__ == "HomeScreen"

    asyncio.run(shown())
with open({out!r}, "w") as handle:
    json.dump(sorted(sys.modules), handle)
"""


def test_the_home_screen_loads_no_study_session(tmp_path) -> None:
    """Quizzes, flashcards and their grading load when a session starts, not before the home screen shows."""
    out = tmp_path / "modules.json"
    subprocess.run(
        [sys.executable, "-c", HOME_SCREEN.format(out=str(out))], check=True, capture_output=True, timeout=120
    )
    loaded = set(json.loads(out.read_text()))
    assert "prep.tui.screens.home" in loaded
    assert not loaded & {"prep.core.study", "prep.core.quiz", "prep.core.flashcards", "prep.core.grading"}
