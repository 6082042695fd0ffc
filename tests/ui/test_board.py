"""The dispatch board on a real SQLite station: drops, rules, overrides, undo, live refresh."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QEvent, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.db import Database
from app.models.enums import JobStatus
from app.printing.job_sheet import render_job_sheet
from app.services.actor import Actor
from app.services.appointments import appointments_of, assign
from app.services.changes import Changes
from app.services.history import job_history
from app.services.job_sheet_data import sheet_data
from app.services.jobs import JobDetail, change_status, get_job
from app.services.station import home_station
from app.ui.board.queue import QueueFilter
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.tasks import SyncRunner
from tests.core import conftest as core
from tests.core.conftest import MakeTech

from .board_helpers import (
    MONDAY,
    drag_block,
    drag_job,
    drop_job,
    local,
    mouse,
    open_board,
)
from .conftest import FakePrompter, MakeJob

make_tech, dispatcher, supervisor = core.make_tech, core.dispatcher, core.supervisor


def placed(db: Database, job: JobDetail) -> list[tuple[str, dt.datetime, dt.datetime]]:
    return [(a.technician_id, a.start, a.end) for a in appointments_of(db, job.id)
            if a.status.value != "cancelled"]


def context_for(db: Database, actor: Actor) -> AppContext:
    return AppContext(db=db, actor=actor, station=home_station(db), runner=SyncRunner())


@pytest.fixture
def repair(make_job: MakeJob) -> JobDetail:
    """A repair of 90 minutes reported at 06:00 on MONDAY (SLA due Tuesday 06:00)."""
    return make_job(created=local(23, 6), estimated_minutes=90)


# ----------------------------------------------------------------------------- dropping jobs


def test_dropping_a_queued_job_on_a_lane_books_the_technician(
        qtbot: QtBot, ctx: AppContext, make_tech: MakeTech, repair: JobDetail) -> None:
    tech = make_tech("T001")
    page = open_board(qtbot, ctx)
    assert page.view.axis is not None and page.view.axis.first == MONDAY
    assert page.queue.model.rowCount() == 1
    drag_job(page, repair.id, tech, local(24, 10))
    qtbot.waitUntil(lambda: "fits every rule" in page.view.drags.tip.text())
    drop_job(page, repair.id, tech, local(24, 10))
    assert placed(ctx.db, repair) == [(tech, local(24, 10), local(24, 11, 30))]
    assert get_job(ctx.db, repair.id).status is JobStatus.SCHEDULED
    (appt,) = appointments_of(ctx.db, repair.id)
    assert page.view.board_scene.block(appt.id) is not None
    assert page.queue.model.rowCount() == 0
    assert page.undo_stack.count() == 1
    assert page.reported == [Changes.SCHEDULE | Changes.JOBS]
    assert not page.view.drags.tip.isVisible()


def test_a_drop_outside_the_shift_is_refused_naming_the_rule(
        qtbot: QtBot, db: Database, dispatcher: Actor, make_tech: MakeTech,
        repair: JobDetail) -> None:
    tech = make_tech("T001")
    page = open_board(qtbot, context_for(db, dispatcher))
    drag_job(page, repair.id, tech, local(24, 18))
    qtbot.waitUntil(lambda: "Outside the shift" in page.view.drags.tip.text())
    assert page.view.board_scene.ghost.isVisible()
    drop_job(page, repair.id, tech, local(24, 18))
    assert page.message_label.text() == (
        "Refused: Outside the shift. Only a supervisor may override the rules.")
    assert placed(db, repair) == []
    assert get_job(db, repair.id).status is JobStatus.NEW
    assert page.undo_stack.count() == 0 and page.reported == []


def test_a_technician_without_the_skill_is_refused(
        qtbot: QtBot, db: Database, dispatcher: Actor, make_tech: MakeTech,
        repair: JobDetail) -> None:
    installer = make_tech("T002", skills=("install",))
    page = open_board(qtbot, context_for(db, dispatcher))
    drop_job(page, repair.id, installer, local(24, 10))
    assert "Refused: Missing skill." in page.message_label.text()
    assert placed(db, repair) == []


def test_a_supervisor_overrides_with_a_reason_which_is_audited(
        qtbot: QtBot, db: Database, supervisor: Actor, make_tech: MakeTech,
        repair: JobDetail, fake_prompter: type[FakePrompter]) -> None:
    tech = make_tech("T001")
    prompter = fake_prompter("客户只能晚上在家")
    page = open_board(qtbot, context_for(db, supervisor), prompter)
    drop_job(page, repair.id, tech, local(24, 18))
    assert "Outside the shift" in prompter.asked[0]
    assert placed(db, repair) == [(tech, local(24, 18), local(24, 19, 30))]
    (appt,) = appointments_of(db, repair.id)
    assert appt.override_reason == "override (outside_shift): 客户只能晚上在家"
    created = [e for e in job_history(db, repair.id) if e.entity == "appointments"]
    assert created[0].reason == "override (outside_shift): 客户只能晚上在家"
    assert page.view.board_scene.block(appt.id) is not None


def test_a_supervisor_who_gives_no_reason_overrides_nothing(
        qtbot: QtBot, db: Database, supervisor: Actor, make_tech: MakeTech,
        repair: JobDetail, fake_prompter: type[FakePrompter]) -> None:
    tech = make_tech("T001")
    page = open_board(qtbot, context_for(db, supervisor), fake_prompter(None))
    drop_job(page, repair.id, tech, local(24, 18))
    assert page.message_label.text() == "Refused: Outside the shift."
    assert placed(db, repair) == []


# ----------------------------------------------------------------------------- moves and undo


def test_moving_a_block_and_undo_restore_the_exact_previous_place(
        qtbot: QtBot, ctx: AppContext, admin: Actor, make_tech: MakeTech,
        repair: JobDetail) -> None:
    first, second = make_tech("T001"), make_tech("T002", name="王师傅")
    info, _ = assign(ctx.db, admin, repair.id, first, local(24, 9, 10), local(24, 10, 35))
    page = open_board(qtbot, ctx)
    drag_block(page, info.id, second, local(24, 13, 45))  # grabbed at 09:52:30: lands 13:05
    assert placed(ctx.db, repair) == [(second, local(24, 13), local(24, 14, 25))]
    assert page.undo_stack.undoText() == f"Move {repair.number}"
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert placed(ctx.db, repair) == [(first, local(24, 9, 10), local(24, 10, 35))]
    assert page.message_label.text() == f"Undone: Move {repair.number}"
    block = page.view.board_scene.block(info.id)
    assert block is not None and block.appointment is not None
    assert (block.appointment.start, block.appointment.end) == (local(24, 9, 10),
                                                                local(24, 10, 35))
    qtbot.keyClick(page.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert placed(ctx.db, repair) == [(second, local(24, 13), local(24, 14, 25))]
    assert page.view.lanes.lane_of(second) is not None


def test_resizing_a_block_by_its_right_edge(qtbot: QtBot, ctx: AppContext, admin: Actor,
                                            make_tech: MakeTech, repair: JobDetail) -> None:
    tech = make_tech("T001")
    info, _ = assign(ctx.db, admin, repair.id, tech, local(24, 9), local(24, 10, 30))
    page = open_board(qtbot, ctx)
    drag_block(page, info.id, tech, local(24, 12), grip=True)
    assert placed(ctx.db, repair) == [(tech, local(24, 9), local(24, 12))]
    assert page.undo_stack.undoText() == f"Resize {repair.number}"
    page.undo_action.trigger()
    assert placed(ctx.db, repair) == [(tech, local(24, 9), local(24, 10, 30))]


def test_a_click_on_a_block_selects_it_without_moving_it(
        qtbot: QtBot, ctx: AppContext, admin: Actor, make_tech: MakeTech,
        repair: JobDetail) -> None:
    tech = make_tech("T001")
    info, _ = assign(ctx.db, admin, repair.id, tech, local(24, 9), local(24, 10, 30))
    page = open_board(qtbot, ctx)
    item = page.view.board_scene.block(info.id)
    assert item is not None
    at = page.view.mapFromScene(item.rect.center())
    mouse(page, QEvent.Type.MouseButtonPress, at)
    mouse(page, QEvent.Type.MouseButtonRelease, at)
    assert item.isSelected() and page.undo_stack.count() == 0
    assert page.suggestions.job_id == repair.id


def test_delete_unassigns_and_undo_books_and_dispatches_again(
        qtbot: QtBot, ctx: AppContext, admin: Actor, make_tech: MakeTech,
        repair: JobDetail) -> None:
    tech = make_tech("T001")
    info, _ = assign(ctx.db, admin, repair.id, tech, local(24, 9), local(24, 10, 30))
    change_status(ctx.db, admin, repair.id, JobStatus.DISPATCHED)
    page = open_board(qtbot, ctx)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)  # nothing selected: the first block
    assert page.view.board_scene.selected_appointment().id == info.id  # type: ignore[union-attr]
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert placed(ctx.db, repair) == []
    assert get_job(ctx.db, repair.id).status is JobStatus.NEW
    assert page.queue.model.row_of(repair.id) == 0
    page.undo_action.trigger()
    assert placed(ctx.db, repair) == [(tech, local(24, 9), local(24, 10, 30))]
    assert get_job(ctx.db, repair.id).status is JobStatus.DISPATCHED
    page.redo_action.trigger()
    assert placed(ctx.db, repair) == []


def test_undo_after_an_assignment_made_from_the_board(
        qtbot: QtBot, ctx: AppContext, make_tech: MakeTech, repair: JobDetail) -> None:
    tech = make_tech("T001")
    page = open_board(qtbot, ctx)
    drop_job(page, repair.id, tech, local(25, 14))
    (appt,) = appointments_of(ctx.db, repair.id)
    page.undo_action.trigger()
    assert placed(ctx.db, repair) == [] and get_job(ctx.db, repair.id).status is JobStatus.NEW
    page.redo_action.trigger()
    assert placed(ctx.db, repair) == [(tech, local(25, 14), local(25, 15, 30))]
    (again,) = appointments_of(ctx.db, repair.id)
    drag_block(page, again.id, tech, local(25, 16, 45))
    page.undo_action.trigger()
    page.undo_action.trigger()  # the move, then the assignment (its appointment re-created)
    assert placed(ctx.db, repair) == []
    assert appt.id != again.id


def test_a_failed_undo_says_why_and_clears_the_history(
        qtbot: QtBot, ctx: AppContext, admin: Actor, make_tech: MakeTech,
        repair: JobDetail) -> None:
    tech = make_tech("T001")
    info, _ = assign(ctx.db, admin, repair.id, tech, local(24, 9), local(24, 10, 30))
    page = open_board(qtbot, ctx)
    drag_block(page, info.id, tech, local(24, 14, 45))
    change_status(ctx.db, admin, repair.id, JobStatus.CANCELLED, "客户取消")
    page.undo_action.trigger()
    assert page.message_label.text().startswith(f"Cannot undo or redo “Move {repair.number}”")
    qtbot.waitUntil(lambda: page.undo_stack.count() == 0)


# ----------------------------------------------------------------------------- live refresh


def test_a_change_made_elsewhere_updates_the_board_in_place(
        qtbot: QtBot, ctx: AppContext, admin: Actor, make_tech: MakeTech,
        make_job: MakeJob, repair: JobDetail) -> None:
    tech = make_tech("T001")
    other = make_job("李娜", created=local(23, 6, 30))
    first, _ = assign(ctx.db, admin, repair.id, tech, local(24, 9), local(24, 10, 30))
    page = open_board(qtbot, ctx)
    view, scene = page.view, page.view.board_scene
    item = scene.block(first.id)
    view.zoom_by(2.0)
    view.horizontalScrollBar().setValue(300)
    zoom, scroll = view.axis.px_per_hour, view.horizontalScrollBar().value()  # type: ignore[union-attr]
    second, _ = assign(ctx.db, admin, other.id, tech, local(24, 13), local(24, 14, 30))
    page.on_changes(Changes.SCHEDULE | Changes.JOBS)  # as the main window passes it on
    assert page.view is view and scene.block(first.id) is item
    assert scene.block(second.id) is not None
    assert view.axis.px_per_hour == zoom and view.horizontalScrollBar().value() == scroll  # type: ignore[union-attr]
    assert page.queue.model.rowCount() == 0
    page.on_changes(Changes.CUSTOMERS)  # not the board's concern: nothing to do
    assert scene.block(second.id) is not None


def test_technicians_are_filtered_and_grouped(qtbot: QtBot, ctx: AppContext,
                                              make_tech: MakeTech) -> None:
    make_tech("T001", name="陈师傅")
    make_tech("T002", name="王师傅", skills=("install",))
    page = open_board(qtbot, ctx)
    codes = lambda: [r.code for r in page.view.lanes.technicians()]  # noqa: E731
    assert codes() == ["T001", "T002"]
    page.toolbar.search.setText("王")
    assert codes() == ["T002"]
    page.toolbar.search.clear()
    page.toolbar.skill.setCurrentIndex(page.toolbar.skill.findData("repair"))
    assert codes() == ["T001"]
    page.toolbar.skill.setCurrentIndex(0)
    page.toolbar.grouping.setCurrentIndex(page.toolbar.grouping.findData("skills"))
    titles = [lane.title for lane in page.view.lanes.lanes if lane.row is None]
    assert titles == ["Installation", "Installation, Repair, Maintenance, Refrigerant handling"]


# ----------------------------------------------------------------------------- suggestions, menu


def test_suggestions_for_a_queued_job_assign_in_one_click(
        qtbot: QtBot, ctx: AppContext, make_tech: MakeTech, repair: JobDetail) -> None:
    tech = make_tech("T001")
    make_tech("T002", skills=("install",))
    page = open_board(qtbot, ctx)
    page.queue.select(repair.id)
    panel = page.suggestions
    assert panel.job_id == repair.id and panel.list.count() == 2
    best = panel.current()
    assert best is not None and best.technician_id == tech and best.available
    # Neither home nor site is on the map: 30 minutes are allowed for the drive at 08:30.
    # The technician and the slot, then the core's sentences; no score.
    lines = panel.list.item(0).text().splitlines()
    assert re.fullmatch(r"1\. .+ \(T001\)  11-23 09:00–10:30", lines[0])
    assert "· Arrives at 09:00." in lines
    assert "· The travel time is unknown (a place has no location): 30 min allowed." in lines
    assert any(line.startswith("· ") and "lacks the skill Repair." in line
               for line in panel.list.item(1).text().splitlines())
    assert panel.title.text() == f"Technicians for {repair.number}"
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    assert placed(ctx.db, repair) == [(tech, local(23, 9), local(23, 10, 30))]


def test_the_block_menu_changes_the_status_undoably(
        qtbot: QtBot, ctx: AppContext, admin: Actor, make_tech: MakeTech,
        repair: JobDetail) -> None:
    tech = make_tech("T001")
    info, _ = assign(ctx.db, admin, repair.id, tech, local(24, 9), local(24, 10, 30))
    page = open_board(qtbot, ctx)
    block = page.view.board_scene.block(info.id)
    assert block is not None and block.appointment is not None
    menu = page.context_menu(block.appointment)
    assert menu.print_action.isEnabled() and menu.unassign_action.isEnabled()
    assert list(menu.status_actions) == [JobStatus.DISPATCHED, JobStatus.ON_HOLD,
                                         JobStatus.CANCELLED]
    menu.status_actions[JobStatus.DISPATCHED].trigger()
    assert get_job(ctx.db, repair.id).status is JobStatus.DISPATCHED
    page.undo_action.trigger()
    assert get_job(ctx.db, repair.id).status is JobStatus.SCHEDULED
    editor = page.open_job(repair.id)
    assert editor.detail is not None and editor.detail.number == repair.number
    editor.close()


def test_the_block_menu_previews_the_jobs_sheet(
        qtbot: QtBot, ctx: AppContext, admin: Actor, make_tech: MakeTech,
        repair: JobDetail) -> None:
    tech = make_tech("T001")
    info, _ = assign(ctx.db, admin, repair.id, tech, local(24, 9), local(24, 10, 30))
    page = open_board(qtbot, ctx)
    block = page.view.board_scene.block(info.id)
    assert block is not None and block.appointment is not None
    menu = page.context_menu(block.appointment)
    assert menu.print_action.isEnabled()
    menu.print_action.trigger()
    preview = page.sheet_printer.preview_dialog
    assert preview is not None  # laid out in the (synchronous) runner, no printer involved
    assert preview.windowTitle() == f"Job sheet {repair.number}"
    expected = render_job_sheet(sheet_data(ctx.db, repair.id)).pages
    qtbot.waitUntil(lambda: preview.page_count() == expected)
    preview.close()


# ----------------------------------------------------------------------------- models, window


def test_queue_model_passes_the_model_tester(qtbot: QtBot, ctx: AppContext,
                                             make_job: MakeJob, repair: JobDetail,
                                             qtmodeltester: ModelTester) -> None:
    make_job("李娜", job_type="install", created=local(23, 5))
    page = open_board(qtbot, ctx)
    qtmodeltester.check(page.queue.model)
    proxy: QueueFilter = page.queue.proxy
    page.queue.search.setText("李娜")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1 and page.queue.title.text() == "Unassigned: 1 of 2"
    mime = page.queue.model.mimeData([page.queue.model.index(0, 0)])
    assert mime.hasFormat("application/x-fielddesk-job")


def test_the_main_window_shows_the_board(qtbot: QtBot, ctx: AppContext,
                                         make_tech: MakeTech, repair: JobDetail) -> None:
    from app.ui.board import BoardPage

    make_tech("T001")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    board = window.select_view("board")
    assert isinstance(board, BoardPage) and board.data is not None
    assert [r.code for r in board.data.rows] == ["T001"]
    assert board.queue.model.row_of(repair.id) == 0


def test_arrow_keys_walk_between_blocks(qtbot: QtBot, ctx: AppContext, admin: Actor,
                                        make_tech: MakeTech, make_job: MakeJob,
                                        repair: JobDetail) -> None:
    first, second = make_tech("T001"), make_tech("T002")
    other = make_job("李娜", created=local(23, 6, 30))
    third = make_job("王芳", created=local(23, 6, 40))
    a, _ = assign(ctx.db, admin, repair.id, first, local(24, 9), local(24, 10))
    b, _ = assign(ctx.db, admin, other.id, first, local(24, 13), local(24, 14))
    c, _ = assign(ctx.db, admin, third.id, second, local(24, 12, 30), local(24, 14))
    page = open_board(qtbot, ctx)
    page.view.setFocus()
    selected = lambda: page.view.board_scene.selected_appointment().id  # noqa: E731
    for key, expected in ((Qt.Key.Key_Right, a.id), (Qt.Key.Key_Right, b.id),
                          (Qt.Key.Key_Down, c.id), (Qt.Key.Key_Up, b.id),
                          (Qt.Key.Key_Left, a.id), (Qt.Key.Key_Left, a.id)):
        qtbot.keyClick(page.view, key)
        assert selected() == expected
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert page.view.axis.px_per_hour == pytest.approx(60)  # type: ignore[union-attr]
