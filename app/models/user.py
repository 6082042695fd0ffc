"""Local users of the desk: dispatchers, supervisors, admins."""

from __future__ import annotations

from sqlalchemy import Boolean, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class User(Synced, Base):
    __tablename__ = "users"
    # Unique within a station: every station has its own "admin" on the central server.
    __table_args__ = (UniqueConstraint("station_id", "username", name="station_username"),)

    username: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set by an admin's password reset: the next sign-in asks for a new password first.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False,
                                                       server_default=false())
