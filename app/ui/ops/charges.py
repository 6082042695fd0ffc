"""A job's charges: read them, add or change lines, a supervisor's override, the visit's finding
that voids the warranty. Each write comes back with the job's signatures, so the editor can
say when a change made an earlier signature void."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject

from app.services import charges
from app.services.catalogue import CatalogueEntry, ItemKind, search_catalogue
from app.services.changes import Changes
from app.services.charges import ChargesView
from app.services.job_lines import LineInput
from app.services.signatures import signatures_of
from app.ui.context import AppContext
from app.ui.operation import Operation


@dataclass(frozen=True)
class ChargesState:
    view: ChargesView
    signed: int  # signatures given
    void: int  # of those, the ones the job's content no longer matches


Written = tuple[ChargesState, Changes]


def _state(ctx: AppContext, view: ChargesView) -> ChargesState:
    states = signatures_of(ctx.db, view.job_id)
    return ChargesState(view, len(states), sum(not s.valid for s in states))


def _written(ctx: AppContext, owner: QObject,
             write: Callable[[], tuple[ChargesView, Changes]]) -> Operation[Written]:
    def work(_run: object) -> Written:
        view, changes = write()
        return _state(ctx, view), changes
    return ctx.op(owner, work)


def load(ctx: AppContext, owner: QObject, job_id: str) -> Operation[ChargesState]:
    return ctx.op(owner, lambda _run: _state(ctx, charges.job_charges_view(ctx.db, job_id)))


def search(ctx: AppContext, owner: QObject, query: str, day: dt.date,
           kinds: tuple[ItemKind, ...] = tuple(ItemKind)) -> Operation[list[CatalogueEntry]]:
    """Catalogue items matching a code, a name, its pinyin or initials."""
    return ctx.op(owner, lambda _run: search_catalogue(ctx.db, query, day, kinds=kinds))


def save_lines(ctx: AppContext, owner: QObject, job_id: str, lines: Sequence[LineInput],
               stock_reason: str = "") -> Operation[Written]:
    """The job's lines as edited (decided by the warranty policy, stock moved)."""
    db, actor = ctx.db, ctx.actor
    return _written(ctx, owner, lambda: charges.save_lines(db, actor, job_id, lines,
                                                           stock_reason))


def override(ctx: AppContext, owner: QObject, line_id: str, covered: bool | None,
             reason: str = "") -> Operation[Written]:
    """A supervisor decides a line against the policy (None lifts the override)."""
    db, actor = ctx.db, ctx.actor
    return _written(ctx, owner, lambda: charges.override_line(db, actor, line_id, covered,
                                                              reason))


def set_void(ctx: AppContext, owner: QObject, job_id: str, code: str) -> Operation[Written]:
    """What the visit found that voids the warranty ("" none)."""
    db, actor = ctx.db, ctx.actor
    return _written(ctx, owner, lambda: charges.set_warranty_void(db, actor, job_id, code))
