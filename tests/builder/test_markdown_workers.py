"""A long Markdown document read piece by piece in worker processes gives the blocks read in process."""

from __future__ import annotations

import pytest

from prep.core.builder import headings, markdown, workers
from prep.core.builder.blocks import Kind, guessable
from prep.core.builder.documents import read_document

from build_support import DOCUMENTS, SHAPES

MARKDOWN = sorted(path for path in DOCUMENTS.rglob("*.md") if path.name != "EXPECTED.md")


def test_pieces_read_in_workers_give_the_blocks_read_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    documents = [read_document(path, path.name) for path in MARKDOWN]
    in_process = [markdown.markdown_blocks(document.lines, chunk_lines=5) for document in documents]
    monkeypatch.setattr(markdown, "PARALLEL_PIECES", 2)
    monkeypatch.setattr(workers, "count", lambda: 2)
    for document, expected in zip(documents, in_process, strict=True):
        assert len(markdown.chunks(document.lines, 5)) >= 2
        assert markdown.markdown_blocks(document.lines, chunk_lines=5) == expected, document.path


def test_workers_classify_the_headings_they_read_as_the_parent_would(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(markdown, "PARALLEL_PIECES", 2)
    monkeypatch.setattr(workers, "count", lambda: 2)
    document = read_document(SHAPES / "git-collection.md", "git-collection.md")
    blocks = markdown.markdown_blocks(document.lines, chunk_lines=5)
    texts = {block.text for block in blocks if block.kind is Kind.HEADING}
    assert len(texts) > 3
    lines = {block.text for block in blocks if guessable(block)}  # `_guess_headings` asks about these too
    assert lines - texts
    texts |= lines
    assert headings._AHEAD.keys() == texts
    assert all(headings._AHEAD[text] == headings._classify(text) for text in texts)
    headings.classified_ahead({})
