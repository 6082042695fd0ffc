"""Work orders (jobs), their parts and charges lines, and their appointments."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, utcnow


class Job(Synced, Base):
    __tablename__ = "jobs"
    __table_args__ = (
        Index("ix_jobs_station_status", "station_id", "status"),
        Index("ix_jobs_station_created", "station_id", "created_at"),
        # The job list's default sorts, with the number as the tie-breaker it also sorts by.
        Index("ix_jobs_created_number", "created_at", "number"),
        Index("ix_jobs_sla_number", "sla_due", "number"),
        # The quality figures read a month's completed and received jobs from these alone
        # (covering indexes: the rows are wide, reading them is most of the cost).
        Index("ix_jobs_station_completed", "station_id", "completed_at", "status", "deleted",
              "job_type", "id"),
        Index("ix_jobs_station_received", "station_id", "created_at", "status", "deleted",
              "job_type", "sla_due", "requested_end", "equipment_id", "id"),
        Index("ix_jobs_equipment_completed", "equipment_id", "completed_at", "status",
              "deleted", "id"),
    )

    number: Mapped[str] = mapped_column(String(24), unique=True)
    job_type: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    status: Mapped[str] = mapped_column(String(16), default="new")
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    equipment_id: Mapped[str | None] = mapped_column(ForeignKey("equipment.id"), default=None)
    requested_start: Mapped[dt.datetime | None] = mapped_column(default=None)
    requested_end: Mapped[dt.datetime | None] = mapped_column(default=None)
    sla_due: Mapped[dt.datetime]
    required_skills: Mapped[list[str]] = mapped_column(default=list)
    estimated_minutes: Mapped[int] = mapped_column(Integer, default=90)
    symptom: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
    hold_reason: Mapped[str] = mapped_column(String(255), default="")
    # What the visit found that voids the warranty (a code of the warranty policy's `voids`:
    # damage, an uncertified installer...); "" none.
    warranty_void: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[dt.datetime | None] = mapped_column(default=None)  # set on completion
    # Local search index (number, customer, phone, address), kept by the job services.
    search_text: Mapped[str] = mapped_column(Text, default="")


class JobLine(Synced, Base):
    """One part, labour or travel charge of a job; warranty-covered lines are shown but not
    billed. A line from the catalogue keeps the item's code and the price of its day."""

    __tablename__ = "job_lines"

    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # part | labour | travel
    item_id: Mapped[str | None] = mapped_column(ForeignKey("catalogue_items.id"), default=None)
    code: Mapped[str] = mapped_column(String(32), default="")
    description: Mapped[str] = mapped_column(String(255))
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(1))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(0))
    warranty_covered: Mapped[bool] = mapped_column(Boolean, default=False)
    # The rule of the warranty policy that decided `warranty_covered` ("" by hand, before
    # policies); "override": a supervisor's decision, with its reason.
    warranty_rule: Mapped[str] = mapped_column(String(32), default="")
    override_reason: Mapped[str] = mapped_column(String(255), default="")
    old_serial: Mapped[str] = mapped_column(String(64), default="")  # the replaced part's


class JobCounter(Base):
    """Last job serial used by a station in a year (local: numbers carry the station code)."""

    __tablename__ = "job_counters"

    station_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Appointment(Synced, Base):
    __tablename__ = "appointments"
    __table_args__ = (
        Index("ix_appointments_tech_start", "technician_id", "start"),
        Index("ix_appointments_start", "start"),  # the board's and the list's date windows
        # A job's visits as the quality figures probe them, without reading the rows.
        Index("ix_appointments_job_visits", "job_id", "start", "actual_start", "actual_end",
              "technician_id", "status", "deleted"),
    )

    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id"), index=True)
    technician_id: Mapped[str] = mapped_column(ForeignKey("technicians.id"))
    start: Mapped[dt.datetime]
    end: Mapped[dt.datetime]
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    actual_start: Mapped[dt.datetime | None] = mapped_column(default=None)
    actual_end: Mapped[dt.datetime | None] = mapped_column(default=None)
    override_reason: Mapped[str] = mapped_column(String(255), default="")
