"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 22:25:59.375668
"""

from collections.abc import Sequence

from alembic import op

from app.db.migrations.initial import customer_tables, job_tables, station_tables

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AREAS = (station_tables, customer_tables, job_tables)  # parents before children


def upgrade() -> None:
    for area in AREAS:
        area.create()


def downgrade() -> None:
    """Every table, children first (a table's indexes go with it)."""
    for area in reversed(AREAS):
        for name in reversed(area.TABLES):
            op.drop_table(name)
