"""Shared job selection: selecting jobs on the map selects them on the board and in the job
list, and back (issue 4).

The main window makes one `SelectionHub` and attaches its views. A view that speaks the
protocol itself has a `jobsSelected(list)` signal and a `select_jobs(job_ids)` method (the map);
the job list and the board are attached through small adapters over their existing parts. A
selection the user makes in one view is published with the view's key and handed to every other
view, which selects what it shows of it without publishing again (the hub ignores what arrives
while it forwards). Only a visible view publishes: a list re-sorted in the background must not
clear the map's selection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    Signal,
)
from PySide6.QtWidgets import QWidget

from app.ui.board import BoardPage
from app.ui.views.jobs_view import JobsView


class SelectionAdapter(QObject):
    """What the hub needs of a view: `selected(list)` when the user selects, `select_jobs`."""

    selected = Signal(list)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self._last: list[str] = []

    def select_jobs(self, job_ids: list[str]) -> None:
        raise NotImplementedError

    def _publish(self, job_ids: list[str]) -> None:
        if job_ids != self._last and self.widget.isVisible():
            self._last = list(job_ids)
            self.selected.emit(list(job_ids))

    def _remember(self, job_ids: list[str]) -> None:
        self._last = list(job_ids)


class NativeSelection(SelectionAdapter):
    """A view with `jobsSelected(list)` and `select_jobs(list)` of its own."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.jobsSelected.connect(self._publish)  # type: ignore[attr-defined]

    def select_jobs(self, job_ids: list[str]) -> None:
        self._remember(job_ids)
        self.widget.select_jobs(job_ids)  # type: ignore[attr-defined]


class JobListSelection(SelectionAdapter):
    """The job list: its table's selected rows; selects the rows of the jobs it has loaded."""

    widget: JobsView

    def __init__(self, widget: JobsView) -> None:
        super().__init__(widget)
        widget.table.selectionModel().selectionChanged.connect(self._changed)

    def _rows(self) -> list[int]:
        table = self.widget.table
        shown = table.model()
        proxy = shown if isinstance(shown, QAbstractProxyModel) else None
        rows = table.selectionModel().selectedRows()
        return [(proxy.mapToSource(i) if proxy is not None else i).row() for i in rows]

    def _changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        model = self.widget.model
        self._publish([model.row_id(r) for r in sorted(self._rows())])

    def select_jobs(self, job_ids: list[str]) -> None:
        self._remember(job_ids)
        view, model = self.widget, self.widget.model
        table = view.table
        shown = table.model()
        proxy = shown if isinstance(shown, QAbstractProxyModel) else None
        selection = QItemSelection()
        for job_id in job_ids:
            row = model.row_of(job_id)
            if row < 0:
                continue
            index = model.index(row, 0)
            index = proxy.mapFromSource(index) if proxy is not None else index
            if index.isValid():
                selection.select(index, index)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        table.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            table.scrollTo(selection.indexes()[0])


class BoardSelection(SelectionAdapter):
    """The board: the selected block's job, else the queue's selected job."""

    widget: BoardPage

    def __init__(self, widget: BoardPage) -> None:
        super().__init__(widget)
        widget.view.selected.connect(lambda _appt: self._changed())
        widget.queue.selected.connect(lambda _job: self._changed())

    def current(self) -> list[str]:
        appt = self.widget.view.board_scene.selected_appointment()
        if appt is not None:
            return [appt.job_id]
        job = self.widget.queue.current()
        return [job.id] if job is not None else []

    def _changed(self) -> None:
        self._publish(self.current())

    def select_jobs(self, job_ids: list[str]) -> None:
        """The first of the jobs the board shows: its first visit on the board, else its row in
        the unassigned queue (the board selects one thing at a time)."""
        self._remember(job_ids)
        page, data = self.widget, self.widget.view.data
        wanted = set(job_ids)
        if data is not None:
            visits = sorted((a for r in data.rows for a in r.appointments if a.job_id in wanted),
                            key=lambda a: a.start)
            if visits:
                page.view.select(visits[0])
                return
            queued = [j.id for j in data.unassigned if j.id in wanted]
            if queued:
                page.view.board_scene.clearSelection()
                page.queue.select(queued[0])
                return
        page.view.board_scene.clearSelection()
        page.queue.table.clearSelection()


ADAPTERS: list[tuple[type[QWidget], Callable[[Any], SelectionAdapter]]] = [
    (JobsView, JobListSelection),
    (BoardPage, BoardSelection),
]


def adapter_for(widget: QWidget) -> SelectionAdapter | None:
    if hasattr(widget, "select_jobs") and hasattr(widget, "jobsSelected"):
        return NativeSelection(widget)
    for kind, make in ADAPTERS:
        if isinstance(widget, kind):
            return make(widget)
    return None


class SelectionHub(QObject):
    jobsSelected = Signal(list, str)  # job ids, the key of the view they were selected in

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.adapters: dict[str, SelectionAdapter] = {}
        self._forwarding = False

    def attach(self, key: str, widget: QWidget) -> bool:
        """Take part in the shared selection if the view can; False when it cannot."""
        adapter = adapter_for(widget)
        if adapter is None:
            return False
        self.adapters[key] = adapter
        adapter.selected.connect(lambda ids: self.publish(ids, key))
        return True

    def attach_all(self, views: dict[str, QWidget]) -> None:
        for key, widget in views.items():
            self.attach(key, widget)

    def publish(self, job_ids: list[str], source: str) -> None:
        """Jobs selected in view `source`: select them in every other view."""
        if self._forwarding:
            return
        self._forwarding = True
        try:
            for key, adapter in self.adapters.items():
                if key != source:
                    adapter.select_jobs(list(job_ids))
            self.jobsSelected.emit(list(job_ids), source)
        finally:
            self._forwarding = False
