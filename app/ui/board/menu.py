"""The context menu of a block: open the job, record the visit's arrival or finish (or key in
the paper sheet's times), pin or unpin it (the day planner keeps a pinned visit where it is),
unassign, change the job's status, print the job's sheet (through its preview). The keys shown
beside the visit's entries work on the selected block."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app.models.enums import AppointmentStatus, JobStatus
from app.services.board import BoardAppointment
from app.services.status import manual_actions
from app.services.visits import TO_IN_PROGRESS
from app.ui import labels

BOOKED = (AppointmentStatus.SCHEDULED, AppointmentStatus.TRAVELLING)
VISIT_KEYS = {"arrive": "A", "finish": "F", "times": "T"}
PIN_KEY = "P"


def visit_actions(appt: BoardAppointment) -> set[str]:
    """What may be recorded of this visit now: "arrive", "finish", "times" (the sheet's)."""
    if appt.status is AppointmentStatus.CANCELLED or appt.job_status not in TO_IN_PROGRESS:
        return set()
    can = {"times"}
    if appt.status in BOOKED:
        can.add("arrive")
    if appt.status is AppointmentStatus.ON_SITE:
        can.add("finish")
    return can


class BlockMenu(QMenu):
    def __init__(self, appt: BoardAppointment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appointment = appt
        self.open_action = self.addAction(self.tr("Open job…"))
        self.addSeparator()
        can = visit_actions(appt)
        self.arrive_action = self.addAction(self.tr("Record arrival now"))
        self.finish_action = self.addAction(self.tr("Record finish now"))
        self.times_action = self.addAction(self.tr("Key in times from the sheet…"))
        self.visit_actions = {"arrive": self.arrive_action, "finish": self.finish_action,
                              "times": self.times_action}
        for kind, action in self.visit_actions.items():
            action.setShortcut(QKeySequence(VISIT_KEYS[kind]))  # shown; the view acts on it
            action.setEnabled(kind in can)
        self.addSeparator()
        self.pin_action = self.addAction(self.tr("Unpin the visit") if appt.pinned
                                         else self.tr("Pin the visit"))
        self.pin_action.setShortcut(QKeySequence(PIN_KEY))
        self.pin_action.setToolTip(self.tr("Plan day keeps a pinned visit where it is"))
        self.pin_action.setEnabled(appt.live)
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
