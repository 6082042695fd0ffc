"""Where a station setting's section is stored: one synced `station_settings` row per station
and section, whose id follows from both (two desks creating a section offline name the same
row, and the central server checks the id against the station: no station can take another's
id)."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from sqlalchemy.orm import Session

from app.models import StationSetting


def row_id(station_id: str, section: str) -> str:
    """md5 of "station/section" as a UUID (the central server computes the same in SQL)."""
    return str(uuid.UUID(hashlib.md5(f"{station_id}/{section}".encode()).hexdigest()))


def stored(s: Session, station_id: str, section: str) -> dict[str, Any] | None:
    """The section's stored value, or None when it was never set (its defaults apply)."""
    row = s.get(StationSetting, row_id(station_id, section))
    return None if row is None or row.deleted else dict(row.value)
