"""The jobs behind one figure (a double click on it in the Quality view): those it counts
(the numerator) and all it was counted over (the denominator), each a list of jobs whose
Enter or double click opens the job editor."""

from __future__ import annotations

from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from app.services.job_queries import JobRow, jobs_by_id
from app.services.months import Month
from app.services.quality_figures import figure_jobs
from app.ui import labels
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import open_job_editor
from app.ui.formatting import local_text
from app.ui.itemmodels.row_model import RowTableModel
from app.ui.latest import Latest
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.record_table import record_table


class Column(IntEnum):
    NUMBER = 0
    TYPE = 1
    STATUS = 2
    CUSTOMER = 3
    TECHNICIANS = 4
    CREATED = 5


WIDTHS = {Column.NUMBER: 150, Column.TYPE: 70, Column.STATUS: 70, Column.CUSTOMER: 110,
          Column.TECHNICIANS: 110}


class JobsModel(RowTableModel[JobRow]):
    TOOLTIP_COLUMNS = frozenset({Column.CUSTOMER, Column.TECHNICIANS})

    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz

    def column_titles(self) -> list[str]:
        return [self.tr("Job"), self.tr("Type"), self.tr("Status"), self.tr("Customer"),
                self.tr("Technicians"), self.tr("Created")]

    def set_rows(self, rows: list[JobRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def text(self, row: JobRow, column: int) -> str:
        match Column(column):
            case Column.NUMBER:
                return row.number
            case Column.TYPE:
                return labels.job_type(row.job_type)
            case Column.STATUS:
                return labels.status(row.status)
            case Column.CUSTOMER:
                return row.customer_name
            case Column.TECHNICIANS:
                return labels.joined(row.technicians)
            case Column.CREATED:
                return local_text(row.created_at, self._tz)


class FigureJobsDialog(QDialog):
    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._query = ctx, Latest()
        self.setWindowTitle(title)
        self.resize(760, 460)
        self.counted = JobsModel(ctx.tz, self)
        self.considered = JobsModel(ctx.tz, self)
        self.tabs = QTabWidget(self)
        self.tables: list[QTableView] = []
        for model in (self.counted, self.considered):
            table = record_table(self, model, WIDTHS)
            table.horizontalHeader().setStretchLastSection(True)
            table.activated.connect(lambda index, m=model: self.open_job(m, index))
            self.tables.append(table)
        self.tabs.addTab(self.tables[0], self.tr("Counted"))
        self.tabs.addTab(self.tables[1], self.tr("Counted over"))
        self.hint = QLabel(self.tr("Enter or a double click opens the job."), self)
        self.error_label = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)

    def load(self, month: Month, figure: str, kind: str, key: str) -> None:
        db = self._ctx.db

        def work(_run: object) -> tuple[list[JobRow], list[JobRow]]:
            found = figure_jobs(db, month, figure, kind, key)
            return jobs_by_id(db, found.numerator), jobs_by_id(db, found.denominator)
        self._query.run(self._ctx.op(self, work).errors_to(self.error_label.show_error)
                        .success(self.show_jobs))

    def show_jobs(self, found: tuple[list[JobRow], list[JobRow]]) -> None:
        counted, considered = found
        self.counted.set_rows(counted)
        self.considered.set_rows(considered)
        self.tabs.setTabText(0, self.tr("Counted ({count})").format(count=len(counted)))
        self.tabs.setTabText(1, self.tr("Counted over ({count})").format(count=len(considered)))
        self.tables[0 if counted else 1].setFocus(Qt.FocusReason.OtherFocusReason)

    def open_job(self, model: JobsModel, index: QModelIndex) -> QDialog | None:
        if not index.isValid():
            return None
        return open_job_editor(self._ctx, model.row_id(index.row()), self)


def open_figure_jobs(ctx: AppContext, parent: QWidget, title: str, month: Month, figure: str,
                     kind: str, key: str) -> FigureJobsDialog:
    dialog = FigureJobsDialog(ctx, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.load(month, figure, kind, key)
    return dialog
