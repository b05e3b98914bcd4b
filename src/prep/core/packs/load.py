"""Read one pack file: bytes → strict YAML → checked `Pack`."""

from __future__ import annotations

import os
from pathlib import Path

from prep.core.model import Pack
from prep.core.packs.format import MAX_FILE_BYTES, too_big
from prep.errors import PackError, PackErrors

PACK_SUFFIXES = (".yaml", ".yml")


def display_path(path: Path) -> str:
    """`path` as the user would write it: relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def read_pack_bytes(path: Path, shown: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PackError(shown, too_big(size))
        return path.read_bytes()
    except IsADirectoryError:
        raise PackError(shown, "is a folder, not a pack file") from None
    except FileNotFoundError:
        raise PackError(shown, "no such file") from None
    except OSError as error:
        raise PackError(shown, f"cannot read the file: {error.strerror or error}") from None


def load_pack(path: Path, *, origin: str = "") -> Pack:
    """Load and check one pack file; raises `PackErrors` with every problem found."""
    shown = display_path(path)
    try:
        data = read_pack_bytes(path, shown)
    except PackError as error:
        raise PackErrors([error]) from None
    return load_pack_bytes(shown, data, origin=origin)


def load_pack_bytes(shown: str, data: bytes, *, origin: str = "") -> Pack:
    """Check a pack file's bytes; `shown` names it in messages."""
    from prep.core.packs.strict_yaml import parse, read_text  # PyYAML only when a pack must be parsed
    from prep.core.packs.validate import build_pack

    try:
        document = parse(shown, read_text(shown, data))
    except PackError as error:
        raise PackErrors([error]) from None
    return build_pack(shown, document, origin=origin)


def pack_files(folder: Path) -> list[Path]:
    """The pack files in `folder` and its subfolders, in a stable order."""
    if not folder.is_dir():
        return []
    found = []
    for root, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]  # staging folders, .git
        found += [Path(root) / name for name in names if name.endswith(PACK_SUFFIXES) and not name.startswith(".")]
    return sorted(found)
