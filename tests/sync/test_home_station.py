"""A desk syncs only with its own station's role: another station's address, the
administrator's, or a role that is no station's is refused before anything moves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app.errors import SyncError
from app.models import Customer, OutboxEntry
from app.sync.cycle import sync_once
from app.sync.pull import cursor_of
from app.sync.settings import SyncSettings, save_settings, settings_path
from tests.sync.conftest import MakeStation, Station, admin_execute
from tests.sync.helpers import outbox_count, server_rows, without_password
from tests.sync.test_cli import fielddesk
from tests.sync.test_protocol import new_job

GHOST = "fd_ghost"  # in the station group, but no station's role


@pytest.fixture
def ghost_url(central: str) -> Iterator[str]:
    admin_execute(central, f"CREATE ROLE {GHOST} LOGIN PASSWORD 'boo' IN ROLE fielddesk_station")
    try:
        yield make_url(central).set(username=GHOST, password="boo").render_as_string(False)
    finally:
        admin_execute(central, f"DROP OWNED BY {GHOST}", f"DROP ROLE {GHOST}")


def nj_and_sh(make_station: MakeStation) -> tuple[Station, Station]:
    """NJ01 with a change waiting; SH01 with rows on the server a wrong pull would bring."""
    nj, sh = make_station("NJ01"), make_station("SH01")
    new_job(sh, "李娜", "13812345678")
    sync_once(sh.db, sh.settings)
    new_job(nj, "王芳")
    return nj, sh


def nothing_moved(central: str, nj: Station, waiting: int) -> None:
    assert outbox_count(nj.db) == waiting and cursor_of(nj.db) == 0
    with nj.db.session() as s:
        assert s.scalars(select(OutboxEntry.batch_id)).all() == [None] * waiting
        assert s.scalars(select(Customer.name)).all() == ["王芳"]
    assert server_rows(central, "SELECT count(*) FROM jobs WHERE station_id = :s",
                       s=nj.actor.station_id) == [(0,)]


@pytest.mark.parametrize("whose", ["another station", "the administrator", "no station"])
def test_a_desk_refuses_an_address_that_is_not_its_stations(
        central: str, make_station: MakeStation, ghost_url: str, whose: str) -> None:
    nj, sh = nj_and_sh(make_station)
    url, sentence = {
        "another station": (sh.settings.url, "signs in as station SH01, but this desk belongs "
                                             "to station NJ01: nothing was sent or received"),
        "the administrator": (central, "as an administrator, not as a station"),
        "no station": (ghost_url, "as no station")}[whose]
    waiting = outbox_count(nj.db)
    with pytest.raises(SyncError, match=sentence):
        sync_once(nj.db, SyncSettings(url))
    nothing_moved(central, nj, waiting)


def test_fielddesk_sync_refuses_another_stations_address_in_one_line_and_keeps_its_own(
        central: str, make_station: MakeStation) -> None:
    nj, sh = nj_and_sh(make_station)
    save_settings(nj.path, nj.settings.url)  # the address that works
    kept = settings_path(nj.path).read_bytes()
    waiting = outbox_count(nj.db)
    wrong = fielddesk("sync", "--db", str(nj.path), "--url", without_password(sh.settings.url),
                      password=sh.creds.password)
    assert wrong.returncode == 1 and wrong.stderr.count("\n") == 1
    assert "belongs to station NJ01" in wrong.stderr and sh.creds.password not in wrong.stderr
    assert settings_path(nj.path).read_bytes() == kept
    nothing_moved(central, nj, waiting)
    assert fielddesk("sync", "--db", str(nj.path)).returncode == 0  # still its own address
    assert outbox_count(nj.db) == 0
