"""The day planner's operations: a proposal searched on the network lane (a CPU-bound search
of up to its time limit must not hold the database lane), with progress and Cancel, which
returns the best plan found so far; "Fit this job in" the same for one job."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.scheduling.proposal import Proposal
from app.services import day_plans
from app.services.day_plans import Scope
from app.ui.context import AppContext
from app.ui.operation import Operation, Running

if TYPE_CHECKING:  # the solver loads when a plan runs (`day_plans`), not at start
    from app.scheduling.routing import Progress

STEPS = 100


def _progress(run: Running) -> Progress:
    return lambda fraction: run.report(round(fraction * STEPS), STEPS)


def plan(ctx: AppContext, owner: QObject, scope: Scope, now: dt.datetime,
         seconds: float) -> Operation[Proposal]:
    db = ctx.db
    return ctx.network_op(owner, lambda run: day_plans.propose(
        db, scope, now, seconds, token=run.token, progress=_progress(run)))


def fit(ctx: AppContext, owner: QObject, job_id: str, day: dt.date, now: dt.datetime,
        seconds: float) -> Operation[Proposal]:
    db = ctx.db
    return ctx.network_op(owner, lambda run: day_plans.fit_job(db, job_id, day, now, seconds,
                                                               token=run.token))
