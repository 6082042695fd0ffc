"""Issue 17 point 4 in the UI (Tools › Stock…): a place's levels, a receipt and an issue to a
van by keyboard, a return, a stock-take recording its differences, the low-stock list, old
parts claimed, and a count that would go below zero: refused for a dispatcher, a supervisor's
reason asked and kept."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Database
from app.models import StockMovement
from app.services.actor import Actor
from app.services.charges import catalogue_line, save_lines
from app.services.jobs import JobDetail
from app.services.stock import stock_levels
from app.services.stock_jobs import old_parts
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.parts.stock_dialog import COUNTED, StockDialog
from tests.core.conftest import MakeTech

from . import parts_support as support
from .conftest import FakePrompter, show_active
from .parts_support import Catalogue, focused, type_here

dispatcher, supervisor, items = support.dispatcher, support.supervisor, support.items
repair, make_tech = support.repair, support.make_tech
SAYS = {"en": ("Stock", "Only 2 台 of P-CMP-01"), "zh_CN": ("库存", "只有 P-CMP-01 2 台")}


def level(db: Database, code: str, tech: str | None = None) -> Decimal:
    return next((lv.quantity for lv in stock_levels(db, tech)
                 if lv.code == code and (lv.technician_code or None) == tech), Decimal(0))


def opened(qtbot: QtBot, ctx: AppContext) -> StockDialog:
    dialog = StockDialog(ctx)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def to_van(qtbot: QtBot, dialog: StockDialog, code: str) -> None:
    dialog.place.setFocus()
    qtbot.waitUntil(lambda: focused() is dialog.place)
    qtbot.keyClick(dialog.place, Qt.Key.Key_Down)  # the first van
    assert dialog.place.currentData()[1] == code


def test_receive_and_issue_to_a_van_by_keyboard(
        qtbot: QtBot, ctx: AppContext, db: Database, dispatcher: Actor, items: Catalogue,
        make_tech: MakeTech, language: str) -> None:
    make_tech("T001")
    dialog = opened(qtbot, dataclasses.replace(ctx, actor=dispatcher))
    assert dialog.windowTitle() == SAYS[language][0]
    assert dialog.levels.column_texts(0) == ["P-CAP-35", "P-CMP-01"]  # the store lists all
    assert dialog.levels.column_texts(2) == ["10", "2"]
    dialog.search.setFocus()
    type_here(qtbot, "P-CAP")
    type_here(qtbot, "5")  # received into the store
    assert level(db, "P-CAP-35") == 15 and dialog.levels.column_texts(2)[0] == "15"
    to_van(qtbot, dialog, "T001")
    dialog.search.setFocus()
    type_here(qtbot, "P-CAP")
    type_here(qtbot, "3")  # issued to T001's van
    assert level(db, "P-CAP-35", "T001") == 3 and level(db, "P-CAP-35") == 12
    assert dialog.levels.column_texts(0) == ["P-CAP-35"]
    dialog.search.setFocus()
    type_here(qtbot, "P-CAP")
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_here(qtbot, "1", enter=False)
    for _ in range(2):  # past Issue to Return (Receive is off for a van)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.return_button
    qtbot.keyClick(dialog.return_button, Qt.Key.Key_Space)
    assert level(db, "P-CAP-35", "T001") == 2 and level(db, "P-CAP-35") == 13


def test_below_zero_refused_for_a_dispatcher_and_taken_with_a_supervisors_reason(
        qtbot: QtBot, ctx: AppContext, db: Database, dispatcher: Actor, supervisor: Actor,
        items: Catalogue, make_tech: MakeTech, language: str) -> None:
    make_tech("T001")
    dialog = opened(qtbot, dataclasses.replace(ctx, actor=dispatcher))
    to_van(qtbot, dialog, "T001")
    dialog.search.setFocus()
    type_here(qtbot, "P-CMP")
    type_here(qtbot, "3")  # the store holds 2
    assert SAYS[language][1] in dialog.error_label.text()
    assert level(db, "P-CMP-01") == 2
    boss = opened(qtbot, dataclasses.replace(ctx, actor=supervisor))
    boss.prompter = FakePrompter("厂家补货在途，先借出")
    to_van(qtbot, boss, "T001")
    boss.search.setFocus()
    type_here(qtbot, "P-CMP")
    type_here(qtbot, "3")
    assert level(db, "P-CMP-01") == -1 and level(db, "P-CMP-01", "T001") == 3
    with db.session() as s:
        reasons = set(s.scalars(select(StockMovement.reason).where(
            StockMovement.kind == "issue")))
    assert reasons == {"厂家补货在途，先借出"}


def test_a_stock_take_records_the_differences_and_the_low_list_follows(
        qtbot: QtBot, ctx: AppContext, db: Database, items: Catalogue) -> None:
    dialog = opened(qtbot, ctx)
    assert dialog.low.column_texts(0) == []  # 10 capacitors over 5, 2 compressors over 1
    table = dialog.levels
    table.setFocus()
    table.setCurrentCell(0, COUNTED)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    type_here(qtbot, "4")  # capacitors: 10 in the books, 4 on the shelf
    qtbot.waitUntil(lambda: table.text_at(0, COUNTED) == "4")  # the editor commits queued
    dialog.take_button.click()
    assert level(db, "P-CAP-35") == 4
    assert "P-CAP-35" in dialog.differences.text() and "10" in dialog.differences.text()
    assert dialog.low.column_texts(0) == ["P-CAP-35"]


def test_old_parts_back_from_a_job_and_claimed(
        qtbot: QtBot, ctx: AppContext, db: Database, supervisor: Actor, items: Catalogue,
        repair: JobDetail) -> None:
    view, _ = save_lines(db, supervisor, repair.id, [
        catalogue_line(items.compressor, old_serial="CMP-OLD-778")])
    from app.services.stock_jobs import return_old_part
    return_old_part(db, supervisor, view.charges.lines[0].id)
    dialog = opened(qtbot, ctx)
    assert dialog.old_parts.column_texts(3) == ["CMP-OLD-778"]
    dialog.old_parts.selectRow(0)
    dialog.claim_ref.setText("GREE-CLAIM-2026-0612")
    dialog.claim_button.click()
    assert old_parts(db) == [] and dialog.old_parts.rowCount() == 0
    assert old_parts(db, unclaimed_only=False)[0].claim_ref == "GREE-CLAIM-2026-0612"


def test_the_tools_menu_opens_it(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, views=[])
    qtbot.addWidget(window)
    window.parts_actions.stock.trigger()
    assert window.findChildren(StockDialog)
