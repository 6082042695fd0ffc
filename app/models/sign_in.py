"""Failed sign-ins per user name at this desk: what the lockout counts (local, never synced)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class SignInLock(Base):
    """A user name's failed sign-ins since its last success, and the lock they led to.

    Kept by name, not by user, so that a name no user has locks the same way (the lockout does
    not tell which names exist). Local to the desk: a guess is made at one PC, and counters
    that synced would merge into conflicts and write outbox entries for every wrong password.
    """

    __tablename__ = "sign_in_locks"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(default=None)
