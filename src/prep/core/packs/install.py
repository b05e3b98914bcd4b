"""`prep packs add` and `remove`: packs into and out of the user pack folder.

An add is all or nothing. Every file is read and checked first — for a zip, every entry's name,
type and declared size before a byte is extracted — and any problem refuses the whole add. The
packs are then written to a hidden staging folder inside the pack folder and renamed into place,
so an interrupted add never leaves a half-written pack. Adding never opens the progress store.
"""

from __future__ import annotations

import re
import shutil
import stat
import uuid
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from prep.core.files import atomic_write
from prep.core.model import Pack
from prep.core.packs.discover import USER
from prep.core.packs.format import FILE_LIMIT, MAX_FILE_BYTES, megabytes
from prep.core.packs.load import (
    PACK_SUFFIXES,
    display_path,
    load_pack,
    load_pack_bytes,
    pack_files,
    read_pack_bytes,
)
from prep.errors import PackError, PackErrors, PrepError

MAX_ENTRIES = 200
MAX_TOTAL_BYTES = 50 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
STAGING_PREFIX = ".staging-"


@dataclass(frozen=True, slots=True)
class Installed:
    pack: Pack
    replaced: Pack | None
    """The user pack of the same name that this one replaced, if any."""


class NotInstalled(PackErrors):
    """Some of the packs to add have problems, so none was installed; `fine` names the files that had none."""

    def __init__(self, errors: list[PackError], fine: list[str]) -> None:
        super().__init__(errors)
        self.fine = fine


def add_packs(source: Path, packs_dir: Path) -> list[Installed]:
    """Check every pack in `source` (a file, folder or zip), then install them all, or none."""
    try:
        candidates = _read_candidates(source)
    except PackError as error:
        raise PackErrors([error]) from None
    packs = _check(candidates)
    existing = {pack.name: pack for pack in user_packs(packs_dir)}
    _stage_and_install(packs, packs_dir, existing)
    return [Installed(pack, existing.get(pack.name)) for pack, _data in packs]


def remove_pack(name: str, packs_dir: Path) -> Pack:
    """Delete the user pack called `name`; progress on its cards stays in the store."""
    for pack in user_packs(packs_dir):
        if pack.name == name:
            Path(pack.path).unlink()
            return pack
    raise PrepError(
        f"no pack named {name!r} in the user pack folder ({packs_dir}); `prep packs list` shows"
        " where each pack comes from (bundled packs cannot be removed; packs from Python"
        " packages go with `pip uninstall`)"
    )


def user_packs(packs_dir: Path) -> list[Pack]:
    """The valid packs in the user folder, with `path` set to their real file."""
    found = []
    for path in pack_files(packs_dir):
        try:
            pack = load_pack(path, origin=USER)
        except PackErrors:
            continue
        found.append(replace(pack, path=str(path)))
    return found


def _read_candidates(source: Path) -> list[tuple[str, bytes]]:
    shown = display_path(source)
    if source.is_dir():
        files = pack_files(source)
        found = [(display_path(path), read_pack_bytes(path, display_path(path))) for path in files]
    elif not source.exists():
        raise PackError(shown, "no such file or folder")
    elif source.suffix.lower() == ".zip" or zipfile.is_zipfile(source):
        found = _zip_candidates(source, shown)
    elif source.suffix.lower() in PACK_SUFFIXES:
        found = [(shown, read_pack_bytes(source, shown))]
    else:
        raise PackError(shown, "is not a pack: give a .yaml file, a folder of them, or a .zip")
    if not found:
        raise PackError(shown, "holds no .yaml pack files")
    return found


def _zip_candidates(path: Path, shown: str) -> list[tuple[str, bytes]]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise PackError(shown, f"is not a readable zip archive ({error})") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise PackError(shown, f"has {len(infos)} entries; an archive of packs may hold at most {MAX_ENTRIES}")
        total = 0
        for info in infos:
            _check_entry(info, shown)
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise PackError(shown, f"entry {info.filename!r}: the archive unpacks to more than 50 MB")
        return [
            (f"{shown}:{info.filename}", _read_entry(archive, info, shown))
            for info in infos
            if not info.is_dir()
            and info.filename.lower().endswith(PACK_SUFFIXES)
            and not PurePosixPath(info.filename).name.startswith(".")
        ]


def _check_entry(info: zipfile.ZipInfo, shown: str) -> None:
    name = info.filename
    where = f"entry {name!r}"

    def refuse(message: str) -> PackError:
        return PackError(shown, f"{where}: {message}; the archive was not installed")

    normalised = name.replace("\\", "/")
    if normalised.startswith("/") or re.match(r"^[A-Za-z]:", normalised):
        raise refuse("has an absolute path")
    if ".." in PurePosixPath(normalised).parts:
        raise refuse("points outside the archive (..)")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise refuse("is a symbolic link")
    if info.flag_bits & 0x1:
        raise refuse("is encrypted")
    if info.is_dir():
        return
    if info.file_size > MAX_FILE_BYTES:
        raise refuse(f"unpacks to {megabytes(info.file_size)}; a pack may be at most {FILE_LIMIT}")
    if info.file_size and (not info.compress_size or info.file_size / info.compress_size > MAX_COMPRESSION_RATIO):
        raise refuse(f"is compressed more than {MAX_COMPRESSION_RATIO}:1, like a zip bomb")


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, shown: str) -> bytes:
    """Read an entry without trusting its declared size."""
    with archive.open(info) as handle:
        data = handle.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise PackError(shown, f"entry {info.filename!r} is larger than it declares; the archive was not installed")
    return data


def _check(candidates: list[tuple[str, bytes]]) -> list[tuple[Pack, bytes]]:
    problems: list[PackError] = []
    checked: list[tuple[Pack, bytes]] = []
    first_of: dict[str, str] = {}
    for shown, data in candidates:
        try:
            pack = load_pack_bytes(shown, data, origin=USER)
        except PackErrors as errors:
            problems.extend(errors.errors)
            continue
        if pack.name in first_of:
            problems.append(
                PackError(
                    shown,
                    f"pack name {pack.name!r} is also used by {first_of[pack.name]}; give each pack its own name",
                    field="pack.name",
                )
            )
            continue
        first_of[pack.name] = shown
        checked.append((pack, data))
    if problems:
        raise NotInstalled(problems, [shown for shown, _data in candidates if shown in first_of.values()])
    return checked


def _stage_and_install(packs: list[tuple[Pack, bytes]], packs_dir: Path, existing: dict[str, Pack]) -> None:
    try:
        _install(packs, packs_dir, existing)
    except OSError as error:
        where = display_path(Path(error.filename)) if error.filename else display_path(packs_dir)
        raise PackErrors([PackError(where, f"cannot install into the pack folder ({error.strerror or error});"
                                           " nothing was installed")]) from None  # fmt: skip


def _install(packs: list[tuple[Pack, bytes]], packs_dir: Path, existing: dict[str, Pack]) -> None:
    packs_dir.mkdir(parents=True, exist_ok=True)
    for stale in packs_dir.glob(STAGING_PREFIX + "*"):
        shutil.rmtree(stale, ignore_errors=True)
    staging = packs_dir / f"{STAGING_PREFIX}{uuid.uuid4().hex}"
    staging.mkdir()
    try:
        for pack, data in packs:
            atomic_write(staging / f"{pack.name}.yaml", data)
        for pack, _data in packs:
            target = packs_dir / f"{pack.name}.yaml"
            (staging / target.name).replace(target)
            old = existing.get(pack.name)
            if old is not None and Path(old.path) != target:
                Path(old.path).unlink(missing_ok=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
