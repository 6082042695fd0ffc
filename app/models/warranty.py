"""The warranty policy as the station's data, versioned like checklist templates: a new
version is stored, an old one never changes, and a decision names the version it used."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class WarrantyPolicy(Synced, Base):
    __tablename__ = "warranty_policies"
    __table_args__ = (UniqueConstraint("station_id", "policy_version",
                                       name="station_policy_version"),)

    policy_version: Mapped[int] = mapped_column(Integer)  # `version` is the row's sync count
    body: Mapped[dict[str, Any]] = mapped_column(default=dict)
    published_at: Mapped[dt.datetime | None] = mapped_column(default=None)
