"""One sync cycle per desk at a time: two windows of the app (or `fielddesk sync` while the
app syncs) on one database file would push the same batches and pull the same pages side by
side; the second would set the first's refusals aside again and could fork the desk twice.

The lock is an operating system lock on a file next to the database, held by an open file
(`flock` on POSIX, `msvcrt.locking` on Windows): two opens conflict even within one process,
and a process that dies lets go of it. A second cycle is refused at once with a sentence; the
next one (the timer's, or the user's) goes through.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from app.db import Database
from app.errors import SyncError


class SyncBusy(SyncError):
    """Another cycle of this desk is running."""


def lock_path(db: Database) -> Path | None:
    """The lock file of the database's desk (None: a database without a file)."""
    name = db.engine.url.database
    if not name or name == ":memory:":
        return None
    path = Path(name)
    return path.with_name(path.name + ".sync-lock")


@contextmanager
def one_cycle(db: Database) -> Iterator[None]:
    """Hold the desk's sync lock for the block; SyncBusy when another cycle holds it."""
    path = lock_path(db)
    if path is None:
        yield
        return
    with path.open("a+b") as f:
        if not _lock(f):
            raise SyncBusy("This desk is syncing in another window or process; this sync "
                           "was not started (the next one will be).")
        try:
            yield
        finally:
            _unlock(f)


if sys.platform == "win32":
    import msvcrt

    def _lock(f: IO[bytes]) -> bool:
        f.seek(0)
        try:
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(f: IO[bytes]) -> None:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(f: IO[bytes]) -> bool:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)
