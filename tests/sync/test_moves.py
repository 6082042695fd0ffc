"""A job the head office gives from station A to station B (it changes the record's station on
the central server) while A edits it offline: A's edit is not lost silently (it waits in A's
error queue with the reason) and reaches neither the server nor B; A loses its copy visibly
(the sync says so, the record is gone from A's lists); nothing of B's later work leaks to A;
and a record given back comes back."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import NotFoundError
from app.models import Job
from app.services.jobs import JobInput, get_job, update_job
from app.sync.cycle import sync_once
from app.sync.refused import discard, refused_changes
from tests.sync.conftest import MakeStation, Station
from tests.sync.faults import assert_converged
from tests.sync.helpers import server_do, server_rows
from tests.sync.test_protocol import new_job

MOVED = "The head office gave this record to another station"


def give(central: str, job: str, to: Station) -> None:
    """The head office gives a job, with its customer and site, to another station."""
    server_do(central, "UPDATE jobs SET station_id = :s WHERE id = :j", s=to.actor.station_id,
              j=job)
    for table, column in (("customers", "customer_id"), ("sites", "site_id")):
        server_do(central, f"UPDATE {table} SET station_id = :s WHERE id = "
                           f"(SELECT {column} FROM jobs WHERE id = :j)",
                  s=to.actor.station_id, j=job)


def live_jobs(station: Station) -> list[str]:
    with station.db.session() as s:
        return list(s.scalars(select(Job.id).where(Job.deleted.is_(False))))


def test_a_job_given_to_another_station_while_edited_offline_is_lost_visibly(
        central: str, make_station: MakeStation) -> None:
    nj, sz = make_station("NJ01"), make_station("SZ01")
    job = new_job(nj, symptom="不制冷")
    kept = new_job(nj, "钱进", "13700000002")
    sync_once(nj.db, nj.settings)
    update_job(nj.db, nj.actor, job, JobInput("repair", symptom="漏水（南京改的）"))
    give(central, job, sz)
    sync_once(sz.db, sz.settings)
    assert get_job(sz.db, job).symptom == "不制冷"

    report = sync_once(nj.db, nj.settings)
    assert report.moved == 3 and report.pushed.refused == 1  # job, customer, site
    (waiting,) = refused_changes(nj.db)
    assert waiting.row_id == job and str(waiting.reason).startswith(MOVED)
    assert waiting.fields["symptom"] == "漏水（南京改的）"  # the edit kept, with its reason
    assert live_jobs(nj) == [kept]
    with pytest.raises(NotFoundError):
        update_job(nj.db, nj.actor, job, JobInput("repair", symptom="再改"))
    assert server_rows(central, "SELECT symptom, version, station_id FROM jobs WHERE id = :id",
                       id=job) == [("不制冷", 1, sz.actor.station_id)]  # nothing of NJ01's

    update_job(sz.db, sz.actor, job, JobInput("repair", symptom="苏州的诊断"))
    sync_once(sz.db, sz.settings)
    again = sync_once(nj.db, nj.settings)
    assert (again.moved, again.pulled.rows) == (0, 0)  # B's work does not reach A
    with nj.db.session() as s:
        assert s.get(Job, job).symptom == "漏水（南京改的）"  # type: ignore[union-attr]
    discard(nj.db, nj.actor, waiting.id)
    sync_once(nj.db, nj.settings)
    assert refused_changes(nj.db) == [] and live_jobs(nj) == [kept]
    assert_converged(central, nj, sz)


def test_a_job_given_away_and_back_comes_back_with_what_was_done_meanwhile(
        central: str, make_station: MakeStation) -> None:
    nj, sz = make_station("NJ01"), make_station("SZ01")
    job = new_job(nj)
    sync_once(nj.db, nj.settings)
    give(central, job, sz)
    sync_once(nj.db, nj.settings)
    assert live_jobs(nj) == []
    sync_once(sz.db, sz.settings)
    update_job(sz.db, sz.actor, job, JobInput("repair", symptom="苏州修好了"))
    sync_once(sz.db, sz.settings)
    give(central, job, nj)
    report = sync_once(nj.db, nj.settings)
    assert report.moved == 0 and live_jobs(nj) == [job]
    assert get_job(nj.db, job).symptom == "苏州修好了"
    assert sync_once(sz.db, sz.settings).moved == 3
    assert live_jobs(sz) == []
    assert_converged(central, nj, sz)
