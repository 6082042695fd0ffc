"""Stands in for a view that a later version brings: its title and a one-line note."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.changes import Changes


class PlaceholderView(QWidget):
    def __init__(self, title: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title, self)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.note_label = QLabel(note, self)
        self.note_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.title_label, self.note_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(2)

    def activate(self) -> None:
        pass

    def refresh(self) -> None:
        pass

    def on_changes(self, changes: Changes, initiator: QObject | None = None) -> None:
        pass
