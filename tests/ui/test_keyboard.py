"""Issue 22 point 6: the new-job dialog by keyboard (where it opens, the arrow keys between the
existing and the new customer, the Tab order, Ctrl+Enter from any field) and Ctrl+F in the
lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services.job_queries import JobFilter, query_jobs
from app.ui.context import AppContext
from app.ui.dialogs.customer_editor import CustomerEditor
from app.ui.dialogs.job_editor import JobEditor
from app.ui.views.customers_view import CustomersView
from app.ui.views.jobs_view import JobsView
from app.ui.views.technicians_view import TechniciansView

from .conftest import MakeJob, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def new_job_dialog(qtbot: QtBot, ctx: AppContext) -> JobEditor:
    editor = JobEditor(ctx)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    return editor


def test_the_new_job_dialog_opens_in_the_customer_search(qtbot: QtBot,
                                                         ctx: AppContext) -> None:
    editor = new_job_dialog(qtbot, ctx)
    assert editor.customer.existing_radio.isChecked()
    assert focused() is editor.customer.search and editor.customer.search.hasFocus()


def test_arrow_keys_move_between_existing_and_new_customer(qtbot: QtBot,
                                                           ctx: AppContext) -> None:
    editor = new_job_dialog(qtbot, ctx)
    section = editor.customer
    type_text(section.search, "13655556666")  # a caller nobody knows
    section.search_now()
    assert section.results.count() == 0
    qtbot.keyClick(section.search, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is section.existing_radio
    qtbot.keyClick(section.existing_radio, Qt.Key.Key_Right)
    assert section.new_radio.isChecked() and focused() is section.new_radio
    assert section.phone.text() == "13655556666"  # what was searched starts the new form
    qtbot.keyClick(section.new_radio, Qt.Key.Key_Tab)
    assert focused() is section.name
    qtbot.keyClick(section.name, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(section.new_radio, Qt.Key.Key_Left)
    assert section.existing_radio.isChecked() and section.pages.currentIndex() == 0


def test_tab_visits_the_fields_in_the_order_they_are_read(qtbot: QtBot,
                                                           ctx: AppContext) -> None:
    editor = new_job_dialog(qtbot, ctx)
    form = editor.form
    expected = [editor.customer.results, form.type_combo, form.priority_combo,
                form.equipment.combo, form.symptom, form.window_check, form.minutes,
                *form.skill_boxes.values(), editor.save_button]
    visited = []
    for _ in expected:
        widget = focused()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        visited.append(focused())
    assert visited == expected


@pytest.mark.parametrize("where", ["symptom", "search"])
def test_ctrl_enter_saves_from_any_field(qtbot: QtBot, ctx: AppContext, db: Database,
                                         make_job: MakeJob, where: str) -> None:
    make_job(name="周杰", phone="13700001111")
    editor = new_job_dialog(qtbot, ctx)
    type_text(editor.customer.search, "13700001111")
    editor.customer.search_now()
    type_text(editor.form.symptom, "漏水")
    qtbot.keyClick(editor.form.symptom, Qt.Key.Key_Return)  # Enter: a new line in the box
    type_text(editor.form.symptom, "外机异响")
    assert editor.result() == 0 and editor.form.symptom.toPlainText() == "漏水\n外机异响"
    field = editor.form.symptom if where == "symptom" else editor.customer.search
    field.setFocus()
    with qtbot.waitSignal(editor.accepted, timeout=1000):
        qtbot.keyClick(field, Qt.Key.Key_Return, CTRL)
    assert query_jobs(db, JobFilter(text="周杰")).total == 2


@pytest.mark.parametrize("view_class", [JobsView, CustomersView, TechniciansView])
def test_ctrl_f_goes_to_the_lists_search(qtbot: QtBot, ctx: AppContext,
                                         view_class: type[QWidget]) -> None:
    view = view_class(ctx)  # type: ignore[call-arg]
    qtbot.addWidget(view)
    show_active(qtbot, view)
    view.activate()  # type: ignore[attr-defined]
    search = view.filter_bar.search if isinstance(view, JobsView) else view.search  # type: ignore[attr-defined]
    assert isinstance(search, QLineEdit)
    search.setText("张")
    view.table.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(view.table, Qt.Key.Key_F, CTRL)  # type: ignore[attr-defined]
    assert focused() is search and search.selectedText() == "张"


def test_ctrl_enter_saves_the_customer_editor_from_its_notes(qtbot: QtBot, ctx: AppContext,
                                                              db: Database) -> None:
    editor = CustomerEditor(ctx)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    type_text(editor.form.name, "周敏")
    qtbot.keyClicks(editor.form.phone, "13912345670")
    type_text(editor.first_site.address, "江苏省南京市玄武区珠江路88号")
    editor.form.notes.setFocus()
    qtbot.keyClick(editor.form.notes, Qt.Key.Key_Return, CTRL)
    assert editor.customer_id is not None and editor.error_label.isHidden()
