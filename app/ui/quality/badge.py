"""How many complaints are past the due of their stage: counted in the background at start,
after each write that moves quality data and every few minutes (dues pass with nothing
written), for the Quality navigation entry and the supervisors' status bar; and the sentence
a supervisor sees once after signing in (`complaint_queries.sign_in_notice`)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.models.base import utcnow
from app.services.changes import Changes
from app.services.complaint_queries import overdue_complaint_count, sign_in_notice
from app.texts import Text
from app.ui.context import AppContext
from app.ui.i18n import message_text
from app.ui.latest import Latest

RECOUNT_MS = 5 * 60_000


class OverdueComplaints(QObject):
    counted = Signal(int)
    failed = Signal(str)  # the sentence of a count that could not be read

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._query = ctx, Latest()
        self.count = 0
        self.notice: QMessageBox | None = None
        self._timer = QTimer(self, interval=RECOUNT_MS)
        self._timer.timeout.connect(self.recount)
        self._timer.start()

    def on_changes(self, changes: Changes) -> None:
        if changes & Changes.QUALITY:
            self.recount()

    def recount(self) -> None:
        db = self._ctx.db
        self._query.run(self._ctx.op(self, lambda _run: overdue_complaint_count(db, utcnow()))
                        .errors_to(self.failed.emit).success(self._counted))

    def _counted(self, count: int) -> None:
        self.count = count
        self.counted.emit(count)

    def tell_supervisor(self, window: QWidget) -> None:
        """After sign-in: a supervisor hears of the overdue complaints once (non-modal)."""
        db, actor = self._ctx.db, self._ctx.actor
        self._ctx.op(self, lambda _run: sign_in_notice(db, actor, utcnow())).errors_to(
            self.failed.emit).success(lambda text: self._tell(window, text)).run()

    def _tell(self, window: QWidget, text: Text | None) -> None:
        if text is None:
            return
        box = QMessageBox(QMessageBox.Icon.Information, "FieldDesk", message_text(text),
                          QMessageBox.StandardButton.Ok, window)
        box.setInformativeText(self.tr("The overdue ones are in Quality › Complaints."))
        box.open()
        self.notice = box
