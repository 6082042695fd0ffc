"""Issue 14 points 2 and 4 in the UI: the station's business hours, holidays and callback
policy kept by a supervisor in Tools › Settings… (its working hours and SLA pages), out of a
dispatcher's reach; the job list's time left counted in those hours."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from app.db import Database
from app.errors import PermissionDenied
from app.models.base import utcnow
from app.models.enums import Role
from app.services.actor import Actor
from app.services.settings_sections import Sla, WorkingHours
from app.services.station import home_station
from app.services.station_settings import business_calendar, get_section, set_section
from app.services.users import actor_for, create_user
from app.ui.context import AppContext
from app.ui.itemmodels.job_table_model import Column
from app.ui.main_window import MainWindow
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.tasks import SyncRunner
from app.ui.views.jobs_view import JobsView
from tests.ui.conftest import PASSWORD

from .conftest import MakeJob

pytestmark = pytest.mark.usefixtures("user_settings")
REFUSED = {"en": "A working day must end after it starts.",
           "zh_CN": "工作日的结束时间必须晚于开始时间。"}


def window_for(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(AppContext(db=db, actor=actor, station=home_station(db),
                                   runner=SyncRunner()))
    qtbot.addWidget(window)
    return window


def settings_of(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.station_actions.settings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.save_button.isEnabled)  # read on the lane
    return dialog


def test_a_supervisor_keeps_the_hours_holidays_and_callback_policy(
        qtbot: QtBot, db: Database, admin: Actor, language: str) -> None:
    dialog = settings_of(qtbot, window_for(qtbot, db, admin))
    hours, sla = dialog.hours_page, dialog.sla_page
    assert all(box.isChecked() and start.time() == QTime(0, 0) == end.time()
               for box, start, end in hours.days)  # round the clock until set
    assert (sla.callback_spin.value(), sla.attempts_spin.value()) == (3, 3)
    _box, start, end = hours.days[0]
    start.setTime(QTime(20, 0))
    end.setTime(QTime(8, 0))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden())
    assert REFUSED[language] in dialog.error_label.text()
    assert business_calendar(db).round_the_clock  # nothing kept
    for _box, start, end in hours.days[:6]:
        start.setTime(QTime(8, 0))
        end.setTime(QTime(20, 0))
    hours.days[6][0].setChecked(False)  # closed on Sundays
    hours.add_holiday(dt.date(2027, 1, 1))
    hours.add_holiday(dt.date(2027, 2, 6))
    sla.callback_spin.setValue(2)
    sla.attempts_spin.setValue(4)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    calendar = business_calendar(db)
    assert calendar.texts == ["08:00-20:00"] * 6 + [""]
    assert calendar.holidays == {dt.date(2027, 1, 1), dt.date(2027, 2, 6)}
    kept = get_section(db, Sla)
    assert (kept.callback_days, kept.callback_attempts) == (2, 4)


def test_a_dispatcher_cannot_change_them(qtbot: QtBot, db: Database, admin: Actor) -> None:
    create_user(db, admin, "disp", "调度 李", Role.DISPATCHER, PASSWORD)
    dispatcher = actor_for(db, "disp")
    dialog = settings_of(qtbot, window_for(qtbot, db, dispatcher))
    assert not dialog.hours_page.isEnabled() and not dialog.sla_page.isEnabled()
    with pytest.raises(PermissionDenied):
        set_section(db, dispatcher, replace(get_section(db, Sla), callback_days=9))


def test_the_job_list_counts_the_time_left_in_business_hours(
        qtbot: QtBot, db: Database, admin: Actor, make_job: MakeJob, language: str) -> None:
    """Open one hour a day: 24 response hours are 24 business days away, yet the time left
    is at most 24 hours of business time, and the list says it so."""
    set_section(db, admin, WorkingHours(((8 * 60, 9 * 60),) * 7))
    job = make_job()
    window = window_for(qtbot, db, admin)
    jobs = window.select_view("jobs")
    assert isinstance(jobs, JobsView)
    qtbot.waitUntil(lambda: jobs.model.rowCount() == 1)
    row = jobs.model.row_at(0)
    assert row.id == job.id and row.sla_minutes_left is not None
    assert row.sla_due - utcnow() > dt.timedelta(days=22)
    assert 0 < row.sla_minutes_left <= 24 * 60
    shown = jobs.model.index(0, Column.TIME_LEFT).data()
    hours, minutes = divmod(row.sla_minutes_left, 60)
    expected = {"en": f"{hours} h {minutes:02d} min left",
                "zh_CN": f"剩余 {hours} 小时 {minutes:02d} 分"}
    if hours == 24:  # received while closed: the whole day of business time is left
        expected = {"en": "1 d 0 h left", "zh_CN": "剩余 1 天 0 小时"}
    assert shown == expected[language]
    assert jobs.model.headerData(Column.TIME_LEFT, Qt.Orientation.Horizontal) == {
        "en": "Time left", "zh_CN": "剩余时间"}[language]
