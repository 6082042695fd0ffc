"""Small marks on the timeline: travel gaps between visits, the now-line, the drop ghost."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem

from app.services.board import TravelGap
from app.ui.board import style, texts


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


def paint_gap(painter: QPainter, look: GapLook, gap: TravelGap, left: float, right: float,
              middle: float) -> None:
    """The time between two visits as a line across the lane's middle, with the estimated
    drive in minutes; red when the gap is shorter than the drive (or the visits overlap)."""
    colour = style.GAP_SHORT if gap.too_short or gap.gap_minutes < 0 else style.GAP_OK
    painter.setPen(QPen(colour, 2 if gap.too_short else 1, Qt.PenStyle.DotLine))
    painter.drawLine(QLineF(left, middle, right, middle))
    label = "" if gap.travel_minutes is None else texts.drive_text(gap.travel_minutes)
    if label and abs(right - left) > look.width(label) + 6:
        painter.setFont(look.font)
        painter.setPen(colour)
        h = look.height
        painter.drawText(QRectF(min(left, right), middle - h - 2, abs(right - left), h + 1),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, label)


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
