"""Drafting the interview questions of a big build on every core.

`interview.draft(text, kind, role)` is a pure function of its three strings and most of the time a
big build takes. Inside `drafted_ahead(bullets)`, `draft` looks each bullet up among drafts that
worker processes made of the distinct bullets beforehand; any other call drafts in process, so a
lookup can only ever save time, never change a card. Small builds draft in process from the start:
a pool costs 50–100 ms to start. Workers are forked, so they begin with every module loaded.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from prep.core.builder import interview
from prep.core.builder.extract import Extraction
from prep.core.builder.headings import SectionKind
from prep.core.builder.interview import Draft
from prep.core.builder.interview_words import THEMES

MIN_BULLETS = 1_000
"""Fewer distinct bullets than this are drafted in process: the pool would cost more than it saves."""
CHUNKS_PER_WORKER = 4

Bullet = tuple[str, str, str]
"""The arguments of `draft`: the bullet's text, "responsibility" or "qualification", the role's name."""
_Shipped = tuple[str, str, tuple[int, ...], str, tuple[str, ...], str]
"""A draft as a worker sends it back: its themes as places in `THEMES` (a theme's patterns stay home)."""

_THEME_PLACES = {id(theme): place for place, theme in enumerate(THEMES)}
_ahead: dict[Bullet, Draft | None] = {}


def draft(text: str, kind: str, role: str = "") -> Draft | None:
    """`interview.draft`, from the drafts made ahead when there are some for these arguments."""
    key = (text, kind, role)
    if key in _ahead:
        return _ahead[key]
    return interview.draft(text, kind, role)


def bullets(extractions: Sequence[Extraction]) -> Iterator[Bullet]:
    """The bullets `CardMaker.listed_cards` drafts: each responsibility and qualification, with its role."""
    for found in extractions:
        for listing in found.listings:
            if listing.kind in (SectionKind.RESPONSIBILITIES, SectionKind.QUALIFICATIONS):
                kind = "responsibility" if listing.kind is SectionKind.RESPONSIBILITIES else "qualification"
                role = found.name_of(listing.role)
                for item in listing.items:
                    yield item.text, kind, role


@contextmanager
def drafted_ahead(wanted: Iterable[Bullet]) -> Iterator[None]:
    """Within this block, `draft` finds the drafts of `wanted` made ahead, on every core, when they are many."""
    distinct = list(dict.fromkeys(wanted))
    workers = _cores()
    if len(distinct) >= MIN_BULLETS and workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        _ahead.update(_draft_in_pool(distinct, workers))
    try:
        yield
    finally:
        _ahead.clear()


def _cores() -> int:
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def _draft_in_pool(distinct: list[Bullet], workers: int) -> Iterator[tuple[Bullet, Draft | None]]:
    size = -(-len(distinct) // (workers * CHUNKS_PER_WORKER))
    chunks = [distinct[start : start + size] for start in range(0, len(distinct), size)]
    # Leaving the block terminates the workers, on an error or Ctrl+C too (they ignore SIGINT themselves).
    with multiprocessing.get_context("fork").Pool(workers, initializer=_ignore_interrupts) as pool:
        shipped = pool.map(_draft_chunk, chunks, chunksize=1)
    for chunk, results in zip(chunks, shipped, strict=True):
        for bullet, result in zip(chunk, results, strict=True):
            if not isinstance(result, str):
                yield bullet, _unpacked(result)


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _draft_chunk(chunk: list[Bullet]) -> list[_Shipped | str | None]:
    """In a worker: each bullet's draft, None when it gives none, "" when it cannot be sent back as it is."""
    return [_packed(interview.draft(*bullet)) for bullet in chunk]


def _packed(drafted: Draft | None) -> _Shipped | str | None:
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
