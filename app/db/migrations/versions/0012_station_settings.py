"""station settings, users' forced password change, names sorted by pinyin, the audit trail

- `station_settings`: the station's own settings (profile, working hours, SLA, travel...), one
  synced row per section. The home station's profile and response hours are seeded from its
  row and uploaded like bulk-loaded rows (the database is marked for a full upload): the
  server keeps the first desk's and every other desk takes the server's at its next pull.
- `users.must_change_password`: set by an admin's password reset.
- `customers.sort_key`, `technicians.sort_key`: local sort keys of the names (pinyin for
  Chinese, app.services.sort_keys), filled in here; the customers list's covering index
  follows them.
- `ix_audit_at`: the audit trail, newest first.

Revision ID: 0012
Revises: 0011 (main's service quality; this branch was cut before it: whole once merged)
Create Date: 2026-12-07 04:00:00
"""

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.services.sort_keys import sort_key

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('station_settings',
    sa.Column('section', sa.String(length=32), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('station_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('server_seq', sa.Integer(), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_station_settings')),
    sa.UniqueConstraint('station_id', 'section', name='station_section')
    )
    op.create_index(op.f('ix_station_settings_station_id'), 'station_settings', ['station_id'],
                    unique=False)
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('must_change_password', sa.Boolean(),
                                   server_default=sa.false(), nullable=False))
    for table in ('customers', 'technicians'):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column('sort_key', sa.Text(), server_default='',
                                       nullable=False))
    op.drop_index('ix_customers_list', table_name='customers')
    op.create_index('ix_audit_at', 'audit_entries', ['at'], unique=False)
    if op.get_bind().dialect.name == 'sqlite':  # the central server keeps no local columns
        _fill_sort_keys(op.get_bind())
        _seed_settings(op.get_bind())
    op.create_index('ix_customers_sorted', 'customers',
                    ['deleted', 'sort_key', 'id', 'search_text'], unique=False)
    op.create_index('ix_technicians_sorted', 'technicians', ['deleted', 'sort_key', 'id'],
                    unique=False)


def _fill_sort_keys(conn: sa.Connection) -> None:
    for table in ('customers', 'technicians'):
        rows = conn.execute(sa.text(f'SELECT id, name FROM {table}')).all()
        if rows:
            conn.execute(sa.text(f'UPDATE {table} SET sort_key = :key WHERE id = :id'),
                         [{'id': r.id, 'key': sort_key(r.name)} for r in rows])


def _section_id(station_id: str, section: str) -> str:
    """As app.services.station_settings.row_id (and the central server's check)."""
    return str(uuid.UUID(hashlib.md5(f'{station_id}/{section}'.encode()).hexdigest()))


def _seed_settings(conn: sa.Connection) -> None:
    home = conn.execute(sa.text(
        "SELECT s.* FROM stations s JOIN local_settings l ON l.value = s.id"
        " WHERE l.key = 'home_station_id'")).mappings().first()
    if home is None:
        return
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    sections = {
        'profile': {'name': home['name'], 'address': home['address'], 'phone': home['phone'],
                    'timezone': home['timezone']},
        'sla': {'response_hours': {p: home[f'response_hours_{p}']
                                   for p in ('urgent', 'high', 'normal', 'low')}},
    }
    for section, value in sections.items():
        conn.execute(sa.text(
            "INSERT INTO station_settings (id, station_id, section, value, version, server_seq,"
            " updated_at, updated_by, deleted) VALUES (:id, :station, :section, :value, 1, 0,"
            " :now, '', 0)"), {'id': _section_id(home['id'], section), 'station': home['id'],
                               'section': section, 'value': json.dumps(value), 'now': now})
    conn.execute(sa.text(
        "INSERT INTO local_settings (key, value) VALUES ('full_upload_since', :now)"
        " ON CONFLICT (key) DO NOTHING"), {'now': now.replace(tzinfo=dt.UTC).isoformat()})


def downgrade() -> None:
    op.drop_index('ix_technicians_sorted', table_name='technicians')
    op.drop_index('ix_customers_sorted', table_name='customers')
    op.drop_index('ix_audit_at', table_name='audit_entries')
    op.create_index('ix_customers_list', 'customers', ['deleted', 'name', 'id', 'search_text'],
                    unique=False)
    for table in ('technicians', 'customers'):
        with op.batch_alter_table(table) as batch:
            batch.drop_column('sort_key')
    with op.batch_alter_table('users') as batch:
        batch.drop_column('must_change_password')
    op.drop_index(op.f('ix_station_settings_station_id'), table_name='station_settings')
    op.drop_table('station_settings')
