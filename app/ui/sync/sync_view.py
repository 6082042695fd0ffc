"""The Sync view: the central server and its state, "Sync now" (and "Stop" while a cycle runs),
this session's cycles, and the conflict queue.

The main window hands the view its `SyncController` (`attach`); without one the view only shows
the conflict queue.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes
from app.ui.context import AppContext
from app.ui.sync.conflict_queue import ConflictQueue
from app.ui.sync.controller import Cycle, SyncController
from app.ui.sync.settings_dialog import CentralServerDialog, open_central_server
from app.ui.sync.texts import cycle_text

FAILED = QColor("#c62828")


class SyncView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._controller: SyncController | None = None
        self._activated = False

        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.server_button = QPushButton(self.tr("Central server…"), self)
        self.server_button.setVisible(ctx.actor.is_supervisor)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.stop_button = QPushButton(self.tr("Stop the sync"), self)
        self.log_list = QListWidget(self)
        self.queue = ConflictQueue(ctx, self)

        top = QHBoxLayout()
        top.addWidget(self.state_label, 1)
        top.addWidget(self.server_button)
        top.addWidget(self.sync_button)
        top.addWidget(self.stop_button)
        log_box = QWidget(self)
        log_layout = QVBoxLayout(log_box)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addWidget(QLabel(self.tr("This session"), log_box))
        log_layout.addWidget(self.log_list)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(log_box)
        splitter.addWidget(self.queue)
        splitter.setSizes([200, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.sync_button.clicked.connect(self.sync_now)
        self.stop_button.clicked.connect(self.stop_sync)
        self.server_button.clicked.connect(self.edit_server)
        self._show_state()

    def attach(self, controller: SyncController) -> None:
        """Follow the controller: its state, its cycles (the queue follows `on_changes`)."""
        self._controller = controller
        for signal in (controller.started, controller.onlineChanged, controller.settingsChanged,
                       controller.cancelling):
            signal.connect(self._show_state)
        for signal in (controller.finished, controller.failed, controller.cancelled):
            signal.connect(self._cycle_ended)
        self.log_list.clear()
        for cycle in controller.history:
            self._log(cycle)
        self._show_state()

    # -- the view protocol -------------------------------------------------------------------

    def activate(self) -> None:
        if not self._activated:
            self.refresh()

    def refresh(self) -> None:
        self._activated = True
        self.queue.reload()

    def on_changes(self, changes: Changes, _initiator: QObject | None = None) -> None:
        if self._activated and changes & Changes.SYNC:
            self.queue.reload()

    # -- the server and this session's cycles ------------------------------------------------

    def sync_now(self) -> None:
        if self._controller is not None:
            self._controller.sync_now()

    def stop_sync(self) -> None:
        if self._controller is not None:
            self._controller.cancel()

    def edit_server(self) -> CentralServerDialog | None:
        if self._controller is None:
            return None
        return open_central_server(self._controller, self)

    def _show_state(self) -> None:
        c = self._controller
        running = c is not None and c.running
        self.sync_button.setEnabled(c is not None and c.configured and not running)
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running and c is not None and not c.stopping)
        self.server_button.setEnabled(c is not None)
        if c is None or c.safe_url is None:
            text = self.tr("This station does not sync yet: a supervisor sets the central "
                           "server in Tools › Central server….")
            if c is not None and c.settings_error:
                text += " " + c.settings_error
        elif c.stopping:
            text = self.tr("Stopping the sync with {url}…").format(url=c.safe_url)
        elif c.running:
            text = self.tr("Syncing with {url}…").format(url=c.safe_url)
        elif c.online:
            text = self.tr("Central server {url}: online.").format(url=c.safe_url)
        else:
            text = self.tr("Central server {url}: offline.").format(url=c.safe_url)
        self.state_label.setText(text)

    def _cycle_ended(self, _outcome: object = None) -> None:
        assert self._controller is not None
        if self._controller.history:
            self._log(self._controller.history[-1])
        self._show_state()

    def _log(self, cycle: Cycle) -> None:
        item = QListWidgetItem(cycle_text(cycle, self._ctx.tz))
        if cycle.report is None:
            item.setForeground(QBrush(FAILED))
        self.log_list.insertItem(0, item)  # newest first

    def log_lines(self) -> list[str]:
        """The log as shown, newest first."""
        return [self.log_list.item(i).text() for i in range(self.log_list.count())]
