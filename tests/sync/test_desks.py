"""Every desk is a side: two PCs of one station conflict with each other as a station does with
the head office, and number jobs offline without ever issuing the same number."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.db import open_database
from app.errors import ValidationError
from app.models import Desk, Job, JobNumberBlock
from app.services.jobs import JobInput, get_job, update_job
from app.services.users import authenticate
from app.sync.blocks import BLOCK, KEEP_FREE, years_to_hold
from app.sync.conflicts import open_conflicts
from app.sync.cycle import sync_once
from app.sync.join import join_station
from tests.sync.conftest import MakeStation, Station
from tests.sync.helpers import server_rows
from tests.sync.test_crashes import make_jobs
from tests.sync.test_protocol import new_job


def second_desk(tmp_path: Path, first: Station, name: str = "desk2") -> Station:
    """Another PC of `first`'s station, joined from the central server."""
    path = tmp_path / f"{name}.sqlite"
    db = open_database(path)
    join_station(db, first.settings)
    return Station(db, authenticate(db, "admin", "correct-horse"), first.creds, first.settings,
                   path)


def desk_id(station: Station) -> str:
    with station.db.session() as s:
        return s.scalars(select(Desk.id)).one()


def numbers(station: Station) -> list[str]:
    with station.db.session() as s:
        return list(s.scalars(select(Job.number).order_by(Job.number)))


def test_two_desks_of_a_station_changing_one_field_make_one_conflict(
        central: str, tmp_path: Path, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    job = new_job(nj, symptom="不制冷")
    sync_once(nj.db, nj.settings)
    desk2 = second_desk(tmp_path, nj)
    try:
        update_job(desk2.db, desk2.actor, job, JobInput("repair", symptom="漏水"))
        update_job(nj.db, nj.actor, job, JobInput("repair", symptom="异响", priority="high"))
        assert sync_once(desk2.db, desk2.settings).pushed.conflicts == []
        report = sync_once(nj.db, nj.settings)
        assert [c.field for _, _, c in report.pushed.conflicts] == ["symptom"]
        (conflict,) = open_conflicts(nj.db)
        assert (conflict.local_value, conflict.server_value) == ("异响", "漏水")
        assert get_job(nj.db, job).symptom == "漏水"  # the other desk's value came down
        row = server_rows(central, "SELECT symptom, priority FROM jobs WHERE id = :id", id=job)
        assert tuple(row[0]) == ("漏水", "high")  # the disjoint field merged
        credited = server_rows(central, "SELECT desk_id FROM field_changes WHERE row_id = :id "
                                        "AND field = 'symptom'", id=job)
        assert credited == [(desk_id(desk2),)]
        # a desk changing its own field again, from its own base, conflicts with nobody
        update_job(desk2.db, desk2.actor, job, JobInput("repair", symptom="漏水，已修"))
        sync_once(desk2.db, desk2.settings)
        update_job(desk2.db, desk2.actor, job, JobInput("repair", symptom="漏水，已修好"))
        assert sync_once(desk2.db, desk2.settings).pushed.conflicts == []
    finally:
        desk2.db.dispose()


def test_two_desks_working_offline_never_issue_the_same_job_number(
        central: str, tmp_path: Path, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    make_jobs(nj, 2)  # numbered freely: no server knows the desk yet
    sync_once(nj.db, nj.settings)
    desk2 = second_desk(tmp_path, nj)
    try:
        make_jobs(nj, 3)  # both offline now
        make_jobs(desk2, 3)
        mine, theirs = set(numbers(nj)), set(numbers(desk2))
        assert len(mine) == 5 and len(theirs) == 5  # desk2 has the first two from the join
        assert not (mine - theirs) & (theirs - mine)
        sync_once(nj.db, nj.settings)
        sync_once(desk2.db, desk2.settings)
        sync_once(nj.db, nj.settings)
        on_server = server_rows(central, "SELECT number FROM jobs")
        assert len(on_server) == 8 == len({n for (n,) in on_server})
        assert numbers(nj) == numbers(desk2) == sorted(n for (n,) in on_server)
        year = int(on_server[0][0].split("-")[1])
        blocks = server_rows(central, "SELECT desk_id, first FROM sync_number_blocks "
                                      "WHERE year = :y ORDER BY first", y=year)
        assert blocks == [(desk_id(nj), 3), (desk_id(desk2), 3 + BLOCK)]
    finally:
        desk2.db.dispose()


def test_a_desk_claims_more_numbers_as_they_run_low_and_next_years_in_december(
        central: str, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    sync_once(nj.db, nj.settings)
    year = dt.datetime.now(ZoneInfo(nj.actor.timezone)).year  # December: next year's too
    with nj.db.session() as s:  # all but a few of its numbers given out
        block = s.scalars(select(JobNumberBlock).where(JobNumberBlock.year == year)).one()
        block.next = block.last - KEEP_FREE + 2
    sync_once(nj.db, nj.settings)
    with nj.db.session() as s:
        held = s.scalars(select(JobNumberBlock).where(JobNumberBlock.year == year)).all()
        assert [(b.first, b.last) for b in held] == [(1, BLOCK), (BLOCK + 1, 2 * BLOCK)]
    shanghai = ZoneInfo("Asia/Shanghai")  # 16:00 UTC on 30 November is December there
    assert years_to_hold(dt.datetime(2026, 11, 30, 15, tzinfo=dt.UTC), shanghai) == [2026]
    assert years_to_hold(dt.datetime(2026, 11, 30, 16, tzinfo=dt.UTC), shanghai) == [2026, 2027]


def test_a_desk_without_numbers_offline_is_told_to_sync(
        central: str, tmp_path: Path, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    sync_once(nj.db, nj.settings)
    with nj.db.session() as s:
        for block in s.scalars(select(JobNumberBlock)):
            block.next = block.last + 1
    with pytest.raises(ValidationError, match="no job numbers left .* sync with the central"):
        new_job(nj)
    sync_once(nj.db, nj.settings)
    new_job(nj)
