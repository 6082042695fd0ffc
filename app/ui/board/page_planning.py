"""The board page's day planner: "Plan day…" (a day, a team or the technicians shown), "Fit
this job in" beside the suggestions, the proposal as ghosts and a panel, Accept as one undoable
step, Reject leaving nothing. Mixed into `BoardPage`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QDialog, QSplitter, QWidget

from app.scheduling.proposal import Proposal
from app.services.plan_apply import steps_of
from app.ui import labels
from app.ui.board.plan_dialog import PlanDayDialog
from app.ui.ops import planning

if TYPE_CHECKING:
    from app.services.board import BoardData
    from app.ui.board.operations import BoardOperations
    from app.ui.board.plan_panel import PlanPanel
    from app.ui.board.suggestion_panel import SuggestionPanel
    from app.ui.board.view import BoardView
    from app.ui.context import AppContext

FIT_SECONDS = 2.0


class PagePlanning:
    _ctx: AppContext
    _clock: Callable[[], dt.datetime]
    view: BoardView
    ops: BoardOperations
    plan_panel: PlanPanel
    side: QSplitter
    suggestions: SuggestionPanel
    data: BoardData | None
    first: dt.date

    if TYPE_CHECKING:
        def show_message(self, text: str, error: bool = False) -> None: ...

    def plan_dialog(self) -> PlanDayDialog:
        rows = self.data.rows if self.data else ()
        today = self._clock().astimezone(self._ctx.tz).date()
        teams = sorted({r.team for r in rows if r.team})
        shown = [r.technician_id for r in self.view.visible_rows()]
        return PlanDayDialog(max(self.first, today), teams, shown, cast(QWidget, self))

    def plan_day(self, dialog: PlanDayDialog | None = None) -> None:
        dialog = dialog or self.plan_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        planning.plan(self._ctx, cast(QWidget, self), dialog.scope(), self._clock(),
                      float(dialog.seconds.value())).progress(
            cast(QWidget, self).tr("Planning the day…")).errors_to(
            lambda text: self.show_message(text, True)).success(self.show_plan).run()

    def fit_job(self) -> None:
        job_id = self.suggestions.job_id
        if job_id is None:
            return
        planning.fit(self._ctx, cast(QWidget, self), job_id, self.suggestions.chosen_day(),
                     self._clock(), FIT_SECONDS).errors_to(
            lambda text: self.show_message(text, True)).success(self.show_plan).run()

    def show_plan(self, proposal: Proposal) -> None:
        rows = self.data.rows if self.data else ()
        names = {r.technician_id: labels.person(r.name, r.code) for r in rows}
        self.plan_panel.show_proposal(proposal, names)
        self.side.setSizes([300, 200, 320])  # the panel was hidden: give it room
        self.view.show_plan(list(proposal.visits))

    def accept_plan(self, proposal: Proposal) -> None:
        text = cast(QWidget, self).tr("Plan {day}").format(day=proposal.day.isoformat())
        self.ops.apply_plan(steps_of(proposal), text)
        self.reject_plan()

    def reject_plan(self) -> None:
        self.plan_panel.clear()
        self.view.show_plan([])
