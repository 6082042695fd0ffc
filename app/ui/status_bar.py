"""The main window's status bar: station, signed-in user, sync state (online, offline or not
set up; "Stop" while a cycle runs), the last successful sync, and the outbox backlog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from app.services.sync_status import pending_count
from app.sync.cycle import last_sync_at
from app.texts import shown
from app.ui import labels
from app.ui.context import AppContext
from app.ui.formatting import local_text
from app.ui.latest import Latest
from app.ui.sync.controller import SyncController


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
        self._sync: SyncController | None = None
        for widget in (self.station_label, self.user_label, self.online_label,
                       self.stop_button, self.last_sync_label, self.pending_label):
            self.addPermanentWidget(widget)
        self.set_online(False)
        self.set_last_sync(None)
        self.set_pending(0)

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

    def refresh_pending(self) -> None:
        """Count the outbox and read the last sync in the background (after each write and
        each sync); the newest count wins."""
        db = self._ctx.db
        self._count.run(self._ctx.op(self, lambda _run: (pending_count(db), last_sync_at(db)))
                        .errors_to(lambda text: self.showMessage(text, 5000))
                        .success(lambda found: self._pending_counted(*found)))

    def _pending_counted(self, count: int, last: dt.datetime | None) -> None:
        self.set_pending(count)
        self.set_last_sync(last)
