"""a write order per station: stations no longer wait for each other's writes

Revision ID: c004
Revises: c005
Create Date: 2026-12-07 05:00:00

Until c003 every write of a synced row took the EXCLUSIVE lock of `sync_write_order` until its
transaction ended, so that server sequence order was commit order and a pull never skipped a
late commit. It serialised every station's pushes: at 50 stations syncing at once, about as many
sessions waited for that lock as ran (benchmarks/load.py). A pull only needs the guarantee among
the rows it can see, its station's and the shared ones, so:

- Each station's rows are ordered by the row lock of its row in `sync_station_order` (made on
  demand), taken until the transaction ends before a row of that station takes its sequence
  number. Stations write their rows in parallel; the desks of one station, and the head office
  writing that station's rows, still wait for each other.
- The shared rows (`station_id = ''`) keep c002's order: the EXCLUSIVE lock of
  `sync_write_order`. Every station write holds that table in ROW EXCLUSIVE mode, which does not
  conflict with itself but does with EXCLUSIVE: a shared row waits for every station write under
  way, and they for it.
- The sequence stays one (`sync_seq`): a row keeps its place in it when the head office moves
  it to another station, and the pull cursor stays one number.

A station session takes its own station's order once per statement (`fd_order`, a statement
trigger), and never another station's: the row trigger (`fd_stamp`) takes an order only for a
session that is no station's (the head office), for each row's station. A station holding its
order beyond `station_limits` is ended by a writer waiting for that order, as in c002: every
station write holds `sync_write_order` (in ROW EXCLUSIVE mode), so c002's search for sessions
holding that table finds it. (The order row's `xmax` would not: a row locked inside a
subtransaction, a client's savepoint, names the subtransaction, whose lock ends with it.)
Stations have no privilege on `sync_station_order`, so they cannot take another station's order
outside their writes either.

A push takes its station's order when it claims its batch (a statement trigger on
`sync_batches`), before it locks the rows it changes; a head office writing several rows of a
station takes that station's order first (`SELECT public.fd_take_order(station)`, as the
administrator), so both lock in the same order: the order, then rows.

Row-level security reads the session's station once per statement (`(SELECT fd_station())`, an
init plan) instead of once per row, so a pull's page is read in sequence order from the
(station_id, server_seq) index and a push's rows are checked without a call each.
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "c004"
down_revision: str | None = "c005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PATH = "SET search_path = pg_catalog, public, pg_temp"

ORDER_TABLE = """
CREATE TABLE public.sync_station_order (
    station_id varchar(36) PRIMARY KEY
);
COMMENT ON TABLE public.sync_station_order IS 'The row lock of a station''s row orders every '
    'write of that station''s synced rows: for them, server sequence order is commit order.';
INSERT INTO public.sync_station_order (station_id)
    SELECT r.station_id FROM public.station_roles r UNION SELECT s.id FROM public.stations s;
"""

FUNCTIONS = f"""
-- Take the write order of `station`'s rows ('': the shared rows', c002's), waiting at most
-- station_limits.lock_timeout; while waiting, end station sessions in a write beyond their
-- limits (c002's fd_end_overstaying_holder: every station write holds sync_write_order).
-- Remembered for the transaction in fielddesk.order (the row trigger's fast path).
CREATE FUNCTION public.fd_take_order(station varchar) RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER {PATH} SET lock_timeout = '200ms' AS
$$
DECLARE
    limits public.station_limits;
    deadline timestamptz;
BEGIN
    IF station = '' THEN
        PERFORM public.fd_take_write_order();
        PERFORM pg_catalog.set_config('fielddesk.order', station, true);
        RETURN;
    END IF;
    LOOP
        BEGIN
            LOCK TABLE public.sync_write_order IN ROW EXCLUSIVE MODE;
            PERFORM FROM public.sync_station_order o WHERE o.station_id = station FOR UPDATE;
            IF NOT FOUND THEN  -- a station's first write
                INSERT INTO public.sync_station_order (station_id) VALUES (station)
                    ON CONFLICT (station_id) DO NOTHING;
                PERFORM FROM public.sync_station_order o WHERE o.station_id = station
                    FOR UPDATE;
            END IF;
            EXIT;
        EXCEPTION WHEN lock_not_available THEN
            NULL;
        END;
        IF deadline IS NULL THEN
            SELECT * INTO STRICT limits FROM public.station_limits;
            deadline := pg_catalog.clock_timestamp() + limits.lock_timeout;
        ELSIF pg_catalog.clock_timestamp() > deadline THEN
            RAISE EXCEPTION 'The central server''s write order of a station stayed taken for '
                '%; try again.', limits.lock_timeout USING ERRCODE = 'lock_not_available';
        END IF;
        PERFORM public.fd_end_overstaying_holder(limits);
    END LOOP;
    PERFORM pg_catalog.set_config('fielddesk.order', station, true);
END
$$;

-- Once per statement: a station session takes its own station's order (it may write no
-- other station's rows: row-level security refuses them).
CREATE OR REPLACE FUNCTION public.fd_order() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER {PATH} AS
$$
DECLARE
    station varchar := public.fd_station();
BEGIN
    IF station IS NOT NULL THEN
        PERFORM public.fd_take_order(station);
    END IF;
    RETURN NULL;
END
$$;

-- Every insert and update takes the next server sequence under the order of the row's station
-- (for a station session, fd_order took it; a session of no station, the head office, takes
-- it here for each row's station, the one it leaves too when it moves the row), so a pull that
-- read its station's and the shared rows up to sequence N never meets a later commit below N.
CREATE OR REPLACE FUNCTION public.fd_stamp() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER {PATH} AS
$$
DECLARE
    moved boolean := TG_OP = 'UPDATE' AND OLD.station_id IS DISTINCT FROM NEW.station_id;
BEGIN
    IF (moved OR NEW.station_id IS DISTINCT FROM
                 pg_catalog.current_setting('fielddesk.order', true))
       AND public.fd_station() IS NULL THEN
        IF moved THEN
            PERFORM public.fd_take_order(OLD.station_id);
        END IF;
        PERFORM public.fd_take_order(NEW.station_id);
    END IF;
    NEW.server_seq := pg_catalog.nextval('public.sync_seq'::pg_catalog.regclass);
    RETURN NEW;
END
$$;

REVOKE EXECUTE ON FUNCTION public.fd_take_order(varchar) FROM PUBLIC;

-- A push claims its batch first: claiming takes the station's order, so the push holds it
-- before it locks the rows it changes (rows, then the order, against a head office holding
-- the order and then locking one of those rows, was a deadlock).
CREATE TRIGGER fd_order BEFORE INSERT ON public.sync_batches
    FOR EACH STATEMENT EXECUTE FUNCTION public.fd_order();
"""

ONCE_PER_STATEMENT = "(SELECT public.fd_station())"
ONCE_PER_ROW = "public.fd_station()"

C003_STAMP = f"""
DROP TRIGGER fd_order ON public.sync_batches;
CREATE OR REPLACE FUNCTION public.fd_stamp() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER {PATH} AS
$$
BEGIN
    LOCK TABLE public.sync_write_order IN EXCLUSIVE MODE;
    NEW.server_seq := pg_catalog.nextval('public.sync_seq'::pg_catalog.regclass);
    RETURN NEW;
END
$$;
CREATE OR REPLACE FUNCTION public.fd_order() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER {PATH} AS
$$
BEGIN
    PERFORM public.fd_take_write_order();
    RETURN NULL;
END
$$;
DROP FUNCTION public.fd_take_order(varchar);
DROP TABLE public.sync_station_order;
"""


def own_rows_of(station: str) -> None:
    """Every synced table's policy of a station's own rows, with `station` as the station."""
    synced = op.get_bind().execute(text(
        "SELECT t.tgrelid::regclass::text FROM pg_catalog.pg_trigger t"
        " WHERE t.tgname = 'fd_stamp' AND NOT t.tgisinternal")).scalars().all()
    for t in synced:
        op.execute(f"ALTER POLICY own_rows ON {t} USING (station_id = {station})"
                   f" WITH CHECK (station_id = {station})")


def upgrade() -> None:
    op.execute(ORDER_TABLE)
    op.execute(FUNCTIONS)
    own_rows_of(ONCE_PER_STATEMENT)


def downgrade() -> None:
    own_rows_of(ONCE_PER_ROW)
    op.execute(C003_STAMP)
