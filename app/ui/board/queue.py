"""The unassigned queue beside the board: ordered by the response promise (the least business
time left first, then priority), filterable, and each row draggable onto a technician's lane.
Who and where come right after the time left, so a narrow queue still shows them."""

from __future__ import annotations

from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from app.models.enums import JobType
from app.scheduling.sla import SlaState
from app.services.board import UnassignedJob
from app.texts import shown
from app.ui import labels
from app.ui.board import style, texts
from app.ui.board.interaction import JOB_MIME

Index = QModelIndex | QPersistentModelIndex
JOB_ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
TYPE_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    SLA = 0
    CUSTOMER = 1
    DISTRICT = 2
    TYPE = 3
    PRIORITY = 4
    NUMBER = 5
    MINUTES = 6


class QueueModel(QAbstractTableModel):
    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._jobs: list[UnassignedJob] = []
        self._titles = [self.tr("SLA"), self.tr("Customer"), self.tr("District"), self.tr("Type"),
                        self.tr("Priority"), self.tr("Job"), self.tr("Minutes")]
        self.order_text = self.tr(
            "Ordered by the response promise: the least business time left first (the most "
            "overdue at the top), then priority; jobs on hold last.")

    def set_jobs(self, jobs: list[UnassignedJob] | tuple[UnassignedJob, ...]) -> None:
        """Replace the rows (already in urgency order), unless nothing changed."""
        if list(jobs) == self._jobs:
            return
        self.beginResetModel()
        self._jobs = list(jobs)
        self.endResetModel()

    def job(self, row: int) -> UnassignedJob:
        return self._jobs[row]

    def row_of(self, job_id: str) -> int:
        return next((i for i, j in enumerate(self._jobs) if j.id == job_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._titles):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == Column.SLA:
                return self.order_text
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._jobs):
            return None
        job, column = self._jobs[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(self._text(job, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return texts.job_tooltip(job, self._tz)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.SLA:
            return QBrush(style.SLA[job.sla]) if job.sla is not SlaState.OK else None
        if role == JOB_ID_ROLE:
            return job.id
        if role == SEARCH_ROLE:
            return " ".join([job.number, job.customer_name, job.address, job.district,
                             labels.job_type(job.job_type), *job.required_skills])
        if role == TYPE_ROLE:
            return job.job_type.value
        return None

    def _text(self, job: UnassignedJob, column: Column) -> str:
        match column:
            case Column.SLA:
                return texts.sla_badge(job.sla, job.sla_minutes_left)
            case Column.PRIORITY:
                return labels.priority(job.priority)
            case Column.NUMBER:
                return job.number
            case Column.TYPE:
                return labels.job_type(job.job_type)
            case Column.CUSTOMER:
                return job.customer_name
            case Column.DISTRICT:
                return job.district
            case Column.MINUTES:
                return str(job.estimated_minutes)

    def mimeTypes(self) -> list[str]:
        return [JOB_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        rows = {i.row() for i in indexes if i.isValid()}
        if rows:
            data.setData(JOB_MIME, self._jobs[min(rows)].id.encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class QueueFilter(QSortFilterProxyModel):
    """Keeps the order; filters by words (number, customer, address, district) and job type."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._job_type = ""

    def set_filter(self, text: str, job_type: JobType | None) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self._job_type = job_type.value if job_type else ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._job_type and model.data(index, TYPE_ROLE) != self._job_type:
            return False
        text = str(model.data(index, SEARCH_ROLE) or "").casefold()
        return all(word in text for word in self._words)
