"""A pad to sign on with the mouse, a pen tablet or a touch screen's mouse emulation.

Strokes are kept as QPainterPaths in widget coordinates; `to_png()` draws them in black on
white, trimmed to the ink plus a small margin, at twice the screen size for a sharp print.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor(20, 20, 60)
PEN_WIDTH = 2.5
MARGIN = 8  # white around the ink in the image, in widget pixels
SCALE = 2  # image pixels per widget pixel
DOT = QPointF(0.01, 0.01)  # a tap draws a dot: a round cap on a line of almost no length


class SignaturePad(QWidget):
    changed = Signal()  # a stroke was finished, or the pad was cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[QPainterPath] = []
        self._drawing: QPainterPath | None = None
        self.setMinimumSize(QSize(420, 160))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setToolTip(self.tr("Sign here with the mouse or a pen"))

    @property
    def is_empty(self) -> bool:
        return not self.strokes

    def clear(self) -> None:
        self.strokes.clear()
        self._drawing = None
        self.update()
        self.changed.emit()

    # -- input -------------------------------------------------------------------------------

    def _begin(self, at: QPointF) -> None:
        self._drawing = QPainterPath(at)
        self._drawing.lineTo(at + DOT)
        self.strokes.append(self._drawing)
        self.update()

    def _extend(self, at: QPointF) -> None:
        if self._drawing is not None:
            self._drawing.lineTo(at)
            self.update()

    def _end(self) -> None:
        if self._drawing is not None:
            self._drawing = None
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        """A pen: handled here, so Qt does not also send the mouse events it would make."""
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._extend(event.position())
            self._end()
        event.accept()

    # -- drawing -----------------------------------------------------------------------------

    def _draw_strokes(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self.strokes:
            painter.drawPath(stroke)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QPen(QColor(190, 190, 190), 1, Qt.PenStyle.DashLine))
        baseline = self.height() * 3 // 4
        painter.drawLine(MARGIN * 2, baseline, self.width() - MARGIN * 2, baseline)
        self._draw_strokes(painter)
        painter.end()

    def ink_rect(self) -> QRectF:
        """The strokes' bounding box with the pen's width and the margin around."""
        box = QRectF()
        for stroke in self.strokes:
            box = box.united(stroke.boundingRect())
        grow = MARGIN + PEN_WIDTH
        return box.adjusted(-grow, -grow, grow, grow)

    def to_png(self) -> bytes:
        """The signature as PNG bytes, black on white, trimmed; empty bytes when unsigned."""
        if self.is_empty:
            return b""
        box = self.ink_rect()
        image = QImage((box.size() * SCALE).toSize(), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.scale(SCALE, SCALE)
        painter.translate(-box.topLeft())
        self._draw_strokes(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # (stubs want bytes)
        buffer.close()
        return bytes(data.data())
