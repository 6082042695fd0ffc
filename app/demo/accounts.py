"""The demo station NJ01 and its three sign-ins, created through the user services."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import delete, select, update

from app.db import Database
from app.demo.clock import TIMEZONE, Clock
from app.demo.places import STATION_ADDRESS
from app.demo.rand import IdMaker
from app.models import AuditEntry, OutboxEntry, StationSetting, User
from app.models.enums import Role
from app.scheduling.calendar import BusinessCalendar
from app.services.passwords import password_hasher
from app.services.settings_sections import WorkingHours
from app.services.station_settings import set_section
from app.services.sync_status import mark_full_upload
from app.services.users import create_first_admin, create_user

STATION_CODE = "NJ01"
STATION_NAME = "南京服务站"
STATION_PHONE = "025-83216688"
DEMO_USER = "demo"  # updated_by of every demo row


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str
    role: Role
    display_name: str

    def __str__(self) -> str:
        return f"{self.username} / {self.password} ({self.role.value})"


DEMO_LOGINS: tuple[DemoLogin, ...] = (
    DemoLogin("admin", "fielddesk-admin", Role.ADMIN, "系统管理员"),
    DemoLogin("supervisor", "fielddesk-super", Role.SUPERVISOR, "陈建华"),
    DemoLogin("dispatcher", "fielddesk-demo", Role.DISPATCHER, "李静"),
)


OPENING_HOURS = ["08:00-20:00"] * 7  # the call centre answers every day


def holidays(today: dt.date) -> list[str]:
    """New Year's Day and the first three days of May and October, around `today`."""
    days = [(1, 1), (5, 1), (5, 2), (5, 3), (10, 1), (10, 2), (10, 3)]
    return [dt.date(year, m, d).isoformat() for year in range(today.year - 2, today.year + 2)
            for m, d in days]


def demo_calendar(clock: Clock) -> BusinessCalendar:
    return BusinessCalendar.parse(OPENING_HOURS, holidays(clock.today), TIMEZONE)


def create_station(db: Database, rng: random.Random, new_id: IdMaker, clock: Clock) -> str:
    """Create the station, its users and its business calendar with the services; returns
    the station id."""
    admin, *others = DEMO_LOGINS
    station = {"code": STATION_CODE, "name": STATION_NAME, "timezone": TIMEZONE,
               "address": STATION_ADDRESS, "phone": STATION_PHONE}
    actor = create_first_admin(db, admin.username, admin.display_name, admin.password, station)
    for login in others:
        create_user(db, actor, login.username, login.display_name, login.role, login.password)
    calendar = demo_calendar(clock)
    set_section(db, actor, WorkingHours(calendar.hours, tuple(sorted(calendar.holidays))))
    return _settle(db, rng, new_id, clock, actor.station_id)


def user_ids(db: Database) -> dict[str, str]:
    """The demo users' ids by user name (for the audit history)."""
    with db.session() as s:
        return {name: user_id for name, user_id in s.execute(select(User.username, User.id))}


def _settle(db: Database, rng: random.Random, new_id: IdMaker, clock: Clock,
            station_id: str) -> str:
    """Make the accounts (and the station's settings) part of the baseline: seeded ids, stamps
    and password salts (so a rebuild with the same seed is identical), and no audit or outbox
    entries (the first sync uploads them with the rest of the demo)."""
    hasher = password_hasher()
    with db.engine.begin() as conn:
        for login in DEMO_LOGINS:
            conn.execute(update(User).where(User.username == login.username).values(
                id=new_id(), station_id=station_id, updated_at=clock.now, updated_by=DEMO_USER,
                password_hash=hasher.hash(login.password, salt=rng.randbytes(16))))
        conn.execute(update(StationSetting).values(updated_at=clock.now, updated_by=DEMO_USER))
        conn.execute(delete(AuditEntry))
        conn.execute(delete(OutboxEntry))
        mark_full_upload(conn, clock.now)
    return station_id
