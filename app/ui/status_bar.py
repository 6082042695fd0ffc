"""The main window's status bar: station, signed-in user, sync state (online, offline or not
set up; "Stop" while a cycle runs), the last successful sync, the outbox backlog, how old the
oldest unsent change is (red past `STALE_AFTER`, re-read every minute), how many changes the
server refused, and a database copied or restored from a backup that became a new desk and
waits for its first sync."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from app.models.base import utcnow
from app.services.sync_status import Backlog, backlog
from app.sync.desks import awaiting_server
from app.sync.report import last_sync_at
from app.texts import shown
from app.ui import labels
from app.ui.context import AppContext
from app.ui.formatting import local_text
from app.ui.latest import Latest
from app.ui.sync.controller import SyncController
from app.ui.sync.texts import STALE_COLOUR, age_text, copied_text, stale_tip

AGE_TICK_MS = 60_000


class StatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._count = Latest()
        station, actor = ctx.station, ctx.actor
        self.station_label = QLabel(shown(f"{station.code} {station.name}"), self)
        self.user_label = QLabel(self.tr("{user} ({role})").format(
            user=actor.username, role=labels.role(actor.role)), self)
        self.online_label = QLabel(self)
        self.last_sync_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.stop_button = QToolButton(self)
        self.stop_button.setText(self.tr("Stop the sync"))
        self.stop_button.setAutoRaise(True)
        self.stop_button.hide()
        self.age_label = QLabel(self)
        self.refused_label = QLabel(self)
        self.refused_label.setStyleSheet(f"color: {STALE_COLOUR};")
        self.desk_label = QLabel(self.tr("New desk: sync once"), self)
        self.desk_label.setStyleSheet(f"color: {STALE_COLOUR};")
        self.desk_label.setToolTip(copied_text())
        self.desk_label.hide()
        self.overdue_label = QLabel(self)  # supervisors: complaints past their stage's due
        self.overdue_label.setStyleSheet(f"color: {STALE_COLOUR}; font-weight: bold;")
        self.overdue_label.hide()
        self._sync: SyncController | None = None
        self._backlog = Backlog(0, 0, None)
        for widget in (self.station_label, self.user_label, self.online_label,
                       self.stop_button, self.last_sync_label, self.pending_label,
                       self.age_label, self.refused_label, self.desk_label,
                       self.overdue_label):
            self.addPermanentWidget(widget)
        self.set_online(False)
        self.set_last_sync(None)
        self.set_backlog(self._backlog)
        self.age_timer = QTimer(self)  # the age grows with nothing written
        self.age_timer.timeout.connect(lambda: self.set_backlog(self._backlog))
        self.age_timer.start(AGE_TICK_MS)

    def attach_sync(self, controller: SyncController) -> None:
        """Show the controller's state; recount after each cycle, good or failed."""
        self._sync = controller
        for signal in (controller.onlineChanged, controller.settingsChanged, controller.failed,
                       controller.finished, controller.started, controller.cancelling,
                       controller.cancelled):
            signal.connect(self._show_sync_state)
        self.stop_button.clicked.connect(controller.cancel)
        self._show_sync_state()

    def _show_sync_state(self) -> None:
        c = self._sync
        if c is None:
            return
        self.set_online(c.online if c.configured else None)
        self.stop_button.setVisible(c.running)
        self.stop_button.setEnabled(c.running and not c.stopping)
        tip = c.safe_url or ""
        if c.configured and c.last_error and not c.online:
            tip = f"{tip}\n{c.last_error}"
        self.online_label.setToolTip(tip)

    def set_online(self, online: bool | None) -> None:
        """Online, offline, or None: this station does not sync (no central server set)."""
        if online is None:
            self.online_label.setText(self.tr("Sync not set up"))
            self.online_label.setStyleSheet("color: #757575;")
        elif online:
            self.online_label.setText(self.tr("Online"))
            self.online_label.setStyleSheet("color: #2e7d32;")
        else:
            self.online_label.setText(self.tr("Offline"))
            self.online_label.setStyleSheet("color: #c62828;")

    def set_last_sync(self, when: dt.datetime | None) -> None:
        if when is None:
            self.last_sync_label.setText(self.tr("Never synced"))
        else:
            self.last_sync_label.setText(self.tr("Last sync {time}").format(
                time=local_text(when, self._ctx.tz)))

    def set_pending(self, count: int) -> None:
        if count == 0:
            self.pending_label.setText(self.tr("Nothing to sync"))
        else:
            self.pending_label.setText(
                self.tr("{count} changes to sync").format(count=f"{count:,}"))

    def set_backlog(self, waiting: Backlog, now: dt.datetime | None = None) -> None:
        """The outbox count, the oldest unsent change's age (red past the threshold) and the
        refused changes."""
        self._backlog = waiting
        self.set_pending(waiting.pending)
        if waiting.full_upload and not waiting.pending:
            self.pending_label.setText(self.tr("Records loaded in bulk to upload"))
        age = waiting.age(now or utcnow())
        stale = waiting.stale(now or utcnow())
        self.age_label.setVisible(age is not None)
        if age is not None:
            self.age_label.setText(self.tr("Oldest unsent: {age}").format(age=age_text(age)))
        self.age_label.setStyleSheet(f"color: {STALE_COLOUR}; font-weight: bold;" if stale
                                     else "")
        self.age_label.setToolTip(stale_tip() if stale else "")
        self.refused_label.setVisible(waiting.refused > 0)
        self.refused_label.setText(self.tr("{count} refused").format(count=waiting.refused))
        self.refused_label.setToolTip(self.tr("Changes the central server refused: see the "
                                              "Sync view."))

    def set_overdue(self, count: int) -> None:
        self.overdue_label.setVisible(count > 0)
        self.overdue_label.setText(self.tr("Complaints overdue: {count}").format(count=count))
        self.overdue_label.setToolTip(self.tr("Complaints past the due of their stage: see "
                                              "Quality › Complaints."))

    def refresh_pending(self) -> None:
        """Read the backlog, the last sync and whether this is a new desk waiting for its first
        sync, in the background (after each write and each sync); the newest read wins."""
        db = self._ctx.db
        self._count.run(
            self._ctx.op(self, lambda _run: (backlog(db), last_sync_at(db), awaiting_server(db)))
            .errors_to(lambda text: self.showMessage(text, 5000))
            .success(lambda found: self._pending_counted(*found)))

    def _pending_counted(self, waiting: Backlog, last: dt.datetime | None,
                         copied: bool) -> None:
        self.set_backlog(waiting)
        self.set_last_sync(last)
        self.desk_label.setVisible(copied)
