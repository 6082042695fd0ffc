"""The jobs view: filters change the rows, the count label follows, writes refresh the list."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.models.enums import JobStatus, JobType
from app.services.changes import Changes
from app.services.jobs import JobDetail
from app.ui.context import AppContext
from app.ui.itemmodels.job_table_model import Column
from app.ui.views.job_filter_bar import DEBOUNCE_MS, JobFilterBar
from app.ui.views.jobs_view import JobsView

from .conftest import MakeJob, announced


def make_view(qtbot: QtBot, ctx: AppContext) -> tuple[JobsView, list[Changes]]:
    view = JobsView(ctx)
    reported = announced(ctx)
    qtbot.addWidget(view)
    view.activate()
    return view, reported


def test_opens_with_all_jobs_and_their_count(qtbot: QtBot, ctx: AppContext,
                                             some_jobs: list[JobDetail]) -> None:
    view, _ = make_view(qtbot, ctx)
    assert view.model.rowCount() == 6
    assert view.count_label.text() == "6 jobs"


def test_search_text_filters_after_the_debounce(qtbot: QtBot, ctx: AppContext,
                                                some_jobs: list[JobDetail]) -> None:
    view, _ = make_view(qtbot, ctx)
    qtbot.keyClicks(view.filter_bar.search, "1380000000")
    assert view.model.rowCount() == 6  # still waiting for the typing to pause
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=DEBOUNCE_MS * 20)
    view.filter_bar.search.setText("秦淮区")
    view.filter_bar.apply_now()
    assert view.model.rowCount() == 1
    assert view.count_label.text() == "1 job"
    assert view.model.index(0, Column.CUSTOMER).data() == "王芳"


def test_status_and_type_filters(qtbot: QtBot, ctx: AppContext,
                                 some_jobs: list[JobDetail]) -> None:
    view, _ = make_view(qtbot, ctx)
    bar = view.filter_bar
    bar.status_actions[JobStatus.ON_HOLD].trigger()
    assert view.model.rowCount() == 1
    assert bar.status_button.text() == "Status: On hold"
    bar.status_actions[JobStatus.NEW].trigger()
    assert view.model.rowCount() == 6
    bar.clear_statuses()
    bar.type_combo.setCurrentIndex(bar.type_combo.findData(JobType.REPAIR))
    assert view.model.rowCount() == 2
    assert view.count_label.text() == "2 jobs"


def test_technician_combo_lists_the_technicians(qtbot: QtBot, ctx: AppContext) -> None:
    from app.services.technicians import TechnicianForm, TechnicianInput, save_technician

    save_technician(ctx.db, ctx.actor, None, TechnicianForm(TechnicianInput("T001", "陈师傅")))
    view, _ = make_view(qtbot, ctx)
    combo = view.filter_bar.tech_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All technicians", "T001 陈师傅"]


def test_date_range_uses_station_days(qtbot: QtBot, ctx: AppContext,
                                      some_jobs: list[JobDetail]) -> None:
    from PySide6.QtCore import QDate

    view, _ = make_view(qtbot, ctx)
    bar = view.filter_bar
    bar.date_from.setDate(QDate(2025, 6, 2))
    bar.date_to.setDate(QDate(2025, 6, 2))
    bar.date_combo.setCurrentIndex(1)  # created
    assert view.model.rowCount() == 6
    bar.date_from.setDate(QDate(2025, 6, 3))
    bar.date_to.setDate(QDate(2025, 6, 3))
    assert view.model.rowCount() == 0


def test_the_date_range_opens_on_the_stations_date_not_the_pcs(qtbot: QtBot,
                                                               ctx: AppContext) -> None:
    """At 20:00 UTC it is already the next day in Nanjing (UTC+8)."""
    evening = dt.datetime(2026, 12, 7, 20, tzinfo=dt.UTC)
    bar = JobFilterBar(ctx, clock=lambda: evening)
    qtbot.addWidget(bar)
    assert bar.date_to.date() == QDate(2026, 12, 8)
    assert bar.date_from.date() == QDate(2026, 11, 8)


def test_the_list_shows_the_address_after_the_stations_city(qtbot: QtBot, ctx: AppContext,
                                                            some_jobs: list[JobDetail]) -> None:
    nanjing = replace(ctx.station, address="江苏省南京市玄武区北京东路1号")
    view, _ = make_view(qtbot, replace(ctx, station=nanjing))
    qtbot.waitUntil(lambda: view.model.home is not None)
    addresses = {view.model.index(r, Column.ADDRESS).data() for r in range(6)}
    assert "鼓楼区中山北路100号" in addresses and not any("南京市" in a for a in addresses)


def test_header_click_sorts_by_the_database(qtbot: QtBot, ctx: AppContext,
                                            some_jobs: list[JobDetail]) -> None:
    view, _ = make_view(qtbot, ctx)
    header = view.table.horizontalHeader()
    header.setSortIndicator(Column.NUMBER, Qt.SortOrder.AscendingOrder)
    assert view.model.index(0, Column.NUMBER).data() == some_jobs[0].number
    header.setSortIndicator(Column.PHONE, Qt.SortOrder.AscendingOrder)  # not sortable
    assert header.sortIndicatorSection() == Column.NUMBER
    assert view.model.index(0, Column.NUMBER).data() == some_jobs[0].number


def test_jobs_changes_refresh_the_list(qtbot: QtBot, ctx: AppContext,
                                       make_job: MakeJob) -> None:
    view, _ = make_view(qtbot, ctx)
    assert view.model.rowCount() == 0
    make_job()
    view.on_changes(Changes.CUSTOMERS)
    assert view.model.rowCount() == 0
    view.on_changes(Changes.JOBS)
    assert view.model.rowCount() == 1


def test_enter_opens_the_job_editor(qtbot: QtBot, ctx: AppContext,
                                    some_jobs: list[JobDetail]) -> None:
    view, _ = make_view(qtbot, ctx)
    view.table.setCurrentIndex(view.model.index(2, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = view.editor
    assert editor is not None and editor.detail is not None
    assert editor.detail.number == some_jobs[3].number
    assert editor.windowTitle() == f"Job {some_jobs[3].number}"
    editor.reject()
