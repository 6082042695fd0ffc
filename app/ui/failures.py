"""What the user is told when an operation fails: a domain error's own sentence; an error of
the environment (disk full, database locked beyond the busy timeout, a read-only file, a damaged
database, an unreachable server) as one sentence with what to do; anything else is a bug, for
which there is no sentence (`failure_sentence` returns None) and the crash handler takes over.

The classification follows qutebrowser's `sql.KnownError`/`BugError` split by SQLite result
code (https://sqlite.org/rescode.html).
"""

from __future__ import annotations

import errno
import socket
import sqlite3
from enum import Enum

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import DBAPIError

from app.errors import DomainError
from app.sync.report import ServerUnreachable
from app.ui.i18n import error_text


class Trouble(Enum):
    LOCKED = "locked"
    DISK_FULL = "disk full"
    READ_ONLY = "read-only"
    DISK_ERROR = "disk error"
    DAMAGED = "damaged"
    CANNOT_OPEN = "cannot open"
    NO_FILE = "no file"
    UNREACHABLE = "unreachable"


SQLITE_CODES = {5: Trouble.LOCKED, 6: Trouble.LOCKED, 8: Trouble.READ_ONLY,
                10: Trouble.DISK_ERROR, 11: Trouble.DAMAGED, 13: Trouble.DISK_FULL,
                14: Trouble.CANNOT_OPEN, 26: Trouble.DAMAGED}
OS_ERRNOS = {errno.ENOSPC: Trouble.DISK_FULL, errno.EDQUOT: Trouble.DISK_FULL,
             errno.EROFS: Trouble.READ_ONLY, errno.EACCES: Trouble.READ_ONLY,
             errno.EPERM: Trouble.READ_ONLY, errno.EIO: Trouble.DISK_ERROR,
             errno.ENOENT: Trouble.NO_FILE}


def trouble_of(exc: BaseException) -> Trouble | None:
    """The environmental trouble behind `exc`, or None (then it is a bug or a domain error)."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        exc = exc.orig
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return SQLITE_CODES.get(code & 0xFF) if isinstance(code, int) else None
    if isinstance(exc, ConnectionError | TimeoutError | socket.gaierror | socket.herror):
        return Trouble.UNREACHABLE
    if isinstance(exc, OSError) and exc.errno is not None:
        return OS_ERRNOS.get(exc.errno)
    return None


def _sentences(file: str) -> dict[Trouble, str]:
    return {
        Trouble.LOCKED: QCoreApplication.translate(
            "Failures", "The station database is busy: another program is writing to it. "
            "Nothing was changed; try again in a moment, and if this keeps happening, close "
            "the other program."),
        Trouble.DISK_FULL: QCoreApplication.translate(
            "Failures", "The disk is full. Nothing was changed; free some disk space and try "
            "again."),
        Trouble.READ_ONLY: QCoreApplication.translate(
            "Failures", "FieldDesk may not write to {file}: it or its folder is read-only. "
            "Nothing was changed; check its permissions or the drive.").format(file=file),
        Trouble.DISK_ERROR: QCoreApplication.translate(
            "Failures", "The disk reported an error. Nothing was changed; check the drive, "
            "then try again."),
        Trouble.DAMAGED: QCoreApplication.translate(
            "Failures", "The station database file is damaged. Close FieldDesk and restore "
            "the last backup."),
        Trouble.CANNOT_OPEN: QCoreApplication.translate(
            "Failures", "The station database file cannot be opened. Check that its drive is "
            "connected, then start FieldDesk again."),
        Trouble.NO_FILE: QCoreApplication.translate(
            "Failures", "The file {file} does not exist (any more). Choose it again.").format(
            file=file),
        Trouble.UNREACHABLE: QCoreApplication.translate(
            "Failures", "The server cannot be reached. Check the network connection and try "
            "again."),
    }


def trouble_sentence(trouble: Trouble, exc: BaseException) -> str:
    """One sentence: what happened, that nothing was changed, and what to do."""
    file = getattr(exc, "filename", None) or QCoreApplication.translate(
        "Failures", "the station database")
    return _sentences(str(file))[trouble]


def failure_sentence(exc: BaseException) -> str | None:
    """The sentence for a domain or environmental failure; None for a bug."""
    if isinstance(exc, ServerUnreachable):
        return error_text(exc) + " " + QCoreApplication.translate(
            "Failures", "Check the network connection; FieldDesk tries again every few "
            "minutes.")
    if isinstance(exc, DomainError):
        return error_text(exc)
    trouble = trouble_of(exc)
    return None if trouble is None else trouble_sentence(trouble, exc)
