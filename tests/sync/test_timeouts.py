"""A sync never waits for ever: a server backend stopped with SIGSTOP (whose kernel still
answers, so keepalives pass) or a statement blocked on the administrator's lock ends the sync
at once when it is cancelled from another thread, and without a cancel in a sentence once the
client's or the server's timeout passes. Nothing is half-applied on either side."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from app.cancel import Cancelled, CancelToken
from app.errors import SyncError
from app.models import Customer
from app.sync.cycle import sync_once
from app.sync.link import waiting_at_most
from app.sync.pull import cursor_of
from app.sync.report import ServerUnreachable
from app.sync.settings import save_settings
from tests.sync.conftest import MakeStation, Station
from tests.sync.helpers import outbox_count, raw, server_do, server_rows
from tests.sync.test_isolation import role_of
from tests.sync.test_protocol import new_job
from tests.sync.test_write_order import in_background, wait_for

SHORT = waiting_at_most(3)  # the server gives up on a statement after 2 s, the client at 3 s


def backend_waiting_for_a_lock(central: str, station: Station) -> int:
    found: list[int] = []

    def waiting() -> bool:
        found[:] = [pid for (pid,) in server_rows(
            central, "SELECT pid FROM pg_stat_activity WHERE usename = :r"
            " AND wait_event_type = 'Lock'", r=role_of(station))]
        return bool(found)

    assert wait_for(waiting), "the sync never reached the locked table"
    return found[0]


@contextmanager
def stopped(pid: int) -> Iterator[None]:
    """The server process `pid` stopped (it answers nothing; its kernel still does)."""
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


def server_forgot(central: str, station: Station) -> None:
    """Wait until the server has ended the sync's session (and rolled its work back)."""
    assert wait_for(lambda: not server_rows(
        central, "SELECT 1 FROM pg_stat_activity WHERE usename = :r", r=role_of(station)))


@pytest.mark.parametrize("cancel", [True, False], ids=["cancelled", "timed out"])
def test_a_push_waiting_on_a_stopped_server_ends_and_sends_nothing(
        central: str, make_station: MakeStation, cancel: bool) -> None:
    nj = make_station("NJ01")
    new_job(nj)
    waiting = outbox_count(nj.db)
    token = CancelToken()
    with raw(central, autocommit=False) as admin:
        admin.execute("LOCK TABLE jobs IN ACCESS EXCLUSIVE MODE")
        with in_background(lambda: sync_once(nj.db, nj.settings, token, SHORT)) as cycle:
            pid = backend_waiting_for_a_lock(central, nj)
            with stopped(pid):
                admin.rollback()  # the lock goes, but the stopped process cannot go on
                if cancel:
                    token.cancel()
                assert wait_for(lambda: bool(cycle), 60)  # ended while the server is stopped
    error = cycle.get("error")
    if cancel:
        assert isinstance(error, Cancelled)
    else:
        assert isinstance(error, ServerUnreachable)
        assert "did not answer for 3 seconds" in str(error)
    server_forgot(central, nj)
    assert outbox_count(nj.db) == waiting
    assert server_rows(central, "SELECT count(*) FROM sync_batches") == [(0,)]
    again = sync_once(nj.db, nj.settings)  # the same batch, sent once
    assert (again.pushed.entries, again.pushed.repeated) == (waiting, 0)


@pytest.mark.parametrize("cancel", [True, False], ids=["cancelled", "timed out"])
def test_a_pull_blocked_by_the_administrators_lock_ends_and_applies_nothing(
        central: str, make_station: MakeStation, cancel: bool) -> None:
    nj = make_station("NJ01")
    new_job(nj, "王芳")
    sync_once(nj.db, nj.settings)
    cursor = cursor_of(nj.db)
    server_do(central, "UPDATE customers SET name = '王芳芳'")  # comes down before jobs
    token = CancelToken()
    with raw(central, autocommit=False) as admin:
        admin.execute("LOCK TABLE jobs IN ACCESS EXCLUSIVE MODE")
        with in_background(lambda: sync_once(nj.db, nj.settings, token, SHORT)) as cycle:
            backend_waiting_for_a_lock(central, nj)
            if cancel:
                token.cancel()
            assert wait_for(lambda: bool(cycle), 60)  # ended while the lock is still held
        admin.rollback()
    error = cycle.get("error")
    if cancel:
        assert isinstance(error, Cancelled)
    else:
        assert isinstance(error, SyncError) and "could not finish in time" in str(error)
    assert cursor_of(nj.db) == cursor  # the page read halfway was not applied
    with nj.db.session() as s:
        assert [c.name for c in s.query(Customer)] == ["王芳"]
    assert sync_once(nj.db, nj.settings).pulled.rows > 0
    with nj.db.session() as s:
        assert [c.name for c in s.query(Customer)] == ["王芳芳"]


def test_a_cancelled_sync_moves_nothing(central: str, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    new_job(nj)
    waiting = outbox_count(nj.db)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        sync_once(nj.db, nj.settings, token)
    assert outbox_count(nj.db) == waiting and cursor_of(nj.db) == 0
    assert server_rows(central, "SELECT count(*) FROM jobs") == [(0,)]


def test_fielddesk_sync_gives_up_on_a_stopped_server_in_one_line(
        central: str, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    new_job(nj)
    save_settings(nj.path, nj.settings.url)
    with raw(central, autocommit=False) as admin:
        admin.execute("LOCK TABLE jobs IN ACCESS EXCLUSIVE MODE")
        with subprocess.Popen([sys.executable, "-m", "app", "sync", "--db", str(nj.path),
                               "--timeout", "3"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) as child, \
                stopped(backend_waiting_for_a_lock(central, nj)):
            admin.rollback()
            _, err = child.communicate(timeout=60)
    assert child.returncode == 1 and err.count("\n") == 1
    assert err.startswith("fielddesk: The central server ") and "did not answer for 3" in err
    assert nj.creds.password not in err
