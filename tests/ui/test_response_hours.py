"""Issue 22 point 5 in the UI: a supervisor sets the response hours by priority (Tools ›
Response hours…), and the new-job form's due time follows the chosen priority."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pytestqt.qtbot import QtBot

from app.db import Database
from app.models.enums import Priority
from app.scheduling.sla import ResponseHours
from app.services.actor import Actor
from app.services.response_hours import response_hours
from app.ui.context import AppContext
from app.ui.dialogs.job_form import JobForm
from app.ui.dialogs.response_hours_dialog import ResponseHoursDialog
from app.ui.main_window import MainWindow
from tests.core import conftest as core

dispatcher = core.dispatcher


def test_a_supervisor_keeps_new_response_hours(qtbot: QtBot, ctx: AppContext,
                                               db: Database) -> None:
    dialog = ResponseHoursDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.hours() == ResponseHours()  # urgent 4 h ... low 48 h, as kept
    dialog.spins[Priority.URGENT].setValue(2)
    dialog.spins[Priority.LOW].setValue(72)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert response_hours(db) == ResponseHours(urgent=2, high=12, normal=24, low=72)


def test_hours_growing_with_urgency_are_refused_in_a_sentence(
        qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    dialog = ResponseHoursDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.spins[Priority.URGENT].setValue(30)  # later than high (12 h)
    dialog.save()
    assert dialog.error_label.text().startswith("Response times must not grow with urgency")
    assert dialog.result() == 0 and response_hours(db) == ResponseHours()


def test_the_menu_entry_is_for_supervisors(qtbot: QtBot, ctx: AppContext,
                                           dispatcher: Actor) -> None:
    admin_window = MainWindow(ctx, views=[])
    qtbot.addWidget(admin_window)
    assert admin_window.app_actions.response_hours.isEnabled()
    assert isinstance(admin_window.edit_response_hours(), ResponseHoursDialog)
    desk = MainWindow(dataclasses.replace(ctx, actor=dispatcher), views=[])
    qtbot.addWidget(desk)
    assert not desk.app_actions.response_hours.isEnabled()


def test_a_new_jobs_due_time_follows_its_priority(qtbot: QtBot, ctx: AppContext,
                                                  db: Database, admin: Actor) -> None:
    form = JobForm(ctx)
    qtbot.addWidget(form)
    assert form.sla_label.text().endswith("(24 h after the call)")  # normal
    form.priority_combo.setCurrentIndex(form.priority_combo.findData(Priority.URGENT.value))
    assert form.sla_label.text().endswith("(4 h after the call)")
    due = dt.datetime.strptime(form.sla_label.text()[:16], "%Y-%m-%d %H:%M")
    now = dt.datetime.now(ctx.tz).replace(tzinfo=None)
    assert dt.timedelta(hours=3, minutes=58) < due - now <= dt.timedelta(hours=4)
