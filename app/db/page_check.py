"""SQLite's quick check of every page, run in a thread of its own while the desk opens, so a
large station does not wait for it before its first screen (it reads the whole file: about a
second for a year of a large station). Until its verdict, statements that would change the
file wait for it (an SQLite authorizer installed on each connection); a damaged file is then
refused every write, and reads go on."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from app.db.integrity import file_problem, page_problem
from app.texts import Text

WRITES = frozenset({
    sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE,
    sqlite3.SQLITE_CREATE_TABLE, sqlite3.SQLITE_CREATE_INDEX, sqlite3.SQLITE_CREATE_TRIGGER,
    sqlite3.SQLITE_CREATE_VIEW, sqlite3.SQLITE_DROP_TABLE, sqlite3.SQLITE_DROP_INDEX,
    sqlite3.SQLITE_DROP_TRIGGER, sqlite3.SQLITE_DROP_VIEW, sqlite3.SQLITE_ALTER_TABLE,
    sqlite3.SQLITE_REINDEX,
})


class PageCheck:
    """The verdict on one file's pages, found in the background (`start`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._done = threading.Event()
        self._problem: Text | None = None

    def start(self) -> PageCheck:
        threading.Thread(target=self._run, name="page-check", daemon=True).start()
        return self

    def _run(self) -> None:
        try:
            self._problem = file_problem(self.path) or page_problem(self.path)
        finally:
            self._done.set()

    @property
    def sound(self) -> bool:
        """The verdict is in and found nothing."""
        return self._done.is_set() and self._problem is None

    def wait(self, timeout: float | None = None) -> Text | None:
        """The problem found (None: the file is sound); waits for the verdict."""
        self._done.wait(timeout)
        return self._problem

    def authorize(self, action: int, *_args: object) -> int:
        """SQLite's authorizer: a write waits for the verdict and is denied on a damaged file."""
        if action in WRITES and self.wait() is not None:
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK
