"""A lane's background: off-shift grey with the shift's hours white, absences hatched, the hour
grid and the travel gaps between visits; a group's lane is a plain band (its title is in the
technicians' column). Gaps are painted here rather than as items of their own: a week has
thousands, and only the painted lanes pay for them."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.services.board import TravelGap
from app.ui.board import style
from app.ui.board.geometry import Lane, TimeAxis
from app.ui.board.markers import GapLook, paint_gap

Z = -10.0


def grid_lines(axis: TimeAxis, top: float, bottom: float) -> tuple[list[QLineF], list[QLineF]]:
    """Hour lines (every labelled step) and day lines between `top` and `bottom`."""
    step = 1 if axis.px_per_hour >= 12 else axis.hour_step()
    hours, days = [], []
    for day in range(axis.days):
        left = day * axis.day_width
        if day:
            days.append(QLineF(left, top, left, bottom))
        for h in range(axis.hour_from + 1, axis.hour_to):
            if h % step == 0:
                x = left + (h - axis.hour_from) * axis.px_per_hour
                hours.append(QLineF(x, top, x, bottom))
    return hours, days


class LaneItem(QGraphicsItem):
    def __init__(self, gap_look: GapLook) -> None:
        super().__init__()
        self._gap_look = gap_look
        self.setZValue(Z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.lane: Lane | None = None
        self._rect = QRectF()
        self._shifts: list[QRectF] = []
        self._absences: list[tuple[QRectF, str]] = []
        self._axis: TimeAxis | None = None
        self._grid: tuple[list[QLineF], list[QLineF]] | None = None  # worked out when painted
        self._today = QRectF()
        self._gaps: list[tuple[TravelGap, float, float]] = []

    def place(self, lane: Lane, axis: TimeAxis, today: QRectF) -> None:
        if lane == self.lane and self._rect.width() == axis.width and today == self._today:
            return
        self.prepareGeometryChange()
        self.lane, self._today = lane, QRectF(today)
        self._rect = QRectF(0, lane.y, axis.width, lane.height)
        row = lane.row
        self._shifts = [] if row is None else [
            QRectF(axis.x(s.start), lane.y, axis.x(s.end) - axis.x(s.start), lane.height)
            for s in row.shifts]
        self._absences = [] if row is None else [
            (QRectF(axis.x(a.start), lane.y + 1, max(axis.x(a.end) - axis.x(a.start), 1.0),
                    lane.height - 2), a.reason)
            for a in row.absences]
        self._axis, self._grid = axis, None
        self._gaps = [] if row is None else [
            (g, axis.x(g.start), axis.x(g.end)) for g in row.gaps]
        self.update()

    def gap_at(self, x: float) -> TravelGap | None:
        """The travel gap between two visits at scene x, or None."""
        return next((g for g, left, right in self._gaps
                     if min(left, right) <= x <= max(left, right)), None)

    def _lines(self) -> tuple[list[QLineF], list[QLineF]]:
        """The hour and day lines (most lanes of a week are never painted: only those that are
        pay for them)."""
        if self._grid is None:
            assert self._axis is not None and self.lane is not None
            self._grid = grid_lines(self._axis, self.lane.y, self.lane.bottom)
        return self._grid

    def boundingRect(self) -> QRectF:
        return self._rect

    def absence_at(self, x: float) -> str | None:
        """The reason of the absence at scene x (empty when none was given), or None."""
        return next((reason for rect, reason in self._absences
                     if rect.left() <= x <= rect.right()), None)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        exposed = option.exposedRect.intersected(self._rect)
        if self.lane is None:
            return
        hours, days = self._lines()
        if self.lane.row is None:
            painter.fillRect(exposed, style.GROUP_BAND)
            painter.setPen(QPen(style.DAY_LINE, 1))
            painter.drawLines(days)
            return
        painter.fillRect(exposed, style.OFF_SHIFT)
        for rect in self._shifts:
            if rect.intersects(exposed):
                painter.fillRect(rect.intersected(exposed),
                                 style.TODAY if rect.intersects(self._today) else style.ON_SHIFT)
        painter.setPen(QPen(style.GRID, 0))
        painter.drawLines(hours)
        for rect, _reason in self._absences:
            if rect.intersects(exposed):
                painter.fillRect(rect, style.ABSENCE)
                painter.fillRect(rect, QBrush(style.GAP_SHORT, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(style.DAY_LINE, 1))
        painter.drawLines(days)
        painter.setPen(QPen(style.ROW_LINE, 0))
        painter.drawLine(QLineF(exposed.left(), self._rect.bottom() - 0.5,
                                exposed.right(), self._rect.bottom() - 0.5))
        self._absence_texts(painter, exposed)
        middle = self._rect.center().y()
        for gap, left, right in self._gaps:
            if max(left, right) >= exposed.left() and min(left, right) <= exposed.right():
                paint_gap(painter, self._gap_look, gap, left, right, middle)

    def _absence_texts(self, painter: QPainter, exposed: QRectF) -> None:
        painter.setPen(style.GAP_SHORT)
        for rect, reason in self._absences:
            if reason and rect.intersects(exposed) and rect.width() > 30:
                painter.drawText(rect.adjusted(4, 0, -4, 0),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 reason)
