"""geocode cache: online answers kept by address, in this database only (never synced)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 22:13:43.075228
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('geocode_cache',
    sa.Column('address_key', sa.String(length=255), nullable=False),
    sa.Column('lat', sa.Float(), nullable=False),
    sa.Column('lon', sa.Float(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('precision', sa.String(length=16), nullable=False),
    sa.Column('provider', sa.String(length=32), nullable=False),
    sa.Column('cached_at', app.models.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('address_key', name=op.f('pk_geocode_cache'))
    )


def downgrade() -> None:
    op.drop_table('geocode_cache')
