"""The board reads right: hour labels inside their own day, day headers never cut, a legend of
the visit marks (issue 18, point 4); the queue shows who and where, in the promise's order
(point 5)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QWidgetAction
from pytestqt.qtbot import QtBot

from app.models.enums import AppointmentStatus
from app.ui import labels
from app.ui.board import style
from app.ui.board.geometry import TimeAxis
from app.ui.board.headers import TimeHeader
from app.ui.board.legend import LegendPanel
from app.ui.board.queue import Column
from app.ui.board.toolbar import BoardToolbar
from app.ui.context import AppContext

from .board_helpers import local, open_board
from .conftest import TZ, MakeJob

WEDNESDAY = dt.date(2026, 12, 9)


def header(qtbot: QtBot, width: int = 900) -> TimeHeader:
    widget = TimeHeader()
    qtbot.addWidget(widget)
    widget.resize(width, style.HEADER_HEIGHT)
    return widget


@pytest.mark.parametrize("px_per_hour", [4.0, 6.0, 7.5, 9.0, 12.0, 20.0, 48.0])
def test_every_hour_label_stays_inside_its_own_day(qtbot: QtBot, px_per_hour: float) -> None:
    """A label that ran over the day line read as the next day's first hour ("18:00")."""
    widget = header(qtbot)
    axis = TimeAxis(WEDNESDAY, 7, TZ, 7, 20, px_per_hour)
    for index in range(axis.days):
        left = index * axis.day_width
        marks = widget.hour_marks(axis, left)
        for x, box, text in marks:
            assert left <= x < box.left() and box.right() <= left + axis.day_width, text
            assert text == f"{7 + round((x - left) / px_per_hour):02d}:00"
        boxes = [box for _x, box, _t in marks]
        assert all(a.right() <= b.left() for a, b in zip(boxes, boxes[1:], strict=False))
    wide = widget.hour_marks(TimeAxis(WEDNESDAY, 1, TZ, 0, 24, 60.0), 0.0)
    assert [text for *_rest, text in wide][:3] == ["00:00", "01:00", "02:00"]


@pytest.mark.parametrize("room", [40.0, 70.0, 95.0, 400.0])
def test_a_day_header_shortens_the_weekday_rather_than_cutting_it(qtbot: QtBot,
                                                                  room: float) -> None:
    widget = header(qtbot)
    axis = TimeAxis(WEDNESDAY, 7, TZ, 7, 20, room / 13)
    text = widget.day_label(axis, 0, room)
    whole = {"12-09 " + labels.weekday(2), "12-09 " + labels.weekday_short(2), "12-09"}
    assert text in whole
    assert widget.fontMetrics().horizontalAdvance(text) <= room or text == "12-09"
    kinds: set[str] = set()
    for i in range(7):
        weekday = (WEDNESDAY + dt.timedelta(days=i)).weekday()
        label = widget.day_label(axis, i, room)
        kinds.add("full" if label.endswith(" " + labels.weekday(weekday)) else
                  "short" if label.endswith(" " + labels.weekday_short(weekday)) else "none")
    assert len(kinds) == 1, "one form for every day of the board"
    one_day = widget.day_label(TimeAxis(WEDNESDAY, 1, TZ), 0, 400.0)
    assert one_day == "2026-12-09 " + labels.weekday(2)


def test_the_legend_names_every_visit_mark_with_the_boards_colours(qtbot: QtBot) -> None:
    legend = LegendPanel()
    qtbot.addWidget(legend)
    meanings = legend.meanings
    for status in (AppointmentStatus.SCHEDULED, AppointmentStatus.TRAVELLING,
                   AppointmentStatus.ON_SITE, AppointmentStatus.DONE):
        assert labels.visit_status(status) in meanings
    assert any("corner" in m for m in meanings)
    assert any("Dotted line" in m for m in meanings)
    assert any("too short" in m for m in meanings)
    pictures = legend.swatches
    assert len(pictures) == len(meanings)
    scheduled = pictures[0].toImage()
    assert scheduled.pixelColor(17, 8) == style.VISIT[AppointmentStatus.SCHEDULED]
    short_gap = pictures[meanings.index(next(m for m in meanings if "too short" in m))]
    centre_row = [short_gap.toImage().pixelColor(x, 8) for x in range(2, 32)]
    assert QColor(style.GAP_SHORT) in centre_row


def test_the_toolbar_opens_the_legend(qtbot: QtBot) -> None:
    stack = QUndoStack()
    undo, redo = stack.createUndoAction(stack), stack.createRedoAction(stack)
    toolbar = BoardToolbar(stack, undo, redo)
    qtbot.addWidget(toolbar)
    menu = toolbar.legend_button.menu()
    assert menu is not None
    action = menu.actions()[0]
    assert isinstance(action, QWidgetAction)
    assert action.defaultWidget() is toolbar.legend


# ----------------------------------------------------------------------------- the queue


def test_the_queue_shows_who_and_where_in_promise_order_with_the_order_said(
        qtbot: QtBot, ctx: AppContext, make_job: MakeJob) -> None:
    make_job("张伟", address="江苏省南京市鼓楼区中山北路100号", created=local(23, 6))
    make_job("李娜", "13800000001", "江苏省南京市江宁区天元路66号", job_type="relocation",
             priority="urgent", created=local(23, 5))
    make_job("王芳", "13800000002", "江苏省南京市玄武区珠江路8号", job_type="maintenance",
             priority="low", created=local(22, 8))
    page = open_board(qtbot, ctx)
    qtbot.waitUntil(lambda: page.queue.model.rowCount() == 3)
    model, table = page.queue.model, page.queue.table
    due = [model.job(row).sla_minutes_left or 0 for row in range(3)]
    assert due == sorted(due)
    shown = [(model.index(row, Column.CUSTOMER).data(), model.index(row, Column.DISTRICT).data())
             for row in range(3)]
    assert shown == [("李娜", "江宁区"), ("张伟", "鼓楼区"), ("王芳", "玄武区")]
    said = model.headerData(Column.SLA, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "response promise" in said and page.queue.title.toolTip() == said
    visible = table.viewport().width()
    for column in (Column.SLA, Column.CUSTOMER, Column.DISTRICT):
        assert table.columnViewportPosition(column) + table.columnWidth(column) <= visible
    metrics = table.fontMetrics()
    for row in range(3):
        text = model.index(row, Column.TYPE).data()
        assert metrics.horizontalAdvance(text) < table.columnWidth(Column.TYPE) - 8, text
