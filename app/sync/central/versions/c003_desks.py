"""desks: every desk (database) of a station is its own side, with a monotone batch counter,
its own blocks of job numbers, and refused changes recorded per batch

Revision ID: c003
Revises: c002
Create Date: 2026-12-07 03:00:00

- `sync_desks`: each desk the server knows, by station: the file it lives in (a hash), the desk
  it was copied or restored from, and the highest batch counter it applied. A batch whose
  counter is not above it comes from a copy or a restored backup of the desk, and is refused.
- `sync_batches` records the desk, its counter, the change ids it carried and the changes it
  refused (with the reason), so a copied or restored desk learns which of its changes arrived.
- `field_changes.desk_id`: the desk that changed the field (the session's `fielddesk.desk`,
  set by the client for its push): two desks of a station conflict like two stations.
- `sync_number_blocks`: the blocks of job serials handed to each desk.

Stations get SELECT and INSERT on the two new tables and UPDATE of the few columns a push
writes (granted by `fd_grant_stations()`, which now calls c002's, renamed `fd_grant_synced`),
all under row-level security by station; no function is added that a station may call.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "c003"
down_revision: str | None = "c002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PATH = "SET search_path = pg_catalog, public, pg_temp"

TABLES = """
CREATE TABLE public.sync_desks (
    station_id varchar(36) NOT NULL,
    desk_id varchar(36) NOT NULL,
    file_id varchar(64) NOT NULL,
    predecessor varchar(36),
    last_batch bigint NOT NULL DEFAULT 0,
    forked boolean NOT NULL DEFAULT false,
    registered_at timestamptz NOT NULL DEFAULT now(),
    last_seen timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, desk_id)
);
COMMENT ON TABLE public.sync_desks IS 'Every desk (database file) of a station: a batch whose '
    'counter is not above last_batch comes from a copy or a restored backup of it. forked: a '
    'successor (a copy) holds changes of this desk, so its batches are checked by change id.';
CREATE INDEX ix_sync_desks_predecessor ON public.sync_desks (station_id, predecessor);

CREATE TABLE public.sync_number_blocks (
    station_id varchar(36) NOT NULL,
    year integer NOT NULL CHECK (year BETWEEN 1970 AND 2100),
    first integer NOT NULL CHECK (first >= 1),
    last integer NOT NULL CHECK (last >= first AND last <= 999999),
    desk_id varchar(36) NOT NULL,
    claimed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, year, first)
);
COMMENT ON TABLE public.sync_number_blocks IS 'Job serials first..last of a station''s year, '
    'given to one desk: desks number offline without colliding.';

ALTER TABLE public.sync_batches
    ADD COLUMN desk_id varchar(36),
    ADD COLUMN counter bigint,
    ADD COLUMN changes uuid[],
    ADD COLUMN refused jsonb NOT NULL DEFAULT '[]';
CREATE UNIQUE INDEX ux_sync_batches_desk_counter ON public.sync_batches
    (station_id, desk_id, counter) WHERE desk_id IS NOT NULL;

ALTER TABLE public.field_changes ADD COLUMN desk_id varchar(36);
"""

FUNCTIONS = f"""
-- The desk of a field change: the session's fielddesk.desk (a push sets it for its
-- transaction), NULL for a session that set none (the administrator's, an older client's).
CREATE FUNCTION public.fd_desk_of_change() RETURNS trigger LANGUAGE plpgsql {PATH} AS
$$
BEGIN
    NEW.desk_id := NULLIF(pg_catalog.current_setting('fielddesk.desk', true), '');  -- syntax
    RETURN NEW;
END
$$;
CREATE TRIGGER fd_desk_of_change BEFORE INSERT OR UPDATE ON public.field_changes
    FOR EACH ROW EXECUTE FUNCTION public.fd_desk_of_change();

ALTER FUNCTION public.fd_grant_stations() RENAME TO fd_grant_synced;
CREATE FUNCTION public.fd_grant_stations() RETURNS void LANGUAGE plpgsql {PATH} AS
$$
BEGIN
    PERFORM public.fd_grant_synced();
    REVOKE UPDATE ON public.sync_desks, public.sync_number_blocks FROM fielddesk_station;
    GRANT UPDATE (last_batch, forked, last_seen) ON public.sync_desks TO fielddesk_station;
    GRANT UPDATE (refused, changes) ON public.sync_batches TO fielddesk_station;
END
$$;
REVOKE EXECUTE ON FUNCTION public.fd_desk_of_change(), public.fd_grant_stations() FROM PUBLIC;
"""

SECURITY = """
ALTER TABLE public.sync_desks ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_desks ON public.sync_desks FOR ALL TO fielddesk_station
    USING (station_id = public.fd_station()) WITH CHECK (station_id = public.fd_station());
ALTER TABLE public.sync_number_blocks ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_blocks ON public.sync_number_blocks FOR ALL TO fielddesk_station
    USING (station_id = public.fd_station()) WITH CHECK (station_id = public.fd_station());
GRANT SELECT, INSERT ON public.sync_desks, public.sync_number_blocks TO fielddesk_station;
SELECT public.fd_grant_stations();
"""


def upgrade() -> None:
    op.execute(TABLES)
    op.execute(FUNCTIONS)
    op.execute(SECURITY)


def downgrade() -> None:
    op.execute("""
DROP FUNCTION public.fd_grant_stations();
ALTER FUNCTION public.fd_grant_synced() RENAME TO fd_grant_stations;
DROP TRIGGER fd_desk_of_change ON public.field_changes;
DROP FUNCTION public.fd_desk_of_change();
ALTER TABLE public.field_changes DROP COLUMN desk_id;
DROP INDEX public.ux_sync_batches_desk_counter;
ALTER TABLE public.sync_batches DROP COLUMN desk_id, DROP COLUMN counter, DROP COLUMN changes,
    DROP COLUMN refused;
DROP TABLE public.sync_number_blocks, public.sync_desks;
SELECT public.fd_grant_stations();
""")
