"""Stock as a ledger: every receipt, issue to a van, use on a job, return, adjustment and
stock-take difference is one movement row (inserted, never changed), so two desks moving stock
offline never conflict; a place's count is the sum of its movements. Old parts taken out of
units are kept apart, for the maker's warranty claim."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, utcnow


class StockMovement(Synced, Base):
    """`delta` of an item at one place: the station store (technician_id None) or a
    technician's van. A transfer is two rows sharing `transfer_id`."""

    __tablename__ = "stock_movements"
    __table_args__ = (Index("ix_stock_movements_item_place", "item_id", "technician_id"),)

    item_id: Mapped[str] = mapped_column(ForeignKey("catalogue_items.id"))
    technician_id: Mapped[str | None] = mapped_column(ForeignKey("technicians.id"),
                                                      default=None)
    delta: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    kind: Mapped[str] = mapped_column(String(16))  # receipt issue use return adjust count
    job_id: Mapped[str | None] = mapped_column(ForeignKey("jobs.id"), index=True, default=None)
    transfer_id: Mapped[str] = mapped_column(String(36), default="")
    reason: Mapped[str] = mapped_column(String(255), default="")
    moved_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class OldPart(Synced, Base):
    """A replaced part brought back from a job, held for the maker's warranty claim."""

    __tablename__ = "old_parts"

    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id"), index=True)
    line_id: Mapped[str] = mapped_column(ForeignKey("job_lines.id"))
    item_id: Mapped[str | None] = mapped_column(ForeignKey("catalogue_items.id"), default=None)
    serial: Mapped[str] = mapped_column(String(64), default="")
    technician_id: Mapped[str | None] = mapped_column(ForeignKey("technicians.id"),
                                                      default=None)
    returned_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    claim_ref: Mapped[str] = mapped_column(String(64), default="")
    claimed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
