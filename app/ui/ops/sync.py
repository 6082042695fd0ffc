"""The sync: one cycle on the network lane (cancellable; a new address kept once its cycle went
through), resolving a conflict, and sending again or discarding a change the server refused."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.cancel import CancelToken
from app.db import Database
from app.services.changes import Changes
from app.sync.conflicts import resolve
from app.sync.refused import discard, retry
from app.sync.report import SyncReport
from app.sync.settings import SyncSettings, set_central_server
from app.ui.context import AppContext
from app.ui.operation import Operation, Running

SyncCycle = Callable[[Database, SyncSettings, CancelToken | None], SyncReport]
SYNCED_DATA = (Changes.JOBS | Changes.SCHEDULE | Changes.TECHNICIANS | Changes.CUSTOMERS
               | Changes.MAP | Changes.USERS | Changes.CHECKLISTS)


def changes_of(report: SyncReport) -> Changes:
    """What a finished cycle changed locally: the outbox always; the data when rows came
    down (or back, for discarded changes) or conflicts were found."""
    if report.pulled.rows or report.pushed.conflicts or report.refetched:
        return Changes.SYNC | SYNCED_DATA
    return Changes.SYNC


def sync_now(ctx: AppContext, owner: QObject, settings: SyncSettings, cycle: SyncCycle,
             trial: bool = False) -> Operation[SyncReport]:
    """`cycle` (the core's `sync_once`) on the network lane; cancelling the operation cancels
    the cycle's token (the core stops between steps and interrupts a blocking server call).
    `trial`: `settings` are a new address, kept as this desk's central server (a supervisor's
    setting, audited) once the cycle went through."""
    db, actor, path = ctx.db, ctx.actor, ctx.db_path

    def work(run: Running) -> SyncReport:
        report = cycle(db, settings, run.token)
        if trial and path is not None:
            set_central_server(db, actor, path, settings)
        return report
    return ctx.network_op(owner, work).announces(changes_of)


def resolve_conflict(ctx: AppContext, owner: QObject, conflict_id: str,
                     side: str) -> Operation[Changes]:
    """Keep "mine" (this station's value, written as a normal change) or "theirs"."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: resolve(db, actor, conflict_id, side))


def retry_refused(ctx: AppContext, owner: QObject, entry_id: str) -> Operation[Changes]:
    """Send a change the central server refused again (at the next sync; audited)."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: retry(db, actor, entry_id))


def discard_refused(ctx: AppContext, owner: QObject, entry_id: str) -> Operation[Changes]:
    """Give a refused change up: its record takes the server's copy at the next sync."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: discard(db, actor, entry_id))
