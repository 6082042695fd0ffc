"""Issue 14 points 3-4 in the UI, driven as a dispatcher and a supervisor would: a complaint
taken from a call by keyboard, an installation's re-inspection in the same step, the four
stages by role, the confirmation call that closes it, an unsatisfied callback that opens one,
and the overdue ones reaching the supervisors (badge, status bar, sentence at sign-in); in
English and Chinese."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.db import Database
from app.models.base import utcnow
from app.models.enums import (
    CallbackKind,
    ComplaintCategory,
    ComplaintStage,
    JobType,
    Priority,
    Severity,
)
from app.services.complaint_queries import complaint_detail, complaint_queue
from app.services.job_queries import JobFilter, query_jobs
from app.services.station import home_station
from app.services.users import actor_for
from app.ui.context import AppContext
from app.ui.dialogs.call_dialog import CallDialog
from app.ui.dialogs.complaint_dialog import ComplaintDialog
from app.ui.main_window import MainWindow
from app.ui.quality import QualityView
from app.ui.quality.view import Tab
from app.ui.tasks import SyncRunner
from app.ui.views.jobs_view import JobsView
from tests.quality.scenario import July

from .conftest import MakeJob, announced, offline_chain, show_active, type_text

SEES = {"en": {"jobs_found": "recent jobs: 1", "handle": "Record the handling",
               "review": "Record the review", "wait": "Waiting for the customer's confirmation",
               "closed": "the complaint is closed", "opened": "a complaint was opened",
               "overdue": "Complaints overdue: 1", "quality": "Quality (1)",
               "notice": "Complaints past the due of their stage: 1."},
        "zh_CN": {"jobs_found": "近期工单 1 个", "handle": "记录处理", "review": "记录复核",
                  "wait": "等待客户确认", "closed": "投诉已关闭", "opened": "已登记一条投诉",
                  "overdue": "超期投诉：1 条", "quality": "质量（1）",
                  "notice": "超过当前环节期限的投诉：1 条。"}}


def context_as(db: Database, username: str) -> AppContext:
    return AppContext(db=db, actor=actor_for(db, username), station=home_station(db),
                      runner=SyncRunner(), geocoding=offline_chain)


def shown_dialog(kind: type) -> object:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def open_quality(qtbot: QtBot, ctx: AppContext, tab: Tab) -> QualityView:
    view = QualityView(ctx)
    announced(ctx, view)  # writes come back as the main window passes them on
    qtbot.addWidget(view)
    view.show()
    view.activate()
    view.tabs.setCurrentIndex(tab)
    return view


def test_a_complaint_about_the_selected_job_taken_by_keyboard(
        qtbot: QtBot, ctx: AppContext, make_job: MakeJob, language: str) -> None:
    job = make_job()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    jobs = window.select_view("jobs")
    assert isinstance(jobs, JobsView)
    qtbot.waitUntil(lambda: jobs.model.rowCount() == 1)
    jobs.table.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = shown_dialog(ComplaintDialog)
    assert isinstance(dialog, ComplaintDialog)
    show_active(qtbot, dialog)
    assert dialog.caller.caller is not None and dialog.caller.caller.phone == "13912345678"
    assert SEES[language]["jobs_found"] in dialog.caller.results.item(0).text()
    assert dialog.job.currentData() == job.id
    assert dialog.category.hasFocus()  # the caller taken: on to what it is about
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)  # timeliness
    qtbot.keyClick(dialog.category, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.severity, Qt.Key.Key_Down)  # serious
    qtbot.keyClick(dialog.severity, Qt.Key.Key_Tab)
    assert dialog.words.hasFocus()
    type_text(dialog.words, "约好上午来，下午才到")
    qtbot.keyClick(dialog.words, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (row,) = complaint_queue(ctx.db, utcnow())
    assert (row.category, row.severity, row.job_id) == (ComplaintCategory.TIMELINESS,
                                                        Severity.SERIOUS, job.id)
    assert row.description == "约好上午来，下午才到" and row.stage is ComplaintStage.RECORDED
    assert row.next_due is not None and row.next_due > utcnow()  # handling due today


def test_a_caller_found_by_name_and_the_installations_reinspection_in_one_step(
        qtbot: QtBot, ctx: AppContext, make_job: MakeJob) -> None:
    install = make_job(job_type="install", symptom="")
    view = open_quality(qtbot, ctx, Tab.COMPLAINTS)
    qtbot.mouseClick(view.complaints.new_button, Qt.MouseButton.LeftButton)
    dialog = view.complaints.dialog
    assert dialog is not None and not dialog.reinspect.isEnabled()  # no caller yet
    dialog.save()
    assert "Find the caller first" in dialog.error_label.text()
    type_text(dialog.caller.search, "张伟")
    qtbot.keyClick(dialog.caller.search, Qt.Key.Key_Return)
    assert dialog.job.currentData() == install.id  # the newest job chosen
    assert dialog.reinspect.isEnabled()  # an installation
    dialog.category.setCurrentIndex(dialog.category.findData("installation"))
    type_text(dialog.words, "外机支架松动")
    dialog.reinspect.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (row,) = complaint_queue(ctx.db, utcnow())
    detail = complaint_detail(ctx.db, row.id, utcnow())
    assert detail.reinspection_job_id is not None
    found = {r.id: r for r in query_jobs(ctx.db, JobFilter()).rows}
    reinspection = found[detail.reinspection_job_id]
    assert (reinspection.job_type, reinspection.priority) == (JobType.INSPECTION, Priority.HIGH)
    assert view.complaints.selected_id() == row.id  # shown in the queue at once
    assert not view.complaints.detail.reinspect_button.isEnabled()  # it has its job


def test_the_stages_by_role_then_the_customers_confirmation_closes_it(
        qtbot: QtBot, db: Database, july: July, language: str) -> None:
    sees = SEES[language]
    j3_complaint = next(r for r in complaint_queue(db, utcnow()) if r.job_id == july.j3)
    dispatcher = open_quality(qtbot, context_as(db, "disp"), Tab.COMPLAINTS)
    panel = dispatcher.complaints
    panel.table.selectRow(panel.model.row_of(j3_complaint.id))
    detail = panel.detail
    assert detail.step_button.text() == sees["handle"] and detail.step_button.isEnabled()
    type_text(detail.text, "已上门查看，重新调整时间")
    qtbot.mouseClick(detail.step_button, Qt.MouseButton.LeftButton)
    assert detail.step_button.text() == sees["review"]
    assert not detail.step_button.isEnabled()  # supervisors review
    assert detail.stages.topLevelItem(1).text(3) == "已上门查看，重新调整时间"
    assert detail.stages.topLevelItem(1).text(2) == "disp"

    supervisor = open_quality(qtbot, context_as(db, "super"), Tab.COMPLAINTS)
    panel = supervisor.complaints
    panel.table.selectRow(panel.model.row_of(j3_complaint.id))
    for text in ("复核：属实", "已电话告知客户"):
        type_text(panel.detail.text, text)
        qtbot.mouseClick(panel.detail.step_button, Qt.MouseButton.LeftButton)
    assert panel.detail.step_button.text() == sees["wait"]
    assert not panel.detail.step_button.isEnabled()

    supervisor.tabs.setCurrentIndex(Tab.CALLBACKS)
    calls = supervisor.callbacks
    confirm_row = next(r for r in range(calls.model.rowCount())
                       if calls.model.row_at(r).complaint_id == j3_complaint.id)
    calls.table.selectRow(confirm_row)
    qtbot.mouseClick(calls.call_button, Qt.MouseButton.LeftButton)
    dialog = calls.dialog
    assert isinstance(dialog, CallDialog) and dialog.confirm.isVisibleTo(dialog)
    dialog.confirm.setCurrentIndex(dialog.confirm.findData(True))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert sees["closed"] in calls.outcome.text()
    assert complaint_detail(db, j3_complaint.id, utcnow()).row.stage is ComplaintStage.CLOSED


def test_an_unsatisfied_answer_on_a_callback_opens_a_complaint_and_shows_it(
        qtbot: QtBot, ctx: AppContext, july: July, language: str) -> None:
    view = open_quality(qtbot, ctx, Tab.CALLBACKS)
    calls = view.callbacks
    row = next(r for r in range(calls.model.rowCount())
               if calls.model.row_at(r).job_id == july.j2)
    assert calls.model.row_at(row).kind is CallbackKind.VISIT and calls.model.row_at(row).overdue
    calls.table.setFocus()
    calls.table.setCurrentIndex(calls.model.index(row, 0))
    qtbot.keyClick(calls.table, Qt.Key.Key_Return)  # Enter records a call
    dialog = calls.dialog
    assert isinstance(dialog, CallDialog)
    show_active(qtbot, dialog)
    for aspect, score in (("timeliness", 5), ("attitude", 5), ("quality", 2), ("price", 4)):
        dialog.scores[aspect].setCurrentIndex(dialog.scores[aspect].findData(score))
    type_text(dialog.remarks, "修完第二天又滴水")
    qtbot.keyClick(dialog.remarks, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert SEES[language]["opened"] in calls.outcome.text()
    assert view.tabs.currentIndex() == Tab.COMPLAINTS  # the new complaint is shown
    opened = view.complaints.selected_id()
    assert opened is not None
    detail = complaint_detail(ctx.db, opened, utcnow())
    assert detail.row.job_id == july.j2 and detail.opened_by_callback_id is not None


def test_a_call_not_reached_stays_in_the_queue_until_the_attempts_run_out(
        qtbot: QtBot, ctx: AppContext, july: July) -> None:
    view = open_quality(qtbot, ctx, Tab.CALLBACKS)
    calls = view.callbacks

    def j2_row() -> int:
        return next((r for r in range(calls.model.rowCount())
                     if calls.model.row_at(r).job_id == july.j2), -1)
    for attempt in (1, 2, 3):
        calls.table.selectRow(j2_row())
        dialog = calls.record_call()
        assert dialog is not None
        dialog.not_reached.setChecked(True)
        assert not dialog.scores["timeliness"].isEnabled()
        dialog.save()
        assert f"{attempt} attempts" in calls.outcome.text()
    assert j2_row() == -1  # three attempts: not reached, off the queue


def test_overdue_complaints_reach_the_supervisors(
        qtbot: QtBot, db: Database, july: July, language: str) -> None:
    sees = SEES[language]
    window = MainWindow(context_as(db, "super"))
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert sees["quality"] in titles
    assert window.status.overdue_label.isVisibleTo(window)
    assert window.status.overdue_label.text() == sees["overdue"]
    window.overdue.tell_supervisor(window)
    box = window.overdue.notice
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text().startswith(sees["notice"])
    box.close()

    desk = MainWindow(context_as(db, "disp"))  # a dispatcher sees the count, not the alarm
    qtbot.addWidget(desk)
    assert sees["quality"] in [desk.nav.item(i).text() for i in range(desk.nav.count())]
    assert not desk.status.overdue_label.isVisibleTo(desk)
    desk.overdue.tell_supervisor(desk)
    assert desk.overdue.notice is None


def test_handling_is_due_by_the_end_of_the_business_day(
        qtbot: QtBot, ctx: AppContext, make_job: MakeJob) -> None:
    """The dialog's complaint is due when the station's day ends (round the clock: midnight)."""
    make_job()
    view = open_quality(qtbot, ctx, Tab.COMPLAINTS)
    dialog = view.complaints.new_complaint("13912345678")
    dialog.category.setCurrentIndex(dialog.category.findData("attitude"))
    type_text(dialog.words, "态度差")
    dialog.save()
    (row,) = complaint_queue(ctx.db, utcnow())
    assert row.next_due is not None
    local_due = row.next_due.astimezone(ctx.tz)
    assert local_due.time() == dt.time(0, 0)
    assert local_due.date() == utcnow().astimezone(ctx.tz).date() + dt.timedelta(days=1)
