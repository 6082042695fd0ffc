"""Sheets printed at this desk: a job's sheet content (its digest) and when it went out (local,
never synced)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class PrintedSheet(Base):
    """A job's sheet as printed or saved as PDF: the job, the sha256 of what the sheet said
    (`app.services.printed_sheets.sheet_digest`), the last time that content went out and by
    whom (None: the command line). A job whose current digest has no row was never printed as
    it stands. Local to the desk, like the paper it describes."""

    __tablename__ = "printed_sheets"

    job_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    printed_at: Mapped[dt.datetime]
    printed_by: Mapped[str | None] = mapped_column(String(36), default=None)
