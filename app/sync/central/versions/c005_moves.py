"""moves: a station hears that a record the head office gave to another station left it

Revision ID: c005
Revises: c003
Create Date: 2026-12-07 05:00:00

- `sync_moves`: a record whose `station_id` the head office changed, noted for the station it
  left (with the record's server sequence at the move), by a trigger on every synced table.
  Row-level security shows a station only the records that left it: its pull no longer sees
  them, so without the note its copy would stay on its desks for ever, and a change made
  there would wait without a reason.

Stations get SELECT on `sync_moves` (their own); no function is added that a station may
call.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "c005"
down_revision: str | None = "c003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PATH = "SET search_path = pg_catalog, public, pg_temp"

MOVES = f"""
CREATE TABLE public.sync_moves (
    station_id varchar(36) NOT NULL,
    table_name varchar(32) NOT NULL,
    row_id varchar(36) NOT NULL,
    server_seq bigint NOT NULL,
    moved_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, server_seq, table_name, row_id)
);
COMMENT ON TABLE public.sync_moves IS 'Records given to another station, noted for the station '
    'they left: its desks remove their copies (server_seq: the record''s at the move).';

CREATE FUNCTION public.fd_note_move() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER {PATH}
AS $$
BEGIN
    INSERT INTO public.sync_moves (station_id, table_name, row_id, server_seq)
    VALUES (OLD.station_id, TG_TABLE_NAME, NEW.id, NEW.server_seq);
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION public.fd_note_move() FROM PUBLIC;

DO $$
DECLARE synced regclass;
BEGIN
    FOR synced IN SELECT t.tgrelid::regclass FROM pg_catalog.pg_trigger t
                  WHERE t.tgname = 'fd_stamp' AND NOT t.tgisinternal LOOP
        EXECUTE pg_catalog.format(
            'CREATE TRIGGER fd_note_move AFTER UPDATE OF station_id ON %s FOR EACH ROW '
            'WHEN (OLD.station_id IS DISTINCT FROM NEW.station_id) '
            'EXECUTE FUNCTION public.fd_note_move()', synced);
    END LOOP;
END $$;

ALTER TABLE public.sync_moves ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_moves ON public.sync_moves FOR SELECT TO fielddesk_station
    USING (station_id = public.fd_station());
GRANT SELECT ON public.sync_moves TO fielddesk_station;
"""


def upgrade() -> None:
    op.execute(MOVES)


def downgrade() -> None:
    op.execute("""
DO $$
DECLARE synced regclass;
BEGIN
    FOR synced IN SELECT t.tgrelid::regclass FROM pg_catalog.pg_trigger t
                  WHERE t.tgname = 'fd_note_move' AND NOT t.tgisinternal LOOP
        EXECUTE pg_catalog.format('DROP TRIGGER fd_note_move ON %s', synced);
    END LOOP;
END $$;
DROP FUNCTION public.fd_note_move();
DROP TABLE public.sync_moves;
""")
