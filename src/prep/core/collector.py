"""Pausing Python's cyclic garbage collector while prep builds many small objects at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused(*, keep: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector while building many objects that are never cyclic
    garbage: its passes over a growing heap would make loading big packs quadratic.

    With `keep`, what was built is meant to live as long as the process (loaded packs): it is
    moved out of the collector's sight (`gc.freeze`) instead of being scanned again and again.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if enabled:
            gc.enable()
