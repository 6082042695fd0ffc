"""`run_gui`: the desktop application from start to quit."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from app.config import Config
from app.db.backup import daily_backup
from app.ui.bootstrap import build_context, build_main_window, prepare_application, sign_in
from app.ui.startup import open_station
from app.ui.tasks import ThreadPoolRunner


def ask(text: str) -> bool:
    answer = QMessageBox.question(None, "FieldDesk", text)
    return answer == QMessageBox.StandardButton.Yes


def tell(text: str) -> None:
    QMessageBox.critical(None, "FieldDesk", text)


def run_gui(config: Config) -> int:
    """Open the database, sign in (or create the first admin), show the main window."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    prepare_application(app, config.language)
    db = open_station(config.db_path, ask, tell)
    if db is None:
        return 1
    runner = ThreadPoolRunner()
    path = config.db_path
    runner.submit(lambda _token: daily_backup(path), lambda _made: None)  # while signing in
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
