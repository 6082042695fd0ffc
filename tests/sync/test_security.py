"""Row-level security, tried with SQL straight on the server under a station's own role."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from app.sync.cycle import sync_once
from tests.sync.conftest import MakeStation
from tests.sync.helpers import server_rows
from tests.sync.test_protocol import new_job


def test_a_station_role_can_neither_read_nor_write_another_stations_rows(
    central: str, make_station: MakeStation
) -> None:
    nj, sz = make_station("NJ01"), make_station("SZ01")
    nj_job = new_job(nj, "王芳")
    new_job(sz, "李娜", "13812345678")
    sync_once(nj.db, nj.settings)
    sync_once(sz.db, sz.settings)
    engine = create_engine(sz.settings.url)
    try:
        with engine.connect() as conn:
            stations = conn.execute(text("SELECT DISTINCT station_id FROM jobs")).scalars().all()
            assert stations == [sz.actor.station_id]
            assert conn.execute(text("SELECT count(*) FROM customers WHERE name = '王芳'")
                                ).scalar() == 0
            changed = conn.execute(text("UPDATE jobs SET symptom = 'x' WHERE id = :id"),
                                   {"id": nj_job}).rowcount
            assert changed == 0
            shared = conn.execute(text("SELECT count(*) FROM checklist_templates "
                                       "WHERE station_id = ''")).scalar()
            assert shared and shared >= 3  # reference data: readable by every station
            assert conn.execute(text("UPDATE checklist_templates SET name = 'x' "
                                     "WHERE station_id = ''")).rowcount == 0
            conn.rollback()
            with pytest.raises(DBAPIError, match="row-level security"):
                conn.execute(text(
                    "INSERT INTO customers (id, station_id, version, server_seq, updated_at,"
                    " updated_by, deleted, name, phone, alt_phone, email, notes, search_text)"
                    " VALUES ('forged', :other, 1, 0, now(), 'x', false, 'x', '1', '', '',"
                    " '', '')"), {"other": nj.actor.station_id})
            conn.rollback()
            with pytest.raises(DBAPIError, match="permission denied"):
                conn.execute(text("SELECT * FROM station_roles"))
    finally:
        engine.dispose()
    assert server_rows(central, "SELECT symptom FROM jobs WHERE id = :id",
                       id=nj_job)[0][0] == "不制冷"  # nothing of NJ01's changed


def test_a_wrong_password_is_refused_by_the_server(central: str,
                                                   make_station: MakeStation) -> None:
    from app.errors import SyncError
    from app.sync.settings import SyncSettings

    nj = make_station("NJ01")
    wrong = SyncSettings(nj.settings.url.replace(nj.creds.password, "guess"))
    with pytest.raises(SyncError, match="cannot be reached: .*password authentication failed"):
        sync_once(nj.db, wrong)
