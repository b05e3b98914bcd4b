"""Drafts made ahead in worker processes are the drafts `interview.draft` makes in process."""

from __future__ import annotations

import pytest

from prep.core.builder import drafts, interview
from prep.core.builder.documents import read_document
from prep.core.builder.extract import extract
from prep.core.builder.interview_words import THEMES

from build_support import DOCUMENTS


def _document_bullets() -> list[drafts.Bullet]:
    found = [extract(read_document(path, path.name)) for path in sorted(DOCUMENTS.rglob("*")) if path.is_file()]
    return list(dict.fromkeys(drafts.bullets(found)))


def test_drafts_made_ahead_in_workers_are_the_drafts_made_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    bullets = _document_bullets()
    assert len(bullets) > 50
    monkeypatch.setattr(drafts, "MIN_BULLETS", 1)
    monkeypatch.setattr(drafts, "_cores", lambda: 2)
    with drafts.drafted_ahead(bullets):
        assert len(drafts._ahead) == len(bullets)  # the pool drafted them all
        ahead = [drafts.draft(*bullet) for bullet in bullets]
    assert not drafts._ahead
    assert ahead == [interview.draft(*bullet) for bullet in bullets]
    themes = [theme for made in ahead if made is not None for theme in made.themes]
    assert themes and all(any(theme is known for known in THEMES) for theme in themes)


def test_few_bullets_are_drafted_in_process() -> None:
    bullets = _document_bullets()[:10]
    with drafts.drafted_ahead(bullets):
        assert not drafts._ahead
        assert [drafts.draft(*bullet) for bullet in bullets] == [interview.draft(*bullet) for bullet in bullets]
