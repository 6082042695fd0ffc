"""`MapView`: the map widget. Paints the basemap (or MBTiles tiles), home bases, a day route and
the job pins from plain data; zooms with the wheel and +/-, pans by dragging and with the arrow
keys; selects pins by click (Ctrl toggles) or Shift+drag (a rectangle); a drag of a selected pin
or "Set location here" in the context menu asks to move the job's site. A job selected
elsewhere whose site has no location yet (`MapData.unplaced`) stays selected without a pin, so
"Set location here" gives it one.

The view only tells what the user did (signals); the page writes through the services.
"""

from __future__ import annotations

import math
from enum import Enum, auto
from itertools import chain, count

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget

from app.map.basemap import default_basemap
from app.map.labels import NOTHING, Blocked, blocked
from app.map.mercator import to_latlon, to_world
from app.map.viewport import Viewport
from app.services.map_data import DayRoute, HomeBase, MapData, UnplacedJob
from app.texts import shown
from app.ui import labels
from app.ui.formatting import duration
from app.ui.map import layers, style
from app.ui.map.legend import MapLegend
from app.ui.map.pins import PinLayer, screen_rect
from app.ui.map.tile_labels import TileLabels
from app.ui.map.tiles import TileSource

WHEEL_STEP = 0.5  # zoom levels per wheel notch
KEY_PAN = 0.2  # of the view's size per arrow key
CHINA = (35.0, 105.0, 4.0)  # lat, lon, zoom shown before anything is loaded
FIT_MAX_ZOOM = 15.0
LEGEND_MARGIN = 8  # pixels between the legend and the map's edges
OBSTACLES = count()  # names each set of obstacles to labels, in every view (labels are kept)


class Drag(Enum):
    NONE = auto()
    PAN = auto()
    BAND = auto()  # Shift+drag: select a rectangle
    MOVE = auto()  # a selected pin to a new place


class MapView(QWidget):
    selectionChanged = Signal(list)  # job ids the user selected
    moveRequested = Signal(str, float, float)  # job id, lat, lon (a pin dropped, or the menu)
    openRequested = Signal(str)  # job id
    viewChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(240, 180)
        lat, lon, zoom = CHINA
        self.vp = Viewport(zoom=zoom).centred(*to_world(lat, lon))
        self.basemap = layers.BasemapLayer(default_basemap, self.font())
        self.tile_labels = TileLabels(self.font(), self.basemap.char_px, self.basemap.line_px)
        self.pins = PinLayer()
        self.legend = MapLegend(self)
        self.legend.hide()
        self.unplaced: dict[str, UnplacedJob] = {}
        self.unplaced_selected: list[str] = []  # chosen elsewhere, no pin yet
        self.homes: tuple[HomeBase, ...] = ()
        self.route: DayRoute | None = None
        self.tiles: TileSource | None = None
        self._drag, self._press, self._at = Drag.NONE, QPointF(), QPointF()
        self._press_vp = self.vp
        self._moving: str | None = None  # the job whose pin is being dragged
        self._wanted: list[tuple[int, int, int]] = []
        self._fitting = False  # fitted and not moved since: a resize fits again
        self._obstacles = next(OBSTACLES)  # changes with the pins, home bases and route
        self._avoid = NOTHING  # the cells labels keep clear of, at one level

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(900, 640)

    # -- what is shown -------------------------------------------------------------------

    def set_data(self, data: MapData) -> None:
        wanted = self.selected_ids()
        self.pins.set_jobs(data.jobs)
        self.unplaced = {j.id: j for j in data.unplaced}
        self.pins.selected = {i for i in wanted if self.pins.job(i) is not None}
        self.unplaced_selected = [i for i in wanted if i in self.unplaced]
        self.homes = data.homes
        self._obstacles = next(OBSTACLES)
        self.update()

    def set_route(self, route: DayRoute | None) -> None:
        self.route = route
        self._obstacles = next(OBSTACLES)
        self.update()

    def set_tiles(self, source: TileSource | None) -> None:
        if self.tiles is not None:
            self.tiles.loaded.disconnect(self.update)
            self.tiles.close()
            self.tiles.deleteLater()
        self.tiles = source
        if source is not None:
            source.setParent(self)
            source.loaded.connect(self.update)
        self.update()

    def selected_ids(self) -> list[str]:
        """The selected jobs: with a pin (in pin order), then those without one."""
        return [j.id for j in self.pins.jobs if j.id in self.pins.selected] + [
            i for i in self.unplaced_selected if i in self.unplaced]

    def number_of(self, job_id: str) -> str | None:
        """The job's number, pin or no pin (None: not among the map's jobs)."""
        job = self.pins.job(job_id) or self.unplaced.get(job_id)
        return None if job is None else job.number

    def set_selection(self, job_ids: list[str], reveal: bool = True) -> None:
        """Select these jobs (those on the map, with a pin or still without one) without
        telling anyone; `reveal`: pan to the first if none of them is in view."""
        self.pins.selected = {i for i in job_ids if self.pins.job(i) is not None}
        self.unplaced_selected = [i for i in job_ids if i in self.unplaced]
        points = [p for i in job_ids if (p := self.pins.point(i)) is not None]
        rect = self.vp.world_rect()
        if reveal and points and not any(rect.contains(*p) for p in points):
            self._set_vp(self.vp.centred(*points[0]))
        self.update()

    def visible_job_ids(self) -> list[str]:
        """The jobs whose position lies inside the view."""
        return self.pins.jobs_in(self.vp.world_rect())

    # -- zoom and pan --------------------------------------------------------------------

    def _set_vp(self, vp: Viewport, fitting: bool = False) -> None:
        self._fitting = fitting
        if vp != self.vp:
            self.vp = vp
            self.update()
            self.viewChanged.emit()

    def zoom_by(self, levels: float, anchor: QPointF | None = None) -> None:
        at = None if anchor is None else (anchor.x(), anchor.y())
        self._set_vp(self.vp.zoomed(self.vp.zoom + levels, at))

    def pan_by(self, dx: float, dy: float) -> None:
        self._set_vp(self.vp.panned(dx, dy))

    def show_point(self, lat: float, lon: float, zoom: float | None = None) -> None:
        vp = self.vp if zoom is None else self.vp.zoomed(zoom)
        self._set_vp(vp.centred(*to_world(lat, lon)))

    def fit(self) -> None:
        """Zoom to show every job (every home base when there is no job); until the user
        moves the map, a new size fits again."""
        points: list[tuple[float, float]] = [(j.lat, j.lon) for j in self.pins.jobs]
        points = points or [(h.lat, h.lon) for h in self.homes]
        if self.route is not None:
            points += [(s.lat, s.lon) for s in self.route.stops
                       if s.lat is not None and s.lon is not None]
        self._set_vp(self.vp.fitted(points, FIT_MAX_ZOOM), fitting=True)

    def latlon_at(self, pos: QPointF) -> tuple[float, float]:
        return to_latlon(*self.vp.to_world(pos.x(), pos.y()))

    def screen_pos(self, lat: float, lon: float) -> QPointF:
        return QPointF(*self.vp.to_screen(*to_world(lat, lon)))

    # -- painting ------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        fitting = self._fitting
        self._set_vp(self.vp.resized(event.size().width(), event.size().height()))
        self.place_legend()
        if fitting:
            self.fit()

    def place_legend(self) -> None:
        """The legend in the top-right corner, at its natural size."""
        self.legend.adjustSize()
        self.legend.move(max(0, self.width() - self.legend.width() - LEGEND_MARGIN), LEGEND_MARGIN)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        vp, font = self.vp, self.font()
        avoid = self.avoid(math.floor(vp.zoom))
        self.basemap.draw(p, vp, avoid)
        if self.tiles is not None:
            keys = layers.tiles_in_view(vp, self.tiles)
            wanted = layers.draw_tiles(p, vp, self.tiles, keys)
            if wanted and not self._wanted:
                QTimer.singleShot(0, self, self._request_tiles)
            self._wanted = wanted
            if self.tiles.info.vector:
                self.tile_labels.draw(p, vp, self.tiles, keys, avoid)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        layers.draw_homes(p, vp, self.homes, font)
        self.pins.draw(p, vp, font, self.devicePixelRatioF())
        if self.route is not None:
            layers.draw_route(p, vp, self.route, font, self.leg_text)
        if self._drag is Drag.BAND:
            p.setPen(QPen(style.SELECTED, 1.0, Qt.PenStyle.DashLine))
            p.setBrush(QBrush(style.RUBBER_BAND))
            p.drawRect(QRectF(self._press, self._at).normalized())
        layers.draw_scale_bar(p, vp, font)
        if self.tiles is not None and layers.tile_level(vp, self.tiles) is not None:
            layers.draw_attribution(p, vp, self.tiles.info.attribution, font)
        p.end()

    def avoid(self, level: int) -> Blocked:
        """What labels keep clear of at `level`: pins and badges, home bases, route stops."""
        if self._avoid.level != level or self._avoid.key != self._obstacles:
            homes = ((*to_world(h.lat, h.lon), style.HOME_SIZE / 2 + 2) for h in self.homes)
            stops = () if self.route is None else (
                (*to_world(s.lat, s.lon), style.ROUTE_STOP + 2) for s in self.route.stops
                if s.lat is not None and s.lon is not None)
            self._avoid = blocked(level, self._obstacles,
                                  chain(self.pins.obstacles(level), homes, stops))
        return self._avoid

    def _request_tiles(self) -> None:
        wanted, self._wanted = self._wanted, []
        if self.tiles is not None:
            self.tiles.request(wanted)

    def leg_text(self, minutes: int) -> str:
        return duration(minutes)

    # -- mouse ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._press = self._at = event.position()
        self._press_vp = self.vp
        self._moving = None
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._drag = Drag.BAND
            return
        hit = self.pins.hit(self.vp, self._press.x(), self._press.y())
        if hit is not None and hit.count == 1:
            job_id = self.pins.jobs[hit.members[0]].id
            if job_id in self.pins.selected:
                self._moving = job_id
        self._drag = Drag.PAN

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._drag is Drag.NONE:
            return
        self._at = event.position()
        far = (self._at - self._press).manhattanLength() >= QApplication.startDragDistance()
        if self._drag is Drag.PAN and self._moving is not None and far:
            self._drag = Drag.MOVE
        if self._drag is Drag.PAN:
            delta = self._at - self._press
            self._set_vp(self._press_vp.panned(delta.x(), delta.y()))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() != Qt.MouseButton.LeftButton or self._drag is Drag.NONE:
            return
        drag, self._drag = self._drag, Drag.NONE
        self._at = event.position()
        moved = (self._at - self._press).manhattanLength() >= QApplication.startDragDistance()
        if drag is Drag.BAND:
            ids = self.pins.jobs_in(screen_rect(self.vp, self._press, self._at)) if moved else []
            self._user_selected(ids)
        elif drag is Drag.MOVE and self._moving is not None:
            self._drop(self._moving, self._at)
        elif not moved:
            self._click(self._press, event.modifiers())
        self.update()

    def _click(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        hit = self.pins.hit(self.vp, pos.x(), pos.y())
        if hit is not None and hit.count > 1:
            self._set_vp(self.vp.zoomed(self.vp.zoom + 2, (pos.x(), pos.y())))
            return
        job_id = None if hit is None else self.pins.jobs[hit.members[0]].id
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            chosen = set(self.pins.selected) ^ ({job_id} if job_id else set())
            self._user_selected([j.id for j in self.pins.jobs if j.id in chosen])
        else:
            self._user_selected([job_id] if job_id else [])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        pos = event.position()
        hit = self.pins.hit(self.vp, pos.x(), pos.y())
        if hit is not None and hit.count == 1:
            self.openRequested.emit(self.pins.jobs[hit.members[0]].id)
        elif hit is None:
            self.zoom_by(1.0, pos)

    def _drop(self, job_id: str, pos: QPointF) -> None:
        job = self.pins.job(job_id)
        if job is None:
            return
        lat, lon = self.latlon_at(pos)
        self.pins.move_site(job.site_id, lat, lon)
        self._obstacles = next(OBSTACLES)
        self.moveRequested.emit(job_id, lat, lon)

    def _user_selected(self, job_ids: list[str]) -> None:
        self.pins.selected = set(job_ids)
        self.unplaced_selected = []
        self.update()
        self.selectionChanged.emit(list(job_ids))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        notches = event.angleDelta().y() / 120
        if notches:
            self.zoom_by(notches * WHEEL_STEP, event.position())
        event.accept()

    # -- keyboard and menu ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key, k = Qt.Key(event.key()), Qt.Key
        w, h = self.vp.width * KEY_PAN, self.vp.height * KEY_PAN
        pans = {k.Key_Left: (w, 0.0), k.Key_Right: (-w, 0.0), k.Key_Up: (0.0, h),
                k.Key_Down: (0.0, -h)}
        if key in pans:
            self.pan_by(*pans[key])
        elif key in (k.Key_Plus, k.Key_Equal):
            self.zoom_by(1.0)
        elif key in (k.Key_Minus, k.Key_Underscore):
            self.zoom_by(-1.0)
        elif key == k.Key_0:
            self.fit()
        elif key == k.Key_Escape and self.pins.selected:
            self._user_selected([])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt's name)
        menu = self.context_menu(QPointF(event.pos()))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def context_menu(self, pos: QPointF) -> QMenu:
        """Open the job under the pointer; set the selected job's location here; zoom."""
        menu = QMenu(self)
        hit = self.pins.hit(self.vp, pos.x(), pos.y())
        if hit is not None and hit.count == 1:
            job = self.pins.jobs[hit.members[0]]
            menu.addAction(self.tr("Open {number}").format(number=job.number),
                           lambda: self.openRequested.emit(job.id))
        chosen = self.selected_ids()
        target = chosen[0] if len(chosen) == 1 else None
        number = self.number_of(target) if target else None
        text = (self.tr("Set location of {number} here").format(number=number)
                if number else self.tr("Set location here (select one job first)"))
        lat, lon = self.latlon_at(pos)
        action = menu.addAction(text, lambda: self._set_here(target, lat, lon))
        action.setObjectName("setLocationHere")
        action.setEnabled(number is not None)
        menu.addSeparator()
        menu.addAction(self.tr("Zoom in here"), lambda: self.zoom_by(1.0, pos))
        menu.addAction(self.tr("Show all jobs"), self.fit)
        return menu

    def _set_here(self, job_id: str | None, lat: float, lon: float) -> None:
        if job_id is None:
            return
        if (job := self.pins.job(job_id)) is not None:
            self.pins.move_site(job.site_id, lat, lon)
            self._obstacles = next(OBSTACLES)
            self.update()
        self.moveRequested.emit(job_id, lat, lon)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._tooltip(event)
            return True
        return super().event(event)

    def _tooltip(self, event: QHelpEvent) -> None:
        hit = self.pins.hit(self.vp, event.pos().x(), event.pos().y())
        if hit is None:
            QToolTip.hideText()
            return
        if hit.count > 1:
            text = self.tr("{count} jobs: click to zoom in").format(count=hit.count)
        else:
            job = self.pins.jobs[hit.members[0]]
            text = shown(f"{job.number}  {labels.status(job.status)}  "
                         f"{labels.priority(job.priority)}\n{job.customer_name}  {job.address}")
        QToolTip.showText(event.globalPos(), text, self)
