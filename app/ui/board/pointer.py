"""Routes the board viewport's mouse and drop events to the view's `DragController`.

A press on a live block selects it and may start a move (or a resize at its right edge); a
drag from the queue enters with the job's id (`JOB_MIME`); a double-click opens the job.
A right-click on a block asks for its menu; tooltips are worded when asked for. Everything
else goes on to the QGraphicsView (selection, scrolling).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import QToolTip

from app.ui.board import texts
from app.ui.board.block_item import BlockItem
from app.ui.board.interaction import JOB_MIME
from app.ui.board.lane_item import LaneItem

if TYPE_CHECKING:
    from app.ui.board.view import BoardView

T = QEvent.Type


class PointerFilter(QObject):
    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self._view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if isinstance(event, QMouseEvent):
            return self._mouse(kind, event)
        if kind == T.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self._view.viewport())
            else:
                QToolTip.hideText()
            return True
        if kind == T.ContextMenu and isinstance(event, QContextMenuEvent):
            return self._menu(event)
        if kind == T.DragEnter and isinstance(event, QDragEnterEvent):
            return self._enter(event)
        drags = self._view.drags
        if kind == T.DragMove and isinstance(event, QDragMoveEvent):
            if drags.active:
                drags.move(event.position())
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == T.DragLeave:
            drags.cancel()
            return True
        if kind == T.Drop and isinstance(event, QDropEvent):
            if drags.active:
                drags.finish(event.position())
                event.acceptProposedAction()
            return True
        return False

    def _mouse(self, kind: QEvent.Type, event: QMouseEvent) -> bool:
        view, drags, pos = self._view, self._view.drags, event.position()
        if kind == T.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            return self._press(pos)
        if kind == T.MouseMove and drags.active:
            drags.move(pos)
            return True
        if kind == T.MouseButtonRelease and drags.active:
            drags.finish(pos)
            return True
        if kind == T.MouseButtonDblClick:
            item = view.block_at(pos)
            if item is not None and item.appointment is not None:
                view.openRequested.emit(item.appointment.job_id)
                return True
        return False

    def _press(self, pos: QPointF) -> bool:
        view = self._view
        item = view.block_at(pos)
        if item is None or item.appointment is None:
            return False
        view.board_scene.select_block(item.appointment.id)
        view.setFocus()
        scene_x = view.mapToScene(pos.toPoint()).x()
        lane = view.lanes.lane_at(item.rect.center().y())
        if lane is not None and lane.row is not None:
            view.drags.press_block(item.appointment, lane.row.technician_id,
                                   item.on_resize_grip(scene_x), scene_x, pos)
        return True

    def _menu(self, event: QContextMenuEvent) -> bool:
        item = self._view.block_at(QPointF(event.pos()))
        if item is None or item.appointment is None:
            return False
        self._view.board_scene.select_block(item.appointment.id)
        self._view.menuRequested.emit(item.appointment, event.globalPos())
        return True

    def tooltip_at(self, pos: QPointF) -> str:
        view = self._view
        tz = view.axis.tz if view.axis else ZoneInfo("UTC")
        scene_x = view.mapToScene(pos.toPoint()).x()
        for item in view.items(pos.toPoint()):
            if isinstance(item, BlockItem) and item.appointment is not None:
                return texts.block_tooltip(item.appointment, tz)
            if isinstance(item, LaneItem):
                reason = item.absence_at(scene_x)
                if reason is not None:
                    return texts.absence_tooltip(reason)
                gap = item.gap_at(scene_x)
                return "" if gap is None else texts.gap_tooltip(gap)
        return ""

    def _enter(self, event: QDragEnterEvent) -> bool:
        job_id = bytes(event.mimeData().data(JOB_MIME).data()).decode()
        job = self._view.job(job_id) if job_id else None
        if job is None:
            event.ignore()
            return True
        self._view.drags.begin_job(job)
        event.acceptProposedAction()
        return True
