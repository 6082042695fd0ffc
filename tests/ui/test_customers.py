"""The customers view and editor: list, search, paging, create, refusals shown as sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.customer_queries import get_customer, query_customers
from app.services.customers import (
    CustomerInput,
    EquipmentInput,
    SiteInput,
    add_equipment,
    create_customer,
)
from app.services.jobs import ExistingSite, JobInput, create_job
from app.ui.context import AppContext
from app.ui.dialogs.customer_editor import CustomerEditor
from app.ui.dialogs.equipment_form import EquipmentDialog
from app.ui.dialogs.site_form import SiteDialog
from app.ui.itemmodels.customer_table_model import Column, CustomerTableModel
from app.ui.views.customers_view import DEBOUNCE_MS, CustomersView

from .conftest import FakePrompter, MakeJob, announced, type_text

PEOPLE = [("王芳", "13800000001", "南京市玄武区珠江路8号"),
          ("李娜", "13800000002", "南京市秦淮区建康路3号"),
          ("张伟", "13912345678", "南京市鼓楼区中山北路100号"),
          ("刘洋", "13800000004", "南京市建邺区江东中路9号"),
          ("陈静", "13800000005", "南京市鼓楼区湖南路1号")]
BY_NAME = ["陈静", "李娜", "刘洋", "王芳", "张伟"]  # by pinyin: chen, li, liu, wang, zhang


@pytest.fixture
def people(db: Database, admin: Actor) -> dict[str, tuple[str, str]]:
    made = {}
    for name, phone, address in PEOPLE:
        summary, _ = create_customer(db, admin, CustomerInput(name, phone),
                                     SiteInput(address, district=address[3:6]))
        made[name] = (summary.id, summary.site_id)
    return made


def make_view(qtbot: QtBot, ctx: AppContext,
              *answers: bool) -> tuple[CustomersView, list[Changes]]:
    view = CustomersView(ctx)
    reported = announced(ctx)
    view.prompter = FakePrompter(*answers)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.activate()
    return view, reported


def shown_names(view: CustomersView) -> list[str]:
    return [view.model.index(r, Column.NAME).data() for r in range(view.model.rowCount())]


def open_editor(view: CustomersView, name: str) -> CustomerEditor:
    editor = view.open_customer(view.model.index(shown_names(view).index(name), 0))
    assert editor is not None and editor.detail is not None
    return editor


# -- the list --------------------------------------------------------------------------------


def test_the_list_shows_customers_by_name(qtbot: QtBot, ctx: AppContext,
                                          people: dict[str, tuple[str, str]],
                                          qtmodeltester: ModelTester) -> None:
    view, _ = make_view(qtbot, ctx)
    qtmodeltester.check(view.model)
    assert shown_names(view) == BY_NAME
    assert view.count_label.text() == "5 customers"
    row = shown_names(view).index("张伟")
    texts = [view.model.index(row, c).data() for c in Column]
    assert texts == ["张伟", "13912345678", "南京市鼓楼区中山北路100号", "鼓楼区", "1", "0", "0"]
    assert view.model.headerData(Column.JOBS, Qt.Orientation.Horizontal) == "Jobs"


def test_search_filters_after_the_typing_pauses(qtbot: QtBot, ctx: AppContext,
                                                people: dict[str, tuple[str, str]]) -> None:
    view, _ = make_view(qtbot, ctx)
    type_text(view.search, "鼓楼")
    assert view.model.rowCount() == 5  # still waiting for the typing to pause
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=DEBOUNCE_MS * 20)
    assert sorted(shown_names(view)) == ["张伟", "陈静"]
    assert view.count_label.text() == "2 customers"
    view.search.setText("1391234")
    view.search_now()
    assert shown_names(view) == ["张伟"]
    assert view.count_label.text() == "1 customer"
    view.search.clear()
    view.search_now()
    assert view.model.rowCount() == 5


def test_paging_fetches_more_rows(ctx: AppContext, people: dict[str, tuple[str, str]],
                                  qtmodeltester: ModelTester) -> None:
    model = CustomerTableModel(ctx.db, ctx.runner, page_size=2)
    model.reload()
    assert (model.rowCount(), model.total) == (2, 5)
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert not model.canFetchMore()
    assert [model.index(r, Column.NAME).data() for r in range(5)] == BY_NAME
    model.reload(keep_loaded=True)
    assert model.rowCount() == 5
    qtmodeltester.check(model)


def test_customer_changes_refresh_the_list(qtbot: QtBot, ctx: AppContext, db: Database,
                                           admin: Actor) -> None:
    view, _ = make_view(qtbot, ctx)
    assert view.count_label.text() == "0 customers"
    create_customer(db, admin, CustomerInput("赵磊", "13800000009"), SiteInput("栖霞区1号"))
    view.on_changes(Changes.JOBS)
    assert view.model.rowCount() == 0
    view.on_changes(Changes.CUSTOMERS)
    assert shown_names(view) == ["赵磊"]


def test_enter_opens_the_editor(qtbot: QtBot, ctx: AppContext,
                                people: dict[str, tuple[str, str]]) -> None:
    view, _ = make_view(qtbot, ctx)
    view.table.setCurrentIndex(view.model.index(BY_NAME.index("王芳"), 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = view.editor
    assert editor is not None and editor.detail is not None
    assert editor.windowTitle() == "Customer 王芳"
    assert editor.form.phone.text() == "13800000001"
    assert editor.sites.table.rowCount() == 1
    editor.reject()


# -- the editor ------------------------------------------------------------------------------


def test_create_a_customer_with_a_site_and_equipment(qtbot: QtBot, ctx: AppContext) -> None:
    view, reported = make_view(qtbot, ctx)
    editor = view.new_customer()
    assert editor.windowTitle() == "New customer"
    assert not editor.sites_box.isVisibleTo(editor)
    type_text(editor.form.name, "孙丽")
    qtbot.keyClicks(editor.form.phone, "139 1111 2222")
    type_text(editor.first_site.address, "南京市江宁区天元路66号")
    type_text(editor.first_site.district, "江宁区")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    customer_id = editor.customer_id
    assert customer_id is not None and Changes.CUSTOMERS in reported[-1]
    assert editor.isVisible() and editor.sites_box.isVisibleTo(editor)  # now add equipment
    assert editor.windowTitle() == "Customer 孙丽"
    assert editor.sites.current_site() is not None

    editor.equipment.add_button.click()
    dialog = editor.equipment.dialog
    assert isinstance(dialog, EquipmentDialog)
    form = dialog.equipment_form
    type_text(form.brand, "格力")
    qtbot.keyClicks(form.model, "KFR-35GW")
    qtbot.keyClicks(form.indoor_serial, "IN-001")
    qtbot.keyClicks(form.outdoor_serial, "OUT-001")
    form.refrigerant.setCurrentIndex(form.refrigerant.findData("R410A"))
    form.capacity.setValue(3.5)
    form.purchase_date.known.setChecked(True)
    form.purchase_date.edit.setDate(QDate(2024, 5, 1))
    form.warranty_end.known.setChecked(True)
    form.warranty_end.edit.setDate(QDate(2030, 4, 30))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert editor.equipment.table.rowCount() == 1
    assert editor.equipment.table.item(0, 6).text() == "Until 2030-04-30"
    detail = get_customer(ctx.db, customer_id)
    assert (detail.name, detail.phone) == ("孙丽", "139 1111 2222")
    (site,) = detail.sites
    assert (site.address, site.district) == ("南京市江宁区天元路66号", "江宁区")
    (unit,) = site.equipment
    assert (unit.brand, unit.model, unit.indoor_serial, unit.outdoor_serial, unit.refrigerant,
            unit.capacity_kw, unit.purchase_date, unit.commissioning_date,
            unit.warranty_end) == ("格力", "KFR-35GW", "IN-001", "OUT-001", "R410A", 3.5,
                                   dt.date(2024, 5, 1), None, dt.date(2030, 4, 30))
    editor.reject()


def test_a_bad_phone_number_is_shown_and_nothing_is_saved(qtbot: QtBot,
                                                          ctx: AppContext) -> None:
    view, reported = make_view(qtbot, ctx)
    editor = view.new_customer()
    type_text(editor.form.name, "孙丽")
    qtbot.keyClicks(editor.form.phone, "12ab")
    type_text(editor.first_site.address, "南京市江宁区天元路66号")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_label.isVisible()
    assert editor.error_label.text() == "The phone number '12ab' is not a phone number."
    assert editor.isVisible() and editor.customer_id is None
    assert (editor.form.name.text(), editor.form.phone.text()) == ("孙丽", "12ab")
    assert editor.first_site.address.text() == "南京市江宁区天元路66号"
    assert query_customers(ctx.db).total == 0 and reported == []
    editor.form.phone.setText("13900001111")
    editor.save()
    assert not editor.error_label.isVisible() and editor.customer_id is not None


def test_editing_the_customer_saves_and_closes(qtbot: QtBot, ctx: AppContext,
                                               people: dict[str, tuple[str, str]]) -> None:
    view, reported = make_view(qtbot, ctx)
    editor = open_editor(view, "李娜")
    editor.form.alt_phone.setText("025-8888 6666")
    editor.save()
    assert not editor.isVisible()
    assert reported == [Changes.CUSTOMERS | Changes.JOBS]
    assert get_customer(ctx.db, people["李娜"][0]).alt_phone == "025-8888 6666"


def test_a_site_added_keeps_the_edits_typed_in_the_customer(
        qtbot: QtBot, ctx: AppContext, people: dict[str, tuple[str, str]]) -> None:
    view, reported = make_view(qtbot, ctx)
    editor = open_editor(view, "刘洋")
    editor.form.email.setText("liu@example.com")  # not saved yet
    editor.sites.add_button.click()
    dialog = editor.sites.dialog
    assert isinstance(dialog, SiteDialog)
    dialog.save()
    assert dialog.error_label.text() == "Please enter the site address."
    assert dialog.isVisible()
    type_text(dialog.site_form.address, "南京市浦口区江浦街道1号")
    dialog.save()
    assert not dialog.isVisible()
    assert editor.sites.table.rowCount() == 2
    assert editor.sites.current_site() is not None
    assert editor.sites.current_site().address == "南京市浦口区江浦街道1号"  # type: ignore[union-attr]
    assert editor.form.email.text() == "liu@example.com"
    assert Changes.CUSTOMERS in reported[-1]
    editor.reject()


def test_deleting_a_customer_with_jobs_is_refused(qtbot: QtBot, ctx: AppContext,
                                                  admin: Actor, make_job: MakeJob) -> None:
    job = make_job()
    create_job(ctx.db, admin, ExistingSite(job.site_id), JobInput("maintenance"))
    view, reported = make_view(qtbot, ctx, True)
    editor = open_editor(view, "张伟")
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert editor.error_label.text() == (
        "This customer has 2 jobs; a customer with jobs is kept for their history.")
    assert editor.isVisible() and reported == []
    assert get_customer(ctx.db, job.customer_id).name == "张伟"
    editor.reject()


def test_deleting_a_customer_without_jobs(qtbot: QtBot, ctx: AppContext,
                                          people: dict[str, tuple[str, str]]) -> None:
    view, reported = make_view(qtbot, ctx, False, True)
    editor = open_editor(view, "陈静")
    editor.delete_customer()  # the first answer is no
    assert editor.isVisible() and reported == []
    editor.delete_customer()
    assert not editor.isVisible()
    assert Changes.CUSTOMERS in reported[-1]
    view.on_changes(reported[-1])
    assert "陈静" not in shown_names(view)


def test_site_and_equipment_deletes_and_refusals(qtbot: QtBot, ctx: AppContext, admin: Actor,
                                                 people: dict[str, tuple[str, str]]) -> None:
    customer_id, site_id = people["王芳"]
    add_equipment(ctx.db, admin, site_id, EquipmentInput("美的", "KFR-26GW"))
    view, reported = make_view(qtbot, ctx, True, True)
    editor = open_editor(view, "王芳")
    editor.sites.delete_button.click()
    assert editor.error_label.text() == (
        "This is the customer's only site; a customer keeps at least one site.")
    assert editor.equipment.table.rowCount() == 1
    editor.equipment.select(editor.equipment.record_id(0))
    editor.equipment.delete_button.click()
    assert editor.equipment.table.rowCount() == 0
    assert not editor.error_label.isVisible()
    assert get_customer(ctx.db, customer_id).sites[0].equipment == ()
    assert reported == [Changes.CUSTOMERS]
    editor.reject()
