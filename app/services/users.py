"""Local users: password hashing, sign-in, the first admin of an empty database."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass
from functools import cache
from typing import Any

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import AuthError, ValidationError
from app.models import User
from app.models.base import utcnow
from app.models.enums import Role
from app.services import validation as v
from app.services.actor import ADMINS, Actor, guarded
from app.services.changes import Changes
from app.services.password_rules import check_password
from app.services.passwords import password_hasher
from app.services.recording import record
from app.services.settings_sections import Profile, Sla
from app.services.sign_in_locks import clear_failures, lock_error, locked_until, record_failure
from app.services.station import StationInfo, create_home_station, home_station, home_station_in
from app.services.station_settings import store_in
from app.texts import Text

USERNAME_RE = re.compile(r"^[A-Za-z0-9_.-]{3,64}$")
_hasher = password_hasher()


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool = False

    @classmethod
    def of(cls, user: User) -> UserInfo:
        return cls(user.id, user.username, user.display_name, Role(user.role), user.active,
                   user.must_change_password)


def hidden_hashes(before: dict[str, Any], after: dict[str, Any]
                  ) -> tuple[dict[str, Any], dict[str, Any]]:
    """A user's change as the audit log keeps it: a new password is noted, never its hash."""
    def hide(fields: dict[str, Any], mark: str) -> dict[str, Any]:
        return {k: (mark if k == "password_hash" else v) for k, v in fields.items()}
    return hide(before, "(old)"), hide(after, "(changed)")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_display_name(display_name: str) -> str:
    display_name = v.text(display_name, Text("user's full name"), User.display_name)
    if not display_name:
        raise ValidationError("Please enter the user's full name.")
    return display_name


def _validate(username: str, display_name: str, password: str) -> str:
    """The display name to keep, once the three are acceptable."""
    if not USERNAME_RE.fullmatch(username):
        raise ValidationError(
            "The user name must be 3 to 64 letters, digits, dots, dashes or underscores."
        )
    display_name = check_display_name(display_name)
    check_password(password, username)
    return display_name


def _add_user(
    s: Session, actor: Actor, username: str, display_name: str, role: Role, password: str
) -> UserInfo:
    display_name = _validate(username, display_name, password)
    if s.scalar(select(User.id).where(User.username == username)):
        raise ValidationError("The user name {username} is taken.", username=username)
    user = User(
        station_id=actor.station_id, username=username, display_name=display_name,
        role=Role(role).value, password_hash=hash_password(password),
    )
    s.add(user)
    record(s, actor, user, "create", None, shown=hidden_hashes)
    return UserInfo.of(user)


def needs_first_admin(db: Database) -> bool:
    with db.session() as s:
        return not s.scalar(select(func.count(User.id)))


def create_first_admin(
    db: Database, username: str, display_name: str, password: str,
    station: dict[str, str] | None = None,
) -> Actor:
    """On an empty database: create the station (if `station` given) and its first admin."""
    with db.session() as s:
        if s.scalar(select(func.count(User.id))):
            raise ValidationError("This database already has users: sign in instead.")
        st = home_station_in(s) if station is None else create_home_station(s, **station)
        if st is None:
            raise ValidationError("Create the station before its first admin.")
        setup = Actor(None, username, Role.ADMIN, st.id, st.code, st.timezone)
        info = _add_user(s, setup, username, display_name, Role.ADMIN, password)
        if station is not None:  # its profile and SLA go up with its first sync
            store_in(s, setup, Profile(st.name, st.address, st.phone, st.timezone))
            store_in(s, setup, Sla())
    return _actor(info, st)


@guarded(*ADMINS)
def create_user(
    db: Database, actor: Actor, username: str, display_name: str, role: Role, password: str
) -> tuple[UserInfo, Changes]:
    with db.session() as s:
        info = _add_user(s, actor, username, display_name, role, password)
    return info, Changes.USERS


def _actor(info: UserInfo, st: StationInfo) -> Actor:
    return Actor(info.id, info.username, info.role, st.id, st.code, st.timezone,
                 info.must_change_password)


@cache
def _dummy_hash() -> str:
    """A hash of a password nobody knows, made by the same hasher as every user's: a name no
    user has is checked against it, so that it costs one verification like a known name."""
    return _hasher.hash(secrets.token_urlsafe(16))


def verified(password_hash: str, password: str) -> bool:
    """One argon2 verification (bytes: a password with a broken character matches nothing,
    as no stored password has one, instead of failing to encode)."""
    try:
        return _hasher.verify(password_hash, password.encode("utf-8", "surrogatepass"))
    except (VerificationError, InvalidHashError):
        return False


def _sign_in(s: Session, station: StationInfo, username: str, password: str,
             now: dt.datetime) -> UserInfo | AuthError:
    """The user, or the refusal; failures and locks are written in `s`. Every path verifies
    exactly one hash, so the answer takes as long for a wrong name as for a wrong password."""
    name = username if USERNAME_RE.fullmatch(username) else None
    user = None if name is None else s.scalar(
        select(User).where(User.username == name, User.deleted.is_(False)))
    ok = verified(user.password_hash if user else _dummy_hash(), password)
    if name is None:  # no user can have it: nothing to count
        return AuthError("Wrong user name or password.")
    if (until := locked_until(s, name, now)) is not None:
        return lock_error(until, station.tz)
    if not ok or user is None or not user.active:
        until = record_failure(s, station, name, user, now)
        return lock_error(until, station.tz) if until else AuthError(
            "Wrong user name or password.")
    clear_failures(s, name)
    return UserInfo.of(user)


def authenticate(db: Database, username: str, password: str,
                 now: dt.datetime | None = None) -> Actor:
    """The signed-in actor, or AuthError with the same sentence whatever was wrong (or, after
    MAX_FAILURES failures in a row, the sentence saying until when the name is locked)."""
    station = home_station(db)
    with db.session() as s:  # failures are kept: the refusal is raised after the commit
        outcome = _sign_in(s, station, username, password, now or utcnow())
    if isinstance(outcome, AuthError):
        raise outcome
    return _actor(outcome, station)


def list_users(db: Database) -> list[UserInfo]:
    with db.session() as s:
        rows = s.scalars(select(User).where(User.deleted.is_(False)).order_by(User.username))
        return [UserInfo.of(u) for u in rows]


def actor_for(db: Database, username: str) -> Actor:
    """The actor of a known user without a password: for trusted local tools (screenshots, CLI)."""
    station = home_station(db)
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == v.lookup(username),
                                           User.deleted.is_(False)))
        if user is None:
            raise AuthError("There is no user {username}.", username=v.lookup(username))
        info = UserInfo.of(user)
    return _actor(info, station)


def first_user(db: Database) -> str:
    """The user name a local tool acts as: the first admin, else any user."""
    with db.session() as s:
        name = s.scalar(
            select(User.username).where(User.deleted.is_(False))
            .order_by((User.role != Role.ADMIN.value), User.username)
        )
    if name is None:
        raise AuthError(
            "This database has no users yet: start FieldDesk once or run `fielddesk demo`."
        )
    return name
