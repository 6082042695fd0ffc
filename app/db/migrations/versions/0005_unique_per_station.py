"""unique per station: user names, technician codes and template versions

On the central server every station has its own "admin", its own T001 and may publish its
own version 2 of a template: these are unique within a station, not across stations.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 21:46:06.428235
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('checklist_templates', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('code_version'), type_='unique')
        batch_op.create_unique_constraint('code_version', ['station_id', 'code', 'version'])

    with op.batch_alter_table('technicians', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_technicians_code'), type_='unique')
        batch_op.create_unique_constraint('station_code', ['station_id', 'code'])

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_users_username'), type_='unique')
        batch_op.create_unique_constraint('station_username', ['station_id', 'username'])



def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint('station_username', type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_users_username'), ['username'])

    with op.batch_alter_table('technicians', schema=None) as batch_op:
        batch_op.drop_constraint('station_code', type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_technicians_code'), ['code'])

    with op.batch_alter_table('checklist_templates', schema=None) as batch_op:
        batch_op.drop_constraint('code_version', type_='unique')
        batch_op.create_unique_constraint(batch_op.f('code_version'), ['code', 'version'])

