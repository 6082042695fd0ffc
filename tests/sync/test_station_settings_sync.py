"""Issue 16 point 2: the station's settings reach the central server and every desk of the
station (a joining desk included), never another station; a station cannot read, change or
squat another station's settings."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from psycopg.errors import CheckViolation
from sqlalchemy import select

from app.db import open_database
from app.models import Customer
from app.scheduling.sla import ResponseHours
from app.services.response_hours import response_hours
from app.services.setting_rows import row_id
from app.services.settings_sections import Profile, Sla, Travel
from app.services.sort_keys import sort_key
from app.services.station import home_station
from app.services.station_settings import get_section, set_section
from app.sync.cycle import sync_once
from app.sync.join import join_station
from tests.sync.conftest import MakeStation
from tests.sync.helpers import raw, server_rows
from tests.sync.test_protocol import new_job


def test_settings_reach_the_server_and_a_joining_desk(tmp_path: Path,
                                                      make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    set_section(nj.db, nj.actor, Profile("南京鼓楼服务站", "南京市鼓楼区1号", "025-83216688",
                                         "Asia/Shanghai"))
    set_section(nj.db, nj.actor, Sla(ResponseHours(2, 8, 24, 72), callback_days=5))
    new_job(nj, "曾小贤")
    sync_once(nj.db, nj.settings)
    rows = {r.section: r.value for r in server_rows(
        nj.settings.url, "SELECT section, value FROM station_settings")}
    assert rows["profile"]["name"] == "南京鼓楼服务站"
    assert rows["sla"]["response_hours"]["urgent"] == 2
    desk = open_database(tmp_path / "desk2.sqlite")
    try:
        join_station(desk, nj.settings)
        assert home_station(desk).name == "南京鼓楼服务站"
        assert response_hours(desk) == ResponseHours(2, 8, 24, 72)
        with desk.session() as s:  # the pulled customer's local sort key, made on arrival
            assert s.scalar(select(Customer.sort_key)) == sort_key("曾小贤")
        # a change on the second desk reaches the first
        set_section(desk, nj.actor, Travel(speed_kmh=42.0))
        sync_once(desk, nj.settings)
    finally:
        desk.dispose()
    sync_once(nj.db, nj.settings)
    assert get_section(nj.db, Travel) == Travel(speed_kmh=42.0)


def test_a_station_cannot_see_change_or_squat_another_stations_settings(
        central: str, make_station: MakeStation) -> None:
    nj, sh = make_station("NJ01"), make_station("SH01")
    set_section(nj.db, nj.actor, Travel(speed_kmh=42.0))
    sync_once(nj.db, nj.settings)
    sync_once(sh.db, sh.settings)
    victim, attacker = nj.actor.station_id, sh.actor.station_id
    with raw(sh.settings.url) as conn:
        seen = conn.execute("SELECT DISTINCT station_id FROM station_settings").fetchall()
        assert seen == [(attacker,)]
        assert conn.execute("UPDATE station_settings SET value = '{}' WHERE station_id = %s",
                            (victim,)).rowcount == 0
        # the victim's next section id, taken under the attacker's station: refused
        with pytest.raises(CheckViolation):
            conn.execute(
                "INSERT INTO station_settings (id, station_id, section, value, version,"
                " server_seq, updated_at, updated_by, deleted) VALUES (%s, %s, 'printing',"
                " '{}', 1, 0, now(), 'x', false)", (row_id(victim, "printing"), attacker))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO station_settings (id, station_id, section, value, version,"
                         " server_seq, updated_at, updated_by, deleted) VALUES (%s, %s,"
                         " 'printing', '{}', 1, 0, now(), 'x', false)",
                         (row_id(victim, "printing"), victim))
    travel = server_rows(central, "SELECT value FROM station_settings WHERE id = :id",
                         id=row_id(victim, "travel"))
    assert len(travel) == 1
    assert get_section(sh.db, Travel) == Travel()  # SH01 never got NJ01's setting
