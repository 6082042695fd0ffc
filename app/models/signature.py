"""A signature on a job sheet, bound to the hash of the content it signed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class Signature(Synced, Base):
    __tablename__ = "signatures"

    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))  # customer | technician
    signer_name: Mapped[str] = mapped_column(String(120))
    signed_at: Mapped[dt.datetime]
    image_id: Mapped[str | None] = mapped_column(ForeignKey("attachments.id"), default=None)
    content_hash: Mapped[str] = mapped_column(String(64))
