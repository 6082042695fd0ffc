"""Station isolation, attacked with SQL under a station's own role: objects that would shadow
the row-level security functions' tables, a session search path, functions and grants a station
should not have, locks other stations need, other stations' sessions and role names."""

from __future__ import annotations

import re

import psycopg
import pytest
from psycopg.errors import InsufficientPrivilege
from sqlalchemy.engine import make_url

from app.sync.cycle import sync_once
from tests.sync.conftest import MakeStation, Station
from tests.sync.helpers import raw, server_do, server_rows
from tests.sync.test_protocol import new_job

SYNCED = ("checklist_templates", "customers", "technicians", "users", "absences",
          "certifications", "shifts", "sites", "equipment", "jobs", "appointments",
          "attachments", "callbacks", "checklist_runs", "complaints", "job_lines", "signatures",
          "station_settings", "catalogue_items", "catalogue_prices", "warranty_policies",
          "stock_movements", "old_parts", "maintenance_contracts", "contract_visits")


def role_of(station: Station) -> str:
    role = make_url(station.settings.url).username
    assert role
    return role


def two_stations(make_station: MakeStation) -> tuple[Station, Station, str]:
    """NJ01 (the victim) and SH01 (the attacker), both synced; NJ01's job id."""
    nj, sh = make_station("NJ01"), make_station("SH01")
    victim_job = new_job(nj, "王芳")
    new_job(sh, "李娜", "13812345678")
    sync_once(nj.db, nj.settings)
    sync_once(sh.db, sh.settings)
    return nj, sh, victim_job


def refused(conn: psycopg.Connection[object], sql: str) -> None:
    with pytest.raises(InsufficientPrivilege):
        conn.execute(sql)


def test_a_station_creates_no_temporary_objects_and_nothing_in_public(
        central: str, make_station: MakeStation) -> None:
    sh = make_station("SH01")
    with raw(sh.settings.url) as conn:
        for sql in (
                "CREATE TEMP TABLE station_roles (role_name text, station_id varchar)",
                "CREATE TABLE pg_temp.station_roles (role_name text, station_id varchar)",
                "CREATE TEMP VIEW station_roles AS SELECT session_user::text AS role_name",
                "CREATE TEMP SEQUENCE sync_seq",
                "CREATE FUNCTION pg_temp.fd_station() RETURNS varchar LANGUAGE sql"
                " AS $$ SELECT 'x'::varchar $$",
                "CREATE TABLE public.station_roles_2 (role_name text)",
                "CREATE FUNCTION public.session_station() RETURNS varchar LANGUAGE sql"
                " AS $$ SELECT 'x'::varchar $$",
                "CREATE OPERATOR public.=== (LEFTARG = text, RIGHTARG = text,"
                " FUNCTION = pg_catalog.texteq)",
                "CREATE VIEW public.all_jobs AS SELECT 1 AS one",
                "CREATE SCHEMA evil"):
            refused(conn, sql)


@pytest.mark.parametrize("search_path", ["pg_temp, public", "public, pg_temp", "public"])
def test_the_temporary_table_attack_fails_even_where_temp_was_granted_back(
        central: str, make_station: MakeStation, search_path: str) -> None:
    """A server whose administrator gave TEMP back: the functions still never look in pg_temp."""
    nj, sh, victim_job = two_stations(make_station)
    database = make_url(central).database
    server_do(central, f'GRANT TEMPORARY ON DATABASE {database} TO "{role_of(sh)}"')
    victim = nj.actor.station_id
    with raw(sh.settings.url) as conn:
        conn.execute("CREATE TEMP TABLE station_roles (role_name text, station_id varchar)")
        conn.execute("INSERT INTO station_roles VALUES (session_user, %s)", (victim,))
        conn.execute("CREATE TEMP SEQUENCE sync_seq START 1")
        conn.execute("CREATE FUNCTION pg_temp.fd_station() RETURNS varchar LANGUAGE sql AS "
                     f"$$ SELECT '{victim}'::varchar $$")
        conn.execute(f"SET search_path = {search_path}")
        assert conn.execute("SELECT fd_station()").fetchone() == (sh.actor.station_id,)
        jobs = conn.execute("SELECT DISTINCT station_id FROM jobs").fetchall()
        assert jobs == [(sh.actor.station_id,)]
        users = conn.execute("SELECT station_id, password_hash FROM users").fetchall()
        assert {s for s, _ in users} == {sh.actor.station_id}  # no victim's password hash
        assert conn.execute("UPDATE jobs SET symptom = 'x' WHERE id = %s",
                            (victim_job,)).rowcount == 0
        changed = conn.execute("UPDATE jobs SET symptom = '换了' RETURNING id, server_seq"
                               ).fetchall()
    assert len(changed) == 1
    (own_job, seq), = changed
    credited = server_rows(central, "SELECT station_id FROM field_changes WHERE row_id = :r "
                           "AND field = 'symptom'", r=own_job)
    assert credited == [(sh.actor.station_id,)]  # the attacker's own change, in its own name
    assert seq == server_rows(central, "SELECT last_value FROM sync_seq")[0][0]
    assert server_rows(central, "SELECT symptom FROM jobs WHERE id = :id",
                       id=victim_job) == [("不制冷",)]


def test_setting_the_session_role_or_path_opens_nothing(central: str,
                                                        make_station: MakeStation) -> None:
    nj, sh, _ = two_stations(make_station)
    with raw(sh.settings.url) as conn:
        conn.execute("SET ROLE fielddesk_station")
        conn.execute("SET search_path = pg_catalog")
        stations = conn.execute("SELECT DISTINCT station_id FROM public.jobs").fetchall()
        assert stations == [(sh.actor.station_id,)]
        refused(conn, "SELECT * FROM public.station_roles")


def test_a_station_may_call_fd_station_and_nothing_else_of_the_central_schema(
        central: str, make_station: MakeStation) -> None:
    sh = make_station("SH01")
    with raw(sh.settings.url) as conn:
        callable_ = conn.execute(
            "SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace"
            " AND has_function_privilege(p.oid, 'EXECUTE')").fetchall()
        assert callable_ == [("fd_station",)]
        assert conn.execute("SELECT public.fd_station()").fetchone() == (sh.actor.station_id,)
        for call in ("fd_stamp()", "fd_track()", "fd_order()", "fd_take_write_order()",
                     "fd_end_overstaying_holder(NULL)", "fd_apply_limits()",
                     "fd_grant_stations()", "fd_ms('1 second')"):
            refused(conn, f"SELECT public.{call}")


def test_a_stations_grants_are_exactly_what_sync_needs(central: str,
                                                       make_station: MakeStation) -> None:
    sh = make_station("SH01")
    with raw(sh.settings.url) as conn:
        granted = set(conn.execute(
            "SELECT c.relname, p FROM pg_class c,"
            " unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES',"
            " 'TRIGGER']) p WHERE c.relnamespace = 'public'::regnamespace"
            " AND c.relkind IN ('r', 'v', 'S') AND has_table_privilege(c.oid, p)").fetchall())
        by_column = {(t, c) for t, c in conn.execute(
            "SELECT table_name, column_name FROM information_schema.column_privileges"
            " WHERE privilege_type = 'UPDATE' AND grantee = 'fielddesk_station'").fetchall()}
        sequences = conn.execute(
            "SELECT count(*) FROM (SELECT oid FROM pg_class WHERE relkind = 'S' OFFSET 0) c"
            " WHERE has_sequence_privilege(c.oid, 'USAGE')").fetchone()
    desks = ("sync_batches", "sync_desks", "sync_number_blocks")
    reading = {"field_changes", "stations", "alembic_version", "central_version", "sync_moves",
               "sync_epochs", *desks, *SYNCED}
    assert granted == ({(t, "SELECT") for t in reading}
                       | {(t, "INSERT") for t in (*desks, *SYNCED)})
    assert {t for t, _ in by_column} == {"sync_batches", "sync_desks", *SYNCED}
    assert ("jobs", "symptom") in by_column and ("jobs", "id") not in by_column
    assert {c for t, c in by_column if t == "sync_batches"} == {"entries", "conflicts",
                                                                "refused", "changes"}
    assert {c for t, c in by_column if t == "sync_desks"} == {"last_batch", "forked",
                                                              "last_seen"}
    assert sequences == (0,)


def test_no_station_can_lock_what_other_stations_need(central: str,
                                                      make_station: MakeStation) -> None:
    nj, sh, _ = two_stations(make_station)
    with raw(sh.settings.url, autocommit=False) as conn:
        for table in (*SYNCED, "sync_batches", "field_changes", "stations", "station_roles",
                      "sync_write_order", "station_limits", "sync_desks", "sync_number_blocks",
                      "sync_moves", "sync_epochs"):
            for mode in ("SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE"):
                refused(conn, f"LOCK TABLE {table} IN {mode} MODE")
                conn.rollback()
        shared = "FROM checklist_templates WHERE station_id = ''"
        assert conn.execute(f"SELECT count(*) {shared}").fetchone()[0] >= 3  # type: ignore[index]
        assert conn.execute(f"SELECT id {shared} FOR UPDATE").fetchall() == []
        assert conn.execute(f"SELECT id {shared} FOR KEY SHARE").fetchall() == []
        conn.rollback()
    sync_once(nj.db, nj.settings)  # and nothing was left behind to wait for


def test_no_station_can_end_or_cancel_another_stations_session(
        central: str, make_station: MakeStation) -> None:
    nj, sh, _ = two_stations(make_station)
    with raw(nj.settings.url) as victim, raw(sh.settings.url) as attacker:
        pid = victim.info.backend_pid
        for signal in ("pg_terminate_backend", "pg_cancel_backend"):
            refused(attacker, f"SELECT {signal}({pid})")
        refused(attacker, f'ALTER ROLE "{role_of(nj)}" PASSWORD \'taken\'')
        refused(attacker, f'ALTER ROLE "{role_of(nj)}" SET statement_timeout = 0')
        assert victim.execute("SELECT 1").fetchone() == (1,)


def test_role_names_say_nothing_of_the_stations(central: str,
                                                make_station: MakeStation) -> None:
    nj, sh, _ = two_stations(make_station)
    with raw(sh.settings.url) as conn:
        members = [r for (r,) in conn.execute(
            "SELECT r.rolname FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid"
            " WHERE m.roleid = 'fielddesk_station'::regrole ORDER BY 1").fetchall()]
    assert sorted([role_of(nj), role_of(sh)]) == members
    assert all(re.fullmatch(r"fd_[0-9a-f]{16}", role) for role in members)  # random


def test_a_station_sees_and_changes_only_its_own_desks_and_blocks_of_job_numbers(
        central: str, make_station: MakeStation) -> None:
    nj, sh, _ = two_stations(make_station)
    victim, attacker = nj.actor.station_id, sh.actor.station_id
    before = server_rows(central, "SELECT * FROM sync_desks WHERE station_id = :s", s=victim)
    with raw(sh.settings.url) as conn:
        for table in ("sync_desks", "sync_number_blocks"):
            seen = conn.execute(f"SELECT DISTINCT station_id FROM {table}").fetchall()
            assert seen == [(attacker,)]
        assert conn.execute("UPDATE sync_desks SET last_batch = 999999, forked = true "
                            "WHERE station_id = %s", (victim,)).rowcount == 0
        refused(conn, "INSERT INTO sync_number_blocks (station_id, year, first, last, desk_id)"
                      f" VALUES ('{victim}', 2026, 900000, 900499, 'x')")
        refused(conn, "INSERT INTO sync_desks (station_id, desk_id, file_id)"
                      f" VALUES ('{victim}', 'x', 'x')")
        refused(conn, "UPDATE sync_desks SET file_id = 'x', station_id = station_id")
        refused(conn, "DELETE FROM sync_number_blocks")
        refused(conn, "DELETE FROM sync_desks")
    assert server_rows(central, "SELECT * FROM sync_desks WHERE station_id = :s",
                       s=victim) == before
    new_job(nj, "钱进", "13700000002")
    assert sync_once(nj.db, nj.settings).pushed.batches == 1
