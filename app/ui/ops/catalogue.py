"""The catalogue (supervisors): the items with today's prices, an item's price history, save an
item, set a price from a day on; the price list's PDF; the warranty policy's versions and a
new version published."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject

from app.printing.document import Pdf
from app.services import catalogue, warranty_policy
from app.services.catalogue import CatalogueEntry, ItemInput, PriceEntry
from app.services.changes import Changes
from app.services.price_list_data import price_list_data
from app.services.warranty_policy import PolicyVersion
from app.ui.context import AppContext
from app.ui.operation import Operation


def load(ctx: AppContext, owner: QObject, day: dt.date) -> Operation[list[CatalogueEntry]]:
    return ctx.op(owner, lambda _run: catalogue.catalogue(ctx.db, day, include_inactive=True))


def prices(ctx: AppContext, owner: QObject, item_id: str) -> Operation[list[PriceEntry]]:
    return ctx.op(owner, lambda _run: catalogue.price_history(ctx.db, item_id))


def save_item(ctx: AppContext, owner: QObject, item_id: str | None,
              item: ItemInput) -> Operation[tuple[str, Changes]]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: catalogue.save_item(db, actor, item_id, item))


def set_price(ctx: AppContext, owner: QObject, item_id: str, price: Decimal | str,
              day: dt.date) -> Operation[Changes]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: catalogue.set_price(db, actor, item_id, price, day))


def price_list_pdf(ctx: AppContext) -> Pdf:
    """The customer-facing price list of today (run in the printer's worker). Its renderer is
    imported here: reportlab and the font it registers cost some 0.4 s that a start-up showing
    the main window does not need."""
    from app.printing.price_list import render_price_list

    return render_price_list(price_list_data(ctx.db))


def policy(ctx: AppContext, owner: QObject) -> Operation[list[PolicyVersion]]:
    """Every version of the warranty policy, the one in force first."""
    return ctx.op(owner, lambda _run: warranty_policy.policy_versions(ctx.db))


def publish_policy(ctx: AppContext, owner: QObject,
                   data: dict[str, Any]) -> Operation[tuple[PolicyVersion, Changes]]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: warranty_policy.publish_policy(db, actor, data))
