"""Issue 22 point 9: a dispatcher's first hour, walked through the main window in both
languages (offscreen, the synchronous lane): a repair for a known customer found by phone with
their unit, a new customer's installation located offline and pinned on the map, a visit
scheduled from the suggestions at a slot the technician can reach, the sheet saved as a PDF
into the documents folder and read back. Each step asserts what the dispatcher sees."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services.actor import Actor
from app.services.appointments import appointments_of
from app.services.customers import (
    CustomerInput,
    EquipmentInput,
    SiteInput,
    add_equipment,
    create_customer,
)
from app.services.jobs import get_job
from app.ui import labels
from app.ui.board import BoardPage
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import JobEditor
from app.ui.i18n import install_translator
from app.ui.main_window import MainWindow
from app.ui.map import MapPage
from app.ui.views.jobs_view import JobsView
from app.ui.views.registry import VIEWS
from tests.core import conftest as core
from tests.core.conftest import MakeTech
from tests.geo.test_locating import XUANWU, XUANWU_CENTRE
from tests.geo.test_locating import unreachable as unreachable_geocoder

from .conftest import TZ, show_active, type_text

make_tech, unreachable = core.make_tech, unreachable_geocoder
CTRL = Qt.KeyboardModifier.ControlModifier
PHONE = "13700001111"
MODEL = "KFR-35GW/NhGc1B"
# What the dispatcher reads, in each language.
SEES = {
    "en": {"jobs": "1 job", "located": "located, District · Offline gazetteer",
           "offline": "The online geocoder cannot be reached", "request": "Installation request",
           "for": "Technicians for {number}", "arrives": "· Arrives at 09:00.",
           "saved": "Saved {pages} pages to {file}.", "booked": "Booked",
           "technician": "陈师傅 (T001)"},
    "zh_CN": {"jobs": "1 个工单", "located": "已定位，区县级 · 离线行政区划库",
              "offline": "在线定位服务无法连接", "request": "安装要求",
              "for": "{number} 可指派的师傅", "arrives": "· 09:00 到达。",
              "saved": "已将 {pages} 页保存到 {file}。", "booked": "已预约",
              "technician": "陈师傅（T001）"},
}


def next_monday_morning() -> dt.datetime:
    """07:00 of the coming Monday, station time: a working day ahead, whenever the test runs."""
    today = dt.datetime.now(TZ).date()
    monday = today + dt.timedelta(days=7 - today.weekday())
    return dt.datetime.combine(monday, dt.time(7), TZ)


@pytest.fixture
def station(ctx: AppContext, unreachable: None, admin: Actor, make_tech: MakeTech,
            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[AppContext, str]:
    """One technician, a known customer with a unit, the online geocoder out of reach (the
    app's own geocoding chain), the documents folder a folder of the test."""
    make_tech("T001", name="陈师傅")
    known, _ = create_customer(ctx.db, admin, CustomerInput("周杰", PHONE),
                               SiteInput("江苏省南京市鼓楼区中山北路100号"))
    unit_id, _ = add_equipment(ctx.db, admin, known.site_id,
                               EquipmentInput("格力", MODEL, "GR2024A0001", "GR2024B0001"))
    (tmp_path / "home" / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    return dataclasses.replace(ctx, geocoding=None), unit_id


def open_desk(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    """The main window as the dispatcher opens it at 07:00 on a Monday (board and map on
    that clock)."""
    now = next_monday_morning()
    builders = {"board": lambda c: BoardPage(c, clock=lambda: now),
                "map": lambda c: MapPage(c, clock=lambda: now)}
    views = [dataclasses.replace(spec, build=builders.get(spec.key, spec.build))
             for spec in VIEWS]
    window = MainWindow(ctx, views)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    show_active(qtbot, window)
    return window


def repair_for_a_known_caller(qtbot: QtBot, window: MainWindow, unit_id: str,
                              sees: dict[str, str]) -> str:
    window.app_actions.new_job.trigger()  # Ctrl+N
    jobs = window.views["jobs"]
    assert isinstance(jobs, JobsView) and jobs.editor is not None
    editor: JobEditor = jobs.editor
    show_active(qtbot, editor)
    assert QApplication.focusWidget() is editor.customer.search  # typing starts there
    type_text(editor.customer.search, PHONE)
    editor.customer.search_now()
    assert editor.customer.results.currentItem().text().startswith(f"周杰  {PHONE}")
    picker = editor.form.equipment
    picker.select(unit_id)
    assert MODEL in picker.combo.currentText() and "GR2024A0001" in picker.details.text()
    type_text(editor.form.symptom, "不制冷")
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(editor.form.symptom, Qt.Key.Key_Return, CTRL)
    assert editor.record_id is not None
    assert jobs.count_label.text() == sees["jobs"]
    assert get_job(jobs._ctx.db, editor.record_id).equipment_id == unit_id
    return editor.record_id


def installation_for_a_new_caller(qtbot: QtBot, window: MainWindow,
                                  sees: dict[str, str]) -> str:
    window.app_actions.new_job.trigger()
    jobs = window.views["jobs"]
    assert isinstance(jobs, JobsView) and jobs.editor is not None
    editor: JobEditor = jobs.editor
    show_active(qtbot, editor)
    section = editor.customer
    qtbot.keyClick(section.search, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(section.existing_radio, Qt.Key.Key_Right)  # to "new customer"
    assert section.new_radio.isChecked()
    type_text(section.name, "孙丽")
    qtbot.keyClicks(section.phone, "13655556666")
    type_text(section.address, XUANWU)
    form = editor.form
    form.type_combo.setCurrentIndex(form.type_combo.findData("install"))
    assert form.symptom_label.text() == sees["request"]
    form.equipment.choose_new()
    type_text(form.equipment.new_form.brand, "美的")
    qtbot.keyClicks(form.equipment.new_form.model, "KFR-26GW")
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(section.address, Qt.Key.Key_Return, CTRL)
    assert editor.record_id is not None
    located = jobs.located.text()
    assert located.startswith(XUANWU) and sees["located"] in located
    assert sees["offline"] in located  # said in one sentence, no raw error
    assert "nominatim" not in located.lower() and "Error" not in located
    page = window.select_view("map")
    assert isinstance(page, MapPage)
    pin = page.view.pins.job(editor.record_id)
    assert pin is not None and (pin.lat, pin.lon) == XUANWU_CENTRE
    return editor.record_id


def schedule_from_the_suggestions(window: MainWindow, job_id: str, db: Database,
                                  sees: dict[str, str]) -> None:
    board = window.select_view("board")
    assert isinstance(board, BoardPage)
    board.queue.select(job_id)
    panel = board.suggestions
    number = get_job(db, job_id).number
    assert panel.title.text() == sees["for"].format(number=number)
    best = panel.current()
    assert best is not None and best.available and best.slot_start is not None
    lines = panel.list.currentItem().text().splitlines()
    assert sees["technician"] in lines[0] and sees["arrives"] in lines  # 08:30 + 30 allowed
    panel.assign_button.click()
    (visit,) = appointments_of(db, job_id)
    assert visit.start.astimezone(TZ).time() == dt.time(9)
    editor = JobEditor(board._ctx, job_id)
    assert editor.visits is not None
    row = editor.visits.rows()[0]
    assert row[0] == sees["technician"] and row[2] == sees["booked"] == labels.visit_status(
        visit.status)
    editor.deleteLater()


def print_the_sheet(qtbot: QtBot, window: MainWindow, job_id: str, db: Database,
                    monkeypatch: pytest.MonkeyPatch, sees: dict[str, str]) -> None:
    jobs = window.select_view("jobs")
    assert isinstance(jobs, JobsView)
    jobs.select_record(job_id)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _caption, proposed, filters: (proposed, filters))
    qtbot.mouseClick(jobs.sheet.save_button, Qt.MouseButton.LeftButton)
    number = get_job(db, job_id).number
    written = Path.home() / "Documents" / f"{number}.pdf"
    pages = PdfReader(written).pages
    assert jobs.sheet.status.text() == sees["saved"].format(pages=len(pages), file=written)
    text = "".join(page.extract_text() for page in pages)
    assert number in text and MODEL in text


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_first_hour(qtbot: QtBot, qapp: QApplication, station: tuple[AppContext, str],
                        db: Database, monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    install_translator(qapp, language)
    labels.clear()
    ctx, unit_id = station
    window = open_desk(qtbot, ctx)
    sees = SEES[language]
    repair = repair_for_a_known_caller(qtbot, window, unit_id, sees)
    installation = installation_for_a_new_caller(qtbot, window, sees)
    schedule_from_the_suggestions(window, installation, db, sees)
    print_the_sheet(qtbot, window, repair, db, monkeypatch, sees)
