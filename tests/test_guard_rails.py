"""The project's own rules, run with the tests so that the README's one command checks everything:
ruff (lint and format), mypy on src/prep, and the import contracts in pyproject.toml (the core
never imports a front end, the TUI never imports the CLI, only the store speaks SQL)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECKS = {
    "ruff lint": [sys.executable, "-m", "ruff", "check", "--no-cache", "src", "tests", "benchmarks"],
    "ruff format": [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "src", "tests", "benchmarks"],
    "mypy": [sys.executable, "-m", "mypy", "--no-incremental"],
    "import contracts": [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
}


@pytest.mark.parametrize("name", CHECKS)
def test_the_code_keeps_the_project_rules(name: str) -> None:
    done = subprocess.run(CHECKS[name], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{name} found problems:\n{done.stdout}\n{done.stderr}"
