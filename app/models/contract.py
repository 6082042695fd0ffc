"""Maintenance contracts: a customer's unit visited a number of times a year for a price over
a period, and the visits whose jobs were created ahead of time."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class MaintenanceContract(Synced, Base):
    __tablename__ = "maintenance_contracts"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    equipment_id: Mapped[str] = mapped_column(ForeignKey("equipment.id"))
    reference: Mapped[str] = mapped_column(String(32), default="")
    visits_per_year: Mapped[int] = mapped_column(Integer)
    price: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(String(255), default="")


class ContractVisit(Synced, Base):
    """One visit a contract owes, due on `due`, with the job made for it. Its id follows from
    contract and day, so two desks creating it offline name the same row."""

    __tablename__ = "contract_visits"

    contract_id: Mapped[str] = mapped_column(ForeignKey("maintenance_contracts.id"), index=True)
    due: Mapped[dt.date] = mapped_column(Date)
    job_id: Mapped[str | None] = mapped_column(ForeignKey("jobs.id"), default=None)
