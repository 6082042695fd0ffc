"""The sync outbox: every local change, written in the same transaction as the change."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_id, utcnow


class OutboxEntry(Base):
    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))  # insert | update | delete
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    base_server_seq: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    batch_id: Mapped[str | None] = mapped_column(String(36), default=None)
    batch_no: Mapped[int | None] = mapped_column(Integer, default=None)  # the desk's counter
    # Names the change wherever it travels: a copied or restored file holding it again learns
    # from the server whether it arrived already.
    change_id: Mapped[str] = mapped_column(String(36), default=new_id)
