"""The board widget on the 5,000-appointment week: one repaint after scrolling a screen.

Offscreen, the `BoardView` of the page (1,100 x 860 pixels, lanes of 200 technicians) shows
the week as it opens (the working hours of seven days fitted into the width) and zoomed to
60 pixels an hour (block texts and SLA corners drawn). Each run scrolls one screen further
down (back to the top at the end) and times `viewport().repaint()`, which paints synchronously.
The baseline repaints an empty QGraphicsView of the viewport's size.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
from typing import TYPE_CHECKING

from app.db import Database
from app.services.board import BoardData, board_data
from app.services.users import actor_for, first_user
from benchmarks.harness import Figure, median_ms

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication

SIZE = (1100, 860)
RUNS = 15
ZOOMED_PX_PER_HOUR = 60.0


BUILDS = 5


def _app() -> QApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    return app


def _repaint_after_scrolling(app: QApplication, view: QAbstractScrollArea) -> float:
    bar, samples = view.verticalScrollBar(), []
    for _ in range(RUNS):
        further = bar.value() + bar.pageStep()
        bar.setValue(further if further <= bar.maximum() else 0)
        app.processEvents()
        start = time.perf_counter()
        view.viewport().repaint()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _empty_repaint(app: QApplication, width: int, height: int) -> float:
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    view = QGraphicsView(QGraphicsScene())
    view.resize(width, height)
    view.show()
    app.processEvents()
    try:
        return median_ms(view.viewport().repaint, runs=RUNS)
    finally:
        view.close()
        view.deleteLater()


def run(db: Database, first: dt.date, now: dt.datetime) -> list[Figure]:
    app = _app()
    from app.services.station import home_station
    from app.ui.board.geometry import Scale
    from app.ui.board.probe import RuleProbe
    from app.ui.board.view import BoardView
    from app.ui.context import AppContext
    from app.ui.tasks import SyncRunner

    data: BoardData = board_data(db, first, 7, now)
    count = sum(len(r.appointments) for r in data.rows)
    ctx = AppContext(db, actor_for(db, first_user(db)), home_station(db), SyncRunner())
    builds = []
    for _ in range(BUILDS):  # a first show each time: a new view, its scene empty
        view = BoardView(RuleProbe(ctx), False)
        view.resize(*SIZE)
        view.show()
        app.processEvents()
        start = time.perf_counter()
        view.show_data(data, Scale.WEEK, now, home=True)
        builds.append((time.perf_counter() - start) * 1000)
        if len(builds) < BUILDS:
            view.close()
            view.deleteLater()
            app.processEvents()
    build_ms = statistics.median(builds)
    try:
        app.processEvents()
        fitted = _repaint_after_scrolling(app, view)
        assert view.axis is not None
        view.zoom_by(ZOOMED_PX_PER_HOUR / view.axis.px_per_hour)
        zoomed = _repaint_after_scrolling(app, view)
        viewport = view.viewport().size()
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()
    empty = _empty_repaint(app, viewport.width(), viewport.height())
    base = "repaint of an empty QGraphicsView"
    return [
        Figure(f"board scene: {count:,} appointments placed (first show)", build_ms, 200),
        Figure(f"baseline: empty QGraphicsView repaint {viewport.width()}x{viewport.height()}",
               empty, None),
        Figure("board repaint after scrolling a screen (week fitted)", fitted, 16, base, empty),
        Figure("board repaint after scrolling a screen (60 px/hour)", zoomed, 16, base, empty),
    ]
