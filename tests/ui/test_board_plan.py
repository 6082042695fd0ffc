"""Plan day on the board: the proposal as ghosts and a panel, Accept as one undoable step,
Reject leaving nothing; "Fit this job in" beside the suggestions."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services.appointments import appointments_of
from app.services.jobs import JobDetail
from app.ui.board import BoardPage
from app.ui.context import AppContext
from tests.core import conftest as core
from tests.core.conftest import MakeTech

from .board_helpers import MONDAY, local, open_board
from .conftest import MakeJob

make_tech = core.make_tech


def booked(db: Database, *jobs: JobDetail) -> list[str]:
    return [a.technician_id for j in jobs for a in appointments_of(db, j.id)
            if a.status.value != "cancelled"]


def plan_monday(qtbot: QtBot, page: BoardPage) -> None:
    dialog = page.plan_dialog()
    dialog.day.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    dialog.seconds.setValue(1)
    QTimer.singleShot(0, dialog.plan_button.click)  # the dispatcher presses Plan
    page.plan_day(dialog)
    qtbot.waitUntil(lambda: page.plan_panel.proposal is not None)


def test_accepting_a_plan_books_every_visit_and_undo_takes_them_back(
        qtbot: QtBot, ctx: AppContext, make_tech: MakeTech, make_job: MakeJob) -> None:
    tech = make_tech("T001")
    jobs = [make_job(phone=f"1391234567{i}", created=local(23, 6), estimated_minutes=60)
            for i in range(2)]
    page = open_board(qtbot, ctx)

    plan_monday(qtbot, page)

    assert page.plan_panel.isVisible()
    assert len(page.view.plan_ghosts.items) == 2 and all(
        g.isVisible() for g in page.view.plan_ghosts.items)
    assert "Before: 0 min of travel, 0 jobs planned" in page.plan_panel.summary.text()
    assert "2 jobs planned" in page.plan_panel.summary.text()
    assert booked(ctx.db, *jobs) == []  # nothing written before Accept

    qtbot.mouseClick(page.plan_panel.accept_button, Qt.MouseButton.LeftButton)

    assert booked(ctx.db, *jobs) == [tech, tech], page.message_label.text()
    assert page.undo_stack.count() == 1 and page.undo_stack.undoText() == "Plan 2026-11-23"
    assert page.view.plan_ghosts.items == [] and not page.plan_panel.isVisible()
    qtbot.waitUntil(lambda: len(page.view.board_scene.blocks) == 2)

    page.undo_action.trigger()
    assert booked(ctx.db, *jobs) == []
    qtbot.waitUntil(lambda: page.view.board_scene.blocks == {})
    page.redo_action.trigger()
    assert booked(ctx.db, *jobs) == [tech, tech]


def test_rejecting_a_plan_leaves_nothing(
        qtbot: QtBot, ctx: AppContext, make_tech: MakeTech, make_job: MakeJob) -> None:
    make_tech("T001")
    job = make_job(created=local(23, 6))
    page = open_board(qtbot, ctx)
    plan_monday(qtbot, page)

    qtbot.mouseClick(page.plan_panel.reject_button, Qt.MouseButton.LeftButton)

    assert page.view.plan_ghosts.items == [] and not page.plan_panel.isVisible()
    assert booked(ctx.db, job) == [] and page.undo_stack.count() == 0


def test_fit_this_job_in_offers_its_best_place(
        qtbot: QtBot, ctx: AppContext, make_tech: MakeTech, make_job: MakeJob) -> None:
    tech = make_tech("T001")
    job = make_job(created=local(23, 6))
    page = open_board(qtbot, ctx)
    page.suggestions.show_job(job.id, job.number, MONDAY)

    qtbot.mouseClick(page.suggestions.fit_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.plan_panel.proposal is not None)
    [visit] = page.plan_panel.proposal.visits  # type: ignore[union-attr]
    assert (visit.job_id, visit.technician_id) == (job.id, tech)
    qtbot.mouseClick(page.plan_panel.accept_button, Qt.MouseButton.LeftButton)
    assert booked(ctx.db, job) == [tech]
