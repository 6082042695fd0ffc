"""Creating the contracts' jobs once a day at this desk: the first sign-in of the day creates
the jobs of the contract visits due within the days ahead (`contracts.create_due_jobs`, which
never makes a visit's job twice); the day it last ran is this desk's own setting."""

from __future__ import annotations

import datetime as dt

from app.db import Database
from app.services.actor import Actor
from app.services.contracts import create_due_jobs
from app.services.local_settings import change_setting, setting_in

LAST_RUN_KEY = "contracts.jobs_created_on"


def create_due_jobs_daily(db: Database, actor: Actor, today: dt.date) -> list[str] | None:
    """The numbers of the jobs created; None when this desk did it today already."""
    with db.session() as s:
        if setting_in(s, LAST_RUN_KEY) == today.isoformat():
            return None
    made = create_due_jobs(db, actor, today)
    with db.session() as s:
        change_setting(s, actor, LAST_RUN_KEY, today.isoformat())
    return made
