"""Local sync bookkeeping: fields changed on both sides, waiting for the dispatcher's choice."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_id, utcnow


class SyncConflict(Base):
    """One field of one row that this station and another side changed from the same base.

    The central server kept its value (`server_value`); `local_value` is what this station had
    pushed. Resolving picks one; picking the local value is written as a normal change.
    """

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    local_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    server_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    batch_id: Mapped[str] = mapped_column(String(36))
    detected_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    resolution: Mapped[str] = mapped_column(String(8), default="")  # mine | theirs
    server_seq: Mapped[int] = mapped_column(Integer, default=0)


class RefusedChange(Base):
    """An outbox entry the central server refused (its row is missing there, a rule or
    row-level security refused it, or a value does not fit its schema): kept aside with the
    reason, so the changes behind it still go up. The dispatcher sends it again or discards it;
    a discarded one waits (`discarded_at`) until the next sync brought the server's copy of its
    record back."""

    __tablename__ = "sync_refused"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    change_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(8))
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    base_server_seq: Mapped[int] = mapped_column(Integer, default=0)
    made_at: Mapped[dt.datetime] = mapped_column(default=utcnow)  # when the change was made
    refused_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(String(16))  # missing | refused
    detail: Mapped[str] = mapped_column(Text, default="")  # the server's own words
    discarded_at: Mapped[dt.datetime | None] = mapped_column(default=None)
