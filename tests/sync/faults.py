"""What the fault suite checks after every fault: nothing lost (each desk holds exactly the
rows the server shows its station, at the same versions), nothing duplicated (no change went
into two batches), nothing waiting; and the short timeouts that turn a stalled line into an
error within seconds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app.errors import SyncError
from app.sync.cycle import sync_once
from app.sync.link import STATION, Timeouts
from app.sync.report import SyncReport
from app.sync.settings import SyncSettings
from app.sync.tables import synced_tables
from tests.sync.conftest import Station
from tests.sync.helpers import outbox_count, server_rows
from tests.sync.proxy import Proxy

QUICK = replace(STATION, connect=2, statement=2.0, answer=3.0, keepalive_idle=1,
                keepalive_interval=1, keepalive_count=2)
"""A station that gives up on a silent server after 3 s (libpq's shortest connect timeout is
2 s); the server gives up on a statement after 2 s."""


@contextmanager
def proxy_to(central: str) -> Iterator[Proxy]:
    proxy = Proxy(int(make_url(central).port or 5432))
    try:
        yield proxy
    finally:
        proxy.stop()


def through(proxy: Proxy, station: Station) -> Station:
    """The same desk, reaching the server through the proxy."""
    return replace(station, settings=SyncSettings(proxy.url(station.settings.url)))


def fails(station: Station, timeouts: Timeouts = QUICK) -> SyncError:
    """A sync cycle that the fault ends: its error (one sentence)."""
    with pytest.raises(SyncError) as caught:
        sync_once(station.db, station.settings, timeouts=timeouts)
    return caught.value


def sync_until_through(station: Station, attempts: int = 100,
                       timeouts: Timeouts = QUICK) -> tuple[SyncReport, int]:
    """Sync until a cycle goes through; the report and how many cycles failed before."""
    for failed in range(attempts):
        try:
            return sync_once(station.db, station.settings, timeouts=timeouts), failed
        except SyncError:
            continue
    raise AssertionError(f"no sync went through in {attempts} attempts")


def rows_here(station: Station) -> dict[tuple[str, str], tuple[Any, ...]]:
    found = {}
    with station.db.engine.connect() as conn:
        for t in synced_tables():
            for row in conn.execute(select(t.c.id, t.c.version, t.c.server_seq, t.c.deleted)):
                found[(t.name, row.id)] = (row.version, row.server_seq, bool(row.deleted))
    return found


def rows_there(central: str, station_id: str) -> dict[tuple[str, str], tuple[Any, ...]]:
    """The rows the server shows the station: its own and the shared ones."""
    found = {}
    for t in synced_tables():
        for row in server_rows(central, f"SELECT id, version, server_seq, deleted FROM {t.name} "
                                        "WHERE station_id IN (:s, '')", s=station_id):
            found[(t.name, row.id)] = (row.version, row.server_seq, bool(row.deleted))
    return found


def sent_twice(central: str) -> list[Any]:
    """Changes the server took in more than one batch."""
    return server_rows(central, "SELECT c FROM sync_batches, unnest(changes) c "
                                "GROUP BY c HAVING count(*) > 1")


def assert_converged(central: str, *stations: Station) -> None:
    """Nothing waits, nothing went up twice, and every desk holds what the server has."""
    assert sent_twice(central) == []
    for station in stations:
        assert outbox_count(station.db) == 0
        here, there = rows_here(station), rows_there(central, station.actor.station_id)
        missing = {k: v for k, v in there.items() if here.get(k) != v}
        extra = {k: v for k, v in here.items() if k not in there and not v[2]}  # a tombstone
        # of a record that never reached the server (its refused creation discarded) stays
        assert (missing, extra) == ({}, {}), f"desk {station.path.name} differs from the server"
