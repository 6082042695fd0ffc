"""Small marks on the timeline: travel gaps between visits, the now-line, the drop ghost."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.services.board import TravelGap
from app.ui.board import style


class GapLook:
    """The font every gap label shares, with the widths of the labels met so far."""

    def __init__(self, font: QFont) -> None:
        self.font = font
        self._metrics = QFontMetricsF(font)
        self.height = self._metrics.height()
        self._widths: dict[str, float] = {}

    def width(self, label: str) -> float:
        if label not in self._widths:
            self._widths[label] = self._metrics.horizontalAdvance(label)
        return self._widths[label]


class GapItem(QGraphicsItem):
    """The time between two visits as a line across the lane's middle, with the estimated
    drive in minutes; red when the gap is shorter than the drive (or the visits overlap)."""

    def __init__(self, look: GapLook) -> None:
        super().__init__()
        self._look = look
        self.gap: TravelGap | None = None
        self._line = QLineF()
        self._rect = QRectF()
        self._label = ""

    def place(self, gap: TravelGap, left: float, right: float, middle: float) -> None:
        line = QLineF(left, middle, right, middle)
        if gap == self.gap and line == self._line:
            return
        self.prepareGeometryChange()
        self.gap, self._line = gap, line
        label = "" if gap.travel_minutes is None else f"{gap.travel_minutes}′"
        self._label = label if abs(right - left) > self._look.width(label) + 6 else ""
        h = self._look.height
        self._rect = QRectF(min(left, right), middle - h - 2, abs(right - left), h + 5)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        gap = self.gap
        if gap is None:
            return
        colour = style.GAP_SHORT if gap.too_short or gap.gap_minutes < 0 else style.GAP_OK
        painter.setPen(QPen(colour, 2 if gap.too_short else 1, Qt.PenStyle.DotLine))
        painter.drawLine(self._line)
        if self._label:
            painter.setFont(self._look.font)
            painter.setPen(colour)
            painter.drawText(self._rect.adjusted(0, 0, 0, -4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             self._label)


class NowLine(QGraphicsLineItem):
    def __init__(self) -> None:
        super().__init__()
        self.setZValue(10.0)
        self.setPen(QPen(style.NOW, 2))

    def place(self, x: float | None, height: float) -> None:
        self.setVisible(x is not None)
        if x is not None:
            self.setLine(QLineF(QPointF(x, 0), QPointF(x, height)))


class Ghost(QGraphicsRectItem):
    """Where a dragged job or block would land, green or red by the rules (grey: checking)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(5.0)
        self.setPen(QPen(style.SELECTED, 1, Qt.PenStyle.DashLine))
        self.hide()

    def show_at(self, rect: QRectF, fine: bool | None) -> None:
        colour: QColor = (style.GHOST_UNKNOWN if fine is None
                          else style.GHOST_OK if fine else style.GHOST_BAD)
        self.setBrush(QBrush(colour))
        self.setRect(rect)
        self.show()
