"""The demo station NJ01 and its three sign-ins, created through the user services."""

from __future__ import annotations

import random
from dataclasses import dataclass

from sqlalchemy import delete, update

from app.db import Database
from app.demo.clock import TIMEZONE, Clock
from app.demo.places import STATION_ADDRESS
from app.demo.rand import IdMaker
from app.models import AuditEntry, OutboxEntry, StationSetting, User
from app.models.enums import Role
from app.services.passwords import password_hasher
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


def create_station(db: Database, rng: random.Random, new_id: IdMaker, clock: Clock) -> str:
    """Create the station and its users with the services; returns the station id."""
    admin, *others = DEMO_LOGINS
    station = {"code": STATION_CODE, "name": STATION_NAME, "timezone": TIMEZONE,
               "address": STATION_ADDRESS, "phone": STATION_PHONE}
    actor = create_first_admin(db, admin.username, admin.display_name, admin.password, station)
    for login in others:
        create_user(db, actor, login.username, login.display_name, login.role, login.password)
    return _settle(db, rng, new_id, clock, actor.station_id)


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
