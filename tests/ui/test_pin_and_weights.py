"""Issue 19 point 3's leftovers: the day planner's weights on their own Settings page (saved,
audited, read by the planner), and a visit pinned on the board (P, or the block's menu;
undoable) stays where it is when the day is planned, where unpinned it would move."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Appointment, AuditEntry
from app.scheduling.proposal import Change
from app.services.appointments import assign
from app.services.settings_sections import Planning
from app.services.station_settings import get_section
from app.ui.board import BoardPage
from app.ui.context import AppContext
from app.ui.settings.settings_dialog import SettingsDialog
from tests.core import conftest as core
from tests.core.conftest import MakeTech

from .board_helpers import MONDAY, local, open_board
from .conftest import MakeJob

make_tech = core.make_tech
pytestmark = pytest.mark.usefixtures("user_settings")


def test_the_planners_weights_have_their_settings_page(qtbot: QtBot, ctx: AppContext,
                                                       tmp_path: Path) -> None:
    dialog = SettingsDialog(replace(ctx, db_path=tmp_path / "station.sqlite"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled)
    titles = [dialog.nav.item(n).text() for n in range(dialog.nav.count())]
    dialog.nav.setCurrentRow(titles.index("Day planner"))
    page = dialog.planning_page
    assert dialog.stack.currentWidget() is page and page.isEnabled()
    assert {k: s.value() for k, s in page.spins.items()} == {
        "job": 240, "promise": 600, "overdue": 600, "balance": 1}  # the defaults shown
    page.spins["promise"].setValue(900)
    page.spins["balance"].setValue(5)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert get_section(ctx.db, Planning) == Planning(promise=900, balance=5)
    assert get_section(ctx.db, Planning).weights().promise == 900  # what the planner reads
    with ctx.db.session() as s:
        after = s.scalars(select(AuditEntry.after).where(
            AuditEntry.entity == "station_settings").order_by(AuditEntry.at.desc())).first()
    assert after is not None  # audited field by field (first stored: every field)
    assert (after["planning.promise"], after["planning.balance"]) == (900, 5)


def pinned(ctx: AppContext, appt_id: str) -> bool:
    with ctx.db.session() as s:
        appt = s.get(Appointment, appt_id)
        assert appt is not None
        return appt.pinned


def proposed_change(qtbot: QtBot, page: BoardPage, appt_id: str) -> Change | None:
    """Plan Monday; what the proposal does with the visit (None: it leaves it out of the
    plan, as a pinned one), then reject the proposal."""
    dialog = page.plan_dialog()
    dialog.day.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    dialog.seconds.setValue(1)
    QTimer.singleShot(0, dialog.plan_button.click)
    page.plan_day(dialog)
    qtbot.waitUntil(lambda: page.plan_panel.proposal is not None)
    proposal = page.plan_panel.proposal
    assert proposal is not None
    found = next((v.change for v in proposal.visits if v.appointment_id == appt_id), None)
    qtbot.mouseClick(page.plan_panel.reject_button, Qt.MouseButton.LeftButton)
    return found


def test_a_pinned_visit_stays_where_it_is_when_the_day_is_planned(
        qtbot: QtBot, ctx: AppContext, make_tech: MakeTech, make_job: MakeJob) -> None:
    tech = make_tech("T001")
    urgent = make_job(priority="urgent", created=local(23, 6), estimated_minutes=60)
    appt, _ = assign(ctx.db, ctx.actor, urgent.id, tech, local(23, 15))  # after its promise
    page = open_board(qtbot, ctx)
    assert proposed_change(qtbot, page, appt.id) is Change.MOVED  # earlier: the promise met

    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)  # the block
    qtbot.keyClick(page.view, Qt.Key.Key_P)
    assert pinned(ctx, appt.id)
    assert page.undo_stack.undoText() == f"Pin {urgent.number}"
    qtbot.waitUntil(lambda: page.view.board_scene.block(appt.id).appointment.pinned)  # type: ignore[union-attr]
    assert proposed_change(qtbot, page, appt.id) is None  # pinned: the plan leaves it

    block = page.view.board_scene.block(appt.id)
    assert block is not None and block.appointment is not None
    menu = page.context_menu(block.appointment)
    assert menu.pin_action.text() == "Unpin the visit" and menu.pin_action.isEnabled()
    assert menu.pin_action.shortcut().toString() == "P"
    menu.pin_action.trigger()
    menu.close()
    assert not pinned(ctx, appt.id)
    page.undo_action.trigger()  # pinned again
    assert pinned(ctx, appt.id)
    page.redo_action.trigger()
    assert not pinned(ctx, appt.id)
