"""`run_gui`: the desktop application from start to quit."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from app.config import Config
from app.db import open_database
from app.ui.bootstrap import build_context, build_main_window, prepare_application, sign_in
from app.ui.i18n import error_text
from app.ui.tasks import ThreadPoolRunner


def run_gui(config: Config) -> int:
    """Open the database, sign in (or create the first admin), show the main window."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    prepare_application(app, config.language)
    try:
        db = open_database(config.db_path)
    except (OSError, SQLAlchemyError) as exc:
        text = QCoreApplication.translate("run_gui", "The database {path} cannot be opened: "
                                          "{error}")
        QMessageBox.critical(None, "FieldDesk",
                             text.format(path=str(config.db_path), error=error_text(exc)))
        return 1
    runner = ThreadPoolRunner()
    try:
        actor = sign_in(db, runner, config.db_path)
        if actor is None:
            return 0
        window = build_main_window(build_context(db, actor, runner, config.db_path))
        window.show()
        window.sync.start()  # the first cycle shortly, then every few minutes
        try:
            return app.exec()
        finally:
            window.sync.stop()
    finally:
        runner.shutdown()
        db.dispose()
