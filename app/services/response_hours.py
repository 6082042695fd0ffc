"""The station's response hours by priority: read them, and let a supervisor change them.

They are part of the SLA section of the station's settings (`station_settings`, synced to
every desk; before a section is stored, the hours kept on the station's row). A change is
audited and applies to jobs received from then on, and to a job whose priority changes before
its first visit (`app.services.jobs`); the due time of every other job stays as promised.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from app.db import Database
from app.scheduling.sla import ResponseHours
from app.services.actor import SUPERVISORS, Actor, guarded
from app.services.settings_sections import Sla
from app.services.station_settings import section_in, store_in


def response_hours_in(s: Session) -> ResponseHours:
    """The home station's hours (the defaults for a database without a station yet)."""
    return section_in(s, Sla).response_hours


def response_hours(db: Database) -> ResponseHours:
    with db.session() as s:
        return response_hours_in(s)


@guarded(*SUPERVISORS)
def set_response_hours(db: Database, actor: Actor, hours: ResponseHours) -> ResponseHours:
    """Keep new response hours (supervisors and admins only; checked, audited)."""
    hours.checked()
    with db.session() as s:
        sla = section_in(s, Sla)
        store_in(s, actor, dataclasses.replace(sla, response_hours=hours), "response_hours")
    return hours
