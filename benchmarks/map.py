"""The map widget with 5,000 job pins: one repaint after each step of a pan.

Offscreen, a `MapView` of 1,100 x 860 pixels shows the 5,000 newest jobs of the large station
(its sites over Nanjing's districts) with the technicians' home bases on the offline basemap:
fitted to the jobs (zoom about 10: pins clustered), at zoom 13 and at zoom 15 (every pin drawn
by itself) over the densest part. Each run pans by a few dozen pixels (back and forth, so the
view stays over the jobs) and times `repaint()`, which paints synchronously (checked). The
baseline repaints an empty QGraphicsView of the same size, as the board's figures do; the
basemap alone (no pins) is shown for reference. The read model of the open jobs is timed too.
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

from app.db import open_database
from app.models.enums import JobStatus
from app.services.map_data import MapData, map_data
from benchmarks.harness import Figure, median_ms

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.ui.map.view import MapView

SIZE = (1100, 860)
PINS = 5_000
RUNS = 21
STEP = (37, 23)  # pixels panned before each repaint
READ_TARGET_MS = 200  # none in DESIGN section 6: the board's week read model's, for scale


def _app() -> QApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    return app


def _repaint_while_panning(app: QApplication, view: MapView) -> float:
    samples, painted = [], 0
    draw = view.basemap.draw

    def counted(*args: object) -> None:
        nonlocal painted
        painted += 1
        draw(*args)  # type: ignore[arg-type]

    view.basemap.draw = counted  # type: ignore[method-assign]
    try:
        for i in range(RUNS):
            sign = 1 if (i // 5) % 2 == 0 else -1
            view.pan_by(sign * STEP[0], sign * STEP[1])
            app.processEvents()
            before = painted
            start = time.perf_counter()
            view.repaint()
            samples.append((time.perf_counter() - start) * 1000)
            assert painted == before + 1, "repaint() did not paint"
    finally:
        view.basemap.draw = draw  # type: ignore[method-assign]
    return statistics.median(samples)


def _empty_repaint(app: QApplication) -> float:
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    view = QGraphicsView(QGraphicsScene())
    view.resize(*SIZE)
    view.show()
    app.processEvents()
    try:
        return median_ms(view.viewport().repaint, runs=RUNS)
    finally:
        view.close()
        view.deleteLater()


def _densest(view: MapView) -> tuple[float, float]:
    """The world point of the largest cluster at zoom 11."""
    biggest = max(view.pins.index.at(11), key=lambda c: c.count)
    return biggest.x, biggest.y


def _widget_figures(app: QApplication, data: MapData) -> list[tuple[str, float]]:
    from app.ui.map.view import MapView

    view = MapView()
    view.resize(*SIZE)
    view.show()
    app.processEvents()
    try:
        view.set_data(dataclasses.replace(data, jobs=()))
        view.fit()
        view.set_data(data)
        view.fit()
        app.processEvents()
        fitted_zoom = view.vp.zoom
        out = [(f"fitted, zoom {fitted_zoom:.1f}", _repaint_while_panning(app, view))]
        assert view.pins.drawn, "the repaint drew no pins"
        dense = _densest(view)
        for zoom in (13.0, 15.0):
            view.vp = view.vp.zoomed(zoom).centred(*dense)
            out.append((f"zoom {zoom:.0f}", _repaint_while_panning(app, view)))
        view.set_data(dataclasses.replace(data, jobs=()))
        view.vp = view.vp.zoomed(fitted_zoom)
        out.append(("basemap only", _repaint_while_panning(app, view)))
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()
    return out


def run(db_path: Path) -> list[Figure]:
    db = open_database(db_path)
    try:
        read_ms = median_ms(lambda: map_data(db), runs=5)
        open_count = len(map_data(db).jobs)
        every = map_data(db, frozenset(JobStatus))
    finally:
        db.dispose()
    data = dataclasses.replace(every, jobs=every.jobs[-PINS:])
    app = _app()
    widget = _widget_figures(app, data)
    empty = _empty_repaint(app)
    base = "repaint of an empty QGraphicsView"
    pins = len(data.jobs)
    figures = [
        Figure(f"map data: {open_count:,} open jobs and home bases", read_ms, READ_TARGET_MS),
        Figure(f"baseline: empty QGraphicsView repaint {SIZE[0]}x{SIZE[1]}", empty, None),
    ]
    for label, ms in widget:
        if label == "basemap only":
            figures.append(Figure("map repaint while panning, basemap only", ms, 16, base,
                                  empty))
        else:
            figures.append(Figure(f"map repaint while panning, {pins:,} pins, {label}", ms, 16,
                                  base, empty))
    return figures


if __name__ == "__main__":
    import sys

    from benchmarks.harness import table

    print(table(run(Path(sys.argv[1]))))
