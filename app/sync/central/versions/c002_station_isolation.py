"""station isolation: pinned search paths, no temporary objects, a write order stations cannot
hold, limits on every station session

Revision ID: c002
Revises: c001
Create Date: 2026-11-27 10:00:00

c001 left three holes a station's own credentials could open (issue 12):
- its SECURITY DEFINER functions searched `pg_temp` first, and stations could create temporary
  tables: a temporary `station_roles` naming another station made that station's rows the
  attacker's (readable, writable, and changes credited to the victim);
- the write order was an advisory lock any role may take and hold;
- table-wide UPDATE let a station `LOCK TABLE jobs IN ACCESS EXCLUSIVE MODE` and hold it.

Now the functions pin `pg_catalog, public, pg_temp` and name every object by schema; nobody but
the owner may create in `public` or create temporary objects; stations may execute only
`fd_station()` (row-level security calls it as them). The write order is the EXCLUSIVE lock of a
table no station has a privilege on, taken by triggers; a station can hold it only inside its
own write, and a writer that waits for it ends a station session that holds it past the limits
in `station_limits` (idle in its transaction, one statement, or the whole transaction), which a
station cannot lift with SET (it can lift its own session timeouts). Stations update by column,
so no table-wide UPDATE is left to lock tables with. Every station role gets the limits as its
session defaults and a connection limit.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "c002"
down_revision: str | None = "c001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PATH = "SET search_path = pg_catalog, public, pg_temp"

OWNER_CAN_END_SESSIONS = """
DO $$ BEGIN
    IF NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)
       AND NOT (pg_catalog.pg_has_role('pg_signal_backend', 'USAGE')
                AND pg_catalog.pg_has_role('pg_read_all_stats', 'USAGE')) THEN
        RAISE EXCEPTION 'The central schema''s owner must be a superuser, or a member of '
            'pg_signal_backend and pg_read_all_stats, to end station sessions that hold the '
            'write order.';
    END IF;
END $$;
"""

LIMITS = """
CREATE TABLE public.station_limits (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    statement_timeout interval NOT NULL,
    lock_timeout interval NOT NULL,
    idle_timeout interval NOT NULL,
    hold_limit interval NOT NULL,
    connections integer NOT NULL
);
COMMENT ON TABLE public.station_limits IS 'Session defaults of every station role (apply '
    'with fd_apply_limits()); a waiting writer ends a station session holding the write order '
    'idle longer than idle_timeout, in one statement longer than statement_timeout, or in a '
    'transaction longer than hold_limit.';
INSERT INTO public.station_limits
    VALUES (true, '60 seconds', '30 seconds', '30 seconds', '5 minutes', 10);

CREATE TABLE public.sync_write_order ();
COMMENT ON TABLE public.sync_write_order IS 'Its EXCLUSIVE lock orders every write of synced '
    'rows: server sequence order is commit order.';
"""

FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION public.fd_station() RETURNS varchar LANGUAGE sql STABLE
    SECURITY DEFINER {PATH} AS
$$ SELECT r.station_id FROM public.station_roles r WHERE r.role_name = session_user $$;

-- Take the write order, waiting at most station_limits.lock_timeout; while waiting, end a
-- station session that holds it beyond its limits.
CREATE FUNCTION public.fd_take_write_order() RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER {PATH} SET lock_timeout = '200ms' AS
$$
DECLARE
    limits public.station_limits;
    deadline timestamptz;
BEGIN
    LOOP
        BEGIN
            LOCK TABLE public.sync_write_order IN EXCLUSIVE MODE;
            RETURN;
        EXCEPTION WHEN lock_not_available THEN
            NULL;
        END;
        IF deadline IS NULL THEN
            SELECT * INTO STRICT limits FROM public.station_limits;
            deadline := pg_catalog.clock_timestamp() + limits.lock_timeout;
        ELSIF pg_catalog.clock_timestamp() > deadline THEN
            RAISE EXCEPTION 'The central server''s write order stayed taken for %; try again.',
                limits.lock_timeout USING ERRCODE = 'lock_not_available';
        END IF;
        PERFORM public.fd_end_overstaying_holder(limits);
    END LOOP;
END
$$;

CREATE FUNCTION public.fd_end_overstaying_holder(limits public.station_limits) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER {PATH} AS
$$
DECLARE
    holder record;
BEGIN
    PERFORM pg_catalog.pg_stat_clear_snapshot();  -- else the transaction's first look is kept
    FOR holder IN
        SELECT a.pid, a.usename, a.state FROM pg_catalog.pg_locks l
        JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
        JOIN public.station_roles r ON r.role_name = a.usename
        WHERE l.locktype = 'relation' AND l.granted
          AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d
                            WHERE d.datname = pg_catalog.current_database())
          AND l.relation = 'public.sync_write_order'::pg_catalog.regclass
          AND ((a.state <> 'active'
                AND a.state_change < pg_catalog.clock_timestamp() - limits.idle_timeout)
               OR (a.state = 'active'
                AND a.query_start < pg_catalog.clock_timestamp() - limits.statement_timeout)
               OR a.xact_start < pg_catalog.clock_timestamp() - limits.hold_limit)
    LOOP
        RAISE LOG 'FieldDesk: ending session % of station role % (%), which held the write '
            'order beyond its limits', holder.pid, holder.usename, holder.state;
        PERFORM pg_catalog.pg_terminate_backend(holder.pid);
    END LOOP;
END
$$;

-- Once per statement: the wait (and its exception block) is paid per statement, not per row.
CREATE FUNCTION public.fd_order() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER {PATH} AS
$$
BEGIN
    PERFORM public.fd_take_write_order();
    RETURN NULL;
END
$$;

-- Every insert and update takes the next server sequence under the write order (fd_order took
-- it for the statement; taking it again is immediate), so sequence order is commit order and a
-- pull that has read up to sequence N never meets a later commit below N.
CREATE OR REPLACE FUNCTION public.fd_stamp() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER {PATH} AS
$$
BEGIN
    LOCK TABLE public.sync_write_order IN EXCLUSIVE MODE;
    NEW.server_seq := pg_catalog.nextval('public.sync_seq'::pg_catalog.regclass);
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION public.fd_track() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER {PATH} AS
$$
DECLARE
    new_row jsonb := pg_catalog.to_jsonb(NEW);
    old_row jsonb := pg_catalog.to_jsonb(OLD);
    key text;
BEGIN
    FOR key IN SELECT pg_catalog.jsonb_object_keys(new_row) LOOP
        IF key NOT IN ('server_seq', 'version', 'updated_at', 'updated_by', 'search_text')
           AND new_row -> key IS DISTINCT FROM old_row -> key THEN
            INSERT INTO public.field_changes AS fc
                (table_name, row_id, field, server_seq, station_id, row_station)
            VALUES (TG_TABLE_NAME, NEW.id, key, NEW.server_seq, public.fd_station(),
                    NEW.station_id)
            ON CONFLICT (row_station, table_name, row_id, field) DO UPDATE
                SET server_seq = EXCLUDED.server_seq, station_id = EXCLUDED.station_id;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

-- Session defaults and connection limit of every station role (run after changing
-- station_limits, and by `fielddesk server add-station` for a new role).
CREATE FUNCTION public.fd_apply_limits() RETURNS void LANGUAGE plpgsql {PATH} AS
$$
DECLARE
    limits public.station_limits;
    role_name text;
BEGIN
    SELECT * INTO STRICT limits FROM public.station_limits;
    FOR role_name IN SELECT r.role_name FROM public.station_roles r LOOP
        EXECUTE pg_catalog.format(
            'ALTER ROLE %I SET statement_timeout = %L; ALTER ROLE %I SET lock_timeout = %L; '
            'ALTER ROLE %I SET idle_in_transaction_session_timeout = %L; '
            'ALTER ROLE %I CONNECTION LIMIT %s',
            role_name, public.fd_ms(limits.statement_timeout),
            role_name, public.fd_ms(limits.lock_timeout),
            role_name, public.fd_ms(limits.idle_timeout), role_name, limits.connections);
    END LOOP;
END
$$;

CREATE FUNCTION public.fd_ms(span interval) RETURNS text LANGUAGE sql IMMUTABLE {PATH} AS
$$ SELECT (extract(epoch FROM span) * 1000)::bigint::text || 'ms' $$;

-- Stations update synced rows (and their own batches' results) column by column: a table-wide
-- UPDATE would let them LOCK TABLE in any mode. Run again after every migration (a column a
-- shared migration adds is granted here), as `fielddesk server init` does.
CREATE FUNCTION public.fd_grant_stations() RETURNS void LANGUAGE plpgsql {PATH} AS
$$
DECLARE
    synced regclass;
    columns text;
BEGIN
    FOR synced IN SELECT t.tgrelid::regclass FROM pg_catalog.pg_trigger t
                  WHERE t.tgname = 'fd_stamp' AND NOT t.tgisinternal LOOP
        SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attnum)
            INTO STRICT columns FROM pg_catalog.pg_attribute a
            WHERE a.attrelid = synced AND a.attnum > 0 AND NOT a.attisdropped
              AND a.attname <> 'id';
        EXECUTE pg_catalog.format('REVOKE UPDATE ON %s FROM fielddesk_station; '
                                  'GRANT UPDATE (%s) ON %s TO fielddesk_station',
                                  synced, columns, synced);
    END LOOP;
    REVOKE UPDATE ON public.sync_batches FROM fielddesk_station;
    GRANT UPDATE (entries, conflicts) ON public.sync_batches TO fielddesk_station;
END
$$;
"""

PRIVILEGES = """
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
DO $$ BEGIN
    EXECUTE pg_catalog.format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC, fielddesk_station',
                              pg_catalog.current_database());
END $$;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION public.fd_station(), public.fd_stamp(), public.fd_track(),
    public.fd_order(), public.fd_take_write_order(),
    public.fd_end_overstaying_holder(public.station_limits), public.fd_apply_limits(),
    public.fd_ms(interval), public.fd_grant_stations() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.fd_station() TO fielddesk_station;
SELECT public.fd_grant_stations();
SELECT public.fd_apply_limits();
"""


def on_every_synced_table(statements: str) -> str:
    """A block running `statements` ({t}: the table) on every table c001 stamps."""
    quoted = statements.replace("'", "''").replace("{t}", "%1$s")
    return f"""
DO $$
DECLARE synced regclass;
BEGIN
    FOR synced IN SELECT t.tgrelid::regclass FROM pg_catalog.pg_trigger t
                  WHERE t.tgname = 'fd_stamp' AND NOT t.tgisinternal LOOP
        EXECUTE pg_catalog.format('{quoted}', synced);
    END LOOP;
END $$;
"""


def upgrade() -> None:
    op.execute(OWNER_CAN_END_SESSIONS)
    op.execute(LIMITS)
    op.execute(FUNCTIONS)
    op.execute(on_every_synced_table(
        "CREATE TRIGGER fd_order BEFORE INSERT OR UPDATE ON {t} "
        "FOR EACH STATEMENT EXECUTE FUNCTION public.fd_order()"))
    op.execute(PRIVILEGES)


def downgrade() -> None:
    """Back to c001's write order (its clients take advisory lock 7201 themselves) and its
    table-wide grants. The pinned functions stay (c001's objects work with them), and so do the
    closed holes: c001 needs no temporary objects, nothing created in public, no EXECUTE on its
    trigger functions, and its station roles keep their limits."""
    op.execute(on_every_synced_table(
        "DROP TRIGGER fd_order ON {t}; REVOKE UPDATE ON {t} FROM fielddesk_station; "
        "GRANT UPDATE ON {t} TO fielddesk_station"))
    op.execute(f"""
REVOKE UPDATE ON public.sync_batches FROM fielddesk_station;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO PUBLIC;
CREATE OR REPLACE FUNCTION public.fd_stamp() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER {PATH} AS
$$
BEGIN
    PERFORM pg_catalog.pg_advisory_xact_lock(7201);
    NEW.server_seq := pg_catalog.nextval('public.sync_seq'::pg_catalog.regclass);
    RETURN NEW;
END
$$;
DROP FUNCTION public.fd_order(), public.fd_take_write_order(),
    public.fd_end_overstaying_holder(public.station_limits), public.fd_apply_limits(),
    public.fd_ms(interval), public.fd_grant_stations();
DROP TABLE public.sync_write_order, public.station_limits;
""")
