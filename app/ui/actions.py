"""The application's actions (menu entries with shortcuts), created in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


class Actions(QObject):
    """New job (Ctrl+N), New complaint (Ctrl+Shift+N), Print day sheets (Ctrl+Shift+P: Ctrl+P
    prints the selected job's sheet in the job list and the job editor), Refresh (F5), Quit
    (Ctrl+Q), Checklist templates, Central server, Geocoder, Response hours and Business hours
    and callbacks (supervisors), About; the main window connects them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.new_job = self._action(self.tr("&New job…"), QKeySequence.StandardKey.New)
        self.new_complaint = QAction(self.tr("New &complaint…"), self)
        self.new_complaint.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.day_sheets = QAction(self.tr("&Print day sheets…"), self)
        self.day_sheets.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.refresh = self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh)
        self.quit = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.refresh.setShortcut(QKeySequence("F5"))
        self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.checklist_templates = QAction(self.tr("Checklist &templates…"), self)
        self.central_server = QAction(self.tr("&Central server…"), self)
        self.geocoder = QAction(self.tr("&Geocoder…"), self)
        self.about = QAction(self.tr("&About FieldDesk…"), self)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.response_hours = QAction(self.tr("&Response hours…"), self)

    def _action(self, text: str, key: QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        return action

    def all(self) -> list[QAction]:
        return [self.new_job, self.new_complaint, self.day_sheets, self.refresh, self.quit,
                self.checklist_templates, self.central_server, self.geocoder,
                self.response_hours, self.about]
