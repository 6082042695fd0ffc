"""Issue 14 points 2 and 4 in the UI: the station's business hours, holidays and callback
policy kept by a supervisor (Tools › Business hours and callbacks…), refused in a sentence when
wrong, out of a dispatcher's reach; the job list's time left counted in those hours."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.db import Database
from app.models.base import utcnow
from app.services.actor import Actor
from app.services.station import home_station
from app.services.station_settings import (
    CallbackPolicy,
    business_calendar,
    callback_policy,
    set_business_calendar,
)
from app.ui import labels
from app.ui.context import AppContext
from app.ui.dialogs.quality_settings import QualitySettingsDialog
from app.ui.i18n import install_translator
from app.ui.itemmodels.job_table_model import Column
from app.ui.main_window import MainWindow
from app.ui.tasks import SyncRunner
from app.ui.views.jobs_view import JobsView
from tests.core import conftest as core

from .conftest import MakeJob, type_text

dispatcher = core.dispatcher
REFUSED = {"en": "The opening hours of Monday must look like 08:00-20:00",
           "zh_CN": "星期一的营业时间须写成 08:00-20:00 的样式"}


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> str:
    install_translator(qapp, request.param)
    labels.clear()
    return str(request.param)


def window_for(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(AppContext(db=db, actor=actor, station=home_station(db),
                                   runner=SyncRunner()))
    qtbot.addWidget(window)
    return window


def test_a_supervisor_keeps_the_hours_holidays_and_callback_policy(
        qtbot: QtBot, db: Database, admin: Actor, language: str) -> None:
    window = window_for(qtbot, db, admin)
    assert window.app_actions.quality_settings.isEnabled()
    dialog = window.edit_quality_settings()
    assert isinstance(dialog, QualitySettingsDialog) and dialog.save_button.isEnabled()
    form = dialog.form
    assert form.opening_hours() == ["00:00-24:00"] * 7  # round the clock until set
    assert (form.callback_days.value(), form.attempts.value()) == (3, 3)
    form.hours[0].clear()
    type_text(form.hours[0], "8-20")
    dialog.save()
    assert dialog.error_label.text().startswith(REFUSED[language])
    assert business_calendar(db).round_the_clock  # nothing kept
    for field in form.hours[:6]:
        field.setText("08:00-20:00")
    form.hours[6].clear()  # closed on Sundays
    type_text(form.holidays, "2027-01-01")
    qtbot.keyClick(form.holidays, Qt.Key.Key_Return)  # one date a line
    type_text(form.holidays, "2027-02-06")
    form.callback_days.setValue(2)
    form.attempts.setValue(4)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "" and not dialog.isVisible()
    calendar = business_calendar(db)
    assert calendar.texts == ["08:00-20:00"] * 6 + [""]
    assert calendar.holidays == {dt.date(2027, 1, 1), dt.date(2027, 2, 6)}
    assert callback_policy(db) == CallbackPolicy(2, 4)


def test_a_dispatcher_cannot_reach_the_settings(qtbot: QtBot, db: Database,
                                                 dispatcher: Actor) -> None:
    window = window_for(qtbot, db, dispatcher)
    assert not window.app_actions.quality_settings.isEnabled()


def test_the_job_list_counts_the_time_left_in_business_hours(
        qtbot: QtBot, db: Database, admin: Actor, make_job: MakeJob, language: str) -> None:
    """Open one hour a day: 24 response hours are 24 business days away, yet the time left
    is at most 24 hours of business time, and the list says it so."""
    set_business_calendar(db, admin, ["08:00-09:00"] * 7, [])
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
