"""job list and date-window indexes

The job list sorts by creation time and by response deadline with the job number as tie-breaker;
without matching indexes SQLite sorted all 50,000 jobs for every page. Appointments are looked up
by start time for the list's "scheduled" filter and the board's week.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 21:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_jobs_created_number", "jobs", ["created_at", "number"])
    op.create_index("ix_jobs_sla_number", "jobs", ["sla_due", "number"])
    op.create_index("ix_appointments_start", "appointments", ["start"])


def downgrade() -> None:
    op.drop_index("ix_appointments_start", table_name="appointments")
    op.drop_index("ix_jobs_sla_number", table_name="jobs")
    op.drop_index("ix_jobs_created_number", table_name="jobs")
