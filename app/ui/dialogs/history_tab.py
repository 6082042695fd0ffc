"""The job editor's History tab: the audit log of the job and its appointments, oldest first."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.services.history import HistoryEntry, job_history
from app.texts import shown
from app.ui import labels
from app.ui.context import AppContext
from app.ui.formatting import local_text
from app.ui.history_format import changes_text
from app.ui.latest import Latest


class HistoryTab(QTreeWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._load = Latest()
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels([self.tr("When"), self.tr("User"), self.tr("What"),
                              self.tr("Changes"), self.tr("Reason")])
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def load(self, job_id: str) -> None:
        db = self._ctx.db
        self._load.run(self._ctx.op(self, lambda _run: job_history(db, job_id))
                       .errors_to(self._show_error).success(self.show_entries))

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        self.clear()
        tz = self._ctx.tz
        for e in entries:
            what = labels.history_action(e.action)
            if e.entity != "jobs":
                what = self.tr("Appointment: {action}").format(action=what)
            text = shown(changes_text(e.action, e.changes, tz))
            item = QTreeWidgetItem([local_text(e.at, tz), e.username, what, text,
                                    shown(e.reason)])
            item.setToolTip(3, text)
            self.addTopLevelItem(item)

    def actions_shown(self) -> list[str]:
        """The "What" column, top to bottom (for tests and accessibility)."""
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item.text(2) for item in items if item is not None]

    def _show_error(self, sentence: str) -> None:
        self.clear()
        self.addTopLevelItem(QTreeWidgetItem(["", "", sentence]))
