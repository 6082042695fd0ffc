"""The job editor's status actions: one button per status a dispatcher may set by hand."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.models.enums import JobStatus
from app.services.status import manual_actions
from app.texts import shown
from app.ui import labels


class StatusButtons(QWidget):
    requested = Signal(object)  # JobStatus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_label = QLabel(self)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.current_label)
        self._layout.addStretch(1)
        self.buttons: dict[JobStatus, QPushButton] = {}

    def set_status(self, status: JobStatus, hold_reason: str = "") -> None:
        text = self.tr("Status: {status}").format(status=labels.status(status))
        if status is JobStatus.ON_HOLD and hold_reason:
            text = self.tr("{status_text} ({reason})").format(status_text=text,
                                                             reason=shown(hold_reason))
        self.current_label.setText(text)
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for target in manual_actions(status):
            button = QPushButton(self._button_text(status, target), self)
            button.clicked.connect(lambda _=False, t=target: self.requested.emit(t))
            self._layout.addWidget(button)
            self.buttons[target] = button

    def _button_text(self, current: JobStatus, target: JobStatus) -> str:
        if current is JobStatus.COMPLETED and target is JobStatus.IN_PROGRESS:
            return self.tr("Reopen")
        texts = {
            JobStatus.DISPATCHED: self.tr("Dispatch"),
            JobStatus.IN_PROGRESS: self.tr("Start work"),
            JobStatus.ON_HOLD: self.tr("Put on hold…"),
            JobStatus.COMPLETED: self.tr("Complete"),
            JobStatus.CLOSED: self.tr("Close"),
            JobStatus.CANCELLED: self.tr("Cancel job…"),
        }
        return texts.get(target, labels.status(target))
