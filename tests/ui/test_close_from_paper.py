"""Issue 17 point 5: Close from paper, keyed in without the mouse. The job found by its number
or by the sheet's QR code as a scanner types it, the visit's times, the checklist answers, the
parts used, signed on paper with the scanned sheet attached: written through the services."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Database
from app.models import Appointment, Attachment, AuditEntry, Job
from app.printing.qr import qr_payload
from app.services.actor import Actor
from app.services.appointments import assign
from app.services.charges import job_charges_view
from app.services.checklists import job_checklist
from app.services.jobs import JobDetail
from app.services.signatures import content_hash_in
from app.services.stock import issue_to_van
from app.ui.context import AppContext
from app.ui.dialogs.paper_dialog import ClosePaperDialog
from app.ui.main_window import MainWindow
from tests.core.conftest import MakeTech

from . import parts_support as support
from .conftest import TZ, show_active
from .parts_support import Catalogue, focused, type_here

dispatcher, supervisor, items = support.dispatcher, support.supervisor, support.items
repair, make_tech = support.repair, support.make_tech
CTRL = Qt.KeyboardModifier.ControlModifier
SAYS = {"en": "The job changed after this sheet was printed",
        "zh_CN": "打印此工单后工单已有改动"}


def booked(db: Database, supervisor: Actor, make_tech: MakeTech, job: JobDetail,
           items: Catalogue) -> str:
    """A visit of T001 on Monday 22 June 09:00-10:30, two capacitors in T001's van."""
    tech = make_tech("T001")
    issue_to_van(db, supervisor, items.capacitor, tech, 2)
    info, _ = assign(db, supervisor, job.id, tech,
                     dt.datetime(2026, 6, 22, 9, tzinfo=TZ),
                     dt.datetime(2026, 6, 22, 10, 30, tzinfo=TZ), override_reason="测试")
    return info.id


def opened(qtbot: QtBot, ctx: AppContext) -> ClosePaperDialog:
    dialog = ClosePaperDialog(ctx)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.find_field.setFocus()
    qtbot.waitUntil(lambda: focused() is dialog.find_field)
    return dialog


def test_a_signed_sheet_keyed_in_by_keyboard(
        qtbot: QtBot, ctx: AppContext, db: Database, dispatcher: Actor, supervisor: Actor,
        make_tech: MakeTech, items: Catalogue, repair: JobDetail, tmp_path: Path) -> None:
    visit_id = booked(db, supervisor, make_tech, repair, items)
    scan = tmp_path / "sheet-scan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed sheet")
    dialog = opened(qtbot, dataclasses.replace(ctx, actor=dispatcher))
    assert not dialog.body.isEnabled()
    type_here(qtbot, repair.number.lower())  # typed as it comes
    assert dialog.job is not None and dialog.job.id == repair.id
    assert repair.number in dialog.summary.text()
    assert focused() is dialog.arrival and dialog.day.date().toPython() == dt.date(2026, 6, 22)
    type_here(qtbot, "09:10", enter=False)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.finish
    type_here(qtbot, "10:05", enter=False)
    form = dialog.checklist
    assert form is not None  # a repair has its diagnosis checklist
    answers = {item.id: "ok" for item in job_checklist(db, repair.id).template.items()  # type: ignore[union-attr]
               if item.type.value == "text"}
    form.set_answers(answers)
    dialog.charges.search.field.setFocus()
    qtbot.waitUntil(lambda: focused() is dialog.charges.search.field)
    type_here(qtbot, "P-CAP")  # the capacitor, one, its old serial
    type_here(qtbot, "1")
    type_here(qtbot, "CAP-OLD-9")
    dialog.signed.setFocus()
    qtbot.keyClick(dialog.signed, Qt.Key.Key_Space)
    assert dialog.signed.isChecked()
    dialog.scan_path.setFocus()
    type_here(qtbot, str(scan), enter=False)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)

    with db.session() as s:
        appt = s.get(Appointment, visit_id)
        assert appt is not None and appt.actual_start is not None and appt.actual_end
        assert appt.actual_start.astimezone(TZ).strftime("%H:%M") == "09:10"
        assert appt.actual_end.astimezone(TZ).strftime("%H:%M") == "10:05"
        kept = s.scalars(select(Attachment).where(Attachment.job_id == repair.id)).all()
        assert [(a.filename, a.data) for a in kept] == [("sheet-scan.pdf",
                                                         b"%PDF-1.4 signed sheet")]
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "paper_sheet"))
        assert entry is not None and entry.reason == "signed on paper"
        assert entry.username == dispatcher.username
    (line,) = job_charges_view(db, repair.id).charges.lines
    assert (line.code, line.old_serial) == ("P-CAP-35", "CAP-OLD-9")
    stored = job_checklist(db, repair.id)
    assert stored is not None and all(stored.answers.get(k) == "ok" for k in answers)


def test_the_sheet_found_by_its_qr_code_as_a_scanner_types_it(
        qtbot: QtBot, ctx: AppContext, db: Database, dispatcher: Actor, items: Catalogue,
        repair: JobDetail, language: str) -> None:
    with db.session() as s:
        job = s.get(Job, repair.id)
        assert job is not None
        code = qr_payload(repair.id, content_hash_in(s, job))
    dialog = opened(qtbot, dataclasses.replace(ctx, actor=dispatcher))
    type_here(qtbot, code)
    assert dialog.job is not None and dialog.job.id == repair.id
    assert dialog.job.sheet_current and SAYS[language] not in dialog.summary.text()
    stale = code[:-1] + ("0" if code[-1] != "0" else "1")  # a sheet printed before a change
    dialog.find_field.selectAll()
    dialog.find_field.setFocus()
    type_here(qtbot, stale)
    assert dialog.job.sheet_current is False and SAYS[language] in dialog.summary.text()


def test_an_unknown_number_says_so_and_a_signed_sheet_needs_its_scan(
        qtbot: QtBot, ctx: AppContext, db: Database, dispatcher: Actor, items: Catalogue,
        repair: JobDetail) -> None:
    dialog = opened(qtbot, dataclasses.replace(ctx, actor=dispatcher))
    type_here(qtbot, "NJ01-2026-999999")
    assert dialog.job is None and "There is no job NJ01-2026-999999" in dialog.error_label.text()
    dialog.find_field.clear()
    type_here(qtbot, repair.number)
    dialog.signed.setChecked(True)
    dialog.save()
    assert dialog.result() == 0
    assert "Attach the scanned sheet" in dialog.error_label.text()


def test_the_file_menu_opens_it(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, views=[])
    qtbot.addWidget(window)
    action = window.parts_actions.close_from_paper
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    action.trigger()
    assert any(isinstance(w, ClosePaperDialog) for w in window.findChildren(ClosePaperDialog))
