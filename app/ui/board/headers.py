"""The fixed edges of the board: days and hours above the timeline, technicians left of it.

Both paint from the view's geometry and scroll offsets; the view places them in its margins.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from app.texts import shown
from app.ui import labels
from app.ui.board import style
from app.ui.board.geometry import Lane, RowLayout, TimeAxis


class TimeHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axis: TimeAxis | None = None
        self.offset = 0.0
        self.today: dt.date | None = None
        self.small = style.small_font(self.font(), 0.85)

    def set_state(self, axis: TimeAxis, offset: float, today: dt.date) -> None:
        self.axis, self.offset, self.today = axis, offset, today
        self.update()

    def day_label(self, axis: TimeAxis, index: int, room: float) -> str:
        """The day's date and weekday, every day's weekday shortened (then left out) when one
        day's full label would not fit `room` pixels: never a cut word, one form per board."""
        day = axis.first + dt.timedelta(days=index)
        date = day.isoformat() if axis.days == 1 else f"{day:%m-%d}"
        metrics = self.fontMetrics()
        days = [axis.first + dt.timedelta(days=i) for i in range(axis.days)]
        for name in (labels.weekday, labels.weekday_short):
            if all(metrics.horizontalAdvance(f"{date} {name(d.weekday())}") <= room
                   for d in days):
                return f"{date} {name(day.weekday())}"
        return date

    def hour_marks(self, axis: TimeAxis, left: float) -> list[tuple[float, QRectF, str]]:
        """The day's labelled hours: the tick's x, the label's box and text. A label sits right
        of its tick and only inside its own day, so no hour reads as the next day's."""
        metrics = QFontMetricsF(self.small)
        gap = 3.0
        width = metrics.horizontalAdvance("00:00") + 2 * gap
        step = axis.hour_step(width)
        right = left + axis.day_width
        marks = []
        for hour in range(axis.hour_from, axis.hour_to):
            if hour % step:
                continue
            x = left + (hour - axis.hour_from) * axis.px_per_hour
            box = QRectF(x + gap, self.height() / 2, width - gap, self.height() / 2)
            if box.right() <= right - gap:
                marks.append((x, box, f"{hour:02d}:00"))
        return marks

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        axis = self.axis
        if axis is None:
            return
        half = self.height() / 2
        for index in range(axis.days):
            left = index * axis.day_width - self.offset
            if left > self.width() or left + axis.day_width < 0:
                continue
            self._day(painter, axis, index, left, half)
        painter.setPen(QPen(style.DAY_LINE, 1))
        bottom = self.height() - 0.5
        painter.drawLine(QPointF(0, bottom), QPointF(self.width(), bottom))

    def _day(self, painter: QPainter, axis: TimeAxis, index: int, left: float,
             half: float) -> None:
        day = axis.first + dt.timedelta(days=index)
        band = QRectF(left, 0, axis.day_width, half)
        if day == self.today:
            painter.fillRect(band, style.TODAY)
        painter.setPen(QPen(style.DAY_LINE, 1))
        painter.drawLine(QPointF(left, 0), QPointF(left, self.height()))
        visible = band.intersected(QRectF(0, 0, self.width(), half)).adjusted(4, 0, -2, 0)
        painter.setPen(style.TEXT)
        painter.setFont(self.font())
        painter.drawText(visible, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self.day_label(axis, index, visible.width()))
        painter.setFont(self.small)
        for x, box, text in self.hour_marks(axis, left):
            painter.setPen(QPen(style.GRID.darker(130), 1))
            painter.drawLine(QPointF(x, self.height() - 6), QPointF(x, self.height()))
            painter.setPen(style.TEXT_ON_DONE)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             text)


class RowHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_: RowLayout = RowLayout()
        self.offset = 0.0
        self.bold = style.small_font(self.font(), 1.0, bold=True)
        self.small = style.small_font(self.font(), 0.8)

    def set_state(self, layout: RowLayout, offset: float) -> None:
        self.layout_, self.offset = layout, offset
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        for lane in self.layout_.between(self.offset, self.offset + self.height()):
            rect = QRectF(0, lane.y - self.offset, self.width(), lane.height)
            if lane.row is None:
                self._group(painter, lane, rect)
            else:
                self._technician(painter, lane, rect)
        painter.setPen(QPen(style.DAY_LINE, 1))
        painter.drawLine(QPointF(self.width() - 0.5, 0),
                         QPointF(self.width() - 0.5, self.height()))

    def _group(self, painter: QPainter, lane: Lane, rect: QRectF) -> None:
        painter.fillRect(rect, style.GROUP_BAND)
        painter.setPen(style.TEXT)
        painter.setFont(self.bold)
        painter.drawText(rect.adjusted(6, 0, -4, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         painter.fontMetrics().elidedText(shown(lane.title),
                                                          Qt.TextElideMode.ElideRight,
                                                          int(rect.width() - 10)))

    def _technician(self, painter: QPainter, lane: Lane, rect: QRectF) -> None:
        row = lane.row
        assert row is not None
        painter.fillRect(QRectF(rect.left(), rect.top() + 2, 5, rect.height() - 4),
                         QColor(row.colour) if QColor.isValidColorName(row.colour)
                         else style.GRID)
        colour = style.TEXT if row.active else style.TEXT_ON_DONE
        top, bottom = rect.adjusted(10, 2, -4, -rect.height() / 2), rect.adjusted(
            10, rect.height() / 2, -4, -2)
        painter.setPen(colour)
        painter.setFont(self.bold)
        painter.drawText(top, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
                         shown(row.name))
        painter.setFont(self.small)
        detail = shown(f"{row.code} · {row.team}" if row.team else row.code)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                         painter.fontMetrics().elidedText(detail, Qt.TextElideMode.ElideRight,
                                                          int(bottom.width())))
        painter.setPen(QPen(style.ROW_LINE, 1))
        line = rect.bottom() - 0.5
        painter.drawLine(QPointF(0, line), QPointF(rect.right(), line))
