"""The board's scene: one item per lane, appointment and travel gap, kept by key.

`show()` places the items of a new read model or a new geometry: items whose data and place did
not change are left alone, new ones are added and gone ones removed, so a refresh after a write
elsewhere keeps the selection, the scroll position and the zoom. Painting reads only the items'
own copies of the data, never the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import TypeVar

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

from app.heap import collector_paused
from app.models.enums import JobType
from app.services.board import BoardAppointment, BoardData
from app.ui.board import style, texts
from app.ui.board.block_item import BlockItem, BlockLook
from app.ui.board.geometry import Lane, RowLayout, TimeAxis
from app.ui.board.lane_item import LaneItem
from app.ui.board.markers import GapLook, Ghost, NowLine

Item = TypeVar("Item", bound=QGraphicsItem)
Value = TypeVar("Value")


def block_rect(start: dt.datetime, end: dt.datetime, lane: Lane, axis: TimeAxis) -> QRectF:
    left = axis.x(start)
    width = max(axis.x(end) - left, 3.0)
    return QRectF(left, lane.y + style.BLOCK_MARGIN, width, lane.height - 2 * style.BLOCK_MARGIN)


class BoardScene(QGraphicsScene):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lanes: dict[str, LaneItem] = {}
        self.blocks: dict[str, BlockItem] = {}
        self.now_line = NowLine()
        self.ghost = Ghost()
        self.addItem(self.now_line)
        self.addItem(self.ghost)
        self.look = BlockLook(self.font(), {t: texts.mark(t) for t in JobType})
        self._gap_look = GapLook(style.small_font(self.font(), 0.75))

    def show(self, data: BoardData, axis: TimeAxis, layout: RowLayout,
             now: dt.datetime) -> None:
        # Thousands of new item wrappers would set off full garbage collections over the whole
        # heap (a third of the build time, measured); nothing here makes cycles to collect.
        with collector_paused():
            self._show(axis, layout, now)

    def _show(self, axis: TimeAxis, layout: RowLayout, now: dt.datetime) -> None:
        self.setSceneRect(QRectF(0, 0, axis.width, max(layout.height, 1.0)))
        today = QRectF()
        if axis.contains(now):
            day = (now.astimezone(axis.tz).date() - axis.first).days
            today = QRectF(day * axis.day_width, 0, axis.day_width, layout.height)
        self._sync(self.lanes, {_lane_key(lane): lane for lane in layout.lanes},
                   lambda: LaneItem(self._gap_look),
                   lambda item, lane: item.place(lane, axis, today))
        self._sync(self.blocks, dict(_blocks(layout)), lambda: BlockItem(self.look),
                   lambda item, v: item.place(v[0], block_rect(v[0].start, v[0].end, v[1], axis)))
        self.place_now(axis, layout, now)

    def place_now(self, axis: TimeAxis, layout: RowLayout, now: dt.datetime) -> None:
        self.now_line.place(axis.x(now) if axis.contains(now) else None, layout.height)

    def _sync(self, store: dict[str, Item] | dict[tuple[str, str], Item],
              wanted: dict[str, Value] | dict[tuple[str, str], Value],
              make: Callable[[], Item], place: Callable[[Item, Value], None]) -> None:
        items: dict[object, Item] = store  # type: ignore[assignment]
        for key in [k for k in items if k not in wanted]:
            self.removeItem(items.pop(key))
        for key, value in wanted.items():
            item = items.get(key)
            if item is None:
                item = items[key] = make()
                self.addItem(item)
            place(item, value)

    def block(self, appointment_id: str) -> BlockItem | None:
        return self.blocks.get(appointment_id)

    def selected_appointment(self) -> BoardAppointment | None:
        for item in self.selectedItems():
            if isinstance(item, BlockItem):
                return item.appointment
        return None

    def select_block(self, appointment_id: str | None) -> BlockItem | None:
        item = self.blocks.get(appointment_id) if appointment_id else None
        self.clearSelection()
        if item is not None:
            item.setSelected(True)
        return item


def _lane_key(lane: Lane) -> str:
    return lane.row.technician_id if lane.row else f"\0{lane.y}:{lane.title}"


def _blocks(layout: RowLayout) -> Iterator[tuple[str, tuple[BoardAppointment, Lane]]]:
    for lane in layout.lanes:
        if lane.row is not None:
            for a in lane.row.appointments:
                yield a.id, (a, lane)
