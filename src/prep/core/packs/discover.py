"""Find the packs a session can use, in the documented order.

1. the bundled packs (`questions/`, shipped inside the package);
2. packs installed by Python packages through entry points in the group `prep.packs`;
3. the user pack folder (`prep packs add` copies packs there).

When two packs share a name, prep warns and keeps the one found last in that order: the user
folder beats an entry point, which beats a bundled pack. `--pack FILE` replaces all three.
A pack with errors is skipped and its problems are reported; the others load.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from prep.core.collector import gc_paused
from prep.core.model import Deck, Pack
from prep.core.packs.cache import PackCache
from prep.core.packs.load import display_path, load_pack, pack_files
from prep.errors import PackError, PackErrors, PrepError
from prep.paths import Paths, bundled_packs_dir

ENTRY_POINT_GROUP = "prep.packs"
BUNDLED = "bundled"
USER = "user"
COMMAND_LINE = "command line"


@dataclass
class Library:
    """What discovery found: the usable packs, and what was wrong with the rest."""

    packs: list[Pack] = field(default_factory=list)
    problems: list[PrepError] = field(default_factory=list)
    """One entry per skipped pack or unreadable source."""
    warnings: list[str] = field(default_factory=list)
    """Name clashes and other things worth telling but not fatal."""
    others: list[Pack] = field(default_factory=list)
    """Installed packs that were not chosen but whose cards the chosen ones use (`--pack` a built deck)."""

    def add(self, pack: Pack) -> None:
        for index, known in enumerate(self.packs):
            if known.name == pack.name:
                self.warnings.append(
                    f"two packs are named {pack.name!r}: using {pack.path} ({pack.origin})"
                    f" instead of {known.path} ({known.origin})"
                )
                self.packs[index] = pack
                return
        self.packs.append(pack)

    def load(self, files: Iterable[tuple[Path, str]], cache: PackCache | None = None) -> None:
        with gc_paused(keep=True):
            for path, origin in files:
                try:
                    self.add(_load(path, origin, cache))
                except PackErrors as errors:
                    self.problems.append(errors)

    def find(self, name: str) -> Pack | None:
        return next((pack for pack in self.packs if pack.name == name), None)

    def deck(self) -> Deck:
        """The cards of the packs and the cards they use from other packs, each card once."""
        cards = {(card.pack, card.id): card for pack in self.packs for card in pack.cards}
        used = [key for pack in self.packs for key in pack.uses if key not in cards]
        if used:
            names = {name for name, _ in used}
            known = {(card.pack, card.id): card for pack in self.others if pack.name in names for card in pack.cards}
            cards.update((key, known[key]) for key in used if key in known)
        return Deck(tuple(cards.values()))

    def check_uses(self) -> None:
        """A warning for each pack that uses cards no loaded pack has (a pack removed or changed since)."""
        known = {(card.pack, card.id) for pack in (*self.packs, *self.others) for card in pack.cards}
        for pack in self.packs:
            missing = [f"{name}/{card}" for name, card in pack.uses if (name, card) not in known]
            if missing:
                shown = ", ".join(missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
                self.warnings.append(
                    f"{pack.name} uses {len(missing)} card{'s' if len(missing) != 1 else ''} no installed pack has"
                    f" ({shown}); they are left out. Rebuild the deck, or install the pack they came from"
                )


def _load(path: Path, origin: str, cache: PackCache | None) -> Pack:
    if cache is None:
        return load_pack(path, origin=origin)
    try:
        return cache.load(path, origin=origin)
    except PackError as error:
        raise PackErrors([error]) from None


def discover(paths: Paths, *, only: Iterable[Path] = ()) -> Library:
    """Load every pack prep can see, or just the files in `only` when given."""
    cache = PackCache(paths.cache)
    explicit = list(only)
    if explicit:
        library = Library()
        library.load(_files_of(explicit, COMMAND_LINE, library), cache)
        if any(pack.uses for pack in library.packs):
            chosen = {pack.name for pack in library.packs}
            library.others = [pack for pack in discover(paths).packs if pack.name not in chosen]
        library.check_uses()
        return library
    library = bundled_library(cache)
    library.load(_entry_point_files(library, paths), cache)
    library.load(((path, USER) for path in pack_files(paths.packs, library.problems.append)), cache)
    library.check_uses()
    return library


def bundled_library(cache: PackCache | None = None) -> Library:
    """Only the packs that ship with prep."""
    library = Library()
    library.load(((path, BUNDLED) for path in pack_files(bundled_packs_dir())), cache)
    return library


def _files_of(targets: list[Path], origin: str, library: Library) -> Iterator[tuple[Path, str]]:
    for target in targets:
        if target.is_dir():
            found = pack_files(target, library.problems.append)
            if not found:
                library.problems.append(PrepError(f"{display_path(target)}: no .yaml pack files in this folder"))
            yield from ((path, origin) for path in found)
        else:
            yield target, origin


def _entry_point_files(library: Library, paths: Paths) -> Iterator[tuple[Path, str]]:
    for name, folder in _entry_point_folders(library, paths.cache / "entry-points.json"):
        yield from ((path, f"entry point {name}") for path in pack_files(Path(folder), library.problems.append))


def _entry_point_folders(library: Library, cache_file: Path) -> list[tuple[str, str]]:
    """(name, folder) of every `prep.packs` entry point.

    Asking importlib.metadata costs tens of milliseconds, so the answer is cached, keyed on the
    modification times of the folders on sys.path: installing or removing a package changes them.
    (sys.path[0] is the script's folder or the current one, whose mtime says nothing about packages.)
    """
    import json
    import sys

    key = [[folder, _mtime(folder)] for folder in sys.path[1:] if folder]
    try:
        stored = json.loads(cache_file.read_text())
        if stored["key"] == key:
            return [(str(name), str(folder)) for name, folder in stored["folders"]]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    folders = _resolve_entry_points(library)
    if not library.problems:
        try:
            from prep.core.files import atomic_write

            atomic_write(cache_file, json.dumps({"key": key, "folders": folders}).encode(), durable=False)
        except OSError:
            pass
    return folders


def _mtime(folder: str) -> int:
    try:
        return Path(folder).stat().st_mtime_ns
    except OSError:
        return 0


def _resolve_entry_points(library: Library) -> list[tuple[str, str]]:
    from importlib.metadata import entry_points

    folders = []
    for entry in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        origin = f"entry point {entry.name}"
        try:
            folder = _entry_point_folder(entry.load())
        except (Exception, SystemExit) as error:  # a broken third-party package must neither stop nor exit prep
            why = f"it tried to exit prep (code {error.code})" if isinstance(error, SystemExit) else str(error)
            library.problems.append(PrepError(f"{origin} ({entry.value}): cannot load it: {why}"))
            continue
        if folder is None:
            library.problems.append(PrepError(f"{origin} ({entry.value}): points at no folder of packs"))
            continue
        folders.append((entry.name, str(folder)))
    return folders


def _entry_point_folder(target: object) -> Path | None:
    """An entry point names a package whose folder holds packs, or a function returning a folder."""
    if callable(target) and not hasattr(target, "__path__"):
        target = target()
    if isinstance(target, (str, Path)):
        return Path(target)
    module_file = getattr(target, "__file__", None)
    return Path(module_file).parent if module_file else None
