"""Opening the station database when the desk starts.

A refusal (a database from a newer FieldDesk, a file that cannot be read) is shown as its
sentence. A damaged database (or an empty file, or no database at all) is never written into:
the desk says so and offers its newest backup, which replaces it while the damaged file is kept
next to it, renamed. The questions go through `ask` and `tell`, so tests answer them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import SQLAlchemyError

from app.db import Database, open_database
from app.db.backup import newest_backup, restore_backup
from app.errors import DamagedDatabase, DomainError
from app.ui.i18n import error_text

Ask = Callable[[str], bool]  # a yes/no question: True for yes
Tell = Callable[[str], None]  # a message the user acknowledges



def open_station(path: Path, ask: Ask, tell: Tell) -> Database | None:
    """The opened database, or None once the user was told why there is none."""
    try:
        return open_database(path)
    except DamagedDatabase as exc:
        return _offer_backup(path, exc, ask, tell)
    except DomainError as exc:
        tell(error_text(exc))
    except (OSError, SQLAlchemyError) as exc:
        tell(QCoreApplication.translate("Startup", "The database {path} cannot be opened: "
                                        "{error}").format(
            path=str(path), error=error_text(exc)))
    return None


def _offer_backup(path: Path, damaged: DamagedDatabase, ask: Ask, tell: Tell
                  ) -> Database | None:
    backup = newest_backup(path)
    if backup is None:
        none = QCoreApplication.translate("Startup", "No backup of it was found.")
        tell(f"{error_text(damaged)}\n\n{none}")
        return None
    question = QCoreApplication.translate(
        "Startup", "Restore the backup made on {day}? The damaged file is kept next to it, "
        "renamed.").format(day=backup.day.isoformat())
    if not ask(f"{error_text(damaged)}\n\n{question}"):
        return None
    try:
        restore_backup(backup.path, path)
        return open_database(path)
    except (DomainError, OSError, sqlite3.Error, SQLAlchemyError) as exc:
        tell(QCoreApplication.translate("Startup", "The backup {backup} cannot be restored: "
                                        "{error}").format(
            backup=str(backup.path), error=error_text(exc)))
        return None
