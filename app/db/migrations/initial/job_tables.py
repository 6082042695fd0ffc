"""Jobs and what hangs off them (revision 0001): appointments, attachments, callbacks,
checklist runs, complaints, part and labour lines, signatures."""

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.db.migrations.initial import synced_columns

TABLES = (
    "jobs",
    "appointments",
    "attachments",
    "callbacks",
    "checklist_runs",
    "complaints",
    "job_lines",
    "signatures",
)


def create() -> None:
    op.create_table(
        "jobs",
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("job_type", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("equipment_id", sa.String(length=36), nullable=True),
        sa.Column("requested_start", app.models.base.UTCDateTime(), nullable=True),
        sa.Column("requested_end", app.models.base.UTCDateTime(), nullable=True),
        sa.Column("sla_due", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("required_skills", sa.JSON(), nullable=False),
        sa.Column("estimated_minutes", sa.Integer(), nullable=False),
        sa.Column("symptom", sa.Text(), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("hold_reason", sa.String(length=255), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        *synced_columns(),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_jobs_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"], ["equipment.id"], name=op.f("fk_jobs_equipment_id_equipment")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_jobs_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
        sa.UniqueConstraint("number", name=op.f("uq_jobs_number")),
    )
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_jobs_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_jobs_site_id"), ["site_id"], unique=False)
        batch_op.create_index("ix_jobs_station_created", ["station_id", "created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_jobs_station_id"), ["station_id"], unique=False)
        batch_op.create_index("ix_jobs_station_status", ["station_id", "status"], unique=False)
    op.create_table(
        "appointments",
        sa.Column("job_id", sa.String(length=36), nullable=False),
        sa.Column("technician_id", sa.String(length=36), nullable=False),
        sa.Column("start", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("end", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("actual_start", app.models.base.UTCDateTime(), nullable=True),
        sa.Column("actual_end", app.models.base.UTCDateTime(), nullable=True),
        sa.Column("override_reason", sa.String(length=255), nullable=False),
        *synced_columns(),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_appointments_job_id_jobs")),
        sa.ForeignKeyConstraint(
            ["technician_id"],
            ["technicians.id"],
            name=op.f("fk_appointments_technician_id_technicians"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointments_job_id"), ["job_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_appointments_station_id"), ["station_id"], unique=False
        )
        batch_op.create_index(
            "ix_appointments_tech_start", ["technician_id", "start"], unique=False
        )
    op.create_table(
        "attachments",
        sa.Column("job_id", sa.String(length=36), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        *synced_columns(),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_attachments_job_id_jobs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_job_id"), ["job_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_sha256"), ["sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_station_id"), ["station_id"], unique=False)
    op.create_table(
        "callbacks",
        sa.Column("job_id", sa.String(length=36), nullable=False),
        sa.Column("called_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("reached", sa.Boolean(), nullable=False),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("remarks", sa.Text(), nullable=False),
        *synced_columns(),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_callbacks_job_id_jobs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_callbacks")),
    )
    with op.batch_alter_table("callbacks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_callbacks_job_id"), ["job_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_callbacks_station_id"), ["station_id"], unique=False)
    op.create_table(
        "checklist_runs",
        sa.Column("job_id", sa.String(length=36), nullable=False),
        sa.Column("template_id", sa.String(length=36), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("completed_at", app.models.base.UTCDateTime(), nullable=True),
        *synced_columns(),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_checklist_runs_job_id_jobs")
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_templates.id"],
            name=op.f("fk_checklist_runs_template_id_checklist_templates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_runs")),
    )
    with op.batch_alter_table("checklist_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_runs_job_id"), ["job_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_checklist_runs_station_id"), ["station_id"], unique=False
        )
    op.create_table(
        "complaints",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("job_id", sa.String(length=36), nullable=True),
        sa.Column("received_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("handling", sa.Text(), nullable=False),
        sa.Column("handled_at", app.models.base.UTCDateTime(), nullable=True),
        sa.Column("review", sa.Text(), nullable=False),
        sa.Column("reviewed_at", app.models.base.UTCDateTime(), nullable=True),
        sa.Column("report_back", sa.Text(), nullable=False),
        sa.Column("reported_at", app.models.base.UTCDateTime(), nullable=True),
        *synced_columns(),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_complaints_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_complaints_job_id_jobs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaints_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_complaints_job_id"), ["job_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaints_station_id"), ["station_id"], unique=False)
    op.create_table(
        "job_lines",
        sa.Column("job_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("description", sa.String(length=255), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("warranty_covered", sa.Boolean(), nullable=False),
        *synced_columns(),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_job_lines_job_id_jobs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_lines")),
    )
    with op.batch_alter_table("job_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_job_lines_job_id"), ["job_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_job_lines_station_id"), ["station_id"], unique=False)
    op.create_table(
        "signatures",
        sa.Column("job_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("signer_name", sa.String(length=120), nullable=False),
        sa.Column("signed_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("image_id", sa.String(length=36), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        *synced_columns(),
        sa.ForeignKeyConstraint(
            ["image_id"], ["attachments.id"], name=op.f("fk_signatures_image_id_attachments")
        ),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_signatures_job_id_jobs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatures")),
    )
    with op.batch_alter_table("signatures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signatures_job_id"), ["job_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_signatures_station_id"), ["station_id"], unique=False)
