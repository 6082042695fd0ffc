"""Jobs: save (create or update) and change the status."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.models.enums import JobStatus
from app.services import jobs
from app.services.changes import Changes
from app.services.jobs import ExistingSite, JobInput, NewCustomer
from app.ui.context import AppContext
from app.ui.operation import Operation
from app.ui.ops.saving import Created, create_or_update


def save_job(ctx: AppContext, owner: QObject, job_id: str | None,
             who: NewCustomer | ExistingSite | None, job: JobInput) -> Operation[Created]:
    """A new job (for `who`) when `job_id` is None, else the job's new fields; a new caller's
    site comes back with it, to be located."""
    db, actor = ctx.db, ctx.actor

    def create() -> Created:
        assert who is not None
        detail, changes = jobs.create_job(db, actor, who, job)
        return detail.id, changes, detail.site_id if isinstance(who, NewCustomer) else None
    return create_or_update(ctx, owner, job_id, create,
                            lambda known: jobs.update_job(db, actor, known, job))


def change_status(ctx: AppContext, owner: QObject, job_id: str, target: JobStatus,
                  reason: str = "", override: bool = False) -> Operation[Changes]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: jobs.change_status(db, actor, job_id, target, reason,
                                                         override))
