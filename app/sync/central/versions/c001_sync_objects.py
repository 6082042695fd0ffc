"""central sync objects: server sequence, batches, field changes, station roles, row-level security

Revision ID: c001
Revises:
Create Date: 2026-11-25 22:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "c001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SYNCED = ("checklist_templates", "customers", "technicians", "users", "absences",
          "certifications", "shifts", "sites", "equipment", "jobs", "appointments",
          "attachments", "callbacks", "checklist_runs", "complaints", "job_lines", "signatures")
STATION_GROUP = "fielddesk_station"

OBJECTS = f"""
CREATE SEQUENCE sync_seq;

CREATE TABLE station_roles (
    role_name text PRIMARY KEY,
    station_id varchar(36) NOT NULL UNIQUE
);

CREATE TABLE sync_batches (
    batch_id varchar(36) PRIMARY KEY,
    station_id varchar(36) NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    entries integer NOT NULL DEFAULT 0,
    conflicts jsonb NOT NULL DEFAULT '[]'
);

-- Which side last changed each field of a row, at which server sequence (updates only: an
-- insert is older than any base a station can hold).
CREATE TABLE field_changes (
    table_name varchar(32) NOT NULL,
    row_id varchar(36) NOT NULL,
    field varchar(64) NOT NULL,
    server_seq bigint NOT NULL,
    station_id varchar(36),
    row_station varchar(36) NOT NULL,
    PRIMARY KEY (row_station, table_name, row_id, field)
);

-- The station of the connected role (NULL for the administrator).
CREATE FUNCTION fd_station() RETURNS varchar LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public AS
$$ SELECT station_id FROM station_roles WHERE role_name = session_user $$;

-- Every insert and update takes the next server sequence: the only order sync trusts. The
-- transaction-wide lock makes sequence order commit order for every writer (sync or not), so a
-- pull that has read up to sequence N never meets a later commit below N.
CREATE FUNCTION fd_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public AS
$$
BEGIN
    PERFORM pg_advisory_xact_lock(7201);
    NEW.server_seq := nextval('sync_seq');
    RETURN NEW;
END
$$;

CREATE FUNCTION fd_track() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public AS
$$
DECLARE
    new_row jsonb := to_jsonb(NEW);
    old_row jsonb := to_jsonb(OLD);
    key text;
BEGIN
    FOR key IN SELECT jsonb_object_keys(new_row) LOOP
        IF key NOT IN ('server_seq', 'version', 'updated_at', 'updated_by', 'search_text')
           AND new_row -> key IS DISTINCT FROM old_row -> key THEN
            INSERT INTO field_changes AS fc
                (table_name, row_id, field, server_seq, station_id, row_station)
            VALUES (TG_TABLE_NAME, NEW.id, key, NEW.server_seq, fd_station(), NEW.station_id)
            ON CONFLICT (row_station, table_name, row_id, field) DO UPDATE
                SET server_seq = EXCLUDED.server_seq, station_id = EXCLUDED.station_id;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{STATION_GROUP}') THEN
        CREATE ROLE {STATION_GROUP} NOLOGIN;
    END IF;
END $$;

ALTER TABLE sync_batches ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_batches ON sync_batches FOR ALL TO {STATION_GROUP}
    USING (station_id = fd_station()) WITH CHECK (station_id = fd_station());
GRANT SELECT, INSERT ON sync_batches TO {STATION_GROUP};

ALTER TABLE field_changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_changes ON field_changes FOR SELECT TO {STATION_GROUP}
    USING (row_station = fd_station());
GRANT SELECT ON field_changes TO {STATION_GROUP};

ALTER TABLE stations ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_station ON stations FOR SELECT TO {STATION_GROUP} USING (id = fd_station());
GRANT SELECT ON stations TO {STATION_GROUP};
GRANT SELECT ON alembic_version, central_version TO {STATION_GROUP};
"""

PER_TABLE = """
CREATE TRIGGER fd_stamp BEFORE INSERT OR UPDATE ON {t} FOR EACH ROW EXECUTE FUNCTION fd_stamp();
CREATE TRIGGER fd_track AFTER UPDATE ON {t} FOR EACH ROW EXECUTE FUNCTION fd_track();
CREATE INDEX ix_{t}_station_seq ON {t} (station_id, server_seq);
ALTER TABLE {t} ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON {t} FOR ALL TO {group}
    USING (station_id = fd_station()) WITH CHECK (station_id = fd_station());
CREATE POLICY shared_rows ON {t} FOR SELECT TO {group} USING (station_id = '');
GRANT SELECT, INSERT, UPDATE ON {t} TO {group};
"""


def upgrade() -> None:
    op.execute(OBJECTS)
    for t in SYNCED:
        op.execute(PER_TABLE.format(t=t, group=STATION_GROUP))


def downgrade() -> None:
    for t in SYNCED:
        op.execute(f"DROP POLICY shared_rows ON {t}; DROP POLICY own_rows ON {t};"
                   f" ALTER TABLE {t} DISABLE ROW LEVEL SECURITY; DROP INDEX ix_{t}_station_seq;"
                   f" DROP TRIGGER fd_track ON {t}; DROP TRIGGER fd_stamp ON {t};")
    op.execute("DROP POLICY own_station ON stations;"
               " ALTER TABLE stations DISABLE ROW LEVEL SECURITY;"
               " DROP TABLE field_changes, sync_batches, station_roles;"
               " DROP FUNCTION fd_track(), fd_stamp(), fd_station(); DROP SEQUENCE sync_seq;")
