"""The technician editor's absences: start, end (station time) and reason per row."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit, QWidget

from app.services.technicians import AbsenceInput
from app.ui.formatting import from_qdatetime, to_qdatetime
from app.ui.widgets.rows_table import RowsTable

DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


class AbsencesTable(RowsTable):
    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        self._tz = tz
        super().__init__([self.tr("From"), self.tr("Until"), self.tr("Reason")],
                         self._make_row, parent)

    @staticmethod
    def _make_row(parent: QWidget) -> list[QWidget]:
        day = QDateTime.currentDateTime().addDays(1)
        day.setTime(QTime(8, 30))
        start = QDateTimeEdit(day, parent)
        end = QDateTimeEdit(day.addSecs(9 * 3600), parent)
        for edit in (start, end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATETIME_FORMAT)
        return [start, end, QLineEdit(parent)]

    def add_absence(self, absence: AbsenceInput) -> None:
        start, end, reason = self.add_row(absence.id)
        assert isinstance(start, QDateTimeEdit) and isinstance(end, QDateTimeEdit)
        assert isinstance(reason, QLineEdit)
        start.setDateTime(to_qdatetime(absence.start, self._tz))
        end.setDateTime(to_qdatetime(absence.end, self._tz))
        reason.setText(absence.reason)

    def load(self, absences: tuple[AbsenceInput, ...]) -> None:
        self.clear_rows()
        for absence in absences:
            self.add_absence(absence)

    def inputs(self) -> tuple[AbsenceInput, ...]:
        result = []
        for row_id, (start, end, reason) in self.rows():
            assert isinstance(start, QDateTimeEdit) and isinstance(end, QDateTimeEdit)
            assert isinstance(reason, QLineEdit)
            result.append(AbsenceInput(from_qdatetime(start.dateTime(), self._tz),
                                       from_qdatetime(end.dateTime(), self._tz),
                                       reason.text(), row_id))
        return tuple(result)
