"""Run by test_sync_cancel.py in a process of its own: FieldDesk started through `run_gui`
(signed in as the first admin), a sync that hangs (honouring its cancel token or not), and the
window closed while it runs. Prints what happened; the process must end with status 0."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QMetaObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.cancel import CancelToken
from app.config import Config
from app.db import Database, open_database
from app.services.users import create_first_admin
from app.sync.settings import SyncSettings, save_settings
from app.ui import app as gui
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.sync import controller

URL = "postgresql://station_nj01:secret@127.0.0.1:5432/central"


def say(line: str) -> None:
    """One line, written at once (the GUI and the sync's thread both talk)."""
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def main(folder: Path, cycle: str) -> int:
    path = folder / "station.sqlite"
    db = open_database(path)
    admin = create_first_admin(db, "admin", "管理员", "correct-horse",
                               station={"code": "NJ01", "name": "南京服务站"})
    db.dispose()
    save_settings(path, URL)

    def hangs(_db: Database, _settings: SyncSettings, token: CancelToken | None) -> None:
        assert token is not None
        stop = threading.Event()
        if cycle == "honours_cancel":
            token.on_cancel(stop.set)
        say("sync started")
        QMetaObject.invokeMethod(QApplication.instance(), "closeAllWindows",
                                 Qt.ConnectionType.QueuedConnection)
        stop.wait()
        say("sync cancelled")
        token.check()

    controller.sync_once = hangs  # type: ignore[assignment]
    gui.sign_in = lambda *_args: admin  # type: ignore[assignment]
    build = gui.build_main_window

    def build_and_sync(ctx: AppContext) -> MainWindow:
        window = build(ctx)
        QTimer.singleShot(0, window.sync.sync_now)
        QApplication.instance().lastWindowClosed.connect(  # type: ignore[union-attr]
            lambda: say("window closed"))
        return window

    gui.build_main_window = build_and_sync  # type: ignore[assignment]
    return gui.run_gui(Config(path, log_dir=folder / "logs"))


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
