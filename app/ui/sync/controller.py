"""`SyncController`: runs sync cycles in the background, every few minutes and on demand.

It owns the timer (not started until `start()`: the screenshot path never calls it), runs
`sync_once` on the network lane as an operation (never two cycles at once; a request during a
cycle runs one more cycle after it), lets the user cancel a cycle (`cancel`: the cycle's token,
which the core honours between steps and by interrupting a blocking server call), keeps this
session's cycles for the Sync view and says whether the last attempt reached the server. A
finished cycle's changes are announced on the change bus. A new address is tried with a cycle
before it is kept. Messages only ever show the address without its password.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from app.cancel import CancelToken
from app.db import Database
from app.errors import SyncError, ValidationError
from app.models.base import utcnow
from app.sync.report import ServerUnreachable, SyncReport
from app.sync.settings import SyncSettings, check_url, load_settings, require_setter
from app.ui.context import AppContext
from app.ui.failures import failure_sentence
from app.ui.i18n import error_text
from app.ui.operation import Operation
from app.ui.ops import sync as sync_ops

INTERVAL_MS = 5 * 60 * 1000
FIRST_DELAY_MS = 5 * 1000


@dataclass(frozen=True)
class Cycle:
    """One attempt of this session: its report, the sentence it failed with, or cancelled."""

    at: dt.datetime
    report: SyncReport | None = None
    error: str | None = None
    cancelled: bool = False


Waiter = Callable[[Cycle], object]


def sync_once(db: Database, settings: SyncSettings, token: CancelToken | None) -> SyncReport:
    """The core's cycle, imported when the first cycle runs (in the background): it loads the
    PostgreSQL driver and alembic, some 0.3 s the desk's start need not wait for."""
    from app.sync.cycle import sync_once as cycle

    return cycle(db, settings, token)


class SyncController(QObject):
    started = Signal()
    finished = Signal(object)  # SyncReport
    failed = Signal(str)  # the error's sentence
    cancelled = Signal()  # the cycle stopped when the user (or quitting) cancelled it
    cancelling = Signal()  # asked to stop; `cancelled` or another ending follows
    onlineChanged = Signal(bool)
    settingsChanged = Signal()

    def __init__(self, ctx: AppContext, interval_ms: int = INTERVAL_MS,
                 first_delay_ms: int = FIRST_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._interval_ms = interval_ms
        self._first_delay_ms = first_delay_ms
        self._op: Operation[SyncReport] | None = None
        self._again = False
        self._trial: SyncSettings | None = None  # an address to try after the running cycle
        self._waiting: list[Waiter] = []  # for the next cycle to start
        self._told: list[Waiter] = []  # for the cycle running
        self._ending: Cycle | None = None  # how the cycle running ended
        self._stopped = False
        self.running = False
        self.stopping = False  # cancel asked, the cycle not ended yet
        self.online = False
        self.last_error: str | None = None
        self.history: list[Cycle] = []
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.settings: SyncSettings | None = None
        self.settings_error: str | None = None
        self._load()

    # -- settings ----------------------------------------------------------------------------

    def _load(self) -> None:
        if self._ctx.db_path is None:
            return
        try:
            self.settings = load_settings(self._ctx.db_path)
        except ValidationError as exc:
            self.settings, self.settings_error = None, error_text(exc)

    @property
    def configured(self) -> bool:
        return self.settings is not None

    @property
    def safe_url(self) -> str | None:
        return self.settings.safe_url if self.settings is not None else None

    def try_settings(self, url: str, password: str = "", then: Waiter | None = None) -> bool:
        """Try an address (and the password typed apart from it) with one cycle; it is kept
        (audited) only once that cycle went through, so a wrong address never replaces one that
        works. Raises PermissionDenied (not a supervisor) or ValidationError (not a central
        server address, no file to keep it next to) at once; the cycle ends in `finished`,
        `failed` or `cancelled`, and `then` hears how. False when the controller was stopped."""
        require_setter(self._ctx.actor)
        if self._ctx.db_path is None:
            raise ValidationError("This database has no file to keep the sync settings next to.")
        return self.sync_now(then, trial=SyncSettings(check_url(url, password)))

    # -- running -----------------------------------------------------------------------------

    def start(self) -> None:
        """Start the timer: a first cycle shortly, then one every interval."""
        self._stopped = False
        self.timer.start(self._first_delay_ms)

    def stop(self) -> None:
        """Stop the timer and cancel a cycle still running (on quit)."""
        self._stopped = True
        self.timer.stop()
        self.cancel()

    def cancel(self) -> bool:
        """Stop the cycle under way (the token's cancel interrupts a blocking server call) and
        drop the one asked for after it, whose waiters hear it was cancelled; False when none
        runs."""
        if not self.running or self._op is None:
            return False
        self._again, self._trial = False, None
        dropped, self._waiting = self._waiting, []
        self.stopping = True
        self._op.cancel()
        self.cancelling.emit()
        for waiter in dropped:  # the cycle they waited for (a new address's) will not run
            waiter(Cycle(utcnow(), cancelled=True))
        return True

    def _tick(self) -> None:
        if self.timer.interval() != self._interval_ms:
            self.timer.start(self._interval_ms)
        self.sync_now()

    def sync_now(self, then: Waiter | None = None, trial: SyncSettings | None = None) -> bool:
        """Run a cycle now (with the `trial` settings, kept if it goes through); False when
        there are no settings or the controller was stopped. During a running cycle, one more
        runs after it. `then` hears how the cycle that uses the settings of now ended: this
        one, or the one after the cycle running already."""
        if self._stopped or (self.settings is None and trial is None):
            return False
        if then is not None:
            self._waiting.append(then)
        if self.running:
            self._again, self._trial = True, trial or self._trial
            return True
        self.running, self._again, self.stopping = True, False, False
        self._told, self._waiting = self._waiting, []
        trial, self._trial = trial or self._trial, None
        settings = trial or self.settings
        assert settings is not None
        self.started.emit()
        self._op = sync_ops.sync_now(self._ctx, self, settings, sync_once,
                                     trial=trial is not None).failure(
            lambda exc: self._failed(exc, trial)).success(
            lambda report: self._done(report, trial)).cancelled(self._cancelled).always(
            self._ended)
        self._op.run()
        return True

    def _done(self, report: SyncReport, trial: SyncSettings | None) -> None:
        self.running = False
        if trial is not None:  # it went through: the cycle kept it
            self.settings, self.settings_error = trial, None
            self.settingsChanged.emit()
        self.last_error = None
        self._record(Cycle(report.finished_at, report=report))
        self._set_online(True)
        self.finished.emit(report)

    def _failed(self, exc: BaseException, trial: SyncSettings | None) -> bool:
        """A failed trial changes nothing of the settings in use, nor what is known of them."""
        self.running = False
        message = failure_sentence(exc) or ""
        self._record(Cycle(utcnow(), error=message))
        if trial is None:
            self.last_error = message
            self._set_online(isinstance(exc, SyncError)
                             and not isinstance(exc, ServerUnreachable))
        self.failed.emit(message)
        return True

    def _cancelled(self) -> None:
        self.running = False
        self._record(Cycle(utcnow(), cancelled=True))
        self.cancelled.emit()

    def _record(self, cycle: Cycle) -> None:
        self.history.append(cycle)
        self._ending = cycle

    def _ended(self) -> None:
        """After any ending (a bug included: the crash handler shows it, the timer goes on):
        tell who waited for this cycle, then run the one asked for meanwhile."""
        self.running = self.stopping = False
        told, self._told = self._told, []
        ended, self._ending = self._ending or Cycle(utcnow(), error=""), None  # (a bug: no cycle)
        for waiter in told:
            waiter(ended)
        if self._again:
            self.sync_now()

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.onlineChanged.emit(online)
