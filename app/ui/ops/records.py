"""Customers (with their sites and equipment) and technicians: save and delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject

from app.services import customers, technicians
from app.services.changes import Changes
from app.services.customers import CustomerInput, SiteInput
from app.services.technicians import TechnicianForm
from app.ui.context import AppContext
from app.ui.operation import Operation
from app.ui.ops.saving import Created, Saved, create_or_update

T = TypeVar("T")
R = TypeVar("R")


def save_customer(ctx: AppContext, owner: QObject, customer_id: str | None,
                  customer: CustomerInput, first_site: SiteInput | None) -> Operation[Created]:
    """A new customer with their first site when `customer_id` is None, else their fields."""
    db, actor = ctx.db, ctx.actor

    def create() -> Created:
        assert first_site is not None
        summary, changes = customers.create_customer(db, actor, customer, first_site)
        return summary.id, changes, summary.site_id
    return create_or_update(ctx, owner, customer_id, create,
                            lambda known: customers.update_customer(db, actor, known, customer))


def delete_customer(ctx: AppContext, owner: QObject, customer_id: str) -> Operation[Changes]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: customers.delete_customer(db, actor, customer_id))


def delete_site(ctx: AppContext, owner: QObject, site_id: str) -> Operation[Changes]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: customers.delete_site(db, actor, site_id))


def delete_equipment(ctx: AppContext, owner: QObject, equipment_id: str) -> Operation[Changes]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: customers.delete_equipment(db, actor, equipment_id))


def store(ctx: AppContext, owner: QObject, save: Callable[[T], R], value: T) -> Operation[R]:
    """A small record's form (a site, a unit of equipment) saved by its service call (which
    returns its Changes, alone or with the record's id)."""
    return ctx.op(owner, lambda _run: save(value))


def save_technician(ctx: AppContext, owner: QObject, tech_id: str | None,
                       form: TechnicianForm) -> Operation[Saved]:
    """A new technician when `tech_id` is None, else theirs: details, certificates, shifts
    and absences as one."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: technicians.save_technician(db, actor, tech_id,
                                                                        form))
