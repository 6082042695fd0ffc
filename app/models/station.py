"""The service station this desk belongs to (reference data owned by the centre)."""

from __future__ import annotations

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_id


class Station(Base):
    __tablename__ = "stations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    address: Mapped[str] = mapped_column(String(255), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    # The response promise by priority: hours from the call to the first arrival
    # (app.scheduling.sla.ResponseHours; app.services.response_hours reads and sets them).
    response_hours_urgent: Mapped[int] = mapped_column(Integer, default=4, server_default="4")
    response_hours_high: Mapped[int] = mapped_column(Integer, default=12, server_default="12")
    response_hours_normal: Mapped[int] = mapped_column(Integer, default=24, server_default="24")
    response_hours_low: Mapped[int] = mapped_column(Integer, default=48, server_default="48")
