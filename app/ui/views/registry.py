"""The views of the main window in navigation order: adding a view is one line in `VIEWS`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui.board import BoardPage
from app.ui.context import AppContext
from app.ui.map import MapPage
from app.ui.quality import QualityView
from app.ui.sync.sync_view import SyncView
from app.ui.views.customers_view import CustomersView
from app.ui.views.jobs_view import JobsView
from app.ui.views.technicians_view import TechniciansView

Builder = Callable[[AppContext], QWidget]


@dataclass(frozen=True)
class ViewSpec:
    key: str  # as `fielddesk screenshot VIEW` names it
    title: Callable[[], str]  # translated when called
    build: Builder


def _board() -> str:
    return QCoreApplication.translate("Views", "Board")


def _jobs() -> str:
    return QCoreApplication.translate("Views", "Jobs")


def _map() -> str:
    return QCoreApplication.translate("Views", "Map")


def _technicians() -> str:
    return QCoreApplication.translate("Views", "Technicians")


def _customers() -> str:
    return QCoreApplication.translate("Views", "Customers")


def _quality() -> str:
    return QCoreApplication.translate("Views", "Quality")


def _sync() -> str:
    return QCoreApplication.translate("Views", "Sync")


VIEWS: list[ViewSpec] = [
    ViewSpec("board", _board, BoardPage),
    ViewSpec("jobs", _jobs, JobsView),
    ViewSpec("map", _map, MapPage),
    ViewSpec("technicians", _technicians, TechniciansView),
    ViewSpec("customers", _customers, CustomersView),
    ViewSpec("quality", _quality, QualityView),
    ViewSpec("sync", _sync, SyncView),
]
DEFAULT_VIEW = "jobs"


def view_keys() -> list[str]:
    return [spec.key for spec in VIEWS]
