"""The station's parts catalogue and price list: parts, labour items and travel charges, each
price with the day it takes effect (a job line keeps the price it was written with)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class CatalogueItem(Synced, Base):
    """A part, a labour item or a travel/out-of-area charge. Rows with station_id '' are the
    head office's shared price list (read-only to stations); a station's own row with the same
    code takes its place at that station."""

    __tablename__ = "catalogue_items"
    __table_args__ = (UniqueConstraint("station_id", "code", name="catalogue_station_code"),)

    kind: Mapped[str] = mapped_column(String(8))  # part | labour | travel
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120), default="")
    maker_part_number: Mapped[str] = mapped_column(String(64), default="")
    unit: Mapped[str] = mapped_column(String(16), default="")
    # A part's own warranty (a compressor's may outlast the unit's); None: the unit's.
    warranty_months: Mapped[int | None] = mapped_column(Integer, default=None)
    reorder_level: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal(0))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CataloguePrice(Synced, Base):
    """The item's price from `effective_from` on (until a later row's day)."""

    __tablename__ = "catalogue_prices"
    __table_args__ = (Index("ix_catalogue_prices_item_day", "item_id", "effective_from"),)

    item_id: Mapped[str] = mapped_column(ForeignKey("catalogue_items.id"))
    price: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    effective_from: Mapped[dt.date] = mapped_column(Date)
