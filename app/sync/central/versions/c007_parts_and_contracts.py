"""parts and contracts: the catalogue, prices, warranty policies, stock movements, old parts,
maintenance contracts and their visits travel like every synced table

Revision ID: c007
Revises: c006
Create Date: 2026-12-07 05:00:00

The tables (made by the shared migration 0013) get what c001-c003 gave every synced table:
the server sequence stamp, field tracking, the write order, the (station, sequence) index,
row-level security by station and column grants (`fd_grant_stations()` grants UPDATE by column
on every stamped table). The head office's price list and warranty policy are shared rows
(station_id ''), read-only to stations, as the bundled checklist templates are.

"""

from collections.abc import Sequence

from alembic import op

revision: str = "c007"
down_revision: str | None = "c006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SHARED = ("catalogue_items", "catalogue_prices", "warranty_policies")
OWN = ("stock_movements", "old_parts", "maintenance_contracts", "contract_visits")

PER_TABLE = """
CREATE TRIGGER fd_stamp BEFORE INSERT OR UPDATE ON public.{t}
    FOR EACH ROW EXECUTE FUNCTION public.fd_stamp();
CREATE TRIGGER fd_track AFTER UPDATE ON public.{t}
    FOR EACH ROW EXECUTE FUNCTION public.fd_track();
CREATE TRIGGER fd_order BEFORE INSERT OR UPDATE ON public.{t}
    FOR EACH STATEMENT EXECUTE FUNCTION public.fd_order();
CREATE INDEX ix_{t}_station_seq ON public.{t} (station_id, server_seq);
ALTER TABLE public.{t} ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON public.{t} FOR ALL TO fielddesk_station
    USING (station_id = public.fd_station()) WITH CHECK (station_id = public.fd_station());
GRANT SELECT, INSERT ON public.{t} TO fielddesk_station;
"""
SHARED_ROWS = """
CREATE POLICY shared_rows ON public.{t} FOR SELECT TO fielddesk_station
    USING (station_id = '');
"""


def upgrade() -> None:
    for t in (*SHARED, *OWN):
        op.execute(PER_TABLE.format(t=t))
    for t in SHARED:
        op.execute(SHARED_ROWS.format(t=t))
    op.execute("SELECT public.fd_grant_stations()")


def downgrade() -> None:
    for t in SHARED:
        op.execute(f"DROP POLICY shared_rows ON public.{t}")
    for t in (*SHARED, *OWN):
        op.execute(f"""
REVOKE ALL ON public.{t} FROM fielddesk_station;
DROP POLICY own_rows ON public.{t};
ALTER TABLE public.{t} DISABLE ROW LEVEL SECURITY;
DROP INDEX public.ix_{t}_station_seq;
DROP TRIGGER fd_order ON public.{t};
DROP TRIGGER fd_track ON public.{t};
DROP TRIGGER fd_stamp ON public.{t};
""")
