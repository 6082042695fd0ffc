"""printed sheets: each job's sheet content printed or saved as PDF at this desk, so a day's
batch can add the sheets not printed yet (this database only, never synced)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 05:50:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('printed_sheets',
    sa.Column('job_id', sa.String(length=36), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('printed_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('printed_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('job_id', 'digest', name=op.f('pk_printed_sheets'))
    )


def downgrade() -> None:
    op.drop_table('printed_sheets')
