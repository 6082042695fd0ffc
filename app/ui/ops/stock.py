"""Stock: the levels of a place (the station's store or a technician's van), the low-stock list
and the old parts waiting for the maker's claim; receipts, issues to a van, returns, a
stock-take, an old part back and a claim. A movement below zero takes a supervisor's reason."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QObject

from app.services import stock, stock_jobs
from app.services.changes import Changes
from app.services.stock import CountDifference, StockLevel
from app.services.stock_jobs import OldPartInfo
from app.services.technicians import TechnicianSummary, list_technicians
from app.ui.context import AppContext
from app.ui.operation import Operation


@dataclass(frozen=True)
class StockPicture:
    technicians: tuple[TechnicianSummary, ...]
    levels: tuple[StockLevel, ...]  # of the place asked for
    low: tuple[StockLevel, ...]  # the station's store at or below its reorder levels
    old_parts: tuple[OldPartInfo, ...]  # not claimed yet


def load(ctx: AppContext, owner: QObject, technician_code: str | None
         ) -> Operation[StockPicture]:
    """The place's levels (None: the station's store), the low-stock list, the old parts."""
    db = ctx.db

    def work(_run: object) -> StockPicture:
        levels = stock.stock_levels(db, technician_code)
        if technician_code is None:
            levels = [level for level in levels if level.technician_id is None]
        return StockPicture(tuple(list_technicians(db)), tuple(levels),
                            tuple(stock.low_stock(db)), tuple(stock_jobs.old_parts(db)))
    return ctx.op(owner, work)


def receive(ctx: AppContext, owner: QObject, item_id: str, quantity: Decimal,
            reason: str = "") -> Operation[Changes]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: stock.receive(db, actor, item_id, quantity, reason))


def issue(ctx: AppContext, owner: QObject, item_id: str, technician_id: str,
          quantity: Decimal, reason: str = "") -> Operation[Changes]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: stock.issue_to_van(db, actor, item_id, technician_id,
                                                         quantity, reason))


def give_back(ctx: AppContext, owner: QObject, item_id: str, technician_id: str,
              quantity: Decimal, reason: str = "") -> Operation[Changes]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: stock.return_from_van(db, actor, item_id, technician_id,
                                                            quantity, reason))


def stock_take(ctx: AppContext, owner: QObject, technician_id: str | None,
               counts: Mapping[str, Decimal]) -> Operation[list[CountDifference]]:
    db, actor = ctx.db, ctx.actor

    def work(_run: object) -> list[CountDifference]:
        return stock.record_stock_take(db, actor, technician_id, counts)
    return ctx.op(owner, work).announces(lambda _result: Changes.PARTS)


def old_part_back(ctx: AppContext, owner: QObject, line_id: str
                  ) -> Operation[tuple[str, Changes]]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: stock_jobs.return_old_part(db, actor, line_id))


def claim(ctx: AppContext, owner: QObject, old_part_ids: Sequence[str],
          claim_ref: str) -> Operation[Changes]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: stock_jobs.claim_old_parts(db, actor, old_part_ids,
                                                                 claim_ref))
