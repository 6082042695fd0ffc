"""One cold start, run as a child process by `benchmarks.startup`; prints READY when interactive.

`app DB`: the real main window on the database, signed in as its first user, jobs view with its
first page loaded and painted. `bare`: an empty PySide6 main window (the baseline).
"""

from __future__ import annotations

import sys
from pathlib import Path

READY = "READY"


def _ready() -> None:
    print(READY, flush=True)


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1400, 900)
    window.show()
    QTimer.singleShot(0, lambda: (_ready(), app.quit()))
    return app.exec()


def real(db_path: Path) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.db import open_database
    from app.services.users import actor_for, first_user
    from app.ui.bootstrap import build_context, build_main_window, prepare_application
    from app.ui.tasks import ThreadLane

    app = QApplication([])
    prepare_application(app, "zh_CN")
    db = open_database(db_path, pages_later=True)  # as run_gui opens it
    runner = ThreadLane("database")
    window = build_main_window(build_context(db, actor_for(db, first_user(db)), runner))
    jobs = window.views["jobs"]
    jobs.model.loadFinished.connect(  # type: ignore[attr-defined]
        lambda: QTimer.singleShot(0, lambda: (_ready(), app.quit())))
    window.select_view("jobs")
    window.show()
    try:
        return app.exec()
    finally:
        runner.shutdown()
        db.dispose()


if __name__ == "__main__":
    sys.exit(real(Path(sys.argv[2])) if sys.argv[1] == "app" else bare())
