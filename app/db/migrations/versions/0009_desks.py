"""desks: every database its own desk (identity, batch counters), the job number blocks it
holds, the changes the central server refused; outbox entries get a change id and a batch number

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 02:20:51.108692
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from uuid6 import uuid7

import app.models.base

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('desk',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('file_id', sa.String(length=64), nullable=False),
    sa.Column('batch_counter', sa.Integer(), nullable=False),
    sa.Column('settled_counter', sa.Integer(), nullable=False),
    sa.Column('registered', sa.Boolean(), nullable=False),
    sa.Column('numbering', sa.String(length=8), nullable=False),
    sa.Column('predecessor', sa.String(length=36), nullable=True),
    sa.Column('predecessor_counter', sa.Integer(), nullable=False),
    sa.Column('forked_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('fork_reason', sa.String(length=16), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_desk'))
    )
    op.create_table('job_number_blocks',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('first', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.Column('next', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', 'first', name=op.f('pk_job_number_blocks'))
    )
    op.create_table('sync_refused',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('change_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=32), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=8), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('base_server_seq', sa.Integer(), nullable=False),
    sa.Column('made_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('refused_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('discarded_at', app.models.base.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_refused'))
    )
    with op.batch_alter_table('sync_refused', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_refused_row_id'), ['row_id'], unique=False)

    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('batch_no', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('change_id', sa.String(length=36), nullable=True))
    # Entries still waiting (written by the previous schema) get their change ids now.
    outbox = sa.table('outbox', sa.column('seq', sa.Integer()), sa.column('change_id'))
    conn = op.get_bind()
    for (seq,) in conn.execute(sa.select(outbox.c.seq)).all():
        conn.execute(outbox.update().where(outbox.c.seq == seq).values(change_id=str(uuid7())))
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.alter_column('change_id', existing_type=sa.String(length=36), nullable=False)



def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('change_id')
        batch_op.drop_column('batch_no')

    with op.batch_alter_table('sync_refused', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_refused_row_id'))

    op.drop_table('sync_refused')
    op.drop_table('job_number_blocks')
    op.drop_table('desk')
