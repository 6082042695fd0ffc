"""Driving the dispatch board in tests: open it on a fixed clock, drag jobs and blocks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.board import BoardPage
from app.ui.context import AppContext

from .conftest import TZ, announced

MONDAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 7, tzinfo=TZ)  # Monday before the shifts begin
COPY = Qt.DropAction.CopyAction
LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def local(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment of the test week (November 2026) in station time."""
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=TZ)


def open_board(qtbot: QtBot, ctx: AppContext, prompter: Any = None) -> BoardPage:
    """The board on the week of MONDAY, shown and loaded; writes come back as on_changes,
    as the main window does it. `page.reported` lists what was announced."""
    page = BoardPage(ctx, clock=lambda: NOW, prompter=prompter)
    page.reported = announced(ctx, page)  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    page.view.zoom_by(48 / page.view.axis.px_per_hour)  # 48 px an hour: quarters are 12 px
    return page


def point_at(page: BoardPage, technician_id: str, when: dt.datetime) -> QPoint:
    """The viewport point in the technician's lane at `when` (scrolled into view)."""
    view = page.view
    lane = view.lanes.lane_of(technician_id)
    assert lane is not None and view.axis is not None
    x = view.axis.x(when)
    view.ensureVisible(QRectF(x - 60, lane.y, 120, lane.height), 0, 0)
    return view.mapFromScene(QPointF(x, lane.y + lane.height / 2))


def send(page: BoardPage, event: QEvent) -> None:
    QApplication.sendEvent(page.view.viewport(), event)


def drag_job(page: BoardPage, job_id: str, technician_id: str, when: dt.datetime) -> QPoint:
    """Drag a queued job over the lane at `when` (without dropping); the point reached."""
    model = page.queue.model
    mime = model.mimeData([model.index(model.row_of(job_id), 0)])
    pos = point_at(page, technician_id, when)
    page._drag_mime = mime  # type: ignore[attr-defined]  (kept alive until the drop)
    send(page, QDragEnterEvent(pos, COPY, mime, LEFT, NO_KEYS))
    send(page, QDragMoveEvent(pos, COPY, mime, LEFT, NO_KEYS))
    return pos


def drop_job(page: BoardPage, job_id: str, technician_id: str, when: dt.datetime) -> None:
    pos = drag_job(page, job_id, technician_id, when)
    send(page, QDropEvent(QPointF(pos), COPY, page._drag_mime, LEFT, NO_KEYS))  # type: ignore[attr-defined]


def mouse(page: BoardPage, kind: QEvent.Type, pos: QPoint) -> None:
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else LEFT
    global_pos = page.view.viewport().mapToGlobal(QPointF(pos))
    send(page, QMouseEvent(kind, QPointF(pos), global_pos, LEFT, buttons, NO_KEYS))


def drag_block(page: BoardPage, appointment_id: str, technician_id: str, when: dt.datetime,
               grip: bool = False) -> None:
    """Press on a block (its middle, or its right edge), move to the technician's lane at
    `when`, release."""
    item = page.view.board_scene.block(appointment_id)
    assert item is not None
    rect = item.rect
    press = QPointF(rect.right() - 2, rect.center().y()) if grip else rect.center()
    page.view.ensureVisible(rect, 0, 0)
    start = page.view.mapFromScene(press)
    mouse(page, QEvent.Type.MouseButtonPress, start)
    mouse(page, QEvent.Type.MouseMove, start + QPoint(20, 3))
    to = point_at(page, technician_id, when)
    mouse(page, QEvent.Type.MouseMove, to)
    mouse(page, QEvent.Type.MouseButtonRelease, to)
