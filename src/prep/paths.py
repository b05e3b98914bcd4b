"""Where prep keeps things on disk: one small object, built once by the CLI and passed down.

`PREP_DATA_DIR` (or `--data-dir`) moves everything prep writes — the progress store, backups, the
user pack folder and the parse cache — under one folder, which is also how the tests isolate
themselves.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "prep"
DATA_DIR_ENV = "PREP_DATA_DIR"


@dataclass(frozen=True, slots=True)
class Paths:
    data: Path
    """Folder that holds the progress store, backups and user packs."""
    cache: Path
    """Folder for the parsed-pack cache; safe to delete at any time."""

    @classmethod
    def default(cls, data_dir: str | os.PathLike[str] | None = None) -> Paths:
        """Paths from `--data-dir`, else `PREP_DATA_DIR`, else the platform's user folders."""
        chosen = data_dir or os.environ.get(DATA_DIR_ENV)
        if chosen:
            root = Path(chosen).expanduser()
            return cls(data=root, cache=root / "cache")
        import platformdirs

        return cls(
            data=platformdirs.user_data_path(APP_NAME),
            cache=platformdirs.user_cache_path(APP_NAME),
        )

    @property
    def store(self) -> Path:
        return self.data / "progress.db"

    @property
    def packs(self) -> Path:
        """The user pack folder that `prep packs add` installs into."""
        return self.data / "packs"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def postings(self) -> Path:
        """Where postings given as text (pasted, or piped to `prep target add -`) are kept."""
        return self.data / "postings"


def bundled_packs_dir() -> Path:
    """The packs that ship with prep.

    In an installed wheel they sit inside the package (`prep/questions`); in a source checkout or
    an editable install they are the repository's top-level `questions/` folder.
    """
    here = Path(__file__).resolve().parent
    installed = here / "questions"
    if installed.is_dir():
        return installed
    return here.parent.parent / "questions"
