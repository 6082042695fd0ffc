"""What the marks on the board mean: each swatch drawn with the board's own colours and strokes,
beside its meaning (the toolbar's Legend button shows it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.models.enums import AppointmentStatus, JobType
from app.ui import labels
from app.ui.board import style, texts

SWATCH = (34, 16)
Painter = Callable[[QPainter, QRectF], None]


def _fill(colour: QColor) -> Painter:
    return lambda p, r: p.fillRect(r, colour)


def _type_tab(p: QPainter, r: QRectF) -> None:
    p.fillRect(r, style.VISIT[AppointmentStatus.SCHEDULED])
    p.fillRect(QRectF(r.left(), r.top(), 16, r.height()), style.JOB_TYPE[JobType.REPAIR])
    p.setPen(style.WHITE)
    p.drawText(QRectF(r.left(), r.top(), 16, r.height()), Qt.AlignmentFlag.AlignCenter,
               texts.mark(JobType.REPAIR))


def _corner(p: QPainter, r: QRectF) -> None:
    p.fillRect(r, style.VISIT[AppointmentStatus.SCHEDULED])
    p.fillRect(QRectF(r.right() - 5, r.top(), 5, 5), style.TEXT)


def _outline(pen: QPen) -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        p.fillRect(r, style.VISIT[AppointmentStatus.SCHEDULED])
        p.setPen(pen)
        p.drawRect(r.adjusted(1, 1, -1, -1))
    return paint


def _line(pen: QPen) -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(pen)
        y = r.center().y()
        p.drawLine(QLineF(r.left(), y, r.right(), y))
    return paint


def _now(p: QPainter, r: QRectF) -> None:
    p.setPen(QPen(style.NOW, 2))
    x = r.center().x()
    p.drawLine(QLineF(x, r.top(), x, r.bottom()))


def swatch(paint: Painter) -> QPixmap:
    pixmap = QPixmap(*SWATCH)
    pixmap.fill(style.ON_SHIFT)
    painter = QPainter(pixmap)
    rect = QRectF(0, 0, *SWATCH)
    paint(painter, rect)
    painter.setPen(QPen(style.ROW_LINE, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    painter.end()
    return pixmap


class LegendPanel(QWidget):
    """Two columns of swatch and meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(8)
        title = QLabel(self.tr("Visits are coloured by status:"), self)
        grid.addWidget(title, 0, 0, 1, 2)
        self.meanings: list[str] = []
        self.swatches: list[QPixmap] = []
        for row, (paint, meaning) in enumerate(self.entries(), start=1):
            picture = QLabel(self)
            self.swatches.append(swatch(paint))
            picture.setPixmap(self.swatches[-1])
            grid.addWidget(picture, row, 0)
            grid.addWidget(QLabel(meaning, self), row, 1)
            self.meanings.append(meaning)

    def entries(self) -> list[tuple[Painter, str]]:
        """Every mark the board draws, with its meaning (translated)."""
        statuses: list[tuple[Painter, str]] = [
            (_fill(style.VISIT[s]), labels.visit_status(s))
            for s in (AppointmentStatus.SCHEDULED, AppointmentStatus.TRAVELLING,
                      AppointmentStatus.ON_SITE, AppointmentStatus.DONE)]
        gap, short = (QPen(style.GAP_OK, 1, Qt.PenStyle.DotLine),
                      QPen(style.GAP_SHORT, 2, Qt.PenStyle.DotLine))
        return [
            *statuses,
            (_type_tab, self.tr("Left tab: the job type (colour and letter)")),
            (_corner, self.tr("Black corner: time fixed with the customer")),
            (_outline(QPen(style.OVERRIDDEN, 1.5, Qt.PenStyle.DashLine)),
             self.tr("Dashed outline: booked against a rule by a supervisor")),
            (_line(gap), self.tr("Dotted line: time between visits, with the drive in minutes")),
            (_line(short), self.tr("Red dotted line: too short for the drive")),
            (_fill(style.ON_SHIFT), self.tr("White: on shift")),
            (_fill(style.OFF_SHIFT), self.tr("Grey: off shift")),
            (_fill(style.ABSENCE), self.tr("Red band: absent")),
            (_now, self.tr("Red line: now")),
        ]
