"""This database's identity as a desk of its station, and the job numbers it holds (local,
never synced: every database file is its own desk)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_id, utcnow


class Desk(Base):
    """The one row of a database: which desk it is to the central server.

    `file_id` ties the identity to the file (machine, path, inode): a copy or a restored
    backup opens with another one, and becomes a new desk (`app/db/desk.py`). The batch
    counters number this desk's outbox batches: the server keeps the highest it applied, so a
    file that is behind it (a restored backup) shows. `predecessor` is the desk whose changes
    a copied or restored file still holds, until the server told which of them it had.
    """

    __tablename__ = "desk"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    file_id: Mapped[str] = mapped_column(String(64), default="")
    batch_counter: Mapped[int] = mapped_column(Integer, default=0)  # the last batch numbered
    settled_counter: Mapped[int] = mapped_column(Integer, default=0)  # the last one confirmed
    registered: Mapped[bool] = mapped_column(Boolean, default=False)
    numbering: Mapped[str] = mapped_column(String(8), default="free")  # free | blocks
    predecessor: Mapped[str | None] = mapped_column(String(36), default=None)
    predecessor_counter: Mapped[int] = mapped_column(Integer, default=0)
    forked_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    fork_reason: Mapped[str] = mapped_column(String(16), default="")  # copied | behind
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class JobNumberBlock(Base):
    """Serials `first`..`last` of a year's job numbers, claimed from the central server for
    this desk alone; `next` is the first one not given out yet."""

    __tablename__ = "job_number_blocks"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    first: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)
    next: Mapped[int] = mapped_column(Integer)
