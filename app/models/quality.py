"""Complaints (record, handle, review, report back) and after-visit callbacks."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class Complaint(Synced, Base):
    __tablename__ = "complaints"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    job_id: Mapped[str | None] = mapped_column(ForeignKey("jobs.id"), index=True, default=None)
    received_at: Mapped[dt.datetime]
    category: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(16), default="recorded")
    handling: Mapped[str] = mapped_column(Text, default="")
    handled_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    review: Mapped[str] = mapped_column(Text, default="")
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    report_back: Mapped[str] = mapped_column(Text, default="")
    reported_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class Callback(Synced, Base):
    __tablename__ = "callbacks"

    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id"), index=True)
    called_at: Mapped[dt.datetime]
    reached: Mapped[bool] = mapped_column(Boolean)
    satisfaction: Mapped[int | None] = mapped_column(Integer, default=None)
    remarks: Mapped[str] = mapped_column(Text, default="")
