"""Pausing Python's cyclic garbage collector while a bulk job makes many objects and no cycles.

Reading 100,000 accounts keeps 100,000 rows alive, and every collection the allocations trigger walks
all of them again: a quarter of the reading's CPU. The pause is process-wide, so it is kept short (one
import's read or write) and nests across threads: the collector comes back when the last job ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_jobs = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic collection inside the block (on any thread); reference counting frees memory as usual."""
    global _jobs, _was_enabled
    with _lock:
        if _jobs == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _jobs += 1
    try:
        yield
    finally:
        with _lock:
            _jobs -= 1
            if _jobs == 0 and _was_enabled:
                gc.enable()
