"""The map page: jobs at their sites, home bases and a technician's day route over the offline
basemap or the station's MBTiles tiles (DESIGN section 4).

Reads run on the database lane (`map_data`, `day_route`, the tiles setting); the newest request
of each kind wins. A pin dragged or "Set location here" writes the site's location by hand
(`set_site_location`: manual, audited), an operation announcing the change like any write.
Selecting on the map tells `jobsSelected`; `select_jobs` selects from elsewhere (the board, the
job list) without telling back. "Low-precision sites…" opens the queue of coarsely located
sites to re-geocode online (`LowPrecisionDialog`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.errors import DomainError
from app.models.enums import JobStatus
from app.services.changes import Changes
from app.services.map_data import OPEN_STATUSES, DayRoute, MapData, day_route, map_data
from app.services.map_settings import tiles_path
from app.services.site_locations import build_chain
from app.services.technicians import list_technicians
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import JobEditor, open_job_editor
from app.ui.formatting import duration
from app.ui.latest import Latest
from app.ui.map.low_precision import LowPrecisionDialog
from app.ui.map.tiles import TileSource
from app.ui.map.toolbar import MapToolbar
from app.ui.map.view import MapView
from app.ui.operation import Operation
from app.ui.ops.places import ChainFactory, choose_tiles, place_site
from app.ui.widgets.error_label import ErrorLabel

T = TypeVar("T")
CONCERNS = Changes.JOBS | Changes.SCHEDULE | Changes.TECHNICIANS | Changes.CUSTOMERS | Changes.MAP


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class MapPage(QWidget):
    jobsSelected = Signal(list)  # job ids selected on the map by the user

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 clock: Callable[[], dt.datetime] = utc_now,
                 chain_factory: ChainFactory = build_chain) -> None:
        super().__init__(parent)
        self._ctx, self._chain_factory = ctx, chain_factory
        self.low_precision: LowPrecisionDialog | None = None
        self._activated, self._fitted = False, False
        self._jobs, self._route, self._technicians = Latest(), Latest(), Latest()
        self.data: MapData | None = None
        self.editor: JobEditor | None = None
        self.toolbar = MapToolbar(clock().astimezone(ctx.tz).date(), self)
        self.toolbar.tiles_button.setEnabled(ctx.actor.is_supervisor)  # the service checks too
        self.view = MapView(self)
        self.info_label = QLabel(self)
        self.route_label = QLabel(self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.error_label = ErrorLabel(self)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        bottom = QHBoxLayout()
        bottom.addWidget(self.info_label)
        bottom.addSpacing(24)
        bottom.addWidget(self.route_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message_label)

    def _connect(self) -> None:
        t, v = self.toolbar, self.view
        t.fitRequested.connect(v.fit)
        t.finishedToggled.connect(lambda _on: self.load())
        t.routeChanged.connect(self.load_route)
        t.tilesRequested.connect(self.open_tiles_dialog)
        t.basemapRequested.connect(lambda: self.choose_tiles(None))
        t.lowPrecisionRequested.connect(self.open_low_precision)
        t.legendToggled.connect(self.show_legend)
        v.selectionChanged.connect(self.jobsSelected)
        v.moveRequested.connect(self.set_location)
        v.openRequested.connect(self.open_job)

    def show_legend(self, shown: bool) -> None:
        self.view.legend.setVisible(shown)
        self.view.place_legend()

    # -- the view protocol -------------------------------------------------------------------

    def activate(self) -> None:
        if self._activated:
            return
        self._activated = True
        self.load()
        self.load_technicians()
        self.load_tiles()

    def refresh(self) -> None:
        self._activated = True
        self.load()
        self.load_route()

    def on_changes(self, changes: Changes, _initiator: QObject | None = None) -> None:
        if not self._activated or not changes & CONCERNS:
            return
        self.load()
        if changes & Changes.TECHNICIANS:
            self.load_technicians()
        self.load_route()

    # -- loading -----------------------------------------------------------------------------

    def statuses(self) -> frozenset[JobStatus]:
        return frozenset(JobStatus) if self.toolbar.finished.isChecked() else OPEN_STATUSES

    def load(self) -> None:
        db, statuses = self._ctx.db, self.statuses()
        self._jobs.run(self._read(lambda: map_data(db, statuses)).success(self._loaded))

    def _read(self, read: Callable[[], T]) -> Operation[T]:
        """A query of the page; a refusal shows above the map."""
        return self._ctx.op(self, lambda _run: read()).errors_to(self.error_label.show_error)

    def _loaded(self, data: MapData) -> None:
        self.error_label.clear_error()
        self.data = data
        self.view.set_data(data)
        if not self._fitted:
            self._fitted = True
            self.view.fit()
        shown = self.tr("{count} jobs on the map").format(count=f"{len(data.jobs):,}")
        if data.unlocated:
            shown += self.tr(", {count} without a location").format(
                count=f"{data.unlocated:,}")
        self.info_label.setText(shown)

    def load_technicians(self) -> None:
        db = self._ctx.db
        self._technicians.run(self._read(lambda: list_technicians(db))
                              .success(self.toolbar.set_technicians))

    def load_route(self) -> None:
        technician_id, day = self.toolbar.route_of()
        if technician_id is None:
            self._route.cancel()
            self._route_loaded(None)
            return
        db, tz = self._ctx.db, self._ctx.tz
        self._route.run(self._read(lambda: day_route(db, technician_id, day, tz))
                        .success(self._route_loaded))

    def _route_loaded(self, route: DayRoute | None) -> None:
        self.view.set_route(route)
        if route is None:
            self.route_label.clear()
        elif not route.stops:
            self.route_label.setText(self.tr("{name}: no visits on {day}").format(
                name=route.technician_name, day=route.day.isoformat()))
        else:
            self.route_label.setText(
                self.tr("{name}, {day}: {stops} visits, about {time} driving").format(
                    name=route.technician_name, day=route.day.isoformat(),
                    stops=len(route.stops), time=duration(route.travel_minutes)))

    def show_route(self, technician_id: str | None, day: dt.date) -> None:
        self.toolbar.set_route_of(technician_id, day)

    # -- tiles -------------------------------------------------------------------------------

    def load_tiles(self) -> None:
        db = self._ctx.db
        self._read(lambda: tiles_path(db)).success(self._use_tiles).run()

    def _use_tiles(self, path: Path | None) -> None:
        source = None
        if path is not None:
            try:
                source = TileSource(path, self._ctx.network or self._ctx.runner)
            except DomainError as exc:
                self.show_message(self.tr(
                    "The map tiles cannot be used ({error}); the built-in basemap is shown."
                ).format(error=exc), error=True)
        self.view.set_tiles(source)

    def open_tiles_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Map tiles"), "",
            self.tr("Map tiles files (*.mbtiles *.pmtiles);;All files (*)"))
        if name:
            self.choose_tiles(Path(name))

    def choose_tiles(self, path: Path | None) -> None:
        """Keep `path` as this database's tiles file (None: the basemap) and draw from it."""
        choose_tiles(self._ctx, self, path).busy().errors_to(self.error_label.show_error).success(
            lambda _info: self._use_tiles(path)).run()

    # -- selection and locations -------------------------------------------------------------

    def select_jobs(self, job_ids: list[str]) -> None:
        """Selected elsewhere: select the same jobs here (quietly); one without a location
        yet is named, with how to give it one."""
        self.view.set_selection(list(job_ids))
        unplaced = [self.view.unplaced[i].number for i in self.view.unplaced_selected]
        if unplaced:
            self.show_message(self.tr(
                "{number} has no location yet: right-click where its site is and choose "
                "“Set location of {number} here”.").format(number=unplaced[0]))

    def set_location(self, job_id: str, lat: float, lon: float) -> None:
        """Place the job's site at (lat, lon) by hand, whether it had a pin or not; refused,
        the pin goes back."""
        site_id = self.data.site_of(job_id) if self.data is not None else None
        number = self.view.number_of(job_id)
        if site_id is None or number is None:
            return
        place_site(self._ctx, self, site_id, lat, lon).busy().errors_to(
            self.error_label.show_error).failure(self._put_back).success(
            lambda _result: self.show_message(self.tr(
                "The site of {number} is now at {lat:.5f}, {lon:.5f} (placed by hand)."
            ).format(number=number, lat=lat, lon=lon))).run()

    def _put_back(self, _exc: BaseException) -> bool:
        self.load()  # the pin goes back
        return False

    def open_low_precision(self) -> LowPrecisionDialog:
        """The low-precision queue (one dialog, kept: a re-geocoding may still run)."""
        if self.low_precision is None:
            self.low_precision = LowPrecisionDialog(self._ctx, self._chain_factory, self)
        self.low_precision.load()
        self.low_precision.open()
        return self.low_precision

    def open_job(self, job_id: str) -> JobEditor:
        editor = open_job_editor(self._ctx, job_id, self)
        editor.destroyed.connect(self._editor_gone)
        self.editor = editor
        return editor

    def _editor_gone(self) -> None:
        self.editor = None

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet("color: #c62828;" if error else "")
        self.message_label.setText(text)
