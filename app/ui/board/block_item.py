"""An appointment on the board: a block coloured by the visit's status, a tab marking the job
type, the job number and customer, and the SLA corner (time left; overdue in red)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.models.enums import JobType
from app.scheduling.sla import SlaState
from app.services.board import BoardAppointment
from app.texts import shown
from app.ui.board import style, texts

Z = 1.0


class BlockLook:
    """What every block shares: fonts, their metrics and the job type marks (translated)."""

    def __init__(self, base: QFont, marks: dict[JobType, str]) -> None:
        self.font = style.small_font(base, 0.85)
        self.bold = style.small_font(base, 0.85, bold=True)
        self.metrics = QFontMetricsF(self.font)
        self.bold_metrics = QFontMetricsF(self.bold)
        self.marks = marks


class BlockItem(QGraphicsItem):
    def __init__(self, look: BlockLook) -> None:
        super().__init__()
        self.setZValue(Z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.look = look
        self.appointment: BoardAppointment | None = None
        self._rect = QRectF()
        self._texts: tuple[float, str, str, str] = (-1.0, "", "", "")

    @property
    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def place(self, appt: BoardAppointment, rect: QRectF) -> None:
        if appt == self.appointment and rect == self._rect:
            return
        self.prepareGeometryChange()
        self.appointment, self._rect = appt, QRectF(rect)
        self._texts = (-1.0, "", "", "")
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def on_resize_grip(self, x: float) -> bool:
        """Whether scene x is on the right edge that resizes the block."""
        return self._rect.right() - style.RESIZE_GRIP <= x <= self._rect.right() + 1

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        live = self.appointment is not None and self.appointment.live
        grip = live and self.on_resize_grip(event.pos().x())
        self.setCursor(Qt.CursorShape.SizeHorCursor if grip else Qt.CursorShape.ArrowCursor)

    def _elided(self) -> tuple[str, str, str]:
        """The number, customer and SLA badge that fit the block's width (worked out when the
        block is first painted, then cached per width: most of a week's blocks never are)."""
        width = self._rect.width()
        if self._texts[0] != width:
            a = self.appointment
            assert a is not None
            room = width - style.MARK_WIDTH - 6
            m = self.look.metrics
            full = texts.sla_badge(a.sla, a.sla_minutes_left)
            badge = full if m.horizontalAdvance(full) + 40 < room else ""
            number_room = room - (m.horizontalAdvance(badge) + 4 if badge else 0)
            number = a.job_number
            if self.look.bold_metrics.horizontalAdvance(number) > number_room:
                number = number.rsplit("-", 1)[-1]
            number = self.look.bold_metrics.elidedText(number, Qt.TextElideMode.ElideRight,
                                                       max(number_room, 0))
            customer = m.elidedText(shown(a.customer_name), Qt.TextElideMode.ElideRight,
                                    max(room, 0))
            self._texts = (width, number, customer, badge)
        return self._texts[1], self._texts[2], self._texts[3]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        a = self.appointment
        if a is None:
            return
        r = self._rect
        painter.fillRect(r, style.VISIT[a.status])
        narrow = r.width() < style.MARK_WIDTH * 2.5  # a stripe, so the status colour shows
        tab = QRectF(r.left(), r.top(), min(3.0, r.width() / 3) if narrow else style.MARK_WIDTH,
                     r.height())
        painter.fillRect(tab, style.JOB_TYPE[a.job_type])
        if narrow:
            self._outline(painter, option, a)
            return
        look = self.look
        painter.setFont(look.font)
        painter.setPen(style.WHITE)
        painter.drawText(tab, Qt.AlignmentFlag.AlignCenter, look.marks[a.job_type])
        number, customer, badge = self._elided()
        left = r.left() + style.MARK_WIDTH + 3
        ascent = look.metrics.ascent()
        line1, line2 = r.top() + 2 + ascent, r.top() + 2 + ascent + look.metrics.height()
        text_colour = style.TEXT_ON_DONE if not a.live else style.TEXT
        if badge:
            self._badge_at(painter, badge, a.sla, QPointF(r.right() - 3, line1))
        painter.setPen(text_colour)
        painter.setFont(look.bold)
        painter.drawText(QPointF(left, line1), number)
        painter.setFont(look.font)
        painter.drawText(QPointF(left, line2), customer)
        self._outline(painter, option, a)

    def _badge_at(self, painter: QPainter, badge: str, sla: SlaState, right: QPointF) -> None:
        m = self.look.metrics
        width = m.horizontalAdvance(badge)
        at = QPointF(right.x() - width, right.y())
        if sla is SlaState.OVERDUE:
            painter.fillRect(QRectF(at.x() - 2, at.y() - m.ascent() - 1, width + 4,
                                    m.height() + 1), style.SLA[sla])
            painter.setPen(style.WHITE)
        else:
            painter.setPen(style.SLA[sla])
        painter.drawText(at, badge)

    def _outline(self, painter: QPainter, option: QStyleOptionGraphicsItem,
                 a: BoardAppointment) -> None:
        if a.pinned:  # a corner: the visit is fixed with the customer
            r = self._rect
            painter.fillRect(QRectF(r.right() - 5, r.top(), 5, 5), style.TEXT)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(QPen(style.SELECTED, 2))
        elif a.override_reason:
            painter.setPen(QPen(style.OVERRIDDEN, 1.5, Qt.PenStyle.DashLine))
        else:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._rect.adjusted(1, 1, -1, -1))
