"""The Settings dialog's working hours and holidays (a station section, synced): a weekday is
open from one time to another, or closed; a holiday is a day the station does not work."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.scheduling.calendar import DAY_MINUTES, Opening
from app.services.settings_sections import Section, WorkingHours
from app.ui.settings.station_pages import SectionPage

DATE_ROLE = Qt.ItemDataRole.UserRole


class HoursPage(SectionPage):
    KINDS = (WorkingHours,)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                 self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"),
                 self.tr("Sunday"))
        grid = QGridLayout()
        self.days: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        for row, name in enumerate(names):
            day = (QCheckBox(name, self), self._time_edit(), self._time_edit())
            day[0].toggled.connect(day[1].setEnabled)
            day[0].toggled.connect(day[2].setEnabled)
            for column, widget in enumerate(day):
                grid.addWidget(widget, row, column)
            self.days.append(day)
        self.holiday_list = QListWidget(self)
        self.holiday_edit = QDateEdit(self)
        self.holiday_edit.setCalendarPopup(True)
        self.holiday_edit.setDisplayFormat("yyyy-MM-dd")
        self.holiday_edit.setDate(QDate.currentDate())
        add = QPushButton(self.tr("Add holiday"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        buttons = QHBoxLayout()
        for widget in (self.holiday_edit, add, self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        box = QWidget(self)
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(QLabel(self.tr("Working hours (the SLA counts only these; an end at 00:00 "
                                       "is midnight, 00:00 to 00:00 round the clock):"), box))
        rows.addLayout(grid)
        rows.addWidget(QLabel(self.tr("Holidays:"), box))
        rows.addWidget(self.holiday_list)
        rows.addLayout(buttons)
        self.form.addRow(box)
        add.clicked.connect(lambda: self.add_holiday(_date(self.holiday_edit.date())))
        self.remove_button.clicked.connect(self._remove_holiday)

    def _time_edit(self) -> QTimeEdit:
        edit = QTimeEdit(self)
        edit.setDisplayFormat("HH:mm")
        return edit

    def show_sections(self, sections: dict[str, Section]) -> None:
        hours = sections[WorkingHours.SECTION]
        assert isinstance(hours, WorkingHours)
        for (open_box, start, end), opening in zip(self.days, hours.days, strict=True):
            open_box.setChecked(opening is not None)
            start.setEnabled(opening is not None)
            end.setEnabled(opening is not None)
            first, last = opening or (8 * 60 + 30, 17 * 60 + 30)
            start.setTime(_qtime(first))
            end.setTime(_qtime(last))
        self.holiday_list.clear()
        for day in hours.holidays:
            self.add_holiday(day)

    def add_holiday(self, day: dt.date) -> None:
        if day in self.holidays():
            return
        item = QListWidgetItem(day.isoformat(), self.holiday_list)
        item.setData(DATE_ROLE, day.isoformat())
        self.holiday_list.sortItems()

    def _remove_holiday(self) -> None:
        for item in self.holiday_list.selectedItems():
            self.holiday_list.takeItem(self.holiday_list.row(item))

    def holidays(self) -> list[dt.date]:
        return [dt.date.fromisoformat(self.holiday_list.item(n).data(DATE_ROLE))
                for n in range(self.holiday_list.count())]

    def sections(self) -> list[Section]:
        days: list[Opening] = [
            (_minutes(start.time()), _minutes(end.time()) or DAY_MINUTES)
            if open_box.isChecked() else None for open_box, start, end in self.days]
        return [WorkingHours(tuple(days), tuple(self.holidays()))]


def _minutes(time: QTime) -> int:
    return time.hour() * 60 + time.minute()


def _qtime(minutes: int) -> QTime:
    """A time of day; the end of the day (24:00) shows as 00:00, as an end means midnight."""
    hours, minute = divmod(minutes % DAY_MINUTES, 60)
    return QTime(hours, minute)


def _date(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
