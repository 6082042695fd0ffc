"""The technician editor's weekly shifts: weekday, start and end (station time) per row."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox, QTimeEdit, QWidget

from app.services.technicians import ShiftInput
from app.ui import labels
from app.ui.widgets.rows_table import RowsTable

TIME_FORMAT = "HH:mm"


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class ShiftsTable(RowsTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Weekday"), self.tr("Start"), self.tr("End")],
                         self._make_row, parent)

    def _make_row(self, parent: QWidget) -> list[QWidget]:
        weekday = QComboBox(parent)
        for day in range(7):
            weekday.addItem(labels.weekday(day), day)
        previous = self.inputs()
        weekday.setCurrentIndex((previous[-1].weekday + 1) % 7 if previous else 0)
        start = QTimeEdit(QTime(8, 30), parent)
        end = QTimeEdit(QTime(17, 30), parent)
        for edit in (start, end):
            edit.setDisplayFormat(TIME_FORMAT)
        return [weekday, start, end]

    def add_shift(self, shift: ShiftInput) -> None:
        weekday, start, end = self.add_row(shift.id)
        assert isinstance(weekday, QComboBox)
        assert isinstance(start, QTimeEdit) and isinstance(end, QTimeEdit)
        weekday.setCurrentIndex(shift.weekday)
        start.setTime(_qtime(shift.start))
        end.setTime(_qtime(shift.end))

    def load(self, shifts: tuple[ShiftInput, ...]) -> None:
        self.clear_rows()
        for shift in shifts:
            self.add_shift(shift)

    def inputs(self) -> tuple[ShiftInput, ...]:
        result = []
        for row_id, (weekday, start, end) in self.rows():
            assert isinstance(weekday, QComboBox)
            assert isinstance(start, QTimeEdit) and isinstance(end, QTimeEdit)
            result.append(ShiftInput(int(weekday.currentData()), _time(start.time()),
                                     _time(end.time()), row_id))
        return tuple(result)
