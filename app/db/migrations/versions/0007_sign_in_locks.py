"""sign-in locks: failed sign-ins per user name, in this database only (never synced)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 01:29:14.471886
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sign_in_locks',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('locked_until', app.models.base.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('username', name=op.f('pk_sign_in_locks'))
    )


def downgrade() -> None:
    op.drop_table('sign_in_locks')
