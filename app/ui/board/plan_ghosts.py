"""A proposed plan on the board: each visit it adds or moves as a dashed ghost in its
technician's lane (green: added, blue: moved), labelled with the job number, above the real
visits; cleared when the proposal is accepted or rejected."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

from app.scheduling.proposal import Change, ProposedVisit
from app.ui.board import style
from app.ui.board.geometry import RowLayout, TimeAxis

ADDED = QColor(46, 125, 50, 90)
MOVED = QColor(21, 101, 192, 90)


class PlanGhost(QGraphicsRectItem):
    def __init__(self, visit: ProposedVisit) -> None:
        super().__init__()
        self.visit = visit
        self.setZValue(6.0)
        colour = ADDED if visit.change is Change.ADDED else MOVED
        self.setBrush(QBrush(colour))
        self.setPen(QPen(colour.darker(150), 1.5, Qt.PenStyle.DashLine))
        self.label = QGraphicsSimpleTextItem(visit.label, self)
        self.setToolTip(visit.label)


class PlanGhosts:
    """The ghosts of one proposal in a scene, placed again whenever the board is laid out."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self.items: list[PlanGhost] = []

    def show(self, visits: list[ProposedVisit]) -> None:
        self.clear()
        for v in visits:
            if v.change in (Change.ADDED, Change.MOVED):
                item = PlanGhost(v)
                self._scene.addItem(item)
                self.items.append(item)

    def place(self, axis: TimeAxis | None, layout: RowLayout) -> None:
        for item in self.items:
            lane = layout.lane_of(item.visit.technician_id)
            visible = axis is not None and lane is not None and axis.contains(item.visit.start)
            item.setVisible(visible)
            if visible and axis is not None and lane is not None:
                left = axis.x(item.visit.start)
                item.setRect(QRectF(left, lane.y + style.BLOCK_MARGIN,
                                    max(axis.x(item.visit.end) - left, 3.0),
                                    lane.height - 2 * style.BLOCK_MARGIN))
                item.label.setPos(left + 3, lane.y + style.BLOCK_MARGIN + 1)

    def clear(self) -> None:
        for item in self.items:
            self._scene.removeItem(item)
        self.items = []
