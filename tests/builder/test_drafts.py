"""Drafts made ahead in worker processes are the drafts `interview.draft` makes in process."""

from __future__ import annotations

from pathlib import Path

import pytest

from prep.core.builder import drafts, interview, workers
from prep.core.builder.documents import read_document
from prep.core.builder.extract import Extraction, extract
from prep.core.builder.interview_words import THEMES

from build_support import DOCUMENTS

PATHS = sorted(path for path in DOCUMENTS.rglob("*") if path.is_file())


@pytest.fixture
def eager(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers for any number of bullets, on two cores whatever the machine has."""
    monkeypatch.setattr(drafts, "MIN_BULLETS", 1)
    monkeypatch.setattr(workers, "count", lambda: 2)


def _extract(path: Path, ahead: drafts.Ahead | None = None) -> Extraction:
    return extract(read_document(path, path.name), ahead.outlined if ahead else None)


def _check(bullets: list[drafts.Bullet]) -> None:
    """Every bullet was drafted ahead, as in process, with the very themes of `THEMES`."""
    assert len(bullets) > 10
    ahead = [drafts.draft(*bullet) for bullet in bullets]
    assert all(bullet in drafts._ahead for bullet in bullets)
    assert ahead == [interview.draft(*bullet) for bullet in bullets]
    themes = [theme for made in ahead if made is not None for theme in made.themes]
    assert themes and all(any(theme is known for known in THEMES) for theme in themes)


@pytest.mark.usefixtures("eager")
def test_a_documents_bullets_are_drafted_from_its_outline_while_it_is_extracted() -> None:
    path = max(PATHS, key=lambda path: len(list(drafts.bullets([_extract(path)]))))
    with drafts.drafting_ahead() as ahead:
        found = _extract(path, ahead)
        ahead.extracted([found])
        _check(list(dict.fromkeys(drafts.bullets([found]))))
    assert not drafts._ahead


@pytest.mark.usefixtures("eager")
def test_the_bullets_of_many_documents_are_drafted_together_once_all_are_extracted() -> None:
    with drafts.drafting_ahead() as ahead:
        found = [_extract(path) for path in PATHS]
        ahead.extracted(found)
        _check(list(dict.fromkeys(drafts.bullets(found))))
    assert not drafts._ahead


def test_few_bullets_are_drafted_in_process() -> None:
    with drafts.drafting_ahead() as ahead:
        found = [_extract(path, ahead) for path in PATHS]
        ahead.extracted(found)
        assert not drafts._ahead
