"""The line fails in the middle of a sync (through the tests' TCP proxy, against the real
server): cut both ways, one way (the server's answers held back or lost), a line that keeps
dropping. Each time the sync ends in a sentence within the station's short timeouts (never a
hang), and once the line is back the outbox drains, the pull catches up and nothing arrives
twice."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from app.models import Customer
from app.services.jobs import JobInput, update_job
from app.sync.conflicts import open_conflicts
from app.sync.cycle import sync_once
from app.sync.pull import cursor_of
from app.sync.push import BATCH_SIZE
from app.sync.report import ServerUnreachable
from tests.sync.conftest import MakeStation, Station
from tests.sync.faults import (
    QUICK,
    assert_converged,
    fails,
    proxy_to,
    sync_until_through,
    through,
)
from tests.sync.helpers import outbox_count, server_do, server_rows
from tests.sync.proxy import DOWN
from tests.sync.test_crashes import make_jobs
from tests.sync.test_protocol import new_job

BATCH = b"INSERT INTO sync_batches"
# One per pull page, also the first of a pull with nothing new: a page first asks which tables
# have news (pull._news) and reads only those, each as its station's side and the shared side
# (so "ORDER BY customers.server_seq" occurs twice a page, and not at all with no customers new)
PULL_PAGE = b"SELECT 'customers' WHERE EXISTS"


def two_batches(station: Station) -> int:
    """More changes than one batch holds (each job is a customer, a site and the job)."""
    make_jobs(station, BATCH_SIZE // 3 + 10)
    waiting = outbox_count(station.db)
    assert BATCH_SIZE < waiting < 2 * BATCH_SIZE
    return waiting


def batches_on_server(central: str) -> int:
    return int(server_rows(central, "SELECT count(*) FROM sync_batches")[0][0])


def server_customers(central: str, station: Station, count: int) -> None:
    """The head office loads `count` customers for the station (they come down by pulls)."""
    server_do(central, "INSERT INTO customers (id, station_id, name, phone, alt_phone, email, "
                       "notes, search_text, version, updated_at, updated_by, deleted) "
                       "SELECT gen_random_uuid()::text, :s, '客户' || n, '139' || "
                       "lpad(n::text, 8, '0'), '', '', '', '', 1, now(), 'head office', false "
                       "FROM generate_series(1, :n) n",
              s=station.actor.station_id, n=count)


def local_customers(station: Station) -> int:
    with station.db.session() as s:
        return int(s.scalar(select(func.count(Customer.id))) or 0)


def test_a_push_cut_before_the_server_saw_its_second_batch_sends_it_once_healed(
        central: str, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    waiting = two_batches(nj)
    with proxy_to(central) as proxy:
        line = through(proxy, nj)
        proxy.on(BATCH, proxy.cut, nth=2)
        assert isinstance(fails(line), ServerUnreachable)
        assert batches_on_server(central) == 1  # the first went through, whole
        assert outbox_count(nj.db) == waiting - BATCH_SIZE
        proxy.heal()
        report = sync_once(line.db, line.settings, timeouts=QUICK)
    assert (report.pushed.batches, report.pushed.repeated) == (1, 0)
    assert server_rows(central, "SELECT count(*), count(DISTINCT number) FROM jobs")[0] == (
        BATCH_SIZE // 3 + 10,) * 2
    assert_converged(central, nj)


@pytest.mark.parametrize("lose", ["stall_down", "drop_down"])
def test_answers_lost_after_the_server_committed_a_batch_are_no_hang_and_no_duplicate(
        central: str, make_station: MakeStation, lose: str) -> None:
    nj = make_station("NJ01")
    job = new_job(nj)
    sync_once(nj.db, nj.settings)
    update_job(nj.db, nj.actor, job, JobInput("repair", symptom="漏水", priority="high"))
    make_jobs(nj, 3)
    waiting = outbox_count(nj.db)
    with proxy_to(central) as proxy:
        line = through(proxy, nj)
        lost: Callable[[], None] = getattr(proxy, lose)
        proxy.on(BATCH, lambda: proxy.on(b"COMMIT", lost))  # the commit reaches the server
        error = fails(line)
        assert isinstance(error, ServerUnreachable) and "did not answer for 3 seconds" in str(
            error)
        assert batches_on_server(central) == 2 and outbox_count(nj.db) == waiting
        proxy.heal()
        report = sync_once(line.db, line.settings, timeouts=QUICK)
    assert (report.pushed.batches, report.pushed.repeated) == (1, 1)
    assert server_rows(central, "SELECT version, priority FROM jobs WHERE id = :id",
                       id=job) == [(2, "high")]  # changed once, not twice
    assert_converged(central, nj)


def test_a_conflict_whose_answer_was_lost_reaches_the_dispatcher_when_sent_again(
        central: str, make_station: MakeStation) -> None:
    """The server committed a batch with a conflict and its answer never came: the batch sent
    again is skipped, and its conflict comes back with it (found by tests/sync/test_model.py)."""
    nj = make_station("NJ01")
    job = new_job(nj, symptom="不制冷")
    sync_once(nj.db, nj.settings)
    server_do(central, "UPDATE jobs SET symptom = '总部改的' WHERE id = :id", id=job)
    update_job(nj.db, nj.actor, job, JobInput("repair", symptom="漏水"))
    with proxy_to(central) as proxy:
        line = through(proxy, nj)
        proxy.on(BATCH, lambda: proxy.on(b"COMMIT", proxy.cut, direction=DOWN))
        fails(line)
        assert batches_on_server(central) == 2 and outbox_count(nj.db) == 1
        proxy.heal()
        report = sync_once(line.db, line.settings, timeouts=QUICK)
    assert report.pushed.repeated == 1
    assert [(c.field, c.local_value, c.server_value) for c in open_conflicts(nj.db)] == [
        ("symptom", "漏水", "总部改的")]
    assert_converged(central, nj)


def test_a_pull_cut_after_its_first_page_takes_up_from_there(
        central: str, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    sync_once(nj.db, nj.settings)
    server_customers(central, nj, 12_000)
    with proxy_to(central) as proxy:
        line = through(proxy, nj)
        proxy.on(PULL_PAGE, proxy.cut, nth=2)
        fails(line)
        after_one_page = cursor_of(nj.db)
        assert local_customers(nj) == 5000 and after_one_page > 0
        proxy.heal()
        report = sync_once(line.db, line.settings, timeouts=QUICK)
    assert report.pulled.rows == 7000  # the rest, nothing twice
    assert_converged(central, nj)


@pytest.mark.parametrize("lose", ["stall_down", "blackhole"])
def test_a_pull_whose_answers_stop_ends_in_time_and_catches_up(
        central: str, make_station: MakeStation, lose: str) -> None:
    nj = make_station("NJ01")
    sync_once(nj.db, nj.settings)
    server_customers(central, nj, 6_000)
    with proxy_to(central) as proxy:
        line = through(proxy, nj)
        proxy.on(PULL_PAGE, getattr(proxy, lose), nth=2)
        error = fails(line)
        assert "did not answer for 3 seconds" in str(error)
        assert local_customers(nj) == 5000
        proxy.heal()
        sync_once(line.db, line.settings, timeouts=QUICK)
    assert local_customers(nj) == 6000
    assert_converged(central, nj)


def test_a_line_that_keeps_dropping_drains_the_outbox_and_catches_up_in_pieces(
        central: str, make_station: MakeStation) -> None:
    """The line drops after every 50 pieces the desk sends (a whole cycle here takes about
    90 since the push and the pull went set-based; below about 45 a cycle's set-up and one batch
    no longer get through): each cycle gets a batch or a few pages through, and those that
    fail leave nothing half done."""
    nj, sh = make_station("NJ01"), make_station("SH01")
    two_batches(nj)
    sync_once(nj.db, nj.settings)
    make_jobs(nj, BATCH_SIZE // 3 + 10)  # two more batches to push...
    server_customers(central, nj, 11_000)  # ... and three pages to pull
    server_do(central, "UPDATE jobs SET priority = 'urgent' WHERE number LIKE '%1'")
    new_job(sh, "李娜")
    with proxy_to(central) as proxy:
        line = through(proxy, nj)
        with proxy.flapping(every=50):
            _, failed = sync_until_through(line)
        assert failed > 0 and proxy.resets >= failed
    sync_once(sh.db, sh.settings)
    assert local_customers(nj) == 11_000 + 2 * (BATCH_SIZE // 3 + 10)
    assert_converged(central, nj, sh)


def test_the_server_side_of_a_cut_connection_lets_go_of_the_write_order(
        central: str, make_station: MakeStation) -> None:
    """A desk whose answers stop inside its push holds the server's write order only until
    its own timeout ends the connection: another station's sync then goes through."""
    nj, sh = make_station("NJ01"), make_station("SH01")
    make_jobs(nj, 2)
    make_jobs(sh, 2)
    with proxy_to(central) as proxy:
        line = through(proxy, nj)
        proxy.on(b"INSERT INTO jobs", proxy.stall_down)  # inside the batch's transaction
        fails(line)
        sync_once(sh.db, sh.settings, timeouts=QUICK)  # not queued behind the stalled one
        proxy.heal()
        sync_once(line.db, line.settings, timeouts=QUICK)
    assert batches_on_server(central) == 2
    assert_converged(central, nj, sh)

