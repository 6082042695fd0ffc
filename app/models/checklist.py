"""Checklist templates (versioned, items as data) and the runs filled against them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class ChecklistTemplate(Synced, Base):
    __tablename__ = "checklist_templates"
    __table_args__ = (UniqueConstraint("station_id", "code", "version", name="code_version"),)

    code: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120))
    job_type: Mapped[str] = mapped_column(String(16))
    body: Mapped[dict[str, Any]] = mapped_column(default=dict)
    published_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class ChecklistRun(Synced, Base):
    __tablename__ = "checklist_runs"
    # The first result without reading the run's (large) answers: installations failed first.
    __table_args__ = (Index("ix_checklist_runs_job_result", "job_id", "first_result",
                            "deleted"),)

    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id"), index=True)
    template_id: Mapped[str] = mapped_column(ForeignKey("checklist_templates.id"))
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    result: Mapped[str] = mapped_column(String(16), default="incomplete")
    completed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # The first finished result (pass or fail): an installation that failed first time.
    first_result: Mapped[str | None] = mapped_column(String(16), default=None)
