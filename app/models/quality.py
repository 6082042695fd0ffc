"""Complaints (record, handle, review, report back, closed once the customer confirms) and
the callbacks: after-visit calls and the calls confirming a complaint's outcome."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class Complaint(Synced, Base):
    """One complaint and its four stages, each with who, when and what was said or done.

    The dues are fixed when the stage before is done (`app.services.complaints`), so the
    overdue stages can be counted by plain comparisons, here and on the central server.
    """

    __tablename__ = "complaints"
    __table_args__ = (Index("ix_complaints_station_received", "station_id", "received_at"),)

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    job_id: Mapped[str | None] = mapped_column(ForeignKey("jobs.id"), index=True, default=None)
    equipment_id: Mapped[str | None] = mapped_column(ForeignKey("equipment.id"), default=None)
    # Whose work it is about (the job's technician when it was recorded), for the rates.
    technician_id: Mapped[str | None] = mapped_column(ForeignKey("technicians.id"),
                                                      default=None)
    received_at: Mapped[dt.datetime]
    category: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16), default="moderate",
                                          server_default="moderate")
    description: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(16), default="recorded")
    recorded_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    handling_due: Mapped[dt.datetime]
    handling: Mapped[str] = mapped_column(Text, default="")
    handled_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    handled_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    review_due: Mapped[dt.datetime | None] = mapped_column(default=None)
    review: Mapped[str] = mapped_column(Text, default="")
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    reviewed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    report_due: Mapped[dt.datetime | None] = mapped_column(default=None)
    report_back: Mapped[str] = mapped_column(Text, default="")
    reported_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    reported_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    closed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    closed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    reinspection_job_id: Mapped[str | None] = mapped_column(ForeignKey("jobs.id"), default=None)


class Callback(Synced, Base):
    """A call to make: after a visit (kind "visit", one per completed job) or to confirm a
    complaint's outcome (kind "complaint"). Unanswered calls are retried up to the station's
    number of attempts; the last attempt's time and result are kept, the first one's time too
    (was the call made in time?)."""

    __tablename__ = "callbacks"
    # Covering the quality figures' reads of a month's calls.
    __table_args__ = (Index("ix_callbacks_station_due", "station_id", "due_at", "kind", "status",
                            "deleted", "first_called_at", "technician_id", "job_id"),
                      Index("ix_callbacks_station_called", "station_id", "called_at", "kind",
                            "reached", "deleted", "satisfaction", "technician_id", "job_id"))

    # The job called about (none for a complaint that named no job).
    job_id: Mapped[str | None] = mapped_column(ForeignKey("jobs.id"), index=True, default=None)
    kind: Mapped[str] = mapped_column(String(16), default="visit", server_default="visit")
    # The complaint this call opened (a visit call) or confirms (a complaint call).
    complaint_id: Mapped[str | None] = mapped_column(ForeignKey("complaints.id"), index=True,
                                                     default=None)
    technician_id: Mapped[str | None] = mapped_column(ForeignKey("technicians.id"),
                                                      default=None)
    due_at: Mapped[dt.datetime]
    status: Mapped[str] = mapped_column(String(16), default="open", server_default="open")
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    first_called_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    called_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    called_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    reached: Mapped[bool | None] = mapped_column(Boolean, default=None)
    # Scores 1-5; `satisfaction` is the lowest of the four.
    score_timeliness: Mapped[int | None] = mapped_column(Integer, default=None)
    score_attitude: Mapped[int | None] = mapped_column(Integer, default=None)
    score_quality: Mapped[int | None] = mapped_column(Integer, default=None)
    score_price: Mapped[int | None] = mapped_column(Integer, default=None)
    satisfaction: Mapped[int | None] = mapped_column(Integer, default=None)
    confirmed: Mapped[bool | None] = mapped_column(Boolean, default=None)
    remarks: Mapped[str] = mapped_column(Text, default="")
