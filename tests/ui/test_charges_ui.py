"""Issue 17 points 2, 3 and 8 in the UI: the job editor's Charges tab driven by keyboard (a
dispatcher types, moves with the arrows, presses Enter), each line's warranty decision with the
rule that made it, totals covered and payable, a supervisor's override with a reason, and the
signature a change after signing voids."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services.actor import Actor
from app.services.charges import catalogue_line, job_charges_view, save_lines
from app.services.jobs import JobDetail
from app.services.signatures import sign_job, signatures_of
from app.services.warranty_rules import Rule
from app.ui.charges.lines_table import OLD_SERIAL, QUANTITY, RULE, WARRANTY
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import JobEditor

from . import parts_support as support
from .conftest import FakePrompter, show_active
from .parts_support import Catalogue, focused, type_here

dispatcher, supervisor, items = support.dispatcher, support.supervisor, support.items
repair = support.repair

PNG = b"\x89PNG\r\n\x1a\n" + b"strokes"
SAYS = {"en": {"covered": "Covered", "payable": "Payable", "own": "own warranty of 120 months",
               "travel": "paid by the customer", "void": "no longer matches the job",
               "totals": ("¥1,410.00", "¥1,360.00", "¥50.00"), "override": "supervisor"},
        "zh_CN": {"covered": "保修", "payable": "自费", "own": "120 个月",
                  "travel": "由客户承担", "void": "签名与工单不再相符",
                  "totals": ("¥1,410.00", "¥1,360.00", "¥50.00"), "override": "主管"}}


def charges_tab(qtbot: QtBot, ctx: AppContext, job: JobDetail) -> JobEditor:
    editor = JobEditor(ctx, job.id)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    assert editor.charges is not None
    editor.tabs.setCurrentWidget(editor.charges)
    editor.charges.search.field.setFocus()
    qtbot.waitUntil(lambda: focused() is editor.charges.search.field)
    return editor


def test_a_dispatcher_adds_parts_and_labour_by_keyboard(
        qtbot: QtBot, ctx: AppContext, db: Database, dispatcher: Actor, items: Catalogue,
        repair: JobDetail, language: str) -> None:
    says = SAYS[language]
    editor = charges_tab(qtbot, dataclasses.replace(ctx, actor=dispatcher), repair)
    panel = editor.charges
    assert panel is not None and not panel.override_button.isVisible()
    type_here(qtbot, "ysj", enter=False)  # 压缩机 by its pinyin initials
    assert [e.code for e in panel.search.entries()] == ["P-CAP-35", "P-CMP-01"]
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # to the compressor
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is panel.quantity
    type_here(qtbot, "1")  # the quantity, then the old part's serial
    assert focused() is panel.old_serial
    type_here(qtbot, "CMP-OLD-778")
    assert focused() is panel.search.field  # ready for the next line
    for code in ("L-REP", "T-OUT"):  # labour and travel: no old serial asked
        type_here(qtbot, code)
        type_here(qtbot, "1")

    view = job_charges_view(db, repair.id)
    assert [(d.line.code, d.decision.rule) for d in view.decisions] == [
        ("P-CMP-01", Rule.PART_WARRANTY), ("L-REP", Rule.UNIT_WARRANTY),
        ("T-OUT", Rule.TRAVEL)]
    assert view.charges.lines[0].old_serial == "CMP-OLD-778"
    table = panel.table
    assert table.column_texts(WARRANTY) == [says["covered"], says["covered"], says["payable"]]
    rules = table.column_texts(RULE)
    assert says["own"] in rules[0] and says["travel"] in rules[2]
    total, covered, payable = says["totals"]
    text = panel.totals.text()
    assert total in text and covered in text and payable in text
    assert text.index(total) < text.index(covered) < text.index(payable)


def test_quantity_and_serial_edited_in_the_table_and_a_line_removed(
        qtbot: QtBot, ctx: AppContext, db: Database, dispatcher: Actor, items: Catalogue,
        repair: JobDetail) -> None:
    save_lines(db, dispatcher, repair.id, [catalogue_line(items.capacitor),
                                           catalogue_line(items.labour)])
    editor = charges_tab(qtbot, dataclasses.replace(ctx, actor=dispatcher), repair)
    panel = editor.charges
    assert panel is not None
    table = panel.table
    table.setFocus()
    table.setCurrentCell(0, QUANTITY)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    type_here(qtbot, "3")  # replaces the selected quantity, Enter commits: saved
    qtbot.waitUntil(lambda: job_charges_view(db, repair.id).charges.lines[0].quantity == 3)
    table.setCurrentCell(0, OLD_SERIAL)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    type_here(qtbot, "CAP-OLD-1")
    qtbot.waitUntil(lambda: job_charges_view(db, repair.id).charges.lines[0].old_serial != "")
    lines = job_charges_view(db, repair.id).charges.lines
    assert [(ln.code, str(ln.quantity), ln.old_serial) for ln in lines] == [
        ("P-CAP-35", "3.00", "CAP-OLD-1"), ("L-REP", "1.00", "")]
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [ln.code for ln in job_charges_view(db, repair.id).charges.lines] == ["P-CAP-35"]
    assert table.rowCount() == 1


def test_a_supervisor_overrides_a_line_with_a_reason_and_lifts_it(
        qtbot: QtBot, ctx: AppContext, db: Database, supervisor: Actor, items: Catalogue,
        repair: JobDetail, language: str) -> None:
    save_lines(db, supervisor, repair.id, [catalogue_line(items.travel)])
    editor = charges_tab(qtbot, dataclasses.replace(ctx, actor=supervisor), repair)
    panel = editor.charges
    assert panel is not None
    panel.prompter = FakePrompter("老客户，免收上门费")
    panel.table.setFocus()
    panel.table.setCurrentCell(0, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    (shown,) = job_charges_view(db, repair.id).decisions
    assert shown.decision.covered and shown.decision.rule is Rule.OVERRIDE
    assert shown.line.override_reason == "老客户，免收上门费"
    assert panel.table.column_texts(WARRANTY) == [SAYS[language]["covered"]]
    assert "老客户，免收上门费" in panel.table.column_texts(RULE)[0]
    panel.lift_button.click()
    (shown,) = job_charges_view(db, repair.id).decisions
    assert not shown.decision.covered and shown.decision.rule is Rule.TRAVEL


def test_a_dispatcher_cannot_override(qtbot: QtBot, ctx: AppContext, dispatcher: Actor,
                                      items: Catalogue, repair: JobDetail,
                                      db: Database) -> None:
    save_lines(db, dispatcher, repair.id, [catalogue_line(items.travel)])
    editor = charges_tab(qtbot, dataclasses.replace(ctx, actor=dispatcher), repair)
    panel = editor.charges
    assert panel is not None
    panel.prompter = FakePrompter("想免就免")
    panel.table.setCurrentCell(0, 0)
    panel.override_current()
    assert panel.prompter.asked == []  # type: ignore[attr-defined]
    assert not job_charges_view(db, repair.id).charges.lines[0].warranty_covered


def test_a_change_after_signing_shows_the_signature_void(
        qtbot: QtBot, ctx: AppContext, db: Database, dispatcher: Actor, items: Catalogue,
        repair: JobDetail, language: str) -> None:
    save_lines(db, dispatcher, repair.id, [catalogue_line(items.labour)])
    sign_job(db, dispatcher, repair.id, "customer", "张伟", PNG)
    editor = charges_tab(qtbot, dataclasses.replace(ctx, actor=dispatcher), repair)
    panel = editor.charges
    assert panel is not None and panel.signature_note.isHidden()
    type_here(qtbot, "T-OUT")
    type_here(qtbot, "1")
    assert [s.valid for s in signatures_of(db, repair.id)] == [False]
    assert not panel.signature_note.isHidden()
    assert SAYS[language]["void"] in panel.signature_note.text()
    assert editor.signatures is not None
    qtbot.waitUntil(lambda: editor.signatures is not None
                    and len(editor.signatures.states_shown()) == 1)
    assert editor.signatures.states_shown()[0] != editor.signatures.tr("Valid")


def test_the_warranty_finding_voids_the_lines(qtbot: QtBot, ctx: AppContext, db: Database,
                                              dispatcher: Actor, items: Catalogue,
                                              repair: JobDetail) -> None:
    save_lines(db, dispatcher, repair.id, [catalogue_line(items.labour)])
    editor = charges_tab(qtbot, dataclasses.replace(ctx, actor=dispatcher), repair)
    panel = editor.charges
    assert panel is not None
    combo = panel.void_combo
    combo.setFocus()
    index = combo.findData("damage")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    (shown,) = job_charges_view(db, repair.id).decisions
    assert shown.decision.rule is Rule.VOID and not shown.decision.covered
    assert panel.table.column_texts(WARRANTY) == ["Payable"]
