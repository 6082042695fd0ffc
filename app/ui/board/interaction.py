"""Dragging on the board: a job from the queue onto a lane, a block to another time or
technician, a block's right edge to resize it. While dragging, a ghost shows where the drop
lands and a tip beside the pointer names the rules it would break (asked in the background);
the drop itself is only reported (`dropped`): the page runs it through the services.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtWidgets import QApplication, QGraphicsView, QLabel, QWidget

from app.errors import DomainError
from app.scheduling.rules import Violation
from app.services.board import BoardAppointment, UnassignedJob
from app.ui.board import texts
from app.ui.board.geometry import SNAP_MINUTES, RowLayout, TimeAxis
from app.ui.board.probe import RuleProbe, Target
from app.ui.board.scene import BoardScene, block_rect
from app.ui.i18n import error_text

JOB_MIME = "application/x-fielddesk-job"  # a job id, dragged from the queue


class Mode(Enum):
    JOB = "job"  # from the queue
    MOVE = "move"
    RESIZE = "resize"


@dataclass
class Drag:
    mode: Mode
    job_id: str
    length: dt.timedelta
    appointment: BoardAppointment | None = None
    technician_id: str = ""  # the block's technician before the drag
    grab: dt.timedelta = dt.timedelta()  # pointer time minus the block's start
    origin: QPointF = field(default_factory=QPointF)
    started: bool = False
    target: Target | None = None


class DragTip(QLabel):
    """The rule verdict beside the pointer."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dragTip")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def show_at(self, pos: QPointF, text: str, bad: bool) -> None:
        colour = "#c62828" if bad else "#1b5e20"
        self.setStyleSheet(f"QLabel#dragTip {{ background: #fffde7; color: {colour};"
                           " border: 1px solid #9e9e9e; padding: 2px 4px; }")
        self.setText(text)
        self.adjustSize()
        self.move(pos.toPoint() + QPoint(16, 18))
        self.show()
        self.raise_()


class DragController(QObject):
    dropped = Signal(object, object)  # Target, Drag

    def __init__(self, view: QGraphicsView, scene: BoardScene, probe: RuleProbe,
                 supervisor: bool) -> None:
        super().__init__(view)
        self._view, self._scene, self._probe = view, scene, probe
        self._supervisor = supervisor
        self.axis: TimeAxis | None = None
        self.layout: RowLayout = RowLayout()
        self.drag: Drag | None = None
        self.tip = DragTip(view.viewport())
        self._pos = QPointF()
        probe.answered.connect(self._answered)

    @property
    def active(self) -> bool:
        return self.drag is not None

    def begin_job(self, job: UnassignedJob) -> None:
        self._begin(Drag(Mode.JOB, job.id, dt.timedelta(minutes=job.estimated_minutes),
                         started=True))

    def press_block(self, appt: BoardAppointment, technician_id: str, resize: bool,
                    scene_x: float, pos: QPointF) -> None:
        """A press on a live block: it starts moving once the pointer travels a little."""
        if not appt.live or self.axis is None:
            return
        self._begin(Drag(Mode.RESIZE if resize else Mode.MOVE, appt.job_id,
                         appt.end - appt.start, appt, technician_id,
                         self.axis.at(scene_x) - appt.start, QPointF(pos)))

    def _begin(self, drag: Drag) -> None:
        self._probe.reset()
        self.drag = drag

    def move(self, pos: QPointF) -> None:
        drag = self.drag
        if drag is None:
            return
        if not drag.started:
            if (pos - drag.origin).manhattanLength() < QApplication.startDragDistance():
                return
            drag.started = True
        self._pos = QPointF(pos)
        drag.target = self._target(self._view.mapToScene(pos.toPoint()))
        self._show()

    def finish(self, pos: QPointF) -> Target | None:
        """Drop here: report the target (None: a plain click, or no lane under the pointer)."""
        drag = self.drag
        if drag is not None and drag.started:
            self.move(pos)
        target = drag.target if drag is not None and drag.started else None
        self.cancel()
        if target is not None and drag is not None:
            self.dropped.emit(target, drag)
        return target

    def cancel(self) -> None:
        self.drag = None
        self._probe.reset()
        self._scene.ghost.hide()
        self.tip.hide()

    def _target(self, scene: QPointF) -> Target | None:
        drag, axis = self.drag, self.axis
        assert drag is not None
        if axis is None:
            return None
        lane = self.layout.lane_at(scene.y())
        a = drag.appointment
        if drag.mode is Mode.RESIZE and a is not None:
            end = max(axis.snap(axis.at(scene.x())), a.start + dt.timedelta(minutes=SNAP_MINUTES))
            return Target(a.job_id, drag.technician_id, a.start, end, a.id)
        if lane is None or lane.row is None:
            return None
        start = axis.snap(axis.at(scene.x()) - drag.grab)
        return Target(drag.job_id, lane.row.technician_id, start, start + drag.length,
                      a.id if a is not None else None)

    def _show(self) -> None:
        drag = self.drag
        target = drag.target if drag is not None else None
        lane = self.layout.lane_of(target.technician_id) if target is not None else None
        if target is None or lane is None or self.axis is None:
            self._scene.ghost.hide()
            self.tip.hide()
            return
        answer = self._probe.request(target)
        fine = None if answer is None else answer == []
        self._scene.ghost.show_at(block_rect(target.start, target.end, lane, self.axis), fine)
        self.tip.show_at(self._pos, self._verdict(target, answer), fine is False)

    def _verdict(self, target: Target, answer: list[Violation] | DomainError | None) -> str:
        when = texts.span(target.start, target.end, self.axis.tz) if self.axis else ""
        if answer is None:
            return self.tr("{when}: checking the rules…").format(when=when)
        if isinstance(answer, DomainError):
            return error_text(answer)
        if not answer:
            return self.tr("{when}: fits every rule").format(when=when)
        text = self.tr("{when} breaks: {rules}").format(when=when, rules=texts.rules_text(answer))
        if self._supervisor:
            text += "\n" + self.tr("Drop to override with a reason")
        return text

    def _answered(self, target: Target, answer: object) -> None:
        if self.drag is not None and self.drag.target == target:
            self._show()

