"""The job editor: create with a new or existing customer, validation, status, history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db import Database
from app.models.enums import JobStatus, JobType, Role, Skill
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.job_queries import JobFilter, query_jobs
from app.services.jobs import JobDetail, change_status, get_job
from app.services.users import actor_for, create_user
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import JobEditor

from .conftest import PASSWORD, FakePrompter, MakeJob, announced, enter_new_customer, type_text


def editor_for(qtbot: QtBot, ctx: AppContext, job_id: str | None = None,
               prompter: FakePrompter | None = None) -> JobEditor:
    editor = JobEditor(ctx, job_id, prompter=prompter)
    qtbot.addWidget(editor)
    return editor


def all_jobs(db: Database) -> list[str]:
    return [r.customer_name for r in query_jobs(db, JobFilter()).rows]


def test_create_a_job_for_a_new_customer(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    editor = editor_for(qtbot, ctx)
    saved = announced(ctx)
    enter_new_customer(qtbot, editor)
    form = editor.form
    form.type_combo.setCurrentIndex(form.type_combo.findData(JobType.INSTALL.value))
    assert form.skill_boxes[Skill.INSTALL].isChecked()  # the type's default skills
    assert form.skill_boxes[Skill.REFRIGERANT].isChecked()
    form.skill_boxes[Skill.HEIGHT].setChecked(True)
    type_text(form.symptom, "新装挂机 1.5 匹")
    with qtbot.waitSignal(editor.accepted, timeout=1000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    page = query_jobs(db, JobFilter(text="孙丽"))
    assert page.total == 1
    job = get_job(db, page.rows[0].id)
    assert (job.job_type, job.phone, job.symptom) == (JobType.INSTALL, "13655556666",
                                                     "新装挂机 1.5 匹")
    assert job.required_skills == ["height", "install", "refrigerant"]
    assert saved == [Changes.JOBS | Changes.CUSTOMERS | Changes.MAP]
    assert editor.record_id == job.id and job.number.startswith("NJ01-")


def test_a_bad_phone_shows_the_sentence_and_saves_nothing(qtbot: QtBot, ctx: AppContext,
                                                          db: Database) -> None:
    editor = editor_for(qtbot, ctx)
    enter_new_customer(qtbot, editor, phone="call me")
    type_text(editor.form.symptom, "漏水")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_label.text() == "The phone number 'call me' is not a phone number."
    assert not editor.error_label.isHidden()
    assert editor.result() == 0 and editor.save_button.isEnabled()
    assert all_jobs(db) == []


def test_repair_without_symptom_is_refused(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    editor = editor_for(qtbot, ctx)
    enter_new_customer(qtbot, editor, address="湖南路1号")
    editor.save()
    assert editor.error_label.text() == "A repair job needs the symptom the customer reported."
    assert all_jobs(db) == []


def test_create_a_job_for_an_existing_customer(qtbot: QtBot, ctx: AppContext, db: Database,
                                               make_job: MakeJob) -> None:
    first = make_job(name="周杰", phone="13700001111", address="江苏省南京市玄武区长江路5号")
    editor = editor_for(qtbot, ctx)
    editor.customer.existing_radio.setChecked(True)
    editor.save()
    assert "Pick the customer's site" in editor.error_label.text()
    type_text(editor.customer.search, "长江路")
    editor.customer.search_now()
    assert editor.customer.results.count() == 1
    form = editor.form
    form.type_combo.setCurrentIndex(form.type_combo.findData(JobType.MAINTENANCE.value))
    editor.save()
    assert editor.result() == JobEditor.DialogCode.Accepted
    assert editor.record_id is not None
    created = get_job(db, editor.record_id)
    assert created.site_id == first.site_id and created.id != first.id


def test_edit_an_existing_job(qtbot: QtBot, ctx: AppContext, db: Database,
                              make_job: MakeJob) -> None:
    job = make_job()
    editor = editor_for(qtbot, ctx, job.id)
    assert editor.customer.summary.text().startswith("张伟")
    assert editor.form.symptom.toPlainText() == "不制冷"
    editor.form.minutes.setValue(120)
    editor.save()
    assert editor.result() == JobEditor.DialogCode.Accepted
    assert get_job(db, job.id).estimated_minutes == 120


def test_status_buttons_put_a_job_on_hold_and_history_shows_it(
        qtbot: QtBot, ctx: AppContext, db: Database, make_job: MakeJob) -> None:
    job = make_job()
    prompter = FakePrompter("等待配件")
    editor = editor_for(qtbot, ctx, job.id, prompter)
    assert set(editor.status_buttons.buttons) == {JobStatus.ON_HOLD, JobStatus.CANCELLED}
    assert editor.history.actions_shown() == ["Created"]
    qtbot.mouseClick(editor.status_buttons.buttons[JobStatus.ON_HOLD], Qt.MouseButton.LeftButton)
    assert prompter.asked == ["Why is the job on hold?"]
    assert get_job(db, job.id).status is JobStatus.ON_HOLD
    assert get_job(db, job.id).hold_reason == "等待配件"
    assert editor.status_buttons.current_label.text() == "Status: On hold (等待配件)"
    assert JobStatus.ON_HOLD not in editor.status_buttons.buttons
    assert editor.history.actions_shown() == ["Created", "Status set to On hold"]
    last = editor.history.topLevelItem(1)
    assert last.text(1) == "admin" and last.text(4) == "等待配件"
    assert last.text(3) == "Status: New → On hold; Hold reason: - → 等待配件"
    assert editor.history.topLevelItem(0).text(3) == ""  # a creation lists no fields


def test_cancelling_the_reason_question_changes_nothing(
        qtbot: QtBot, ctx: AppContext, db: Database, make_job: MakeJob) -> None:
    job = make_job()
    editor = editor_for(qtbot, ctx, job.id, FakePrompter(None))
    editor.status_buttons.buttons[JobStatus.CANCELLED].click()
    assert get_job(db, job.id).status is JobStatus.NEW


def _install_in_progress(db: Database, actor: Actor, make_job: MakeJob) -> JobDetail:
    job = make_job(job_type="install", symptom="")
    for status in (JobStatus.SCHEDULED, JobStatus.DISPATCHED, JobStatus.IN_PROGRESS):
        change_status(db, actor, job.id, status)
    return job


def test_completion_gate_offers_a_supervisor_the_override(
        qtbot: QtBot, ctx: AppContext, db: Database, admin: Actor, make_job: MakeJob) -> None:
    job = _install_in_progress(db, admin, make_job)
    prompter = FakePrompter("客户已口头验收，签字稍后补")
    editor = editor_for(qtbot, ctx, job.id, prompter)
    editor.status_buttons.buttons[JobStatus.COMPLETED].click()
    assert "cannot be completed" in prompter.asked[0]
    assert get_job(db, job.id).status is JobStatus.COMPLETED
    assert editor.history.topLevelItem(editor.history.topLevelItemCount() - 1).text(4) == \
        "客户已口头验收，签字稍后补"


def test_completion_gate_stops_a_dispatcher(qtbot: QtBot, ctx: AppContext, db: Database,
                                            admin: Actor, make_job: MakeJob) -> None:
    create_user(db, admin, "disp", "调度 李", Role.DISPATCHER, PASSWORD)
    dispatcher_ctx = AppContext(db, actor_for(db, "disp"), ctx.station, ctx.runner)
    job = _install_in_progress(db, admin, make_job)
    prompter = FakePrompter()
    editor = editor_for(qtbot, dispatcher_ctx, job.id, prompter)
    editor.status_buttons.buttons[JobStatus.COMPLETED].click()
    assert prompter.asked == []
    assert "cannot be completed" in editor.error_label.text()
    assert get_job(db, job.id).status is JobStatus.IN_PROGRESS


def test_requested_window_is_read_in_station_time(qtbot: QtBot, ctx: AppContext, db: Database,
                                                  make_job: MakeJob) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate, QDateTime, QTime

    from .conftest import TZ

    job = make_job()
    editor = editor_for(qtbot, ctx, job.id)
    form = editor.form
    assert not form.window_start.isEnabled()
    form.window_check.setChecked(True)
    form.window_start.setDateTime(QDateTime(QDate(2025, 7, 1), QTime(9, 0)))
    form.window_end.setDateTime(QDateTime(QDate(2025, 7, 1), QTime(12, 0)))
    editor.save()
    saved = get_job(db, job.id)
    assert saved.requested_start == dt.datetime(2025, 7, 1, 9, 0, tzinfo=TZ)
    assert saved.requested_end == dt.datetime(2025, 7, 1, 12, 0, tzinfo=TZ)
    again = editor_for(qtbot, ctx, job.id)
    assert again.form.window_check.isChecked()
    assert again.form.window_start.dateTime().time() == QTime(9, 0)


def test_window_ending_before_it_starts_is_refused(qtbot: QtBot, ctx: AppContext,
                                                   db: Database, make_job: MakeJob) -> None:
    from PySide6.QtCore import QDate, QDateTime, QTime

    job = make_job()
    editor = editor_for(qtbot, ctx, job.id)
    editor.form.window_check.setChecked(True)
    editor.form.window_start.setDateTime(QDateTime(QDate(2025, 7, 1), QTime(12, 0)))
    editor.form.window_end.setDateTime(QDateTime(QDate(2025, 7, 1), QTime(9, 0)))
    editor.save()
    assert editor.error_label.text() == "The customer's requested window must end after it starts."
    assert get_job(db, job.id).requested_start is None
