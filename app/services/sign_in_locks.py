"""The sign-in lockout: MAX_FAILURES failed sign-ins in a row lock a user name for
LOCK_MINUTES; each failure and each lock is written to the audit log.

The counters live in `sign_in_locks` (local to this desk, see `app.models.sign_in`). A name no
user has is counted and locked like any other, so the lockout does not tell which names exist.
Attempts while a name is locked are refused without being counted (the lock is not extended,
so a stranger typing a colleague's name cannot keep them out for ever).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.errors import AuthError
from app.models import AuditEntry, SignInLock, User
from app.services.station import StationInfo

MAX_FAILURES = 5
LOCK_MINUTES = 15
FAILED, LOCKED = "sign-in failed", "sign-in locked"


def lock_error(until: dt.datetime, tz: ZoneInfo) -> AuthError:
    """The refusal of a locked name, saying until when (station time)."""
    return AuthError("This account is locked after {count} failed sign-ins; try again after "
                     "{until}.", count=MAX_FAILURES,
                     until=until.astimezone(tz).strftime("%Y-%m-%d %H:%M"))


def locked_until(s: Session, username: str, now: dt.datetime) -> dt.datetime | None:
    """When the name's lock ends, or None when it is not locked."""
    row = s.get(SignInLock, username)
    if row is None or row.locked_until is None or row.locked_until <= now:
        return None
    return row.locked_until


def _audit(s: Session, station: StationInfo, username: str, user: User | None, action: str,
           after: dict[str, object]) -> None:
    s.add(AuditEntry(station_id=station.id, user_id=user.id if user else None,
                     username=username, entity="users", entity_id=user.id if user else "",
                     action=action, before={}, after=after))


def record_failure(s: Session, station: StationInfo, username: str, user: User | None,
                   now: dt.datetime) -> dt.datetime | None:
    """Count a failed sign-in of `username` (audited); the end of the lock it caused, if the
    count reached MAX_FAILURES (the count starts again after the lock)."""
    row = s.get(SignInLock, username)
    if row is None:
        row = SignInLock(username=username, failures=0)
        s.add(row)
    row.failures += 1
    _audit(s, station, username, user, FAILED, {"failures": row.failures})
    if row.failures < MAX_FAILURES:
        return None
    until = now + dt.timedelta(minutes=LOCK_MINUTES)
    row.failures, row.locked_until = 0, until
    _audit(s, station, username, user, LOCKED, {"locked_until": until.isoformat()})
    return until


def clear_failures(s: Session, username: str) -> None:
    """A successful sign-in: the name's count starts again from nothing."""
    row = s.get(SignInLock, username)
    if row is not None:
        s.delete(row)
