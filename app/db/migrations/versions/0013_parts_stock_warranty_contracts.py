"""parts, prices, stock, warranty policies and maintenance contracts: the catalogue with
effective-dated prices, a job line's item, code, warranty rule and old serial, the finding that
voids a job's warranty, the stock ledger and old parts, contracts and their visits

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 04:40:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC = app.models.base.UTCDateTime
MONEY = sa.Numeric(precision=10, scale=2)


def _synced(name: str, *columns: sa.Column[object] | sa.Constraint) -> None:
    """Create a synced table: its columns, the sync bookkeeping, foreign keys named by the
    models' convention, and the station_id index."""
    bookkeeping: list[sa.Column[object] | sa.Constraint] = [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('station_id', sa.String(length=36), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('server_seq', sa.Integer(), nullable=False),
        sa.Column('updated_at', UTC(), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{name}')),
    ]
    op.create_table(name, *columns, *bookkeeping)
    with op.batch_alter_table(name) as batch:
        batch.create_index(f'ix_{name}_station_id', ['station_id'])


def _fk(column: str, table: str, name: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f'{table}.id'],
                                   name=op.f(f'fk_{name}_{column}_{table}'))


def _catalogue() -> None:
    _synced('catalogue_items',
            sa.Column('kind', sa.String(length=8), nullable=False),
            sa.Column('code', sa.String(length=32), nullable=False),
            sa.Column('name', sa.String(length=120), nullable=False),
            sa.Column('name_en', sa.String(length=120), nullable=False),
            sa.Column('maker_part_number', sa.String(length=64), nullable=False),
            sa.Column('unit', sa.String(length=16), nullable=False),
            sa.Column('warranty_months', sa.Integer(), nullable=True),
            sa.Column('reorder_level', MONEY, nullable=False),
            sa.Column('active', sa.Boolean(), nullable=False),
            sa.UniqueConstraint('station_id', 'code', name='catalogue_station_code'))
    _synced('warranty_policies',
            sa.Column('policy_version', sa.Integer(), nullable=False),
            sa.Column('body', sa.JSON(), nullable=False),
            sa.Column('published_at', UTC(), nullable=True),
            sa.UniqueConstraint('station_id', 'policy_version', name='station_policy_version'))
    _synced('catalogue_prices',
            sa.Column('item_id', sa.String(length=36), nullable=False),
            sa.Column('price', MONEY, nullable=False),
            sa.Column('effective_from', sa.Date(), nullable=False),
            _fk('item_id', 'catalogue_items', 'catalogue_prices'))
    with op.batch_alter_table('catalogue_prices') as batch:
        batch.create_index('ix_catalogue_prices_item_day', ['item_id', 'effective_from'])


def _contracts() -> None:
    _synced('maintenance_contracts',
            sa.Column('customer_id', sa.String(length=36), nullable=False),
            sa.Column('equipment_id', sa.String(length=36), nullable=False),
            sa.Column('reference', sa.String(length=32), nullable=False),
            sa.Column('visits_per_year', sa.Integer(), nullable=False),
            sa.Column('price', MONEY, nullable=False),
            sa.Column('starts_on', sa.Date(), nullable=False),
            sa.Column('ends_on', sa.Date(), nullable=False),
            sa.Column('notes', sa.String(length=255), nullable=False),
            _fk('customer_id', 'customers', 'maintenance_contracts'),
            _fk('equipment_id', 'equipment', 'maintenance_contracts'))
    with op.batch_alter_table('maintenance_contracts') as batch:
        batch.create_index('ix_maintenance_contracts_customer_id', ['customer_id'])
    _synced('contract_visits',
            sa.Column('contract_id', sa.String(length=36), nullable=False),
            sa.Column('due', sa.Date(), nullable=False),
            sa.Column('job_id', sa.String(length=36), nullable=True),
            _fk('contract_id', 'maintenance_contracts', 'contract_visits'),
            _fk('job_id', 'jobs', 'contract_visits'))
    with op.batch_alter_table('contract_visits') as batch:
        batch.create_index('ix_contract_visits_contract_id', ['contract_id'])


def _stock() -> None:
    _synced('stock_movements',
            sa.Column('item_id', sa.String(length=36), nullable=False),
            sa.Column('technician_id', sa.String(length=36), nullable=True),
            sa.Column('delta', MONEY, nullable=False),
            sa.Column('kind', sa.String(length=16), nullable=False),
            sa.Column('job_id', sa.String(length=36), nullable=True),
            sa.Column('transfer_id', sa.String(length=36), nullable=False),
            sa.Column('reason', sa.String(length=255), nullable=False),
            sa.Column('moved_at', UTC(), nullable=False),
            _fk('item_id', 'catalogue_items', 'stock_movements'),
            _fk('job_id', 'jobs', 'stock_movements'),
            _fk('technician_id', 'technicians', 'stock_movements'))
    with op.batch_alter_table('stock_movements') as batch:
        batch.create_index('ix_stock_movements_item_place', ['item_id', 'technician_id'])
        batch.create_index('ix_stock_movements_job_id', ['job_id'])
    _synced('old_parts',
            sa.Column('job_id', sa.String(length=36), nullable=False),
            sa.Column('line_id', sa.String(length=36), nullable=False),
            sa.Column('item_id', sa.String(length=36), nullable=True),
            sa.Column('serial', sa.String(length=64), nullable=False),
            sa.Column('technician_id', sa.String(length=36), nullable=True),
            sa.Column('returned_at', UTC(), nullable=False),
            sa.Column('claim_ref', sa.String(length=64), nullable=False),
            sa.Column('claimed_at', UTC(), nullable=True),
            _fk('item_id', 'catalogue_items', 'old_parts'),
            _fk('job_id', 'jobs', 'old_parts'),
            _fk('line_id', 'job_lines', 'old_parts'),
            _fk('technician_id', 'technicians', 'old_parts'))
    with op.batch_alter_table('old_parts') as batch:
        batch.create_index('ix_old_parts_job_id', ['job_id'])


LINE_COLUMNS = {'code': 32, 'warranty_rule': 32, 'override_reason': 255, 'old_serial': 64}


def _jobs() -> None:
    with op.batch_alter_table('job_lines') as batch:
        batch.add_column(sa.Column('item_id', sa.String(length=36), nullable=True))
        for name, length in LINE_COLUMNS.items():
            batch.add_column(sa.Column(name, sa.String(length=length), nullable=False,
                                       server_default=''))
        batch.create_foreign_key('fk_job_lines_item_id_catalogue_items', 'catalogue_items',
                                 ['item_id'], ['id'])
    with op.batch_alter_table('jobs') as batch:
        batch.add_column(sa.Column('warranty_void', sa.String(length=32), nullable=False,
                                   server_default=''))


def upgrade() -> None:
    _catalogue()
    _contracts()
    _stock()
    _jobs()


def downgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.drop_column('warranty_void')
    with op.batch_alter_table('job_lines') as batch:
        batch.drop_constraint('fk_job_lines_item_id_catalogue_items', type_='foreignkey')
        for name in reversed(LINE_COLUMNS):
            batch.drop_column(name)
        batch.drop_column('item_id')
    for name in ('old_parts', 'stock_movements', 'contract_visits', 'maintenance_contracts',
                 'catalogue_prices', 'warranty_policies', 'catalogue_items'):
        op.drop_table(name)
