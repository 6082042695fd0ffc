"""A new or replacement desk joins an existing station from the central server: it takes the
station's data and users instead of creating a second admin that would collide on the pull."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import open_database
from app.errors import NotFoundError, SyncError, ValidationError
from app.models import Customer, Job
from app.services.station import has_home_station, home_station
from app.services.users import authenticate, create_first_admin
from app.sync.cycle import sync_once
from app.sync.join import join_station
from app.sync.pull import PullReport, cursor_of
from app.sync.settings import SyncSettings, load_settings
from tests.cli import fielddesk
from tests.sync.conftest import MakeStation, Station
from tests.sync.test_crashes import make_jobs, run_until_stalled
from tests.sync.test_protocol import new_job

JOIN_SCRIPT = """
import sys
from pathlib import Path
from app.db import open_database
from app.sync.join import join_station
from app.sync.pull import PullReport, cursor_of
from app.sync.settings import SyncSettings
join_station(open_database(Path(sys.argv[1])), SyncSettings(sys.argv[2]), page=5)
"""


def jobs_in(station_db) -> int:  # type: ignore[no-untyped-def]
    with station_db.session() as s:
        return int(s.scalar(select(func.count(Job.id))) or 0)


def joined_desk(tmp_path: Path, nj: Station):  # type: ignore[no-untyped-def]
    desk = open_database(tmp_path / "desk2.sqlite")
    report = join_station(desk, nj.settings)
    return desk, report


def test_a_new_desk_takes_the_stations_data_and_users(
        tmp_path: Path, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    first = new_job(nj, "王芳")
    sync_once(nj.db, nj.settings)
    desk, report = joined_desk(tmp_path, nj)
    try:
        assert (report.station.code, report.station.id) == ("NJ01", nj.actor.station_id)
        assert home_station(desk).code == "NJ01" and report.pulled.rows > 0
        admin = authenticate(desk, "admin", "correct-horse")  # the station's own admin
        assert admin.station_id == nj.actor.station_id
        with desk.session() as s:
            assert s.get(Job, first) is not None
            assert s.scalar(select(Customer.name)) == "王芳"
        # the desk works like the station's first one: its job goes up, the other gets it
        desk_station = Station(desk, admin, nj.creds, nj.settings, tmp_path / "desk2.sqlite")
        second = new_job(desk_station, "李娜", "13812345678")
        assert sync_once(desk, nj.settings).pushed.conflicts == []
        sync_once(nj.db, nj.settings)
        with nj.db.session() as s:
            job = s.get(Job, second)
            assert job is not None and job.number.endswith("-000002")  # numbering goes on
    finally:
        desk.dispose()


def test_a_database_with_its_own_admin_is_not_joined(
        tmp_path: Path, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    sync_once(nj.db, nj.settings)
    own = open_database(tmp_path / "own.sqlite")
    try:
        create_first_admin(own, "admin", "另一个站长", "correct-horse",
                           {"code": "NJ01", "name": "南京"})
        with pytest.raises(ValidationError, match="users or changes of its own"):
            join_station(own, nj.settings)
        assert jobs_in(own) == 0
    finally:
        own.dispose()


def test_another_stations_database_is_not_joined(
        tmp_path: Path, make_station: MakeStation) -> None:
    nj, sz = make_station("NJ01"), make_station("SZ01")
    sync_once(sz.db, sz.settings)
    with pytest.raises(ValidationError, match="belongs to station SZ01"):
        join_station(sz.db, nj.settings)


def test_the_administrators_address_is_not_a_station(tmp_path: Path, central: str) -> None:
    desk = open_database(tmp_path / "desk.sqlite")
    try:
        with pytest.raises(SyncError, match="as an administrator, not as a station"):
            join_station(desk, SyncSettings(central))
        assert cursor_of(desk) == 0 and not has_home_station(desk)
        with pytest.raises(SyncError, match="cannot be reached"):
            join_station(desk, SyncSettings("postgresql+psycopg://station_x:y@127.0.0.1:1/z"))
    finally:
        desk.dispose()


def test_a_join_cut_off_midway_finishes_when_run_again(
        tmp_path: Path, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    make_jobs(nj, 12)
    sync_once(nj.db, nj.settings)
    path = tmp_path / "desk.sqlite"
    open_database(path).dispose()
    run_until_stalled("pull:1", "-c", JOIN_SCRIPT, str(path), nj.settings.url)
    desk = open_database(path)
    try:
        assert cursor_of(desk) > 0 and jobs_in(desk) < 12  # one page of five rows in
        with pytest.raises(NotFoundError):  # not the station's yet: nobody signs in
            home_station(desk)
        join_station(desk, nj.settings)
        assert jobs_in(desk) == 12 and home_station(desk).code == "NJ01"
    finally:
        desk.dispose()


class Stop(Exception):
    pass


def test_a_cancelled_join_keeps_its_pages_and_resumes(
        tmp_path: Path, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    make_jobs(nj, 12)
    sync_once(nj.db, nj.settings)
    desk = open_database(tmp_path / "desk.sqlite")
    seen: list[int] = []

    def cancel_after_two(report: PullReport) -> None:
        seen.append(report.rows)
        if report.pages == 2:
            raise Stop

    try:
        with pytest.raises(Stop):
            join_station(desk, nj.settings, page=5, on_page=cancel_after_two)
        assert len(seen) == 2 and 0 < seen[0] < seen[1]  # rows so far, page by page
        assert cursor_of(desk) > 0 and not has_home_station(desk)
        report = join_station(desk, nj.settings, page=5)
        assert report.pulled.rows > 0 and jobs_in(desk) == 12
        assert home_station(desk).code == "NJ01"
    finally:
        desk.dispose()


def test_join_on_the_command_line(tmp_path: Path, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    new_job(nj)
    sync_once(nj.db, nj.settings)
    path = tmp_path / "cli-desk.sqlite"
    done = fielddesk("join", "--db", str(path), "--url", nj.settings.url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("joined NJ01 NJ01: ")  # the name add-station gave
    assert load_settings(path) == nj.settings  # later syncs use the same address
    again = fielddesk("join", "--db", str(path), "--url", "mysql://nope")
    assert again.returncode == 1 and again.stderr.count("\n") == 1
    assert "postgresql://" in again.stderr
