"""The service station this desk belongs to (reference data owned by the centre)."""

from __future__ import annotations

from sqlalchemy import JSON, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_id

ROUND_THE_CLOCK = ("00:00-24:00",) * 7
ROUND_THE_CLOCK_JSON = '["' + '", "'.join(ROUND_THE_CLOCK) + '"]'


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
    # The business calendar the response hours and a complaint's handling day are counted in
    # (app.scheduling.calendar; app.services.station_settings): opening hours Monday to Sunday
    # as "08:00-20:00" ("" closed, "00:00-24:00" round the clock) and the holidays' dates.
    business_hours: Mapped[list[str]] = mapped_column(
        JSON, default=lambda: list(ROUND_THE_CLOCK), server_default=ROUND_THE_CLOCK_JSON)
    holidays: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    # After-visit callbacks: due this many days after completion, tried this many times.
    callback_days: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    callback_attempts: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
