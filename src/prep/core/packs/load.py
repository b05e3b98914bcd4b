"""Read one pack file: bytes → strict YAML → checked `Pack`."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

from prep.core.model import Pack
from prep.core.packs.format import MAX_FILE_BYTES, too_big
from prep.core.text import visible
from prep.errors import PackError, PackErrors

PACK_SUFFIXES = (".yaml", ".yml")


def display_path(path: Path) -> str:
    """`path` as the user would write it (relative to the current folder when inside it), with any
    control character in a file name made visible, so that a name cannot forge a second message line."""
    try:
        shown = str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symbolic link loop
        shown = str(path)
    return visible(shown).replace("\n", "\u240a").replace("\t", "\u2409")


def read_pack_bytes(path: Path, shown: str) -> bytes:
    """The file's bytes; only a regular file is opened (a FIFO named x.yaml would block forever)."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            kind = "a folder" if stat.S_ISDIR(status.st_mode) else "not a regular file (a FIFO, socket or device)"
            raise PackError(shown, f"is {kind}, not a pack file")
        if status.st_size > MAX_FILE_BYTES:
            raise PackError(shown, too_big(status.st_size))
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise PackError(shown, "no such file") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise PackError(shown, "is a symbolic link loop; point the link at a pack file") from None
        raise PackError(shown, f"cannot read the file: {error.strerror or error}") from None


def load_pack(path: Path, *, origin: str = "", warnings: list[PackError] | None = None) -> Pack:
    """Load and check one pack file; raises `PackErrors` with every problem found. What is allowed
    but probably a slip is added to `warnings`, when given, whether the pack is valid or not."""
    shown = display_path(path)
    try:
        data = read_pack_bytes(path, shown)
    except PackError as error:
        raise PackErrors([error]) from None
    return load_pack_bytes(shown, data, origin=origin, warnings=warnings)


def load_pack_bytes(shown: str, data: bytes, *, origin: str = "", warnings: list[PackError] | None = None) -> Pack:
    """Check a pack file's bytes; `shown` names it in messages."""
    from prep.core.packs.strict_yaml import parse, read_text  # PyYAML only when a pack must be parsed
    from prep.core.packs.validate import build_pack

    try:
        document = parse(shown, read_text(shown, data))
    except PackError as error:
        raise PackErrors([error]) from None
    return build_pack(shown, document, origin=origin, warnings=warnings)


SKIPPED_FOLDERS = frozenset({"node_modules", "site-packages", "__pycache__", "venv"})
"""Folders that hold other tools' files, never packs (so `--pack .` in a project does not walk them)."""


def pack_files(folder: Path, problem: Callable[[PackError], object] | None = None) -> list[Path]:
    """The pack files in `folder` and its subfolders, in a stable order.

    Hidden folders, virtualenvs, `node_modules` and the like are not walked. A folder that cannot be
    read, and a `*.yaml` that is not a regular file (a FIFO, a link loop), are passed to `problem`.
    """
    if not folder.is_dir():
        return []
    found = []

    def unreadable(error: OSError) -> None:
        if problem is not None:
            where = display_path(Path(error.filename or folder))
            problem(PackError(where, f"cannot read this folder ({error.strerror}); its packs were skipped"))

    for root, folders, names in os.walk(folder, onerror=unreadable):
        folders[:] = [name for name in folders if _walkable(Path(root) / name)]
        for name in sorted(names):
            if name.endswith(PACK_SUFFIXES) and not name.startswith("."):
                path = Path(root) / name
                if _is_regular(path):
                    found.append(path)
                elif problem is not None:
                    problem(PackError(display_path(path), "not a regular file (a FIFO, device or link loop)"))
    return sorted(found)


def _walkable(folder: Path) -> bool:
    name = folder.name
    return not name.startswith(".") and name not in SKIPPED_FOLDERS and not (folder / "pyvenv.cfg").exists()


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, RuntimeError):
        return False
