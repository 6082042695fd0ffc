"""The sync: one cycle on the network lane (cancellable), and resolving a conflict."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.cancel import CancelToken
from app.db import Database
from app.services.changes import Changes
from app.sync.conflicts import resolve
from app.sync.cycle import SyncReport
from app.sync.settings import SyncSettings
from app.ui.context import AppContext
from app.ui.operation import Operation

SyncCycle = Callable[[Database, SyncSettings, CancelToken | None], SyncReport]
SYNCED_DATA = (Changes.JOBS | Changes.SCHEDULE | Changes.TECHNICIANS | Changes.CUSTOMERS
               | Changes.MAP | Changes.USERS | Changes.CHECKLISTS)


def changes_of(report: SyncReport) -> Changes:
    """What a finished cycle changed locally: the outbox always; the data when rows came
    down or conflicts were found."""
    if report.pulled.rows or report.pushed.conflicts:
        return Changes.SYNC | SYNCED_DATA
    return Changes.SYNC


def sync_now(ctx: AppContext, owner: QObject, settings: SyncSettings,
             cycle: SyncCycle) -> Operation[SyncReport]:
    """`cycle` (the core's `sync_once`) on the network lane; cancelling the operation cancels
    the cycle's token (the core stops between steps and interrupts a blocking server call)."""
    db = ctx.db
    return ctx.network_op(owner, lambda run: cycle(db, settings, run.token)).announces(
        changes_of)


def resolve_conflict(ctx: AppContext, owner: QObject, conflict_id: str,
                     side: str) -> Operation[Changes]:
    """Keep "mine" (this station's value, written as a normal change) or "theirs"."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: resolve(db, actor, conflict_id, side))
