"""A pull's page commits are not synced to disk (the server gives their rows again, and the
cursor goes with them), but every other commit of the desk is: the connection a pull wrote on
goes back to its pool synced, with its foreign key checks and its small page cache, whether
the pull finished or was stopped after a page; and the stopped pull's next run takes up
after its last page."""

from __future__ import annotations

from contextlib import ExitStack, closing

import pytest
from sqlalchemy import select, text

from app.cancel import Cancelled
from app.db import Database
from app.db.database import APP_CACHE
from app.models import Job
from app.sync.cycle import sync_once
from app.sync.link import connect
from app.sync.pull import PullReport, cursor_of, pull
from tests.sync.conftest import MakeStation
from tests.sync.helpers import server_do
from tests.sync.test_crashes import make_jobs

APP = (2, 1, APP_CACHE)  # synchronous FULL, foreign keys on, the app's page cache


def pooled_settings(db: Database) -> set[tuple[int, int, int]]:
    """(synchronous, foreign_keys, cache_size) of every connection the pool holds, and then
    some (the driver's connections, checked out together: SQLAlchemy's would each begin a
    write)."""
    with ExitStack() as stack:
        conns = [stack.enter_context(closing(db.engine.raw_connection())) for _ in range(6)]
        return {(c.execute("PRAGMA synchronous").fetchone()[0],
                 c.execute("PRAGMA foreign_keys").fetchone()[0],
                 c.execute("PRAGMA cache_size").fetchone()[0]) for c in conns}


def urgent_jobs(db: Database) -> int:
    with db.session() as s:
        return [j.priority for j in s.scalars(select(Job))].count("urgent")


def test_a_pull_stopped_after_a_page_leaves_the_desks_commits_synced(
        central: str, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    make_jobs(nj, 12)
    sync_once(nj.db, nj.settings)
    start = cursor_of(nj.db)
    server_do(central, "UPDATE jobs SET priority = 'urgent'")

    def stop(_report: PullReport) -> None:
        raise Cancelled

    engine = connect(nj.settings.url)
    try:
        with engine.connect() as conn, pytest.raises(Cancelled):
            pull(nj.db, conn, page=5, on_page=stop)
        with engine.connect() as conn:  # the server connection is free again at once
            assert conn.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        engine.dispose()
    assert pooled_settings(nj.db) == {APP}
    assert urgent_jobs(nj.db) == 5 and cursor_of(nj.db) > start  # the first page stayed
    assert sync_once(nj.db, nj.settings).pulled.rows == 7
    assert urgent_jobs(nj.db) == 12
    assert pooled_settings(nj.db) == {APP}
