"""The station's own settings, synced: one row per section (profile, working hours, SLA...),
its value a JSON object. Per-PC settings stay in `local_settings` (and QSettings in the UI)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class StationSetting(Synced, Base):
    __tablename__ = "station_settings"
    # A section's row id follows from the station and the section (app.services.
    # station_settings.row_id), so two desks that create it offline name the same row.
    __table_args__ = (UniqueConstraint("station_id", "section", name="station_section"),)

    section: Mapped[str] = mapped_column(String(32))
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)
