"""Bulk work with the cyclic garbage collector paused.

Work that makes hundreds of thousands of objects and keeps them until it is done (an import's
rows and their audit and outbox entries, the board's items) sets off full collections, each
scanning every object kept so far: a fifth of a 100,000-customer import, a third of the
board's build (both measured), and nothing to collect. Reference counting still frees every
object without a cycle at once; a cycle made meanwhile waits for the next collection.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off for the block and on again after it, unless it was off before (the
    setting is the process's: another thread's block ending first turns it on early, which
    costs time, never memory)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
