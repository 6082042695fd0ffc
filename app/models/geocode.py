"""The local geocode cache: online answers kept by address (this database only, never synced)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Float, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class GeocodeCache(Base):
    __tablename__ = "geocode_cache"

    address_key: Mapped[str] = mapped_column(String(255), primary_key=True)
    lat: Mapped[float] = mapped_column(Float)  # WGS84
    lon: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(16))  # GeoSource of the answer (online)
    precision: Mapped[str] = mapped_column(String(16))  # GeoPrecision
    provider: Mapped[str] = mapped_column(String(32), default="")  # e.g. nominatim
    cached_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
