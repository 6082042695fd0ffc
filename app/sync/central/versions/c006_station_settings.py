"""station settings: the station's own settings travel like every synced table, and no station
can take another station's setting ids

Revision ID: c006
Revises: c003
Create Date: 2026-12-07 04:00:00

`station_settings` (made by the shared migration 0012) gets what c001-c003 gave every synced
table: the server sequence stamp, field tracking, the write order, its (station, sequence)
index, row-level security by station (no shared rows: every row is one station's) and column
grants (`fd_grant_stations()` grants UPDATE by column on every stamped table). A section's row
id follows from its station and section (md5 of "station/section" as a UUID), so two desks
creating it offline name the same row; a CHECK makes the server hold a station to that rule,
so no station can put a row under another station's id and block that station's setting.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "c006"
down_revision: str | None = "c003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UPGRADE = """
CREATE TRIGGER fd_stamp BEFORE INSERT OR UPDATE ON public.station_settings
    FOR EACH ROW EXECUTE FUNCTION public.fd_stamp();
CREATE TRIGGER fd_track AFTER UPDATE ON public.station_settings
    FOR EACH ROW EXECUTE FUNCTION public.fd_track();
CREATE TRIGGER fd_order BEFORE INSERT OR UPDATE ON public.station_settings
    FOR EACH STATEMENT EXECUTE FUNCTION public.fd_order();
CREATE INDEX ix_station_settings_station_seq ON public.station_settings (station_id, server_seq);
ALTER TABLE public.station_settings ADD CONSTRAINT ck_station_settings_id_of_section
    CHECK (id = pg_catalog.md5(station_id || '/' || section)::uuid::text);
ALTER TABLE public.station_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON public.station_settings FOR ALL TO fielddesk_station
    USING (station_id = public.fd_station()) WITH CHECK (station_id = public.fd_station());
GRANT SELECT, INSERT ON public.station_settings TO fielddesk_station;
SELECT public.fd_grant_stations();
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute("""
REVOKE ALL ON public.station_settings FROM fielddesk_station;
DROP POLICY own_rows ON public.station_settings;
ALTER TABLE public.station_settings DISABLE ROW LEVEL SECURITY;
ALTER TABLE public.station_settings DROP CONSTRAINT ck_station_settings_id_of_section;
DROP INDEX public.ix_station_settings_station_seq;
DROP TRIGGER fd_order ON public.station_settings;
DROP TRIGGER fd_track ON public.station_settings;
DROP TRIGGER fd_stamp ON public.station_settings;
""")
