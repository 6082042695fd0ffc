"""After sign-in, once a day: the jobs of the contract visits due soon are created on the
database lane, and the status line says which."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from app.services.changes import Changes
from app.services.contract_runs import create_due_jobs_daily
from app.ui.context import AppContext
from app.ui.operation import Operation

SHOWN_MS = 30_000


def _said(window: QMainWindow, made: list[str] | None) -> None:
    if made:
        window.statusBar().showMessage(QCoreApplication.translate(
            "ContractJobs", "Maintenance jobs created for contract visits: {numbers}").format(
            numbers=", ".join(made)), SHOWN_MS)


def create_contract_jobs(ctx: AppContext, window: QMainWindow,
                         today: dt.date | None = None) -> Operation[list[str] | None]:
    db, actor = ctx.db, ctx.actor
    day = today or dt.datetime.now(ctx.tz).date()
    op = ctx.op(window, lambda _run: create_due_jobs_daily(db, actor, day))
    return op.announces(lambda made: Changes.JOBS | Changes.CONTRACTS if made
                        else Changes.NONE).errors_to(
        lambda text: window.statusBar().showMessage(text, SHOWN_MS)).success(
        lambda made: _said(window, made)).run()
