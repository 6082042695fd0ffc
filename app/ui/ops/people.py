"""Who works at the desk: signing in, the first administrator, joining a station, signing a
job sheet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from app.db import Database
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.signatures import SignatureState, SignerRole, sign_job
from app.services.users import authenticate
from app.sync.pull import PullReport
from app.sync.settings import SyncSettings, save_settings
from app.ui.context import AppContext
from app.ui.operation import Operation, Running
from app.ui.tasks import Lane


def sign_in(lane: Lane, owner: QObject, db: Database, username: str,
            password: str) -> Operation[Actor]:
    return Operation(lane, owner, lambda _run: authenticate(db, username, password))


def create_admin(lane: Lane, owner: QObject, work: Callable[[], Actor]) -> Operation[Actor]:
    """The first administrator (and the station, on an empty database)."""
    return Operation(lane, owner, lambda _run: work())


def join(network: Lane, owner: QObject, db: Database, settings: SyncSettings,
         db_path: Path | None, username: str, password: str,
         counting: str) -> Operation[Actor]:
    """Join the station the address names (its rows and users come down, page by page: a
    cancel stops after the page in hand, joining again resumes), keep the address, then sign
    in. `counting` is the progress text with {count}."""

    def work(run: Running) -> Actor:
        from app.sync.join import join_station  # loads the PostgreSQL driver: not at start

        def page_done(report: PullReport) -> None:
            run.check()
            run.report(report.rows, 0, counting.format(count=report.rows))

        join_station(db, settings, on_page=page_done, token=run.token)
        if db_path is not None:
            save_settings(db_path, settings.url)
        return authenticate(db, username, password)
    return Operation(network, owner, work)


def sign_sheet(ctx: AppContext, owner: QObject, job_id: str, role: SignerRole | str, name: str,
               image: bytes) -> Operation[tuple[SignatureState, Changes]]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: sign_job(db, actor, job_id, role, name, image))
