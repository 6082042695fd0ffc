"""The technicians view, its table model and the technician editor, on a real SQLite station."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QBrush, QIcon, QImage
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QLineEdit, QStyle, QTimeEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.config import Config
from app.db import Database
from app.models.enums import CertKind, Skill
from app.services.actor import Actor
from app.services.appointments import assign
from app.services.changes import Changes
from app.services.technicians import (
    AbsenceInput,
    CertificationInput,
    ShiftInput,
    TechnicianForm,
    TechnicianInput,
    get_technician,
    list_technicians,
    save_technician,
)
from app.ui.context import AppContext
from app.ui.dialogs.technician_editor import TechnicianEditor
from app.ui.itemmodels.technician_table_model import (
    EXPIRED,
    EXPIRY_ROLE,
    Column,
    Expiry,
    TechnicianTableModel,
    expiring_before,
)
from app.ui.main_window import MainWindow
from app.ui.screenshot import take_screenshot
from app.ui.views.technicians_view import TechniciansView
from tests.core import conftest as core

from .conftest import TZ, MakeJob, announced, type_text

supervisor = core.supervisor

TODAY = dt.date.today()
Techs = dict[str, str]  # code -> id


@pytest.fixture
def techs(db: Database, admin: Actor) -> Techs:
    """T001 (refrigeration certificate expired), T002 (one expiring in 10 days), T003 inactive."""
    forms = [
        TechnicianForm(
            TechnicianInput("T001", "陈师傅", "13900000001", "鼓楼组",
                            ("install", "refrigerant"), max_jobs_per_day=5),
            (CertificationInput("refrigeration", "ZL-001", TODAY - dt.timedelta(days=3)),),
            (ShiftInput(0, dt.time(8, 30), dt.time(17, 30)),),
            (AbsenceInput(dt.datetime(2025, 7, 1, 9, tzinfo=TZ),
                          dt.datetime(2025, 7, 1, 18, tzinfo=TZ), "体检"),),
        ),
        TechnicianForm(
            TechnicianInput("T002", "王师傅", team="江宁组", skills=("repair", "electrical")),
            (CertificationInput("electrician", "DG-002", TODAY + dt.timedelta(days=10)),
             CertificationInput("height", "GC-002", TODAY + dt.timedelta(days=400))),
        ),
        TechnicianForm(TechnicianInput("T003", "李师傅", team="鼓楼组", active=False)),
    ]
    return {f.technician.code: save_technician(db, admin, None, f)[0] for f in forms}


def make_view(qtbot: QtBot, ctx: AppContext) -> tuple[TechniciansView, list[Changes]]:
    view = TechniciansView(ctx)
    reported = announced(ctx, view)  # as the main window does: tell the view back
    qtbot.addWidget(view)
    view.activate()
    return view, reported


def codes(view: TechniciansView) -> list[str]:
    return [view.proxy.index(r, Column.CODE).data() for r in range(view.proxy.rowCount())]


def editor_for(qtbot: QtBot, ctx: AppContext, tech_id: str | None = None) -> TechnicianEditor:
    editor = TechnicianEditor(ctx, tech_id)
    qtbot.addWidget(editor)
    return editor


# ----------------------------------------------------------------------------- the list


def test_list_shows_the_active_technicians(qtbot: QtBot, ctx: AppContext, techs: Techs) -> None:
    view, _ = make_view(qtbot, ctx)
    assert codes(view) == ["T001", "T002"]
    assert view.count_label.text() == "2 technicians"
    assert view.proxy.index(0, Column.NAME).data() == "陈师傅"
    assert view.proxy.index(0, Column.SKILLS).data() == "Install, Refrigerant"
    tip = view.proxy.index(0, Column.SKILLS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Installation, Refrigerant handling"
    assert view.proxy.index(0, Column.MAX_JOBS).data() == "5"
    certs = view.proxy.index(1, Column.EXPIRING).data()
    assert certs == f"Low-voltage electrician expires {(TODAY + dt.timedelta(days=10)):%Y-%m-%d}"
    assert view.proxy.index(1, Column.EXPIRED).data() == ""  # expired and expiring apart
    expired = f"Refrigeration operator expired {(TODAY - dt.timedelta(days=3)):%Y-%m-%d}"
    assert view.proxy.index(0, Column.EXPIRED).data() == expired
    assert view.proxy.index(0, Column.EXPIRING).data() == ""
    view.inactive_check.setChecked(True)
    assert codes(view) == ["T001", "T002", "T003"]
    assert view.proxy.index(2, Column.ACTIVE).data() == "No"


def test_search_filters_by_code_name_team_and_skill(qtbot: QtBot, ctx: AppContext,
                                                    techs: Techs) -> None:
    view, _ = make_view(qtbot, ctx)
    for text, expected in [("t002", ["T002"]), ("陈", ["T001"]), ("江宁", ["T002"]),
                           ("electrical", ["T002"]), ("refrigerant hand", ["T001"]),
                           ("nobody", []), ("", ["T001", "T002"])]:
        view.search.setText(text)
        assert codes(view) == expected, text
    view.search.setText("鼓楼组")
    assert view.count_label.text() == "1 of 2 technicians"
    view.inactive_check.setChecked(True)
    assert codes(view) == ["T001", "T003"]


def test_header_click_sorts_numbers_as_numbers(qtbot: QtBot, ctx: AppContext,
                                               techs: Techs) -> None:
    view, _ = make_view(qtbot, ctx)
    view.table.sortByColumn(Column.MAX_JOBS, Qt.SortOrder.AscendingOrder)
    assert codes(view) == ["T001", "T002"]  # 5 before 6
    view.table.sortByColumn(Column.CODE, Qt.SortOrder.DescendingOrder)
    assert codes(view) == ["T002", "T001"]


def test_technician_changes_refresh_the_list(qtbot: QtBot, ctx: AppContext, admin: Actor,
                                             techs: Techs) -> None:
    view, _ = make_view(qtbot, ctx)
    save_technician(ctx.db, admin, None, TechnicianForm(TechnicianInput("T004", "赵师傅")))
    view.on_changes(Changes.JOBS)
    assert codes(view) == ["T001", "T002"]
    view.on_changes(Changes.TECHNICIANS)
    assert codes(view) == ["T001", "T002", "T004"]


def test_main_window_shows_the_technicians_view(qtbot: QtBot, ctx: AppContext,
                                                techs: Techs) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.select_view("technicians")
    assert isinstance(view, TechniciansView) and codes(view) == ["T001", "T002"]


def test_screenshot_of_the_technicians_view(qtbot: QtBot, techs: Techs, tmp_path: Path) -> None:
    config = Config(db_path=tmp_path / "station.sqlite")
    technicians_png, board_png = tmp_path / "technicians.png", tmp_path / "board.png"
    take_screenshot(config, "technicians", technicians_png)
    take_screenshot(config, "board", board_png)
    image = QImage(str(technicians_png))
    assert (image.width(), image.height()) == (1400, 900)
    assert image != QImage(str(board_png))


# ----------------------------------------------------------------------------- the model


def test_model_passes_the_model_tester(ctx: AppContext, techs: Techs,
                                       qtmodeltester: ModelTester) -> None:
    model = TechnicianTableModel()
    model.set_rows(list_technicians(ctx.db, True, expiring_before(TODAY)), TODAY)
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_proxy_passes_the_model_tester(qtbot: QtBot, ctx: AppContext, techs: Techs,
                                       qtmodeltester: ModelTester) -> None:
    view, _ = make_view(qtbot, ctx)
    view.search.setText("师傅")
    qtmodeltester.check(view.proxy)


def test_certificates_are_flagged_expired_or_expiring(ctx: AppContext, techs: Techs) -> None:
    model = TechnicianTableModel()
    model.set_rows(list_technicians(ctx.db, True, expiring_before(TODAY)), TODAY)
    expired = [model.index(r, Column.EXPIRED).data(EXPIRY_ROLE) for r in range(3)]
    expiring = [model.index(r, Column.EXPIRING).data(EXPIRY_ROLE) for r in range(3)]
    assert expired == [Expiry.EXPIRED, None, None] and expiring == [None, Expiry.SOON, None]
    assert model.headerData(Column.EXPIRED, Qt.Orientation.Horizontal) == "Certificates expired"
    brush = model.index(0, Column.EXPIRED).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == EXPIRED
    assert model.index(0, Column.NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    model.set_rows(list_technicians(ctx.db, True, expiring_before(TODAY)),
                   TODAY - dt.timedelta(days=60))  # seen two months ago: nothing is due yet
    assert model.index(0, Column.EXPIRED).data(EXPIRY_ROLE) is None
    assert model.index(0, Column.EXPIRING).data(EXPIRY_ROLE) is None


def test_a_technician_booked_for_work_needing_an_expired_certificate_is_flagged(
        qtbot: QtBot, ctx: AppContext, supervisor: Actor, make_job: MakeJob,
        techs: Techs) -> None:
    job = make_job(job_type="install")  # refrigerant handling: T001's certificate lapsed
    start = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assign(ctx.db, supervisor, job.id, techs["T001"], start, start + dt.timedelta(hours=2),
           override_reason="the certificate is being renewed")
    view, _ = make_view(qtbot, ctx)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    flagged, fine = view.proxy.index(0, Column.NAME), view.proxy.index(1, Column.NAME)
    assert isinstance(flagged.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert fine.data(Qt.ItemDataRole.DecorationRole) is None
    tip = flagged.data(Qt.ItemDataRole.ToolTipRole)
    assert job.number in tip and "expired" in tip
    assert fine.data(Qt.ItemDataRole.ToolTipRole) is None


def test_every_skill_of_a_technician_is_readable_in_the_list(qtbot: QtBot, ctx: AppContext,
                                                            admin: Actor) -> None:
    every = tuple(s.value for s in Skill)
    form = TechnicianForm(TechnicianInput("T009", "全能", skills=every))
    save_technician(ctx.db, admin, None, form)
    view, _ = make_view(qtbot, ctx)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    text = view.proxy.index(0, Column.SKILLS).data()
    assert text.count(", ") == len(every) - 1
    margin = view.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    room = view.table.columnWidth(Column.SKILLS) - 2 * margin  # as the item delegate elides
    assert view.table.fontMetrics().horizontalAdvance(text) <= room  # never elided


# ----------------------------------------------------------------------------- the editor


def test_create_a_technician_with_every_list(qtbot: QtBot, ctx: AppContext, db: Database,
                                             techs: Techs) -> None:
    view, reported = make_view(qtbot, ctx)
    editor = view.new_technician()
    details = editor.details
    qtbot.keyClicks(details.code, "T010")
    type_text(details.name, "孙师傅")
    qtbot.keyClicks(details.phone, "13911112222")
    type_text(details.team, "玄武组")
    details.skills.item(list(Skill).index(Skill.HEIGHT)).setCheckState(Qt.CheckState.Checked)
    details.max_jobs.setValue(4)

    kind, number, expires = editor.certifications.add_row()
    assert isinstance(kind, QComboBox) and isinstance(expires, QDateEdit)
    kind.setCurrentIndex(kind.findData(CertKind.HEIGHT.value))
    qtbot.keyClicks(number, "GC-010")
    expires.setDate(QDate(2027, 3, 31))
    weekday, start, end = editor.shifts.add_row()
    assert isinstance(weekday, QComboBox) and isinstance(end, QTimeEdit)
    weekday.setCurrentIndex(2)
    end.setTime(QTime(16, 0))
    away_from, away_until, reason = editor.absences.add_row()
    assert isinstance(away_from, QDateTimeEdit) and isinstance(away_until, QDateTimeEdit)
    away_from.setDateTime(QDateTime(QDate(2025, 8, 4), QTime(8, 0)))
    away_until.setDateTime(QDateTime(QDate(2025, 8, 8), QTime(18, 0)))
    type_text(reason, "年假")

    with qtbot.waitSignal(editor.accepted, timeout=1000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert reported and reported[0] & Changes.TECHNICIANS
    assert editor.technician_id is not None
    saved = get_technician(db, editor.technician_id)
    tech = saved.technician
    assert (tech.code, tech.name, tech.phone, tech.team) == ("T010", "孙师傅", "13911112222",
                                                             "玄武组")
    assert (tech.skills, tech.max_jobs_per_day, tech.active) == (("height",), 4, True)
    assert [(c.kind, c.number, c.expires_on) for c in saved.certifications] == \
        [("height", "GC-010", dt.date(2027, 3, 31))]
    assert [(s.weekday, s.start, s.end) for s in saved.shifts] == \
        [(2, dt.time(8, 30), dt.time(16, 0))]
    assert [(a.start, a.end, a.reason) for a in saved.absences] == \
        [(dt.datetime(2025, 8, 4, 8, tzinfo=TZ), dt.datetime(2025, 8, 8, 18, tzinfo=TZ), "年假")]
    assert codes(view) == ["T001", "T002", "T010"]  # refreshed, and the new one selected
    assert view.table.selectionModel().selectedRows()[0].row() == 2


def test_an_empty_name_shows_the_sentence_and_saves_nothing(
        qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    editor = editor_for(qtbot, ctx)
    qtbot.keyClicks(editor.details.code, "T011")
    editor.shifts.add_row()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_label.text() == "Please enter the technician's name."
    assert not editor.error_label.isHidden()
    assert editor.result() == 0 and editor.save_button.isEnabled()
    assert editor.details.code.text() == "T011" and editor.shifts.row_count() == 1
    assert list_technicians(db, include_inactive=True) == []


def test_a_shift_ending_before_it_starts_is_refused(qtbot: QtBot, ctx: AppContext,
                                                    db: Database) -> None:
    editor = editor_for(qtbot, ctx)
    qtbot.keyClicks(editor.details.code, "T012")
    type_text(editor.details.name, "周师傅")
    _, start, end = editor.shifts.add_row()
    assert isinstance(start, QTimeEdit) and isinstance(end, QTimeEdit)
    start.setTime(QTime(14, 0))
    end.setTime(QTime(9, 0))
    editor.save()
    assert editor.error_label.text() == "A shift must end after it starts (same day)."
    assert list_technicians(db, include_inactive=True) == []
    end.setTime(QTime(18, 0))
    editor.save()
    assert editor.result() == TechnicianEditor.DialogCode.Accepted
    assert [t.code for t in list_technicians(db)] == ["T012"]


def test_editing_keeps_the_lists_and_their_records(qtbot: QtBot, ctx: AppContext,
                                                   db: Database, techs: Techs) -> None:
    before = get_technician(db, techs["T001"])
    editor = editor_for(qtbot, ctx, techs["T001"])
    assert editor.windowTitle() == "Technician T001 陈师傅"
    assert editor.details.name.text() == "陈师傅"
    assert editor.details.checked_skills() == ["install", "refrigerant"]
    assert (editor.certifications.row_count(), editor.shifts.row_count(),
            editor.absences.row_count()) == (1, 1, 1)
    editor.details.max_jobs.setValue(8)
    editor.save()
    assert editor.result() == TechnicianEditor.DialogCode.Accepted
    after = get_technician(db, techs["T001"])
    assert after.technician.max_jobs_per_day == 8
    assert (after.certifications, after.shifts, after.absences) == \
        (before.certifications, before.shifts, before.absences)


def test_removing_a_row_removes_that_record(qtbot: QtBot, ctx: AppContext, db: Database,
                                            techs: Techs) -> None:
    editor = editor_for(qtbot, ctx, techs["T002"])
    table = editor.certifications
    assert not table.remove_button.isEnabled()
    _, number, _ = table.rows()[1][1]
    assert isinstance(number, QLineEdit) and number.text() == "GC-002"
    table.table.setCurrentCell(1, 0)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    editor.save()
    kept = get_technician(db, techs["T002"]).certifications
    assert [c.number for c in kept] == ["DG-002"]


def test_enter_opens_the_editor_of_the_sorted_row(qtbot: QtBot, ctx: AppContext,
                                                  techs: Techs) -> None:
    view, _ = make_view(qtbot, ctx)
    view.table.sortByColumn(Column.CODE, Qt.SortOrder.DescendingOrder)
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = view.editor
    assert editor is not None and editor.loaded is not None
    assert editor.loaded.technician.code == "T002"
    editor.reject()
