"""The write order on the central server, one per station (c004): a station cannot take one
outside its own writes, one that holds its order in a write stalls no other station and is cut
off past the limits by whoever waits for that order, every station role has its session limits,
and a write that waits for an earlier one of the same station (or of a shared row) keeps that
station's pulls complete."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest
from psycopg.errors import InsufficientPrivilege
from sqlalchemy import text

from app.services.jobs import get_job
from app.sync.cycle import sync_once
from app.sync.report import SyncReport
from tests.sync.conftest import MakeStation, Station
from tests.sync.helpers import raw, server_do, server_rows, set_limits
from tests.sync.test_isolation import role_of
from tests.sync.test_protocol import new_job

SHORT = {"statement_timeout": "2 seconds", "lock_timeout": "30 seconds",
         "idle_timeout": "1 second", "hold_limit": "4 seconds"}
LIFTED = ("SET idle_in_transaction_session_timeout = 0", "SET statement_timeout = 0",
          "SET lock_timeout = 0")


def wait_for(condition: Callable[[], bool], seconds: float = 30.0) -> bool:
    """Poll until `condition` holds (True) or `seconds` passed (False)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return False


@contextmanager
def in_background(work: Callable[[], Any]) -> Iterator[dict[str, Any]]:
    """Run `work` in a thread; the dict gets its "result" or "error" once the block ends."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed to the test
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield outcome
    finally:
        thread.join(120)
        assert not thread.is_alive(), "the background work never ended"


def cut_off(conn: psycopg.Connection[Any]) -> bool:
    """Whether the server ended this session (its next statement says so)."""
    try:
        conn.execute("SELECT 1")
    except psycopg.Error:
        return conn.closed or conn.broken
    return False


def synced_a_new_job(nj: Station, central: str) -> SyncReport:
    job = new_job(nj, "赵敏", "13700000009")
    report = sync_once(nj.db, nj.settings)
    assert report.pushed.entries > 0
    assert server_rows(central, "SELECT count(*) FROM jobs WHERE id = :id", id=job) == [(1,)]
    return report


def holding_station(make_station: MakeStation, central: str) -> tuple[Station, Station, str]:
    """NJ01 (which syncs) and SH01 (which holds), both synced once, with short limits."""
    nj, sh = make_station("NJ01"), make_station("SH01")
    own_job = new_job(sh, "李娜", "13812345678")
    sync_once(sh.db, sh.settings)
    sync_once(nj.db, nj.settings)
    set_limits(central, **SHORT)
    return nj, sh, own_job


@pytest.mark.parametrize("then", [None, "savepoint", "SELECT pg_sleep(600)", "busy"],
                         ids=["idle", "idle, its write in a released savepoint",
                              "one endless statement", "busy with short statements"])
def test_a_station_holding_its_write_order_stalls_no_other_and_is_cut_off_by_a_waiter(
        central: str, make_station: MakeStation, then: str | None) -> None:
    nj, sh, own_job = holding_station(make_station, central)
    with raw(sh.settings.url, autocommit=False) as holder:
        for sql in LIFTED:  # what an attacker does first: no session timeout applies
            holder.execute(sql)
        if then == "savepoint":  # its order's row lock names the subtransaction, now gone
            holder.execute("SAVEPOINT s")
        holder.execute("UPDATE jobs SET symptom = 'held' WHERE id = %s", (own_job,))
        if then == "savepoint":
            holder.execute("RELEASE SAVEPOINT s")

        def keep_holding() -> None:
            if then == "busy":
                while True:
                    holder.execute("SELECT pg_sleep(0.3)")
            elif then not in (None, "savepoint"):
                holder.execute(then)

        with in_background(keep_holding) as holding:
            synced_a_new_job(nj, central)  # NJ01 never waits for SH01's order
            # the head office's edit of another SH01 row waits for SH01's order, and ends the
            # holder (an edit of the held job itself would wait for that row's lock first)
            assert server_do(central, "UPDATE customers SET notes = '总部' WHERE id ="
                             " (SELECT customer_id FROM jobs WHERE id = :id)", id=own_job) == 1
        if then in (None, "savepoint"):
            assert cut_off(holder)
        else:
            assert isinstance(holding.get("error"), psycopg.Error) and holder.broken
    assert server_rows(central, "SELECT j.symptom, c.notes FROM jobs j JOIN customers c"
                       " ON c.id = j.customer_id WHERE j.id = :id",
                       id=own_job) == [("不制冷", "总部")]  # the cut-off write never landed


def test_a_desk_stopped_mid_push_is_cut_off_by_its_own_session_limit(
        central: str, make_station: MakeStation) -> None:
    nj, sh, own_job = holding_station(make_station, central)
    with raw(sh.settings.url, autocommit=False) as stuck:
        stuck.execute("UPDATE jobs SET symptom = 'half sent' WHERE id = %s", (own_job,))
        pid = stuck.info.backend_pid
        assert wait_for(lambda: not server_rows(  # idle_in_transaction_session_timeout
            central, "SELECT 1 FROM pg_stat_activity WHERE pid = :p", p=pid))
        assert cut_off(stuck)
        synced_a_new_job(nj, central)


def test_what_a_station_can_take_outside_its_writes_stalls_nobody(
        central: str, make_station: MakeStation) -> None:
    nj, sh, _ = holding_station(make_station, central)
    with raw(sh.settings.url) as session_lock, raw(sh.settings.url, autocommit=False) as tries:
        session_lock.execute("SELECT pg_advisory_lock(7201)")  # c001's write order, now unused
        for sql in LIFTED:
            tries.execute(sql)
        for sql in ("LOCK TABLE sync_write_order IN EXCLUSIVE MODE",
                    "INSERT INTO sync_write_order DEFAULT VALUES",
                    "SELECT * FROM sync_write_order FOR UPDATE",
                    "LOCK TABLE sync_station_order IN EXCLUSIVE MODE",
                    "SELECT * FROM sync_station_order FOR UPDATE",
                    "SELECT public.fd_take_order('x')"):
            with pytest.raises(InsufficientPrivilege):
                tries.execute(sql)
            tries.rollback()
        synced_a_new_job(nj, central)
        assert not cut_off(session_lock)  # harmless, so left alone


def test_every_station_role_has_its_session_limits(central: str,
                                                   make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    shown = "SELECT current_setting('statement_timeout'), current_setting('lock_timeout')," \
            " current_setting('idle_in_transaction_session_timeout')"
    with raw(nj.settings.url) as conn:
        assert conn.execute(shown).fetchone() == ("1min", "30s", "30s")
    set_limits(central, **SHORT, connections="2")
    with raw(nj.settings.url) as conn, raw(nj.settings.url):
        assert conn.execute(shown).fetchone() == ("2s", "30s", "1s")
        with pytest.raises(psycopg.OperationalError, match="too many connections"):
            raw(nj.settings.url)
    limit = server_rows(central, "SELECT rolconnlimit FROM pg_roles WHERE rolname = :r",
                        r=role_of(nj))
    assert limit == [(2,)]


def waits_for_a_lock(central: str, station: Station) -> Callable[[], bool]:
    """Whether a session of the station waits for a lock now (its order, taken in steps of
    200 ms, shows as a wait for the holder's transaction or for a table)."""
    def waiting() -> bool:
        return server_rows(
            central, "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid)"
            " WHERE a.usename = :r AND NOT l.granted", r=role_of(station))[0][0] > 0
    return waiting


EARLIER_WRITES = {  # the head office's write, and what NJ01's database shows once it came down
    "of its own job": ("UPDATE jobs SET priority = 'urgent' WHERE id = %(job)s",
                       "SELECT count(*) FROM jobs WHERE priority = 'urgent'"),
    "of a shared template": ("UPDATE checklist_templates SET name = name || ' (2)'"
                             " WHERE id = (SELECT min(id) FROM checklist_templates)",
                             "SELECT count(*) FROM checklist_templates WHERE name LIKE '% (2)'"),
}


@pytest.mark.parametrize("earlier", EARLIER_WRITES.values(), ids=EARLIER_WRITES.keys())
def test_a_write_waits_for_an_earlier_one_so_a_pull_never_skips_it(
        central: str, make_station: MakeStation, earlier: tuple[str, str]) -> None:
    """The head office changes a row NJ01 pulls (its own job or a shared template) and has not
    committed; NJ01 pushes meanwhile. Its write waits for the earlier one, so the pull of that
    same cycle finds both."""
    nj = make_station("NJ01")
    job = new_job(nj)
    sync_once(nj.db, nj.settings)
    new_job(nj, "李娜", "13812345678")  # something to push
    write, shown = earlier
    with raw(central, autocommit=False) as head_office:
        head_office.execute(write, {"job": job})
        with in_background(lambda: sync_once(nj.db, nj.settings)) as cycle:
            assert wait_for(waits_for_a_lock(central, nj))
            head_office.commit()
    assert "error" not in cycle, cycle.get("error")
    with nj.db.engine.connect() as local:
        assert local.execute(text(shown)).scalar() == 1
    stamped = server_rows(central, "SELECT max(server_seq) FROM (SELECT server_seq FROM jobs"
                          " UNION ALL SELECT server_seq FROM checklist_templates) s")[0][0]
    assert cycle["result"].pulled.cursor == stamped


def test_stations_write_in_parallel_and_each_pull_stays_complete(
        central: str, make_station: MakeStation) -> None:
    """The head office holds an uncommitted change of SH01's job, stamped before NJ01's push:
    NJ01 syncs meanwhile without waiting; SH01's own cycle waits for it and pulls it; NJ01's
    cursor passing that sequence skips nothing of NJ01's."""
    nj, sh = make_station("NJ01"), make_station("SH01")
    theirs = new_job(sh, "李娜", "13812345678")
    sync_once(sh.db, sh.settings)
    sync_once(nj.db, nj.settings)
    new_job(sh, "王芳", "13912345678")
    with raw(central, autocommit=False) as head_office:
        head_office.execute("UPDATE jobs SET priority = 'urgent' WHERE id = %s", (theirs,))
        held = head_office.execute("SELECT server_seq FROM jobs WHERE id = %s",
                                   (theirs,)).fetchone()
        report = synced_a_new_job(nj, central)  # in the foreground: NJ01 does not wait
        assert held is not None and report.pulled.cursor > held[0]
        with in_background(lambda: sync_once(sh.db, sh.settings)) as cycle:
            assert wait_for(waits_for_a_lock(central, sh))
            head_office.commit()
    assert "error" not in cycle, cycle.get("error")
    assert get_job(sh.db, theirs).priority.value == "urgent"
    assert cycle["result"].pulled.cursor == server_rows(
        central, "SELECT max(server_seq) FROM jobs")[0][0]
