"""moves and epochs: a station hears that a record the head office gave to another station
left it, and that the server was restored from an older backup

Revision ID: c005
Revises: c007
Create Date: 2026-12-07 05:00:00

- `sync_moves`: a record whose `station_id` the head office changed, noted for the station it
  left (with the record's server sequence at the move), by a trigger on every synced table.
  Row-level security shows a station only the records that left it: its pull no longer sees
  them, so without the note its copy would stay on its desks for ever, and a change made
  there would wait without a reason.
- `sync_epochs`: the server's epochs. Restored from an older backup, the server has forgotten
  what its stations sent or pulled since; the administrator then starts a new epoch
  (`fd_new_epoch()`, by `fielddesk server restored`), which moves the server sequence
  `EPOCH_GAP` (2^26, 67 million) above where the backup left it: every sequence number of the
  new epoch is above any a desk saw before (unless the backup missed more server writes than
  that), so bases and cursors stay in order, and a desk that meets a new epoch re-sends what
  the server lost (`app/sync/restored.py`). (`server_seq` is a 32-bit integer: about 30
  restores fit; a wider column is a change of the shared schema.)

Stations get SELECT on `sync_moves` (their own) and on `sync_epochs`; no function is added
that a station may call.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "c005"
down_revision: str | None = "c007"
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

EPOCH_GAP = 1 << 26

EPOCHS = f"""
CREATE TABLE public.sync_epochs (
    epoch integer PRIMARY KEY CHECK (epoch >= 1),
    first_seq bigint NOT NULL,
    started_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.sync_epochs IS 'Epochs started after a restore from an older backup: '
    'server sequences of an epoch start at first_seq, above all of the epochs before.';

CREATE FUNCTION public.fd_new_epoch() RETURNS integer LANGUAGE plpgsql {PATH} AS
$$
DECLARE
    started integer;
    first bigint;
BEGIN
    LOCK TABLE public.sync_write_order IN EXCLUSIVE MODE;
    SELECT coalesce(max(epoch), 0) + 1 INTO started FROM public.sync_epochs;
    SELECT s.last_value + {EPOCH_GAP} INTO first FROM public.sync_seq s;
    INSERT INTO public.sync_epochs (epoch, first_seq) VALUES (started, first);
    PERFORM pg_catalog.setval('public.sync_seq'::pg_catalog.regclass, first - 1);
    RETURN started;
END
$$;
REVOKE EXECUTE ON FUNCTION public.fd_new_epoch() FROM PUBLIC;
GRANT SELECT ON public.sync_epochs TO fielddesk_station;
"""


def upgrade() -> None:
    op.execute(MOVES)
    op.execute(EPOCHS)


def downgrade() -> None:
    op.execute("""
DROP FUNCTION public.fd_new_epoch();
DROP TABLE public.sync_epochs;
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
