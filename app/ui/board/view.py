"""The timeline: technicians' lanes down, days and hours across (`BoardView`, a QGraphicsView).

The view owns what is shown (scale, zoom, grouping, technician filter) and turns a `BoardData`
into geometry for its scene and headers; `show_data` with a fresh read model keeps the scroll
position, zoom and selection. Ctrl+wheel or +/- zoom around the pointer; arrows move the
selection between blocks; mouse drags and drops go to the `DragController`. Until the user
zooms, a scale fits the working hours of its days into the width (0 goes back to that).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from app.scheduling.proposal import ProposedVisit
from app.services.board import BoardAppointment, BoardData, BoardRow, UnassignedJob
from app.ui.board import style, texts
from app.ui.board.block_item import BlockItem
from app.ui.board.geometry import (
    MAX_PX_PER_HOUR,
    MIN_PX_PER_HOUR,
    ZOOM_STEP,
    Grouping,
    RowLayout,
    Scale,
    TimeAxis,
    fit_px_per_hour,
    lay_out,
    matches,
    working_window,
)
from app.ui.board.headers import RowHeader, TimeHeader
from app.ui.board.interaction import DragController
from app.ui.board.navigation import on_key
from app.ui.board.plan_ghosts import PlanGhosts
from app.ui.board.pointer import PointerFilter
from app.ui.board.probe import RuleProbe
from app.ui.board.scene import BoardScene

HOME_AT = 0.15  # the now-line (or the working day's start) this far into the viewport
MIN_WIDTH = 100  # narrower, the view is not laid out yet


class BoardView(QGraphicsView):
    selected = Signal(object)  # BoardAppointment | None
    openRequested = Signal(str)  # job id
    unassignRequested = Signal(object)  # BoardAppointment
    visitRequested = Signal(object, str)  # BoardAppointment, "arrive" | "finish" | "times"
    pinRequested = Signal(object)  # BoardAppointment
    menuRequested = Signal(object, QPoint)  # BoardAppointment, global position
    undoRequested = Signal()
    redoRequested = Signal()

    def __init__(self, probe: RuleProbe, supervisor: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board_scene = BoardScene(self)
        self.plan_ghosts = PlanGhosts(self.board_scene)
        self.setScene(self.board_scene)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setViewportMargins(style.NAME_WIDTH, style.HEADER_HEIGHT, 0, 0)
        self.time_header = TimeHeader(self)
        self.row_header = RowHeader(self)
        self.drags = DragController(self, self.board_scene, probe, supervisor)
        self.pointer = PointerFilter(self)
        self.data: BoardData | None = None
        self.time_scale = Scale.WEEK
        self.zoom: dict[Scale, float | None] = {s: None for s in Scale}  # None: fit the width
        self.grouping, self.search, self.skill = Grouping.TEAM, "", ""
        self.now = dt.datetime.now(dt.UTC)
        self.axis: TimeAxis | None = None
        self.lanes = RowLayout()
        self._home_pending = False
        self._work_from = 7
        self.horizontalScrollBar().valueChanged.connect(self._sync_headers)
        self.verticalScrollBar().valueChanged.connect(self._sync_headers)
        self.board_scene.selectionChanged.connect(self._selection_changed)

    # -- what is shown -----------------------------------------------------------------------

    def show_data(self, data: BoardData, scale: Scale, now: dt.datetime,
                  home: bool = False) -> None:
        """A new read model; `home` scrolls to now (or the working day) once laid out."""
        self.data, self.time_scale, self.now = data, scale, now
        self._home_pending = self._home_pending or home
        self.rebuild()

    def set_filter(self, grouping: Grouping, search: str, skill: str) -> None:
        self.grouping, self.search, self.skill = grouping, search, skill
        self.rebuild()

    def show_plan(self, visits: list[ProposedVisit]) -> None:
        """A proposal's added and moved visits as ghosts (empty: none)."""
        self.plan_ghosts.show(visits)
        self.plan_ghosts.place(self.axis, self.lanes)

    def set_now(self, now: dt.datetime) -> None:
        self.now = now
        if self.axis is not None:
            self.board_scene.place_now(self.axis, self.lanes, now)

    def visible_rows(self) -> list[BoardRow]:
        if self.data is None:
            return []
        return [r for r in self.data.rows
                if matches(r, self.search, self.skill, lambda row: texts.skills_text(row.skills))]

    def rebuild(self) -> None:
        data = self.data
        if data is None:
            return
        tz = ZoneInfo(data.timezone)
        work = working_window(data.rows, tz)
        hours = (0, 24) if self.time_scale is Scale.DAY else work
        pph = self.zoom[self.time_scale] or fit_px_per_hour(
            self.viewport().width(), data.days * (work[1] - work[0]), self.time_scale.px_per_hour)
        self.axis = TimeAxis(data.start.astimezone(tz).date(), data.days, tz, *hours, pph)
        self._work_from = work[0]
        by_team = self.grouping is Grouping.TEAM
        self.lanes = lay_out(self.visible_rows(), self.grouping,
                             lambda key: texts.group_title(key, by_team))
        self.drags.axis, self.drags.layout = self.axis, self.lanes
        self.board_scene.show(data, self.axis, self.lanes, self.now)
        self.plan_ghosts.place(self.axis, self.lanes)
        self._sync_headers()
        self._go_home()

    def technician_of(self, appointment_id: str) -> str:
        """The technician of an appointment on the board."""
        rows = self.data.rows if self.data is not None else ()
        return next(r.technician_id for r in rows
                    if any(a.id == appointment_id for a in r.appointments))

    def job(self, job_id: str) -> UnassignedJob | None:
        if self.data is None:
            return None
        return next((j for j in self.data.unassigned if j.id == job_id), None)

    # -- scrolling and zoom ------------------------------------------------------------------

    def _sync_headers(self) -> None:
        m = self.viewportMargins()
        frame = self.frameWidth()
        self.time_header.setGeometry(frame + m.left(), frame, self.viewport().width(), m.top())
        self.row_header.setGeometry(frame, frame + m.top(), m.left(), self.viewport().height())
        if self.axis is None:
            return
        self.time_header.set_state(self.axis, self.horizontalScrollBar().value(),
                                   self.now.astimezone(self.axis.tz).date())
        self.row_header.set_state(self.lanes, self.verticalScrollBar().value())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.zoom[self.time_scale] is None and event.size().width() != event.oldSize().width():
            self.rebuild()  # fitting the width: the new width changes the zoom
        self._sync_headers()
        self._go_home()

    def _go_home(self) -> None:
        """Scroll to now, else the working day's start, once the view has its size."""
        axis = self.axis
        if not self._home_pending or axis is None or self.viewport().width() < MIN_WIDTH:
            return
        self._home_pending = False
        home = self.now if axis.contains(self.now) else axis.day_start(0) + dt.timedelta(
            hours=self._work_from)
        self.scroll_to_time(home)
        self.verticalScrollBar().setValue(0)

    def scroll_to_time(self, t: dt.datetime) -> None:
        if self.axis is not None:
            x = self.axis.x(t)
            self.horizontalScrollBar().setValue(round(x - self.viewport().width() * HOME_AT))

    def fit(self) -> None:
        """Back to the zoom that fits the working hours of the window into the width."""
        self.zoom[self.time_scale] = None
        self._home_pending = True
        self.rebuild()

    def zoom_by(self, factor: float, anchor: float | None = None) -> None:
        """Zoom the time axis around viewport x `anchor` (default: the middle)."""
        axis = self.axis
        if axis is None:
            return
        anchor = self.viewport().width() / 2 if anchor is None else anchor
        bar = self.horizontalScrollBar()
        moment = axis.at(bar.value() + anchor)
        pph = min(max(axis.px_per_hour * factor, MIN_PX_PER_HOUR), MAX_PX_PER_HOUR)
        self.zoom[self.time_scale] = pph
        self.rebuild()
        assert self.axis is not None
        bar.setValue(round(self.axis.x(moment) - anchor))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP ** steps, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    # -- keyboard ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if on_key(self, event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def _selection_changed(self) -> None:
        self.selected.emit(self.board_scene.selected_appointment())

    def select(self, appt: BoardAppointment | None) -> None:
        item = self.board_scene.select_block(appt.id if appt else None)
        if item is not None:
            self.ensureVisible(item, 40, 10)

    # -- mouse ---------------------------------------------------------------------------------

    def block_at(self, pos: QPointF) -> BlockItem | None:
        for item in self.items(pos.toPoint()):
            if isinstance(item, BlockItem):
                return item
        return None
