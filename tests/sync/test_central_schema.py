"""The same migrations build the schema on the central PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db import open_database
from app.db.migrate import head_revision, upgrade
from app.models import Base
from app.services.customers import CustomerInput, SiteInput
from app.services.jobs import JobInput, NewCustomer, create_job
from app.services.station import station_id
from app.services.users import create_first_admin
from app.sync.cycle import sync_once
from app.sync.server import central_config, central_head, init_server
from app.sync.settings import SyncSettings
from tests.sync.helpers import raw, server_do, server_rows


def test_migrations_give_the_models_schema_on_postgresql(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        upgrade(engine)
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            assert version == head_revision()
            assert conn.execute(text("SHOW server_version_num")).scalar()
    finally:
        engine.dispose()


def test_c002_upgrades_a_c001_server_and_its_station_roles_keep_working(
        central: str, tmp_path: Path) -> None:
    """A server at c001 with a station made then (its role named after its code) is upgraded by
    `server init`: the station syncs as before, now with its limits and without temp objects."""
    engine = create_engine(central)
    try:
        command.downgrade(central_config(engine), "c001")
    finally:
        engine.dispose()
    station = station_id("NJ01")
    database = make_url(central).database
    for sql in (f"GRANT TEMPORARY ON DATABASE {database} TO PUBLIC",  # c001's servers had it
                "CREATE ROLE station_nj01 LOGIN PASSWORD 'legacy-pw' IN ROLE fielddesk_station",
                f"INSERT INTO station_roles VALUES ('station_nj01', '{station}')",
                "INSERT INTO stations (id, code, name, timezone, address, phone) VALUES "
                f"('{station}', 'NJ01', 'NJ01', 'Asia/Shanghai', '', '')"):
        server_do(central, sql)
    legacy = make_url(central).set(username="station_nj01", password="legacy-pw")
    with raw(legacy.render_as_string(False)) as conn:  # what c001 let a station do
        conn.execute("CREATE TEMP TABLE probe (x int)")

    assert init_server(central).endswith(f"+{central_head()}")  # c002, and every one after
    db = open_database(tmp_path / "nj.sqlite")
    try:
        actor = create_first_admin(db, "admin", "站长", "correct-horse",
                                   {"code": "NJ01", "name": "南京"})
        job, _ = create_job(db, actor, NewCustomer(CustomerInput("王芳", "13912345678"),
                                                   SiteInput("南京市鼓楼区1号")),
                            JobInput("repair", symptom="不制冷"))
        report = sync_once(db, SyncSettings(legacy.render_as_string(False)))
        assert report.pushed.entries > 0 and report.pulled.rows > 0
    finally:
        db.dispose()
    assert server_rows(central, "SELECT station_id FROM jobs WHERE id = :id",
                       id=job.id) == [(station,)]
    with raw(legacy.render_as_string(False)) as conn:
        assert conn.execute("SHOW statement_timeout").fetchone() == ("1min",)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("CREATE TEMP TABLE probe (x int)")
