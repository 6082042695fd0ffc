"""Issue 14 point 1 in the UI: a visit's arrival and finish recorded from the board (keys and
block menu) and the job editor, the paper sheet's times keyed in, the job following, and the
completion gate said beside Complete; in English and Chinese."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models import Appointment
from app.models.enums import AppointmentStatus, CallbackKind, JobStatus
from app.services.actor import Actor
from app.services.appointments import appointments_of, assign
from app.services.callback_queries import callback_queue
from app.services.jobs import JobDetail, get_job
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import JobEditor
from app.ui.dialogs.sheet_times_dialog import SheetTimesDialog
from tests.core import conftest as core
from tests.core.conftest import MakeTech

from .board_helpers import local, open_board
from .conftest import TZ, FakePrompter, MakeJob, type_text

make_tech = core.make_tech
SAYS = {"en": {"arrived": "arrival recorded", "finished": "finish recorded",
               "gate": "Cannot be completed yet", "visit": "no visit has its arrival",
               "checklist": "checklist"},
        "zh_CN": {"arrived": "已记录到达", "finished": "已记录完工",
                  "gate": "暂不能完工", "visit": "没有一次上门记录了到达和完工时间",
                  "checklist": "检查表"}}


@pytest.fixture
def booked(make_job: MakeJob, make_tech: MakeTech, admin: Actor,
           ctx: AppContext) -> tuple[JobDetail, str]:
    """A repair reported Monday 06:00, booked Tuesday 09:00-10:30 (the visit's id)."""
    job = make_job(created=local(23, 6), estimated_minutes=90)
    info, _ = assign(ctx.db, admin, job.id, make_tech("T001"), local(24, 9), local(24, 10, 30))
    return job, info.id


def visit(ctx: AppContext, job: JobDetail) -> tuple[AppointmentStatus, dt.datetime | None,
                                                     dt.datetime | None]:
    (info,) = appointments_of(ctx.db, job.id)
    with ctx.db.session() as s:
        appt = s.get(Appointment, info.id)
        assert appt is not None
        return AppointmentStatus(appt.status), appt.actual_start, appt.actual_end


def test_a_and_f_on_the_board_record_the_visit_and_the_job_follows(
        qtbot: QtBot, ctx: AppContext, booked: tuple[JobDetail, str], language: str) -> None:
    job, appt_id = booked
    page = open_board(qtbot, ctx)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)  # the first block
    assert page.view.board_scene.selected_appointment().id == appt_id  # type: ignore[union-attr]
    qtbot.keyClick(page.view, Qt.Key.Key_F)  # not on site yet: nothing to finish
    assert visit(ctx, job)[0] is AppointmentStatus.SCHEDULED
    qtbot.keyClick(page.view, Qt.Key.Key_A)
    assert visit(ctx, job)[0] is AppointmentStatus.ON_SITE
    assert get_job(ctx.db, job.id).status is JobStatus.IN_PROGRESS
    assert SAYS[language]["arrived"] in page.message_label.text()
    qtbot.keyClick(page.view, Qt.Key.Key_F)
    status, arrived, finished = visit(ctx, job)
    assert status is AppointmentStatus.DONE and arrived is not None and finished is not None
    assert arrived <= finished
    assert SAYS[language]["finished"] in page.message_label.text()


def test_the_block_menu_offers_what_can_be_recorded_and_t_keys_in_the_sheet(
        qtbot: QtBot, ctx: AppContext, booked: tuple[JobDetail, str], language: str) -> None:
    job, appt_id = booked
    page = open_board(qtbot, ctx)
    block = page.view.board_scene.block(appt_id)
    assert block is not None and block.appointment is not None
    menu = page.context_menu(block.appointment)
    assert menu.arrive_action.isEnabled() and menu.times_action.isEnabled()
    assert not menu.finish_action.isEnabled()
    assert menu.arrive_action.shortcut().toString() == "A"
    menu.close()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    qtbot.keyClick(page.view, Qt.Key.Key_T)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, SheetTimesDialog) and w.isVisible())
    assert dialog.day() == dt.date(2026, 11, 24)  # the visit's date
    type_text(dialog.arrival, "9:05")
    type_text(dialog.finish, "1040")
    qtbot.keyClick(dialog.finish, Qt.Key.Key_Return)
    assert visit(ctx, job) == (AppointmentStatus.DONE, local(24, 9, 5), local(24, 10, 40))
    assert get_job(ctx.db, job.id).status is JobStatus.IN_PROGRESS


def test_a_time_the_sheet_cannot_have_is_refused_in_a_sentence(
        qtbot: QtBot, ctx: AppContext, booked: tuple[JobDetail, str], language: str) -> None:
    job, appt_id = booked
    dialog = SheetTimesDialog(ctx, appt_id, job.number, dt.date(2026, 11, 24))
    qtbot.addWidget(dialog)
    type_text(dialog.arrival, "10:40")
    type_text(dialog.finish, "09:05")
    qtbot.keyClick(dialog.finish, Qt.Key.Key_Return)
    expected = {"en": "The finish must be after the arrival.", "zh_CN": "完工时间须晚于到达时间。"}
    assert dialog.error_label.text() == expected[language]
    assert visit(ctx, job)[1] is None


def test_the_job_editor_records_the_visit_says_the_gate_and_a_supervisor_completes(
        qtbot: QtBot, ctx: AppContext, booked: tuple[JobDetail, str], language: str) -> None:
    job, _appt_id = booked
    prompter = FakePrompter("客户急用，检查表补录")
    editor = JobEditor(ctx, job.id, prompter=prompter)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.visits is not None
    qtbot.waitUntil(lambda: editor.visits.rows() != [])  # type: ignore[union-attr]
    assert editor.blockers.isHidden()  # scheduled: Complete is not a next step yet
    assert editor.visits.arrive_button.isEnabled() and not editor.visits.finish_button.isEnabled()
    qtbot.mouseClick(editor.visits.arrive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.visits.finish_button.isEnabled())  # type: ignore[union-attr]
    assert get_job(ctx.db, job.id).status is JobStatus.IN_PROGRESS
    qtbot.waitUntil(lambda: not editor.blockers.isHidden())
    assert SAYS[language]["gate"] in editor.blockers.text()
    assert SAYS[language]["visit"] in editor.blockers.text()
    qtbot.mouseClick(editor.visits.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: SAYS[language]["visit"] not in editor.blockers.text())
    assert SAYS[language]["checklist"] in editor.blockers.text()  # the repair's checklist
    arrived = visit(ctx, job)[1]
    assert arrived is not None
    assert editor.visits.rows()[0][3].startswith(arrived.astimezone(TZ).strftime("%H:%M"))
    editor.status_buttons.buttons[JobStatus.COMPLETED].click()  # the supervisor's override
    assert SAYS[language]["checklist"] in prompter.asked[0]
    assert get_job(ctx.db, job.id).status is JobStatus.COMPLETED
    (call,) = callback_queue(ctx.db, dt.datetime.now(dt.UTC))
    assert call.kind is CallbackKind.VISIT and call.job_number == job.number
    assert call.attempts == 0
