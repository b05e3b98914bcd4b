"""Drafting the interview questions of a big build on every core.

`interview.draft(text, kind, role, junior)` is a pure function of its arguments and most of the time a
big build takes. Inside `drafting_ahead()`, `draft` looks each bullet up among drafts that worker
processes made beforehand; any other call drafts in process, so a lookup can only ever save time,
never change a card (on the workers, see `workers.py`):

- a big document's workers start as soon as its outline is known (`Ahead.outlined`) and read its
  responsibilities and qualifications from their copy of it, while the parent goes on extracting;
- the bullets of documents too small to start workers alone are drafted together once every
  document is extracted (`Ahead.extracted`), when they are many.

Fewer than `MIN_BULLETS` bullets are drafted in process: a pool costs 50–100 ms to start.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from prep.core.builder import interview, workers
from prep.core.builder.extract import Extraction
from prep.core.builder.headings import SectionKind
from prep.core.builder.interview import Draft
from prep.core.builder.interview_words import THEMES
from prep.core.builder.lists import section_items
from prep.core.builder.sections import Outline

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

MIN_BULLETS = 1_000
"""Fewer distinct bullets than this are drafted in process: the pool would cost more than it saves."""
TASKS_PER_WORKER = 16
"""A document's bullets go to the workers in small tasks, so that its first cards can be made early."""
KINDS = {SectionKind.RESPONSIBILITIES: "responsibility", SectionKind.QUALIFICATIONS: "qualification"}
"""The sections whose items `CardMaker.listed_cards` drafts, and the kind it drafts them as."""

Bullet = tuple[str, str, str, bool]
"""The arguments of `draft`: the bullet's text, "responsibility" or "qualification", the role's name, and whether
only juniors are hired."""
_Shipped = tuple[str, str, tuple[int, ...], str, tuple[str, ...], str]
"""A draft as a worker sends it back: its themes as places in `THEMES` (a theme's patterns stay home)."""
_Result = _Shipped | str | None
"""A shipped draft, None for a bullet that gives none, "" for a draft that cannot be shipped as it is."""

_THEME_PLACES = {id(theme): place for place, theme in enumerate(THEMES)}
_ahead: dict[Bullet, Draft | None] = {}
_coming: list[Iterator[list[tuple[Bullet, _Result]]]] = []
"""Drafts still on their way from workers, task by task in the order of the document's sections."""
_outlined: tuple[Extraction, Outline] | None = None
"""The document whose outline forked workers read (set only while they are being forked)."""


def draft(text: str, kind: str, role: str = "", junior: bool = False) -> Draft | None:
    """`interview.draft`, from the drafts made ahead when there are some for these arguments. Cards are made
    in the order the workers draft, so the first cards are made while the workers draft the last."""
    key = (text, kind, role, junior)
    while key not in _ahead and _coming:
        _receive()
    if key in _ahead:
        return _ahead[key]
    return interview.draft(text, kind, role, junior)


def _receive() -> None:
    """Wait for the next task's drafts."""
    try:
        _keep(next(_coming[0]))
    except StopIteration:
        _coming.pop(0)


def _keep(results: list[tuple[Bullet, _Result]]) -> None:
    _ahead.update((bullet, _unpacked(result)) for bullet, result in results if not isinstance(result, str))


def bullets(extractions: Sequence[Extraction]) -> Iterator[Bullet]:
    """The bullets `CardMaker.listed_cards` drafts: each responsibility and qualification, with its role."""
    for found in extractions:
        for listing in found.listings:
            kind = KINDS.get(listing.kind)
            if kind is not None:
                role, junior = found.name_of(listing.role), found.juniors_only(listing.role)
                for item in listing.items:
                    yield item.text, kind, role, junior


class Ahead:
    """The worker pools of one build."""

    def __init__(self) -> None:
        self._pools: list[Pool] = []
        self._outlined: set[int] = set()
        """The documents whose bullets workers draft from their outline (by id)."""

    def outlined(self, found: Extraction, shape: Outline) -> None:
        """Start drafting a big document's bullets, in workers that read them from their copy of `shape`."""
        global _outlined
        listed = [place for place, section in enumerate(shape.sections) if section.kind in KINDS]
        if sum(len(shape.sections[place].blocks) for place in listed) < MIN_BULLETS or workers.count() < 2:
            return
        _outlined = (found, shape)
        try:
            pool = workers.pool()
        finally:
            _outlined = None
        self._pools.append(pool)
        self._outlined.add(id(found))
        _coming.append(pool.imap(_draft_sections, workers.tasks(listed, TASKS_PER_WORKER), chunksize=1))
        pool.close()

    def extracted(self, extractions: Sequence[Extraction]) -> None:
        """Draft the bullets of the documents not drafted from their outline, in a pool of their own when many."""
        rest = [found for found in extractions if id(found) not in self._outlined]
        missing = list(dict.fromkeys(bullets(rest)))
        if len(missing) < MIN_BULLETS or workers.count() < 2:
            return
        with workers.pool() as pool:
            for results in pool.map(_draft_bullets, workers.tasks(missing), chunksize=1):
                _keep(results)

    def close(self) -> None:
        for pool in self._pools:
            pool.terminate()
        self._pools.clear()
        _coming.clear()
        _ahead.clear()


@contextmanager
def drafting_ahead() -> Iterator[Ahead]:
    """Within this block, `draft` finds the drafts the returned `Ahead` had made; leaving it stops every worker."""
    ahead = Ahead()
    try:
        yield ahead
    finally:
        ahead.close()


def _draft_sections(places: list[int]) -> list[tuple[Bullet, _Result]]:
    """In a worker: the drafts of the bullets of these sections of the document being extracted."""
    assert _outlined is not None
    found, shape = _outlined
    wanted = []
    for place in places:
        section = shape.sections[place]
        kind, role, junior = KINDS[section.kind], found.name_of(section.role), found.juniors_only(section.role)
        wanted += [(item.text, kind, role, junior) for item in section_items(section)]
    return _draft_bullets(list(dict.fromkeys(wanted)))


def _draft_bullets(chunk: Iterable[Bullet]) -> list[tuple[Bullet, _Result]]:
    return [(bullet, _packed(interview.draft(*bullet))) for bullet in chunk]


def _packed(drafted: Draft | None) -> _Result:
    if drafted is None:
        return None
    places = tuple(_THEME_PLACES.get(id(theme), -1) for theme in drafted.themes)
    if -1 in places:
        return ""  # a theme made on the fly: the parent drafts this bullet itself
    return (drafted.style, drafted.prompt, places, drafted.key, drafted.notes, drafted.group)


def _unpacked(shipped: _Shipped | None) -> Draft | None:
    if shipped is None:
        return None
    style, prompt, places, key, notes, group = shipped
    return Draft(style, prompt, tuple(THEMES[place] for place in places), key, notes, group)
