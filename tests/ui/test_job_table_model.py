"""The job table model: model contract, server-side sorting, paging, stale answers dropped."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester

from app.db import Database
from app.geo.address_parts import home_area
from app.models.enums import JobStatus
from app.scheduling.sla import SlaState
from app.services.actor import Actor
from app.services.job_queries import JobFilter
from app.services.jobs import JobDetail, change_status
from app.ui import promise_look
from app.ui.context import AppContext
from app.ui.itemmodels.job_table_model import FINISHED, Column, JobTableModel

from .conftest import TZ, MakeJob, ManualRunner


def numbers(model: JobTableModel) -> list[str]:
    return [model.index(r, Column.NUMBER).data() for r in range(model.rowCount())]


def test_model_passes_the_model_tester(ctx: AppContext, some_jobs: list[JobDetail],
                                       qtmodeltester: ModelTester) -> None:
    model = JobTableModel(ctx.db, ctx.runner, TZ, page_size=4)
    model.reload()
    qtmodeltester.check(model)
    assert model.total == 6


def test_rows_show_labels_and_overdue_sla_in_red(ctx: AppContext,
                                                 some_jobs: list[JobDetail]) -> None:
    model = JobTableModel(ctx.db, ctx.runner, TZ)
    model.reload()
    assert model.rowCount() == 6
    newest = model.index(0, Column.NUMBER)
    assert newest.data() == some_jobs[-1].number
    assert model.index(0, Column.TYPE).data() == "Removal"
    assert model.index(0, Column.STATUS).data() == "New"
    assert model.index(0, Column.CUSTOMER).data() == "赵磊"
    assert model.index(0, Column.CREATED).data() == "2025-06-02 14:00"
    assert model.index(0, Column.SLA_DUE).data() == "2025-06-03 14:00"
    due = model.index(0, Column.SLA_DUE)  # created in 2025: overdue, as the board marks it
    background = due.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush)
    assert background.color() == promise_look.COLOURS[SlaState.OVERDUE]
    assert due.data(Qt.ItemDataRole.ForegroundRole).color() == promise_look.ON_OVERDUE
    assert "overdue" in due.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, Column.NUMBER).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.headerData(Column.SLA_DUE, Qt.Orientation.Horizontal) == "SLA due"


def test_finished_jobs_are_not_overdue(ctx: AppContext, db: Database, admin: Actor,
                                       some_jobs: list[JobDetail]) -> None:
    change_status(db, admin, some_jobs[-1].id, JobStatus.CANCELLED, "客户取消")
    model = JobTableModel(ctx.db, ctx.runner, TZ)
    model.reload()
    due = model.index(0, Column.SLA_DUE)
    assert due.data(Qt.ItemDataRole.BackgroundRole) is None
    assert due.data(Qt.ItemDataRole.ForegroundRole).color() == FINISHED  # grey, as the row


def test_due_soon_is_orange_and_the_address_drops_the_stations_province_and_city(
        ctx: AppContext, make_job: MakeJob) -> None:
    make_job(created=dt.datetime.now(TZ) - dt.timedelta(hours=23, minutes=30))
    model = JobTableModel(ctx.db, ctx.runner, TZ, home=home_area("江苏省南京市玄武区北京东路1号"))
    model.reload()
    due = model.index(0, Column.SLA_DUE)
    orange = promise_look.COLOURS[SlaState.DUE_SOON]
    assert due.data(Qt.ItemDataRole.ForegroundRole).color() == orange
    assert due.data(Qt.ItemDataRole.BackgroundRole) is None
    address = model.index(0, Column.ADDRESS)
    assert address.data() == "鼓楼区中山北路100号"
    assert address.data(Qt.ItemDataRole.ToolTipRole) == "江苏省南京市鼓楼区中山北路100号"


def test_sorting_by_a_column_queries_in_that_order(ctx: AppContext,
                                                   some_jobs: list[JobDetail]) -> None:
    model = JobTableModel(ctx.db, ctx.runner, TZ)
    model.reload()
    newest_first = numbers(model)
    model.sort(Column.NUMBER, Qt.SortOrder.AscendingOrder)
    assert numbers(model) == sorted(newest_first)
    model.sort(Column.CUSTOMER, Qt.SortOrder.AscendingOrder)
    customers = [model.index(r, Column.CUSTOMER).data() for r in range(model.rowCount())]
    assert customers == sorted(customers)
    before = numbers(model)
    model.sort(Column.PHONE, Qt.SortOrder.AscendingOrder)  # not sortable: nothing happens
    assert numbers(model) == before


def test_fetch_more_loads_the_next_page(ctx: AppContext, some_jobs: list[JobDetail]) -> None:
    model = JobTableModel(ctx.db, ctx.runner, TZ, page_size=4)
    model.reload()
    assert (model.rowCount(), model.total) == (4, 6)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 6
    assert not model.canFetchMore(QModelIndex())
    assert numbers(model) == [j.number for j in reversed(some_jobs)]


def test_filter_by_text_and_status(ctx: AppContext, some_jobs: list[JobDetail]) -> None:
    model = JobTableModel(ctx.db, ctx.runner, TZ)
    model.set_filter(JobFilter(text="李娜"))
    assert numbers(model) == [some_jobs[1].number]
    model.set_filter(JobFilter(statuses=frozenset({JobStatus.ON_HOLD})))
    assert numbers(model) == [some_jobs[3].number]


def test_an_older_answer_arriving_late_is_dropped(ctx: AppContext, some_jobs: list[JobDetail],
                                                  manual_runner: ManualRunner) -> None:
    model = JobTableModel(ctx.db, manual_runner, TZ)
    model.set_filter(JobFilter(text="张伟"))
    model.set_filter(JobFilter(text="王芳"))
    assert model.loading
    manual_runner.run(1)  # the newer query answers first
    assert numbers(model) == [some_jobs[2].number]
    manual_runner.run(0)  # then the older one: dropped by its generation
    assert numbers(model) == [some_jobs[2].number]
    assert not model.loading
