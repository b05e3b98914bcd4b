"""The README's two set-up commands are the ones CI runs and the ones that work."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(), re.DOTALL)
    return [line for block in blocks for line in block.splitlines() if line.startswith("python3 -m venv")]


def test_readme_has_exactly_two_setup_commands() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    assert commands[0].endswith("prep quiz --level junior")
    assert commands[1].endswith("pytest")


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert readme_commands()[1] in ci.splitlines()


def test_the_readme_counts_the_bundled_cards_as_they_are() -> None:
    from prep.core.packs.discover import bundled_library

    cards = [card for pack in bundled_library().packs for card in pack.cards]
    claim = re.search(r"curriculum of ([\d,]+) cards — (\d+) of them with code", (ROOT / "README.md").read_text())
    assert claim is not None
    assert int(claim.group(1).replace(",", "")) == len(cards)
    assert int(claim.group(2)) == sum("```" in card.prompt for card in cards)
