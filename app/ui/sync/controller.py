"""`SyncController`: runs sync cycles in the background, every few minutes and on demand.

It owns the timer (not started until `start()`: the screenshot path never calls it), runs
`sync_once` in the task runner (never two cycles at once; a request during a cycle runs one
more cycle after it), keeps this session's cycles for the Sync view and says whether the last
attempt reached the server. A new address is tried with a cycle before it is kept. Messages
only ever show the address without its password.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from app.cancel import CancelToken
from app.errors import DomainError, SyncError, ValidationError
from app.models.base import utcnow
from app.services.changes import Changes
from app.sync.cycle import ServerUnreachable, SyncReport, sync_once
from app.sync.settings import (
    SyncSettings,
    check_url,
    load_settings,
    require_setter,
    set_central_server,
)
from app.ui.context import AppContext
from app.ui.i18n import error_text

INTERVAL_MS = 5 * 60 * 1000
FIRST_DELAY_MS = 5 * 1000
SYNCED_DATA = (Changes.JOBS | Changes.SCHEDULE | Changes.TECHNICIANS | Changes.CUSTOMERS
               | Changes.MAP | Changes.USERS | Changes.CHECKLISTS)


@dataclass(frozen=True)
class Cycle:
    """One attempt of this session: its report, or the sentence it failed with."""

    at: dt.datetime
    report: SyncReport | None = None
    error: str | None = None


def changes_of(report: SyncReport) -> Changes:
    """What a finished cycle changed locally: the outbox always; the data when rows came
    down or conflicts were found."""
    if report.pulled.rows or report.pushed.conflicts:
        return Changes.SYNC | SYNCED_DATA
    return Changes.SYNC


class SyncController(QObject):
    started = Signal()
    finished = Signal(object)  # SyncReport
    failed = Signal(str)  # the error's sentence
    onlineChanged = Signal(bool)
    settingsChanged = Signal()

    def __init__(self, ctx: AppContext, interval_ms: int = INTERVAL_MS,
                 first_delay_ms: int = FIRST_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._interval_ms = interval_ms
        self._first_delay_ms = first_delay_ms
        self._token: CancelToken | None = None
        self._again = False
        self._trial: SyncSettings | None = None  # an address to try after the running cycle
        self._stopped = False
        self.running = False
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

    def try_settings(self, url: str, password: str = "") -> bool:
        """Try an address (and the password typed apart from it) with one cycle; it is kept
        (audited) only once that cycle went through, so a wrong address never replaces one that
        works. Raises PermissionDenied (not a supervisor) or ValidationError (not a central
        server address, no file to keep it next to) at once; the cycle ends in `finished` or
        `failed`. False when the controller was stopped."""
        require_setter(self._ctx.actor)
        if self._ctx.db_path is None:
            raise ValidationError("This database has no file to keep the sync settings next to.")
        return self.sync_now(trial=SyncSettings(check_url(url, password)))

    # -- running -----------------------------------------------------------------------------

    def start(self) -> None:
        """Start the timer: a first cycle shortly, then one every interval."""
        self._stopped = False
        self.timer.start(self._first_delay_ms)

    def stop(self) -> None:
        """Stop the timer and drop the result of a cycle still running (on quit)."""
        self._stopped = True
        self.timer.stop()
        if self._token is not None:
            self._token.cancel()

    def _tick(self) -> None:
        if self.timer.interval() != self._interval_ms:
            self.timer.start(self._interval_ms)
        self.sync_now()

    def sync_now(self, trial: SyncSettings | None = None) -> bool:
        """Run a cycle now (with the `trial` settings, kept if it goes through); False when
        there are no settings or the controller was stopped. During a running cycle, one more
        runs after it."""
        if self._stopped or (self.settings is None and trial is None):
            return False
        if self.running:
            self._again, self._trial = True, trial or self._trial
            return True
        self.running, self._again, self._trial = True, False, None
        self.started.emit()
        db, actor, path = self._ctx.db, self._ctx.actor, self._ctx.db_path
        settings = trial or self.settings
        assert settings is not None

        def cycle(token: CancelToken) -> SyncReport:
            report = sync_once(db, settings, token=token)
            if trial is not None and path is not None:
                set_central_server(db, actor, path, trial)
            return report

        token = self._ctx.runner.submit(cycle, lambda report: self._done(report, trial),
                                        lambda exc: self._failed(exc, trial), owner=self)
        if self.running:  # still running: a runner that runs tasks at once has finished it
            self._token = token
        return True

    def _done(self, report: SyncReport, trial: SyncSettings | None) -> None:
        self.running, self._token = False, None
        if trial is not None:
            self.settings, self.settings_error = trial, None
            self.settingsChanged.emit()
        self.last_error = None
        self.history.append(Cycle(report.finished_at, report=report))
        self._set_online(True)
        self.finished.emit(report)
        self._next()

    def _failed(self, exc: BaseException, trial: SyncSettings | None) -> None:
        """A failed trial changes nothing of the settings in use, nor what is known of them."""
        self.running, self._token = False, None
        if isinstance(exc, DomainError):
            message = error_text(exc)
        else:
            message = self.tr("The sync stopped on an unexpected error ({kind}).").format(
                kind=type(exc).__name__)
        self.history.append(Cycle(utcnow(), error=message))
        if trial is None:
            self.last_error = message
            self._set_online(isinstance(exc, SyncError)
                             and not isinstance(exc, ServerUnreachable))
        self.failed.emit(message)
        if not isinstance(exc, DomainError):
            raise exc  # a programming error: visible, but the timer keeps trying
        self._next()

    def _next(self) -> None:
        if self._again:
            self.sync_now(self._trial)

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.onlineChanged.emit(online)
