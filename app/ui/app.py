"""`run_gui`: the desktop application from start to quit.

Before Qt starts, `display_problem` makes sure a window can be shown (else one readable line
and exit status 1, instead of Qt's abort). The crash handler is installed for the whole run.
The station database is opened by `open_station` (a damaged or newer one is refused, a damaged
one's last backup offered); today's backup is made while the user signs in, and made again
when the window closes (the day's file then holds the end of the day's work). The language:
`--lang` (or $FIELDDESK_LANG), else this PC's choice (Settings › Language), else the one the
station's supervisors chose, else the system's (`desk_language`).
Two lanes carry the work: the database lane (one worker) and the network lane; on quit the
sync is cancelled and both lanes are joined, a few seconds at most, so the process exits even
when a server call does not return.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.config import Config
from app.db import Database
from app.db.backup import backup_quietly, daily_backup
from app.services.station_settings import station_language
from app.ui.bootstrap import build_context, build_main_window, prepare_application, sign_in
from app.ui.crash import CrashHandler
from app.ui.display import display_problem
from app.ui.i18n import install_translator
from app.ui.operation import Operation
from app.ui.parts.contract_jobs import create_contract_jobs
from app.ui.settings.desk_store import pc_language
from app.ui.startup import PagesVerdict, offer_backup, open_station
from app.ui.tasks import Lane, ThreadLane

NETWORK_WORKERS = 2  # a sync and a re-geocoding (or map tiles) at the same time
JOIN_TIMEOUT_S = 3.0  # per lane, on quit
RESTART = -1  # a damaged database was replaced by its backup: open it afresh
EXIT_BACKUP_S = 30.0  # the large station's backup takes about a second


def ask(text: str) -> bool:
    answer = QMessageBox.question(None, "FieldDesk", text)
    return answer == QMessageBox.StandardButton.Yes


def tell(text: str) -> None:
    QMessageBox.critical(None, "FieldDesk", text)


def desk_language(config: Config, db: Database) -> str | None:
    """The language the desk starts in (None: the system's)."""
    return config.language or pc_language() or station_language(db)


def run_gui(config: Config) -> int:
    """Open the database, sign in (or create the first admin), show the main window."""
    if QApplication.instance() is None and (problem := display_problem()) is not None:
        print(f"fielddesk: {problem}", file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    prepare_application(app, config.language or pc_language())
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
    if (language := desk_language(config, db)) != (config.language or pc_language()):
        install_translator(app, language)  # the station's supervisors chose it
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
    ctx = build_context(db, actor, lane, config.db_path, network)
    window = build_main_window(ctx)
    window.show()
    window.overdue.tell_supervisor(window)  # overdue complaints, once after sign-in
    create_contract_jobs(ctx, window)  # the contract visits' jobs, once a day
    window.sync.start()  # the first cycle shortly, then every few minutes
    try:
        code = app.exec()
    finally:
        window.sync.stop()
    if verdict.damaged is None:
        backup_on_exit(app, lane, config.db_path)
    return code


def backup_on_exit(app: QApplication, lane: Lane, path: Path) -> None:
    """The day's backup, made again as the desk quits (the state at the end of the work), on
    the database lane after whatever the window left on it; waited for, EXIT_BACKUP_S at
    most (a backup cut short leaves only its `.partial` file; the day's file stays as it
    was). A failure is logged."""
    loop = QEventLoop()
    deadline = QTimer(loop, singleShot=True, interval=int(EXIT_BACKUP_S * 1000))
    deadline.timeout.connect(loop.quit)
    Operation(lane, loop, lambda _run: backup_quietly(path)).always(loop.quit).run()
    deadline.start()
    loop.exec()
    deadline.stop()
