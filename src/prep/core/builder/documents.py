"""Documents: finding them on disk and decoding them into numbered lines (`lines.py`).

Plain text and Markdown give one `Line` per source line, untagged; HTML is flattened into tagged
lines by `html.py`. A `Line` keeps its line number in the source file, so every card can point
back at it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from prep.core.builder.html_pages import html_lines
from prep.core.builder.lines import Line, text_lines
from prep.errors import BuildError

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024


class UnreadableDocument(BuildError):
    """A document that is not text prep can read: binary, or not UTF-8."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        super().__init__(f"{path}:{line}: {reason}" if line else f"{path}: {reason}")

    @property
    def short(self) -> str:
        """The problem without the file name, for the document's report."""
        return f"line {self.line}: {self.reason}" if self.line else self.reason


@dataclass(frozen=True, slots=True)
class Document:
    path: str
    """The path as shown to the user (and recorded in each card's source)."""
    format: str
    """`text`, `markdown` or `html`."""
    lines: tuple[Line, ...]
    digest: str
    """SHA-256 of the file's bytes, for the pack header."""
    title_hint: str = ""
    """An HTML page's <title>, used when the page has no heading."""


# ---------------------------------------------------------------- finding and reading files


def find_documents(inputs: Sequence[Path]) -> list[Path]:
    """Every document named by `inputs`, in a stable order, each once.

    Folders are walked in sorted order, skipping hidden files and folders and files whose suffix
    is not a document's (extension-less files count as text); a file named explicitly is read
    whatever its suffix. A missing input is a `BuildError`.
    """
    found: dict[Path, None] = {}
    for target in inputs:
        if target.is_dir():
            found.update(dict.fromkeys(_walk(target)))
        elif target.is_file():
            found[target] = None
        elif target.exists():
            raise BuildError(f"{target}: not a regular file or folder")
        else:
            raise BuildError(f"{target}: no such file or folder")
    return list(found)


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or name.endswith("~"):
                continue
            suffix = os.path.splitext(name)[1].lower()
            if suffix in DOCUMENT_SUFFIXES or not suffix:
                path = Path(root) / name
                if path.is_file():
                    yield path


def read_document(path: Path, shown: str) -> Document:
    """Read and flatten one document; `BuildError` (one line, naming the file) if it is not text."""
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise UnreadableDocument(shown, f"file is {size / 1048576:.1f} MB; documents are limited to 10 MB")
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableDocument(shown, f"cannot read the file: {error.strerror or error}") from None
    text = decode(data, shown)
    digest = hashlib.sha256(data).hexdigest()
    if _is_html(path, text):
        lines, title = html_lines(text)
        return Document(shown, "html", lines, digest, title)
    kind = "markdown" if path.suffix.lower() in (".md", ".markdown") else "text"
    return Document(shown, kind, text_lines(text), digest)


def decode(data: bytes, shown: str) -> str:
    """Bytes → text: UTF-8 (a BOM is fine) or UTF-16 with a BOM; anything else is a `BuildError`."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnreadableDocument(shown, "starts like UTF-16 text but is not; save it as UTF-8") from None
    if b"\0" in data[:8192]:
        raise UnreadableDocument(shown, "binary file, not text; give prep .txt, .md or .html documents")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise UnreadableDocument(shown, "not UTF-8 text; save the file as UTF-8", line) from None


def _is_html(path: Path, text: str) -> bool:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return True
    if suffix in (".md", ".markdown"):
        return False
    start = text[:512].lstrip().lower()
    return start.startswith(("<!doctype html", "<html"))
