"""The schema comes from the Alembic migrations and matches the models exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import literal, select, text, type_coerce

from app.db import Database, open_database
from app.db.migrate import head_revision, upgrade
from app.db.schema_version import newest_revision
from app.models import Base
from app.models.base import UTCDateTime, _utc_from_sqlite


def test_upgrading_an_empty_database_gives_exactly_the_models_schema(tmp_path: Path) -> None:
    db = open_database(tmp_path / "fresh.sqlite")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        tables = set(conn.dialect.get_table_names(conn))
    assert diff == []
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_sqlite_runs_in_wal_mode_with_foreign_keys(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL: a power cut
        # loses no commit (NORMAL, 1, would lose the last ones)


def test_reopening_an_up_to_date_database_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "again.sqlite"
    db = open_database(path)
    with db.session() as s:
        s.execute(text("INSERT INTO local_settings(key, value) VALUES ('k', 'v')"))
    db.dispose()
    db = open_database(path)
    with db.session() as s:
        assert s.execute(text("SELECT value FROM local_settings")).scalar() == "v"


def test_the_newest_migration_by_file_name_is_alembics_head() -> None:
    # Opening a database skips alembic when it is at this revision (`schema_version`): were
    # it not alembic's head, a database at it would never get the newer migrations.
    assert newest_revision() == head_revision()


def test_a_database_of_the_first_release_upgrades_to_head_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = Database.sqlite(path)
    upgrade(old.engine, "0001")
    with old.session() as s:
        s.execute(text("INSERT INTO local_settings(key, value) VALUES ('k', 'kept')"))
    old.dispose()
    db = open_database(path)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
            == head_revision()
        assert conn.execute(text("SELECT value FROM local_settings")).scalar() == "kept"
        indexes = {i["name"] for i in conn.dialect.get_indexes(conn, "jobs")}
    assert {"ix_jobs_created_number", "ix_jobs_sla_number"} <= indexes


def test_the_customer_search_column_is_filled_in_for_existing_rows(tmp_path: Path) -> None:
    path = tmp_path / "before-0003.sqlite"
    old = Database.sqlite(path)
    upgrade(old.engine, "0002")
    with old.session() as s:
        s.execute(text(
            "INSERT INTO customers (id, station_id, version, server_seq, updated_at, updated_by,"
            " deleted, name, phone, alt_phone, email, notes) VALUES ('c1', 's', 1, 0,"
            " '2026-01-01', '', 0, '王芳 Wang', '13912345678', '', '', '')"))
        for site_id, address, deleted in (("s1", "南京市鼓楼区中山北路1号", 0),
                                          ("s2", "南京市江宁区2号", 0), ("s3", "旧址", 1)):
            s.execute(text(
                "INSERT INTO sites (id, station_id, version, server_seq, updated_at, updated_by,"
                " deleted, customer_id, address, province, city, district, geocode_source,"
                " geocode_precision, access_notes) VALUES (:id, 's', 1, 0, '2026-01-01', '',"
                " :deleted, 'c1', :address, '', '', '', '', 'none', '')"),
                {"id": site_id, "address": address, "deleted": deleted})
    old.dispose()
    db = open_database(path)
    with db.engine.connect() as conn:
        found = conn.execute(text("SELECT search_text FROM customers")).scalar()
    assert found == "王芳 wang 13912345678  南京市鼓楼区中山北路1号 南京市江宁区2号"


def test_a_populated_station_survives_the_table_rebuilding_migrations(tmp_path: Path) -> None:
    from alembic import command

    from app.db.migrate import alembic_config
    from app.demo import build_demo

    path = tmp_path / "demo.sqlite"
    build_demo(path, technicians=3, jobs=60, customers=60, seed=3)
    db = Database.sqlite(path)
    with db.engine.connect() as conn:
        before = {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar()
                  for t in ("checklist_templates", "checklist_runs", "users", "technicians")}
    command.downgrade(alembic_config(db.engine), "0004")
    upgrade(db.engine)
    with db.engine.connect() as conn:
        after = {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in before}
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.dispose()
    assert after == before and before["checklist_runs"]


def test_sqlite_datetimes_read_back_aware_in_utc(db: Database) -> None:
    """The fast SQLite reader of UTCDateTime: the stored text, text written by hand with or
    without an offset, and NULL."""
    assert _utc_from_sqlite("2026-11-26 01:02:03.000004") == dt.datetime(
        2026, 11, 26, 1, 2, 3, 4, tzinfo=dt.UTC)
    assert _utc_from_sqlite("2026-11-26 01:02:03") == dt.datetime(2026, 11, 26, 1, 2, 3,
                                                                   tzinfo=dt.UTC)
    assert _utc_from_sqlite("2026-11-26T09:02:03+08:00") == dt.datetime(2026, 11, 26, 1, 2, 3,
                                                                        tzinfo=dt.UTC)
    assert _utc_from_sqlite(None) is None
    with db.session() as s:
        when = dt.datetime(2026, 11, 26, 1, 2, 3, 4, tzinfo=dt.UTC)
        read = s.scalar(select(type_coerce(literal(when), UTCDateTime())))
    assert read == when and read.tzinfo is not None
