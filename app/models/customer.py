"""Customers and the sites (addresses) where their equipment is installed."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class Customer(Synced, Base):
    __tablename__ = "customers"
    # The list's order (by the name's sort key: pinyin for Chinese), covering its search: a
    # page is read from the index alone.
    __table_args__ = (Index("ix_customers_sorted", "deleted", "sort_key", "id", "search_text"),)

    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(32), index=True)
    alt_phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Local search index (name, phones, live site addresses), kept by the customer services.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Local sort key of the name (app.services.sort_keys), kept with the search text.
    sort_key: Mapped[str] = mapped_column(Text, default="", server_default="")


class Site(Synced, Base):
    __tablename__ = "sites"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    address: Mapped[str] = mapped_column(String(255))
    province: Mapped[str] = mapped_column(String(32), default="")
    city: Mapped[str] = mapped_column(String(32), default="")
    district: Mapped[str] = mapped_column(String(32), default="")
    lat: Mapped[float | None] = mapped_column(Float, default=None)
    lon: Mapped[float | None] = mapped_column(Float, default=None)
    geocode_source: Mapped[str] = mapped_column(String(16), default="")
    geocode_precision: Mapped[str] = mapped_column(String(16), default="none")
    access_notes: Mapped[str] = mapped_column(Text, default="")
