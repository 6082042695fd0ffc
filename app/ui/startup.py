"""Opening the station database when the desk starts.

A refusal (a database from a newer FieldDesk, a file that cannot be read) is shown as its
sentence. A damaged database (or an empty file, or no database at all) is never written into:
the desk says so and offers its newest backup, which replaces it while the damaged file is kept
next to it, renamed. The file's pages are checked in the background while the user signs in
(`PagesVerdict`): writes wait for that verdict, and a damaged file found that way closes the
sign-in dialog or the window so the backup can be offered. The questions go through `ask` and
`tell`, so tests answer them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
from sqlalchemy.exc import SQLAlchemyError

from app.db import Database, open_database
from app.db.backup import newest_backup, restore_backup
from app.db.integrity import damaged
from app.errors import DamagedDatabase, DomainError
from app.texts import Text
from app.ui.i18n import error_text
from app.ui.operation import Operation
from app.ui.tasks import Lane

Ask = Callable[[str], bool]  # a yes/no question: True for yes
Tell = Callable[[str], None]  # a message the user acknowledges


def open_station(path: Path, ask: Ask, tell: Tell) -> Database | None:
    """The opened database (its pages still being checked), or None once the user was told
    why there is none."""
    try:
        return open_database(path, pages_later=True)
    except DamagedDatabase as exc:
        return open_database(path) if offer_backup(path, exc, ask, tell) else None
    except DomainError as exc:
        tell(error_text(exc))
    except (OSError, SQLAlchemyError) as exc:
        tell(QCoreApplication.translate("Startup", "The database {path} cannot be opened: "
                                        "{error}").format(
            path=str(path), error=error_text(exc)))
    return None


def offer_backup(path: Path, found: DamagedDatabase, ask: Ask, tell: Tell) -> bool:
    """Offer the newest backup of a damaged database; True once it is in place."""
    backup = newest_backup(path)
    if backup is None:
        none = QCoreApplication.translate("Startup", "No backup of it was found.")
        tell(f"{error_text(found)}\n\n{none}")
        return False
    question = QCoreApplication.translate(
        "Startup", "Restore the backup made on {day}? The damaged file is kept next to it, "
        "renamed.").format(day=backup.day.isoformat())
    if not ask(f"{error_text(found)}\n\n{question}"):
        return False
    try:
        restore_backup(backup.path, path)
    except (DomainError, OSError, sqlite3.Error, SQLAlchemyError) as exc:
        tell(QCoreApplication.translate("Startup", "The backup {backup} cannot be restored: "
                                        "{error}").format(
            backup=str(backup.path), error=error_text(exc)))
        return False
    return True


class PagesVerdict:
    """The background page check's verdict, brought to the GUI thread. A damaged file closes
    the sign-in dialog and the main window (`damaged` says why), so that the desk lets the
    database go and offers its backup."""

    def __init__(self, db: Database, lane: Lane, owner: QObject) -> None:
        self.damaged: DamagedDatabase | None = None
        pages = db.pages
        if pages is not None:
            Operation(lane, owner, lambda _run: pages.wait()).success(
                lambda problem: self._arrived(pages.path, problem)).run()

    def _arrived(self, path: Path, problem: Text | None) -> None:
        if problem is None:
            return
        self.damaged = damaged(path, problem)
        if isinstance(modal := QApplication.activeModalWidget(), QDialog):
            modal.reject()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMainWindow) and widget.isVisible():
                widget.close()
