"""Writing files so that a crash never leaves half of one behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to `path` via a temporary file in the same folder, then rename.

    `durable` also fsyncs the file and its folder, so the write survives a power cut.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(handle, 0o666 & ~_umask())  # mkstemp makes 0600; a written file should look like any other
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    if durable:
        _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_output(path: Path, what: str) -> None:
    """Refuse, before any work is done, an output path that cannot be written: a folder, a parent
    folder that does not exist (prep creates no folders it was not asked for), or one it may not
    write to. `what` names the file in the message ("export", "deck")."""
    from prep.errors import PrepError

    if path.is_dir():
        raise PrepError(f"{path} is a folder; give the {what}'s file name, such as {path / ('my-' + what)}")
    parent = path.parent
    if not parent.exists():
        raise PrepError(f"{parent} does not exist; create the folder first, or write the {what} somewhere else")
    if not parent.is_dir():
        raise PrepError(f"{parent} is a file, not a folder; write the {what} somewhere else")
    if not os.access(parent, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise PrepError(f"cannot write {path} (permission denied); write the {what} somewhere else")


def write_failed(path: Path, error: OSError) -> Exception:
    """The one-line error for a write that failed half-way (a full disk, a lost permission)."""
    from prep.errors import PrepError

    return PrepError(f"could not write {path}: {error.strerror or error}; nothing was changed there")
