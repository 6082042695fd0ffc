"""An installed air-conditioning system: indoor and outdoor unit as one piece of equipment."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class Equipment(Synced, Base):
    __tablename__ = "equipment"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    brand: Mapped[str] = mapped_column(String(64))
    model: Mapped[str] = mapped_column(String(64))
    indoor_serial: Mapped[str] = mapped_column(String(64), default="")
    outdoor_serial: Mapped[str] = mapped_column(String(64), default="")
    refrigerant: Mapped[str] = mapped_column(String(16), default="R32")
    capacity_kw: Mapped[float | None] = mapped_column(Float, default=None)
    purchase_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    commissioning_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    warranty_end: Mapped[dt.date | None] = mapped_column(Date, default=None)
