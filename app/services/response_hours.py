"""The station's response hours by priority: read them, and let a supervisor change them.

They live on the station's row (`stations.response_hours_*`). A change is audited (entity
"stations", before and after) and applies to jobs received from then on, and to a job whose
priority changes before its first visit (`app.services.jobs`); the due time of every other job
stays as promised. The station row is the centre's reference data and is not pushed by sync:
each desk keeps the hours set on it (and a desk that joins takes the centre's).
"""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy.orm import Session

from app.db import Database
from app.errors import NotFoundError
from app.models import Station
from app.models.enums import Role
from app.scheduling.sla import ResponseHours
from app.services.actor import Actor
from app.services.station import change_station_in, home_station_row_in

FIELDS = {"urgent": "response_hours_urgent", "high": "response_hours_high",
          "normal": "response_hours_normal", "low": "response_hours_low"}


def _hours(row: Station) -> ResponseHours:
    return ResponseHours(**{name: getattr(row, column) for name, column in FIELDS.items()})


def response_hours_in(s: Session) -> ResponseHours:
    """The home station's hours (the defaults for a database without a station yet)."""
    row = home_station_row_in(s)
    return ResponseHours() if row is None else _hours(row)


def response_hours(db: Database) -> ResponseHours:
    with db.session() as s:
        return response_hours_in(s)


def set_response_hours(db: Database, actor: Actor, hours: ResponseHours) -> ResponseHours:
    """Keep new response hours (supervisors and admins only; checked, audited)."""
    actor.require(Role.SUPERVISOR, Role.ADMIN)
    hours = hours.checked()
    with db.session() as s:
        row = home_station_row_in(s)
        if row is None:
            raise NotFoundError("This database has no station yet.")
        change_station_in(s, actor, "response_hours", row, FIELDS, asdict(hours))
    return hours
