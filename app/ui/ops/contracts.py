"""Maintenance contracts: the list and the renewals due, the units of a customer found by phone
or name, save a contract and the days ahead (supervisors), create the due visits' jobs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QObject

from app.services import contracts
from app.services.callers import Caller, find_callers
from app.services.changes import Changes
from app.services.contracts import ContractInfo, ContractInput
from app.ui.context import AppContext
from app.ui.operation import Operation


@dataclass(frozen=True)
class ContractsPicture:
    contracts: tuple[ContractInfo, ...]
    renewals: tuple[ContractInfo, ...]
    days_ahead: int


def load(ctx: AppContext, owner: QObject, today: dt.date) -> Operation[ContractsPicture]:
    db = ctx.db
    return ctx.op(owner, lambda _run: ContractsPicture(
        tuple(contracts.contracts(db)), tuple(contracts.renewals_due(db, today)),
        contracts.days_ahead(db)))


def find_units(ctx: AppContext, owner: QObject, text: str) -> Operation[list[Caller]]:
    """Customers by phone or name, with their units."""
    return ctx.op(owner, lambda _run: find_callers(ctx.db, text))


def save(ctx: AppContext, owner: QObject, contract_id: str | None,
         contract: ContractInput) -> Operation[tuple[str, Changes]]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: contracts.save_contract(db, actor, contract_id, contract))


def set_days_ahead(ctx: AppContext, owner: QObject, days: int) -> Operation[Changes]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: contracts.set_days_ahead(db, actor, days))


def create_due_jobs(ctx: AppContext, owner: QObject, today: dt.date) -> Operation[list[str]]:
    db, actor = ctx.db, ctx.actor
    op = ctx.op(owner, lambda _run: contracts.create_due_jobs(db, actor, today))
    return op.announces(lambda made: Changes.JOBS | Changes.CONTRACTS if made
                        else Changes.NONE)
