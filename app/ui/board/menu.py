"""The context menu of a block: open the job, unassign, change the job's status, print the job's
sheet (through its preview)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.models.enums import JobStatus
from app.services.board import BoardAppointment
from app.services.status import manual_actions
from app.ui import labels


class BlockMenu(QMenu):
    def __init__(self, appt: BoardAppointment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appointment = appt
        self.open_action = self.addAction(self.tr("Open job…"))
        self.unassign_action = self.addAction(self.tr("Unassign"))
        self.unassign_action.setEnabled(appt.live)
        self.status_menu = self.addMenu(self.tr("Change status"))
        self.status_actions: dict[JobStatus, QAction] = {}
        for target in manual_actions(appt.job_status):
            action = self.status_menu.addAction(labels.status(target))
            action.setData(target.value)
            self.status_actions[target] = action
        self.status_menu.setEnabled(bool(self.status_actions))
        self.addSeparator()
        self.print_action = self.addAction(self.tr("Print job sheet…"))
        self.print_action.setToolTip(self.tr("Preview the job's sheet and print it from there"))
