"""Reading a file to import: bounded, a regular file only, and text that is UTF-8 without control characters."""

from __future__ import annotations

import codecs
import errno
import stat
from pathlib import Path

from prep.core.packs.format import megabytes
from prep.core.text import find_control_character
from prep.errors import PackError

MAX_TEXT_BYTES = 50 * 1024 * 1024
"""A text file to import may be this large (a deck of tens of thousands of cards)."""


def read_bytes(path: Path, shown: str, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The file's bytes, at most `limit` of them; only a regular file is opened (a FIFO would block)."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            kind = "a folder" if stat.S_ISDIR(status.st_mode) else "not a regular file (a FIFO, socket or device)"
            raise PackError(shown, f"is {kind}; give a file to import")
        if status.st_size > limit:
            raise PackError(shown, f"is {megabytes(status.st_size)}; prep imports files of at most {megabytes(limit)}")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise PackError(shown, "no such file") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise PackError(shown, "is a symbolic link loop; point the link at a file") from None
        raise PackError(shown, f"cannot read the file: {error.strerror or error}") from None
    if len(data) > limit:
        raise PackError(shown, f"grew past {megabytes(limit)} while it was read; prep imports files of at most that")
    return data


def decode(shown: str, data: bytes) -> str:
    """The file as text with `\\n` line ends: UTF-8 (a BOM is dropped) or UTF-16 with a BOM (Excel's
    "Unicode Text"); invalid bytes and control characters are refused with their line."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise PackError(shown, "starts like UTF-16 but is not valid UTF-16; save it as UTF-8") from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
            raise PackError(
                shown,
                f"is not UTF-8 (byte 0x{data[error.start]:02X} at column {column}); save the file as UTF-8",
                line=line,
            ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    check_controls(shown, text)
    return text


def check_controls(shown: str, text: str, first_line: int = 1) -> None:
    """Refuse text with a control character other than tab and newline, naming its line."""
    index = find_control_character(text)
    if index is not None:
        line = text.count("\n", 0, index) + first_line
        raise PackError(
            shown,
            f"contains the control character U+{ord(text[index]):04X}; prep imports text without them, remove it",
            line=line,
        )
