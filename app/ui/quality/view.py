"""The Quality view: the month's figures against last month and the technicians' (filters by
month, team and technician; the jobs behind a figure one double click away), the twelve
months' trend as charts, the complaint queue with each complaint's four stages, the callback
queue, and the monthly report.

Every read is a query on the database lane through `Latest`; a tab reads when it is first
shown, and again on `Changes.QUALITY` (and the job and schedule writes that move the figures)
while the view is shown; a hidden view hears of them when shown again (`MainWindow.stale`).
The charts' library is imported only when the Trend tab is first shown.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from app.models.base import utcnow
from app.services.changes import Changes
from app.services.months import Month
from app.services.quality_figures import MonthFigures, month_figures
from app.services.technicians import TechnicianSummary, list_technicians
from app.ui.context import AppContext
from app.ui.dialogs.complaint_dialog import ComplaintDialog
from app.ui.dialogs.job_editor import open_job_editor
from app.ui.latest import Latest
from app.ui.quality import texts
from app.ui.quality.callbacks_panel import CallbacksPanel
from app.ui.quality.complaints_panel import ComplaintsPanel
from app.ui.quality.figure_jobs import FigureJobsDialog, open_figure_jobs
from app.ui.quality.figures_panel import FiguresPanel
from app.ui.quality.filters import QualityFilters, group_of
from app.ui.quality.report_buttons import ReportButtons
from app.ui.quality.trend import TrendPanel
from app.ui.widgets.error_label import ErrorLabel

CONCERNS = Changes.QUALITY | Changes.JOBS | Changes.SCHEDULE | Changes.TECHNICIANS
TREND_MONTHS = 12


class Tab(IntEnum):
    FIGURES = 0
    TREND = 1
    COMPLAINTS = 2
    CALLBACKS = 3


class QualityView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._figures_query, self._trend_query, self._people_query = Latest(), Latest(), Latest()
        self._activated = False
        self.stale: set[Tab] = set(Tab)
        self.month_data: tuple[MonthFigures, MonthFigures] | None = None
        self.trend_data: list[MonthFigures] = []
        self.filters = QualityFilters(utcnow(), ctx.tz, self)
        self.report = ReportButtons(ctx, self.filters.chosen_month, self)
        self.error_label = ErrorLabel(self)
        self.figures = FiguresPanel(self)
        self.trend = TrendPanel(self)
        self.complaints = ComplaintsPanel(ctx, self)
        self.callbacks = CallbacksPanel(ctx, self)
        self.tabs = QTabWidget(self)
        for widget, title in ((self.figures, self.tr("Figures")),
                              (self.trend, self.tr("Twelve months")),
                              (self.complaints, self.tr("Complaints")),
                              (self.callbacks, self.tr("Callbacks"))):
            self.tabs.addTab(widget, title)
        self.jobs_dialog: FigureJobsDialog | None = None
        top = QHBoxLayout()
        top.addWidget(self.filters)
        top.addStretch(1)
        top.addWidget(self.report)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        self.filters.changed.connect(self._filters_changed)
        self.tabs.currentChanged.connect(lambda _i: self._load_shown())
        self.figures.figureChosen.connect(self.show_figure_jobs)
        self.complaints.openJob.connect(self.open_job)
        self.callbacks.complaintOpened.connect(self._complaint_opened)

    # -- the view protocol -------------------------------------------------------------------

    def activate(self) -> None:
        if not self._activated:
            self._activated = True
            db = self._ctx.db
            self._people_query.run(self._ctx.op(self, lambda _run: list_technicians(db))
                                   .errors_to(self.error_label.show_error)
                                   .success(self._people_read))
        self._load_shown()

    def refresh(self) -> None:
        self.stale = set(Tab)
        self.activate()

    def on_changes(self, changes: Changes, _initiator: QObject | None = None) -> None:
        if not changes & CONCERNS:
            return
        self.stale = set(Tab)
        if changes & Changes.TECHNICIANS:
            self._activated = False
        if self._activated:
            self.activate()

    # -- loading -----------------------------------------------------------------------------

    def _people_read(self, people: list[TechnicianSummary]) -> None:
        self.filters.set_technicians(people)

    def _filters_changed(self) -> None:
        if self.month_data is not None and self.month_data[0].month == self.month():
            self._show_figures()
        else:
            self.stale.add(Tab.FIGURES)
        if self.trend_data and self.trend_data[-1].month == self.month():
            self._show_trend()
        else:
            self.stale.add(Tab.TREND)
        self._load_shown()

    def month(self) -> Month:
        return self.filters.chosen_month()

    def _load_shown(self) -> None:
        tab = Tab(self.tabs.currentIndex())
        if not self._activated or tab not in self.stale:
            return
        self.stale.discard(tab)
        if tab is Tab.FIGURES:
            self._load_figures()
        elif tab is Tab.TREND:
            self._load_trend()
        elif tab is Tab.COMPLAINTS:
            self.complaints.reload()
        else:
            self.callbacks.reload()

    def _load_figures(self) -> None:
        db, month, now = self._ctx.db, self.month(), utcnow()

        def work(_run: object) -> tuple[MonthFigures, MonthFigures]:
            return month_figures(db, month, now), month_figures(db, month.shifted(-1), now)
        self._figures_query.run(self._ctx.op(self, work).errors_to(self.error_label.show_error)
                                .success(self._figures_read))

    def _figures_read(self, found: tuple[MonthFigures, MonthFigures]) -> None:
        self.month_data = found
        self._show_figures()

    def _show_figures(self) -> None:
        if self.month_data is None:
            return
        f = self.filters
        self.figures.show_figures(*self.month_data, f.chosen_team(), f.chosen_technician(),
                                  f.teams, f.group_text())

    def _load_trend(self) -> None:
        db, month, now = self._ctx.db, self.month(), utcnow()
        months = [month.shifted(k - TREND_MONTHS + 1) for k in range(TREND_MONTHS)]
        self._trend_query.run(self._ctx.op(
            self, lambda _run: [month_figures(db, m, now) for m in months])
            .errors_to(self.error_label.show_error).success(self._trend_read))

    def _trend_read(self, found: list[MonthFigures]) -> None:
        self.trend_data = found
        self._show_trend()

    def _show_trend(self) -> None:
        team, tech = self.filters.chosen_team(), self.filters.chosen_technician()
        self.trend.show_trend([f.month for f in self.trend_data],
                              [group_of(f, team, tech) for f in self.trend_data])

    def shown_queue(self) -> str | None:
        """The list File › Export list… writes: the queue on the tab shown (else None)."""
        return {Tab.COMPLAINTS: "complaints", Tab.CALLBACKS: "callbacks"}.get(
            Tab(self.tabs.currentIndex()))

    # -- actions -----------------------------------------------------------------------------

    def show_figure_jobs(self, figure: str, kind: str, key: str, back: int) -> FigureJobsDialog:
        month = self.month().shifted(-back)
        title = self.tr("{figure} · {month}").format(figure=texts.figure_name(figure).lstrip(
            "· "), month=month)
        self.jobs_dialog = open_figure_jobs(self._ctx, self, title, month, figure, kind, key)
        return self.jobs_dialog

    def open_job(self, job_id: str) -> QDialog:
        return open_job_editor(self._ctx, job_id, self)

    def new_complaint(self, search: str = "", job_id: str | None = None) -> ComplaintDialog:
        return self.complaints.new_complaint(search, job_id)

    def _complaint_opened(self, complaint_id: str) -> None:
        self.tabs.setCurrentIndex(Tab.COMPLAINTS)
        self.complaints.select(complaint_id)



