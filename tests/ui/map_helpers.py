"""Driving the map in tests: open the page on a fixed clock, send mouse events to the view."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.context import AppContext
from app.ui.map import MapPage
from app.ui.map.view import MapView

from .conftest import TZ, announced

NOW = dt.datetime(2026, 11, 23, 7, tzinfo=TZ)  # Monday morning, station time
LEFT = Qt.MouseButton.LeftButton
SIZE = (1000, 700)


def open_map(qtbot: QtBot, ctx: AppContext, **options: Any) -> MapPage:
    """The map page shown and loaded; writes come back as on_changes, as the main window does
    it. `page.reported` lists what was announced. `options` go to MapPage (chain_factory...)."""
    page = MapPage(ctx, clock=lambda: NOW, **options)
    page.reported = announced(ctx, page)  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    page.resize(*SIZE)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    page.view.fit()
    return page


def mouse(view: MapView, kind: QEvent.Type, pos: QPointF,
          keys: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else LEFT
    QApplication.sendEvent(view, QMouseEvent(kind, pos, view.mapToGlobal(pos), LEFT, buttons,
                                             keys))


def click(view: MapView, pos: QPointF,
          keys: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    mouse(view, QEvent.Type.MouseButtonPress, pos, keys)
    mouse(view, QEvent.Type.MouseButtonRelease, pos, keys)


def drag(view: MapView, start: QPointF, end: QPointF,
         keys: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    mouse(view, QEvent.Type.MouseButtonPress, start, keys)
    mouse(view, QEvent.Type.MouseMove, start + QPointF(12, 6), keys)
    mouse(view, QEvent.Type.MouseMove, end, keys)
    mouse(view, QEvent.Type.MouseButtonRelease, end, keys)
