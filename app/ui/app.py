"""`run_gui`: the desktop application from start to quit.

Before Qt starts, `display_problem` makes sure a window can be shown (else one readable line
and exit status 1, instead of Qt's abort). The crash handler is installed for the whole run.
The station database is opened by `open_station` (a damaged or newer one is refused, a damaged
one's last backup offered); today's backup is made while the user signs in.
Two lanes carry the work: the database lane (one worker) and the network lane; on quit the
sync is cancelled and both lanes are joined, a few seconds at most, so the process exits even
when a server call does not return.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from app.config import Config
from app.db import Database
from app.db.backup import daily_backup
from app.ui.bootstrap import build_context, build_main_window, prepare_application, sign_in
from app.ui.crash import CrashHandler
from app.ui.display import display_problem
from app.ui.operation import Operation
from app.ui.startup import PagesVerdict, offer_backup, open_station
from app.ui.tasks import ThreadLane

NETWORK_WORKERS = 2  # a sync and a re-geocoding (or map tiles) at the same time
JOIN_TIMEOUT_S = 3.0  # per lane, on quit
RESTART = -1  # a damaged database was replaced by its backup: open it afresh


def ask(text: str) -> bool:
    answer = QMessageBox.question(None, "FieldDesk", text)
    return answer == QMessageBox.StandardButton.Yes


def tell(text: str) -> None:
    QMessageBox.critical(None, "FieldDesk", text)


def run_gui(config: Config) -> int:
    """Open the database, sign in (or create the first admin), show the main window."""
    if QApplication.instance() is None and (problem := display_problem()) is not None:
        print(f"fielddesk: {problem}", file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    prepare_application(app, config.language)
    crashes = CrashHandler(config.log_dir)
    crashes.install()
    try:
        while (code := _run(app, config)) == RESTART:
            pass
        return code
    finally:
        crashes.uninstall()


def _run(app: QApplication, config: Config) -> int:
    db = open_station(config.db_path, ask, tell)
    if db is None:
        return 1
    lane, network = ThreadLane("database"), ThreadLane("network", NETWORK_WORKERS)
    verdict = PagesVerdict(db, network, app)
    path = config.db_path
    # Today's backup, on the network lane (it copies through a connection of its own) while
    # the user signs in on the database lane; a failed backup is logged, never shown.
    Operation(network, app, lambda _run: daily_backup(path)).run()
    try:
        code = _signed_in(app, db, lane, network, config, verdict)
    finally:
        network.shutdown(JOIN_TIMEOUT_S)
        lane.shutdown(JOIN_TIMEOUT_S)
        db.dispose()
    if verdict.damaged is None:
        return code
    return RESTART if offer_backup(path, verdict.damaged, ask, tell) else 1


def _signed_in(app: QApplication, db: Database, lane: ThreadLane, network: ThreadLane,
               config: Config, verdict: PagesVerdict) -> int:
    """Sign in, then the main window until it closes (or the pages turn out damaged)."""
    actor = sign_in(db, lane, config.db_path, network)
    if actor is None or verdict.damaged is not None:
        return 0
    window = build_main_window(build_context(db, actor, lane, config.db_path, network))
    window.show()
    window.overdue.tell_supervisor(window)  # overdue complaints, once after sign-in
    window.sync.start()  # the first cycle shortly, then every few minutes
    try:
        return app.exec()
    finally:
        window.sync.stop()
