"""Forked worker processes for the parts of a big build that can run on every core.

Workers are forked, so they begin with every module loaded and a copy of what the parent had
read when it forked them (a document's lines, its outline): a task names only which part to
work on. They ignore Ctrl+C, which is the parent's to handle: leaving a pool's `with` block, or
`terminate()`, stops them on an error or an interruption as on success.
"""

from __future__ import annotations

import os
import signal
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

TASKS_PER_WORKER = 4
"""Tasks a job is cut into for each worker: a worker that finishes early takes another."""

T = TypeVar("T")


def count() -> int:
    """How many workers a pool has: the cores this process may use (1 where processes cannot be forked)."""
    import multiprocessing  # here: importing it costs about 25 ms, and small builds never fork
    import threading

    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return 1  # forking a process with other threads (the TUI's) can leave a child holding their locks
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def pool() -> Pool:
    import multiprocessing

    return multiprocessing.get_context("fork").Pool(count(), initializer=_start)


def tasks(items: list[T], per_worker: int = TASKS_PER_WORKER) -> list[list[T]]:
    """`items` cut into `per_worker` tasks a worker, in order."""
    size = max(-(-len(items) // (count() * per_worker)), 1)
    return [items[start : start + size] for start in range(0, len(items), size)]


def _start() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
