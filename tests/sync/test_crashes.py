"""Sync processes killed midway (SIGKILL, at a point the process reports) lose nothing and
duplicate nothing when run again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from app.models import Job
from app.sync.cycle import sync_once
from app.sync.pull import cursor_of
from app.sync.settings import save_settings
from tests.sync.conftest import MakeStation, Station
from tests.sync.helpers import outbox_count, server_do, server_rows
from tests.sync.test_protocol import new_job

ROOT = Path(__file__).resolve().parents[2]


def run_until_stalled(stall: str, *command: str) -> None:
    """Start a FieldDesk process, wait until it stalls at `stall`, then kill it outright."""
    env = {**os.environ, "FIELDDESK_SYNC_STALL": stall}
    with subprocess.Popen([sys.executable, *command], stdout=subprocess.PIPE, text=True,
                          env=env, cwd=ROOT) as child:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert line == "STALLED", f"the process ended before stalling ({child.returncode})"


def make_jobs(station: Station, count: int) -> None:
    for n in range(count):
        new_job(station, f"客户{n}", f"139{n:08d}")


def test_a_push_killed_inside_the_server_transaction_loses_nothing(
    central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    make_jobs(nj, 4)
    waiting = outbox_count(nj.db)
    save_settings(nj.path, nj.settings.url)
    run_until_stalled("push:5", "-m", "app", "sync", "--db", str(nj.path))
    assert server_rows(central, "SELECT count(*) FROM sync_batches")[0][0] == 0
    assert server_rows(central, "SELECT count(*) FROM jobs")[0][0] == 0
    assert outbox_count(nj.db) == waiting
    report = sync_once(nj.db, nj.settings)
    assert (report.pushed.entries, report.pushed.repeated) == (waiting, 0)
    assert server_rows(central, "SELECT count(*), count(DISTINCT number) FROM jobs")[0] == (4, 4)
    assert outbox_count(nj.db) == 0


def test_a_push_killed_after_the_server_committed_is_not_applied_twice(
    central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    make_jobs(nj, 3)
    save_settings(nj.path, nj.settings.url)
    run_until_stalled("committed:1", "-m", "app", "sync", "--db", str(nj.path))
    before = server_rows(central, "SELECT id, server_seq, version FROM jobs ORDER BY id")
    assert len(before) == 3 and outbox_count(nj.db) > 0  # the outbox never heard back
    report = sync_once(nj.db, nj.settings)
    assert report.pushed.repeated == 1
    assert server_rows(central, "SELECT id, server_seq, version FROM jobs ORDER BY id") == before
    assert outbox_count(nj.db) == 0


PULL_SCRIPT = """
import sys
from pathlib import Path
from app.db import open_database
from app.sync.pull import pull
from app.sync.link import connect
db = open_database(Path(sys.argv[1]))
engine = connect(sys.argv[2])
with engine.connect() as conn:
    pull(db, conn, page=5)
"""


def test_a_pull_killed_midway_resumes_where_it_stopped(
    central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    make_jobs(nj, 12)
    sync_once(nj.db, nj.settings)
    start = cursor_of(nj.db)
    server_do(central, "UPDATE jobs SET priority = 'urgent'")
    run_until_stalled("pull:1", "-c", PULL_SCRIPT, str(nj.path), nj.settings.url)
    with nj.db.session() as s:
        urgent = [j.priority for j in s.scalars(select(Job))].count("urgent")
    assert urgent == 5 and cursor_of(nj.db) > start  # one page in, the second rolled back
    report = sync_once(nj.db, nj.settings).pulled
    assert report.rows == 7
    with nj.db.session() as s:
        assert {j.priority for j in s.scalars(select(Job))} == {"urgent"}
