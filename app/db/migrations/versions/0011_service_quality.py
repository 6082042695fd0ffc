"""service quality: visits' completion, the business calendar, complaints' four stages with
their dues, callbacks as tasks with four scores

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-09 09:00:00

(It follows 0009, the desks; the id 0010 was never used.)
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = '0011'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROUND_THE_CLOCK = '["' + '", "'.join(["00:00-24:00"] * 7) + '"]'
UTC = app.models.base.UTCDateTime
# The categories the first releases wrote (the demo's), as the ones complaints keep now.
# Covering indexes of the quality figures (a month's completed and received jobs, a unit's
# earlier jobs, a job's visits).
JOB_INDEXES = {
    'ix_jobs_station_completed': ['station_id', 'completed_at', 'status', 'deleted',
                                  'job_type', 'id'],
    'ix_jobs_station_received': ['station_id', 'created_at', 'status', 'deleted', 'job_type',
                                 'sla_due', 'requested_end', 'equipment_id', 'id'],
    'ix_jobs_equipment_completed': ['equipment_id', 'completed_at', 'status', 'deleted', 'id'],
}
VISITS_INDEX = ['job_id', 'start', 'actual_start', 'actual_end', 'technician_id', 'status',
                'deleted']
CATEGORIES = {"late_arrival": "timeliness", "workmanship": "installation",
              "charges": "price", "damage": "installation"}


def _station() -> None:
    with op.batch_alter_table('stations') as batch:
        batch.add_column(sa.Column('business_hours', sa.JSON(), nullable=False,
                                   server_default=ROUND_THE_CLOCK))
        batch.add_column(sa.Column('holidays', sa.JSON(), nullable=False, server_default='[]'))
        batch.add_column(sa.Column('callback_days', sa.Integer(), nullable=False,
                                   server_default='3'))
        batch.add_column(sa.Column('callback_attempts', sa.Integer(), nullable=False,
                                   server_default='3'))


def _jobs() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.add_column(sa.Column('completed_at', UTC(), nullable=True))
        for name, columns in JOB_INDEXES.items():
            batch.create_index(name, columns)
    # A finished job's completion: its last visit's end, else its last change.
    op.execute("UPDATE jobs SET completed_at = (SELECT max(a.actual_end) FROM appointments a"
               " WHERE a.job_id = jobs.id AND NOT a.deleted)"
               " WHERE status IN ('completed', 'closed')")
    op.execute("UPDATE jobs SET completed_at = updated_at"
               " WHERE status IN ('completed', 'closed') AND completed_at IS NULL")
    with op.batch_alter_table('appointments') as batch:
        batch.create_index('ix_appointments_job_visits', VISITS_INDEX)
    with op.batch_alter_table('checklist_runs') as batch:
        batch.add_column(sa.Column('first_result', sa.String(length=16), nullable=True))
        batch.create_index('ix_checklist_runs_job_result', ['job_id', 'first_result', 'deleted'])
    op.execute("UPDATE checklist_runs SET first_result = result"
               " WHERE result IN ('pass', 'fail')")


def _complaints() -> None:
    with op.batch_alter_table('complaints') as batch:
        batch.add_column(sa.Column('equipment_id', sa.String(length=36), nullable=True))
        batch.add_column(sa.Column('technician_id', sa.String(length=36), nullable=True))
        batch.add_column(sa.Column('severity', sa.String(length=16), nullable=False,
                                   server_default='moderate'))
        for who in ('recorded_by', 'handled_by', 'reviewed_by', 'reported_by', 'closed_by'):
            batch.add_column(sa.Column(who, sa.String(length=64), nullable=False,
                                       server_default=''))
        for due in ('handling_due', 'review_due', 'report_due', 'closed_at'):
            batch.add_column(sa.Column(due, UTC(), nullable=True))
        batch.add_column(sa.Column('reinspection_job_id', sa.String(length=36), nullable=True))
        batch.create_foreign_key('fk_complaints_equipment_id_equipment', 'equipment',
                                 ['equipment_id'], ['id'])
        batch.create_foreign_key('fk_complaints_technician_id_technicians', 'technicians',
                                 ['technician_id'], ['id'])
        batch.create_foreign_key('fk_complaints_reinspection_job_id_jobs', 'jobs',
                                 ['reinspection_job_id'], ['id'])
        batch.create_index('ix_complaints_station_received', ['station_id', 'received_at'])
    # Earlier complaints had no dues: each stage counts as due when it was done.
    op.execute("UPDATE complaints SET handling_due = COALESCE(handled_at, received_at),"
               " review_due = reviewed_at, report_due = reported_at")
    for old, new in CATEGORIES.items():
        op.execute(f"UPDATE complaints SET category = '{new}' WHERE category = '{old}'")
    with op.batch_alter_table('complaints') as batch:
        batch.alter_column('handling_due', existing_type=UTC(), nullable=False)


def _callbacks() -> None:
    with op.batch_alter_table('callbacks') as batch:
        batch.add_column(sa.Column('kind', sa.String(length=16), nullable=False,
                                   server_default='visit'))
        batch.add_column(sa.Column('complaint_id', sa.String(length=36), nullable=True))
        batch.add_column(sa.Column('technician_id', sa.String(length=36), nullable=True))
        batch.add_column(sa.Column('due_at', UTC(), nullable=True))
        batch.add_column(sa.Column('status', sa.String(length=16), nullable=False,
                                   server_default='open'))
        batch.add_column(sa.Column('attempts', sa.Integer(), nullable=False,
                                   server_default='0'))
        batch.add_column(sa.Column('first_called_at', UTC(), nullable=True))
        batch.add_column(sa.Column('called_by', sa.String(length=64), nullable=False,
                                   server_default=''))
        for score in ('timeliness', 'attitude', 'quality', 'price'):
            batch.add_column(sa.Column(f'score_{score}', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('confirmed', sa.Boolean(), nullable=True))
        batch.alter_column('called_at', existing_type=UTC(), nullable=True)
        batch.alter_column('reached', existing_type=sa.Boolean(), nullable=True)
        batch.alter_column('job_id', existing_type=sa.String(length=36), nullable=True)
        batch.create_foreign_key('fk_callbacks_complaint_id_complaints', 'complaints',
                                 ['complaint_id'], ['id'])
        batch.create_foreign_key('fk_callbacks_technician_id_technicians', 'technicians',
                                 ['technician_id'], ['id'])
        batch.create_index('ix_callbacks_complaint_id', ['complaint_id'])
        batch.create_index('ix_callbacks_station_due', [
            'station_id', 'due_at', 'kind', 'status', 'deleted', 'first_called_at',
            'technician_id', 'job_id'])
        batch.create_index('ix_callbacks_station_called', [
            'station_id', 'called_at', 'kind', 'reached', 'deleted', 'satisfaction',
            'technician_id', 'job_id'])
    # Earlier callbacks were calls made: done (or unanswered) at their time, one attempt.
    op.execute("UPDATE callbacks SET due_at = called_at, first_called_at = called_at,"
               " attempts = 1, status = CASE WHEN reached THEN 'done' ELSE 'unreached' END")
    with op.batch_alter_table('callbacks') as batch:
        batch.alter_column('due_at', existing_type=UTC(), nullable=False)


def upgrade() -> None:
    _station()
    _jobs()
    _complaints()
    _callbacks()


def downgrade() -> None:
    # The earlier schema knew only calls made, and no closed stage.
    op.execute("DELETE FROM callbacks WHERE called_at IS NULL OR reached IS NULL"
               " OR job_id IS NULL")
    op.execute("UPDATE complaints SET stage = 'reported_back' WHERE stage = 'closed'")
    with op.batch_alter_table('callbacks') as batch:
        batch.alter_column('called_at', existing_type=UTC(), nullable=False)
        batch.alter_column('reached', existing_type=sa.Boolean(), nullable=False)
        batch.alter_column('job_id', existing_type=sa.String(length=36), nullable=False)
        for index in ('ix_callbacks_station_called', 'ix_callbacks_station_due',
                      'ix_callbacks_complaint_id'):
            batch.drop_index(index)
        batch.drop_constraint('fk_callbacks_technician_id_technicians', type_='foreignkey')
        batch.drop_constraint('fk_callbacks_complaint_id_complaints', type_='foreignkey')
        for column in ('confirmed', 'score_price', 'score_quality', 'score_attitude',
                       'score_timeliness', 'called_by', 'first_called_at', 'attempts',
                       'status', 'due_at', 'technician_id', 'complaint_id', 'kind'):
            batch.drop_column(column)
    with op.batch_alter_table('complaints') as batch:
        batch.drop_index('ix_complaints_station_received')
        for fk in ('fk_complaints_reinspection_job_id_jobs',
                   'fk_complaints_technician_id_technicians',
                   'fk_complaints_equipment_id_equipment'):
            batch.drop_constraint(fk, type_='foreignkey')
        for column in ('reinspection_job_id', 'closed_at', 'report_due', 'review_due',
                       'handling_due', 'closed_by', 'reported_by', 'reviewed_by', 'handled_by',
                       'recorded_by', 'severity', 'technician_id', 'equipment_id'):
            batch.drop_column(column)
    with op.batch_alter_table('checklist_runs') as batch:
        batch.drop_index('ix_checklist_runs_job_result')
        batch.drop_column('first_result')
    with op.batch_alter_table('appointments') as batch:
        batch.drop_index('ix_appointments_job_visits')
    with op.batch_alter_table('jobs') as batch:
        for name in reversed(JOB_INDEXES):
            batch.drop_index(name)
        batch.drop_column('completed_at')
    with op.batch_alter_table('stations') as batch:
        for column in ('callback_attempts', 'callback_days', 'holidays', 'business_hours'):
            batch.drop_column(column)
