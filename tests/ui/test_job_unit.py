"""Issue 22 point 2 in the UI: the new-job dialog and the job editor name the job's unit (one of
the customer's at the job's site, or a new one), and it reaches the checklist's facts and the
printed sheet; the editor also lists the job's visits (point 3)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from app.db import Database
from app.models.enums import JobType
from app.services.actor import Actor
from app.services.appointments import assign
from app.services.checklists import job_checklist
from app.services.customers import EquipmentInput, add_equipment
from app.services.job_sheet_data import sheet_data
from app.services.jobs import JobDetail, get_job
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import JobEditor
from tests.core import conftest as core
from tests.core.conftest import MakeTech

from .conftest import TZ, MakeJob, enter_new_customer, type_text

make_tech = core.make_tech

UNIT = EquipmentInput("格力", "KFR-35GW/NhGc1B", "GR2024A0001", "GR2024B0001", "R32",
                      warranty_end=dt.date(2030, 6, 30))


@pytest.fixture
def caller(db: Database, admin: Actor, make_job: MakeJob) -> tuple[JobDetail, str]:
    """A known customer (an old job) with one unit at their site."""
    old = make_job(name="周杰", phone="13700001111", address="江苏省南京市玄武区长江路5号")
    unit_id, _ = add_equipment(db, admin, old.site_id, UNIT)
    return old, unit_id


def new_editor(qtbot: QtBot, ctx: AppContext, job_id: str | None = None) -> JobEditor:
    editor = JobEditor(ctx, job_id)
    qtbot.addWidget(editor)
    return editor


def test_a_repair_names_the_callers_unit_and_the_sheet_and_checklist_show_it(
        qtbot: QtBot, ctx: AppContext, db: Database, caller: tuple[JobDetail, str]) -> None:
    old, unit_id = caller
    editor = new_editor(qtbot, ctx)
    picker = editor.form.equipment
    assert [picker.combo.itemText(i) for i in range(picker.combo.count())] == [
        "No unit named", "New unit…"]  # nobody chosen yet
    type_text(editor.customer.search, "13700001111")
    editor.customer.search_now()
    assert picker.combo.count() == 3
    picker.select(unit_id)
    assert picker.combo.currentText() == "格力 KFR-35GW/NhGc1B, serial GR2024A0001"
    assert picker.details.text() == (
        "Indoor GR2024A0001 / outdoor GR2024B0001, R32; warranty: Until 2030-06-30")
    type_text(editor.form.symptom, "不制冷")
    editor.save()

    assert editor.record_id is not None and editor.record_id != old.id
    job = get_job(db, editor.record_id)
    assert job.equipment_id == unit_id and job.equipment is not None
    sheet = sheet_data(db, job.id)
    assert sheet.equipment is not None
    assert (sheet.equipment.model, sheet.equipment.indoor_serial) == (
        "KFR-35GW/NhGc1B", "GR2024A0001")
    checklist = job_checklist(db, job.id)
    assert checklist is not None and checklist.facts["model"] == "KFR-35GW/NhGc1B"
    assert checklist.facts["refrigerant"] == "R32"


def test_a_new_customers_installation_registers_its_new_unit(
        qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    editor = new_editor(qtbot, ctx)
    enter_new_customer(qtbot, editor)
    form = editor.form
    form.type_combo.setCurrentIndex(form.type_combo.findData(JobType.INSTALL.value))
    assert form.symptom_label.text() == "Installation request"  # not "Symptom"
    form.equipment.choose_new()
    new = form.equipment.new_form
    assert not new.isHidden() and new.capacity.isHidden()  # the phone call's few fields
    type_text(new.brand, "美的")
    qtbot.keyClicks(new.model, "KFR-26GW")
    qtbot.keyClicks(new.indoor_serial, "MD-IN-1")
    new.purchase_date.set_date(dt.date(2026, 11, 20))
    editor.save()

    assert editor.record_id is not None, editor.error_label.text()
    job = get_job(db, editor.record_id)
    assert job.equipment is not None
    assert (job.equipment.brand, job.equipment.model, job.equipment.indoor_serial,
            job.equipment.purchase_date) == ("美的", "KFR-26GW", "MD-IN-1", dt.date(2026, 11, 20))
    assert job.equipment.site_id == job.site_id


def test_editing_a_job_keeps_its_unit_unless_changed(
        qtbot: QtBot, ctx: AppContext, db: Database, admin: Actor,
        caller: tuple[JobDetail, str]) -> None:
    old, unit_id = caller
    editor = new_editor(qtbot, ctx, old.id)
    editor.form.equipment.select(unit_id)
    editor.save()
    assert get_job(db, old.id).equipment_id == unit_id

    again = new_editor(qtbot, ctx, old.id)
    assert again.form.equipment.combo.currentData() == unit_id  # shown, and passed back
    again.form.minutes.setValue(120)
    again.save()
    job = get_job(db, old.id)
    assert (job.equipment_id, job.estimated_minutes) == (unit_id, 120)

    third = new_editor(qtbot, ctx, old.id)
    third.form.equipment.select(None)  # "No unit named"
    third.save()
    assert get_job(db, old.id).equipment_id is None


def test_the_editor_lists_who_is_booked_when(
        qtbot: QtBot, ctx: AppContext, db: Database, admin: Actor, make_job: MakeJob,
        make_tech: MakeTech) -> None:
    job = make_job()
    editor = new_editor(qtbot, ctx, job.id)
    assert editor.visits is not None
    assert editor.visits.rows() == [
        ["Nobody is booked yet: assign a technician on the board.", "", "", ""]]
    tech = make_tech("T001")
    start = dt.datetime(2026, 11, 24, 9, tzinfo=TZ)
    assign(db, admin, job.id, tech, start, start + dt.timedelta(minutes=90))
    editor.reload()
    (row,) = editor.visits.rows()
    assert row == ["陈师傅 (T001)", "2026-11-24 09:00–10:30", "Booked", ""]  # not arrived yet
