"""Two sync cycles of one desk at once (two windows, or `fielddesk sync` while the app syncs,
on one database file): the second is refused with a sentence while the first runs, and
nothing goes up or comes down twice."""

from __future__ import annotations

import subprocess
import sys
import threading
from dataclasses import replace

import pytest
from sqlalchemy import select

from app.db import open_database
from app.errors import SyncError
from app.models import RefusedChange
from app.sync.cycle import sync_once
from app.sync.refused import discard, refused_changes
from app.sync.settings import save_settings
from tests.sync.conftest import MakeStation, Station
from tests.sync.faults import QUICK, assert_converged, proxy_to, through
from tests.sync.helpers import server_rows
from tests.sync.test_crashes import ROOT, make_jobs
from tests.sync.test_error_queue import LONG, change, customer
from tests.sync.test_network_faults import BATCH
from tests.sync.test_write_order import in_background, wait_for


def second_window(station: Station) -> Station:
    """The same file opened by another window of the app (its own engine and connections)."""
    return Station(open_database(station.path), station.actor, station.creds, station.settings,
                   station.path)


@pytest.mark.parametrize("other", ["window", "process"])
def test_a_second_cycle_of_a_desk_syncing_already_is_refused_and_nothing_doubles(
        central: str, make_station: MakeStation, other: str) -> None:
    nj = make_station("NJ01")
    make_jobs(nj, 4)
    refused = customer(nj, "赵敏", "13700000001")
    change(nj, refused, name=LONG)  # the server refuses it: to the error queue
    save_settings(nj.path, nj.settings.url)
    reached, release = threading.Event(), threading.Event()
    with proxy_to(central) as proxy:
        line = through(proxy, nj)
        proxy.on(BATCH, lambda: (reached.set(), release.wait(60)))  # the first cycle waits
        # the first cycle waits for the release (up to a minute), however slowly the other starts
        held = replace(QUICK, answer=90.0)
        with in_background(lambda: sync_once(line.db, line.settings, timeouts=held)) as first:
            assert wait_for(reached.is_set), "the first cycle never reached its push"
            try:
                if other == "window":
                    window = second_window(nj)
                    try:
                        with pytest.raises(SyncError) as busy:
                            sync_once(window.db, window.settings, timeouts=QUICK)
                    finally:
                        window.db.dispose()
                    said = str(busy.value)
                else:
                    done = subprocess.run(
                        [sys.executable, "-m", "app", "sync", "--db", str(nj.path)],
                        capture_output=True, text=True, cwd=ROOT, timeout=60)
                    assert done.returncode == 1 and done.stderr.count("\n") == 1
                    said = done.stderr
            finally:
                release.set()
        assert "error" not in first, first.get("error")
    assert "is syncing in another window or process" in said
    assert server_rows(central, "SELECT count(*) FROM sync_batches") == [(1,)]
    again = sync_once(nj.db, nj.settings)
    assert (again.pushed.entries, again.pushed.repeated) == (0, 0)
    with nj.db.session() as s:  # the customer, its site, its change: each set aside once
        queued = s.scalars(select(RefusedChange.change_id)).all()
    assert len(queued) == len(set(queued)) == 3
    for entry in refused_changes(nj.db):
        discard(nj.db, nj.actor, entry.id)
    sync_once(nj.db, nj.settings)
    assert_converged(central, nj)
