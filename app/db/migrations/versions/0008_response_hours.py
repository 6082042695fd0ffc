"""response hours by priority: the station's promise from the call to the first arrival

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HOURS = (('urgent', '4'), ('high', '12'), ('normal', '24'), ('low', '48'))


def upgrade() -> None:
    with op.batch_alter_table('stations') as batch:
        for priority, hours in HOURS:
            batch.add_column(sa.Column(f'response_hours_{priority}', sa.Integer(),
                                       server_default=hours, nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('stations') as batch:
        for priority, _ in reversed(HOURS):
            batch.drop_column(f'response_hours_{priority}')
