"""The main window's status bar: station, signed-in user, online state, outbox backlog."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.services.errors import DomainError
from app.services.sync_status import pending_count
from app.ui import labels
from app.ui.context import AppContext


class StatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        station, actor = ctx.station, ctx.actor
        self.station_label = QLabel(f"{station.code} {station.name}", self)
        self.user_label = QLabel(self.tr("{user} ({role})").format(
            user=actor.username, role=labels.role(actor.role)), self)
        self.online_label = QLabel(self)
        self.pending_label = QLabel(self)
        for label in (self.station_label, self.user_label, self.online_label,
                      self.pending_label):
            self.addPermanentWidget(label)
        self.set_online(False)
        self.set_pending(0)

    def set_online(self, online: bool) -> None:
        if online:
            self.online_label.setText(self.tr("Online"))
            self.online_label.setStyleSheet("color: #2e7d32;")
        else:
            self.online_label.setText(self.tr("Offline"))
            self.online_label.setStyleSheet("color: #757575;")

    def set_pending(self, count: int) -> None:
        if count == 0:
            self.pending_label.setText(self.tr("Nothing to sync"))
        else:
            self.pending_label.setText(
                self.tr("{count} changes to sync").format(count=f"{count:,}"))

    def refresh_pending(self) -> None:
        """Count the outbox in the background (after each write)."""
        self._generation += 1
        generation, db = self._generation, self._ctx.db
        self._ctx.runner.submit(lambda _t: pending_count(db),
                                lambda n: self._pending_counted(generation, n), self._failed,
                                owner=self)

    def _pending_counted(self, generation: int, count: int) -> None:
        if generation == self._generation:
            self.set_pending(count)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        self.showMessage(str(exc), 5000)
