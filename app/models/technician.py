"""Technicians with their skills, certifications, weekly shifts and absences."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Synced


class Technician(Synced, Base):
    __tablename__ = "technicians"
    __table_args__ = (UniqueConstraint("station_id", "code", name="station_code"),
                      Index("ix_technicians_sorted", "deleted", "sort_key", "id"))

    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str] = mapped_column(String(32), default="")
    team: Mapped[str] = mapped_column(String(64), default="")
    skills: Mapped[list[str]] = mapped_column(default=list)
    home_address: Mapped[str] = mapped_column(String(255), default="")
    home_lat: Mapped[float | None] = mapped_column(Float, default=None)
    home_lon: Mapped[float | None] = mapped_column(Float, default=None)
    max_jobs_per_day: Mapped[int] = mapped_column(Integer, default=6)
    colour: Mapped[str] = mapped_column(String(9), default="#4a90d9")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Local sort key of the name (app.services.sort_keys): pinyin for Chinese names.
    sort_key: Mapped[str] = mapped_column(Text, default="", server_default="")

    certifications: Mapped[list[Certification]] = relationship(
        back_populates="technician", cascade="all, delete-orphan"
    )
    shifts: Mapped[list[Shift]] = relationship(
        back_populates="technician", cascade="all, delete-orphan"
    )
    absences: Mapped[list[Absence]] = relationship(
        back_populates="technician", cascade="all, delete-orphan"
    )


class Certification(Synced, Base):
    __tablename__ = "certifications"

    technician_id: Mapped[str] = mapped_column(ForeignKey("technicians.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(64))
    expires_on: Mapped[dt.date] = mapped_column(Date)

    technician: Mapped[Technician] = relationship(back_populates="certifications")


class Shift(Synced, Base):
    """A weekly working window in station local time (weekday 0 = Monday)."""

    __tablename__ = "shifts"

    technician_id: Mapped[str] = mapped_column(ForeignKey("technicians.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)

    technician: Mapped[Technician] = relationship(back_populates="shifts")


class Absence(Synced, Base):
    __tablename__ = "absences"

    technician_id: Mapped[str] = mapped_column(ForeignKey("technicians.id"), index=True)
    start: Mapped[dt.datetime]
    end: Mapped[dt.datetime]
    reason: Mapped[str] = mapped_column(String(120), default="")

    technician: Mapped[Technician] = relationship(back_populates="absences")
