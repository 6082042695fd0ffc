"""Station stock and each technician's van stock, kept as a ledger of movements
(`app.models.stock`): receipts, issues to a van, returns, stock-takes; a place's count is the
sum of its movements. A movement that would take a count below zero is refused unless a
supervisor gives a reason (kept on the movement and in the audit log). Every movement is a
synced row with its audit entry and outbox entry."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.models import CatalogueItem, StockMovement, Technician
from app.models.base import new_id
from app.services import validation as v
from app.services.actor import Actor
from app.services.catalogue import ItemKind, items_in
from app.services.changes import Changes
from app.services.job_lines import money
from app.services.rows import fetch, insert
from app.texts import Text

STATION_STORE = Text("the station's store")
REASON = Text("reason")


class MoveKind(StrEnum):
    RECEIPT = "receipt"  # into the station's store (a delivery)
    ISSUE = "issue"  # store -> van (two rows)
    RETURN = "return"  # van -> store (two rows)
    USE = "use"  # used on a job (from the van of the visit's technician), or given back
    COUNT = "count"  # a stock-take's difference


@dataclass(frozen=True)
class StockLevel:
    item_id: str
    code: str
    name: str
    unit: str
    technician_id: str | None  # None: the station's store
    technician_code: str
    technician_name: str
    quantity: Decimal
    reorder_level: Decimal

    @property
    def low(self) -> bool:
        """At or below the reorder level (the station's store only has one)."""
        return self.technician_id is None and self.quantity <= self.reorder_level \
            and self.reorder_level > 0


@dataclass(frozen=True)
class CountDifference:
    item_id: str
    code: str
    book: Decimal
    counted: Decimal

    @property
    def difference(self) -> Decimal:
        return self.counted - self.book


def count_text(quantity: Decimal) -> str:
    """A count as people write it: 2, 2.5, -1."""
    return f"{quantity.normalize():f}"


def level_in(s: Session, item_id: str, technician_id: str | None) -> Decimal:
    place = (StockMovement.technician_id.is_(None) if technician_id is None
             else StockMovement.technician_id == technician_id)
    total = s.scalar(select(func.coalesce(func.sum(StockMovement.delta), 0)).where(
        StockMovement.item_id == item_id, place, StockMovement.deleted.is_(False)))
    return Decimal(str(total)).quantize(Decimal("0.01"))


def _place(s: Session, technician_id: str | None) -> Text | str:
    if technician_id is None:
        return STATION_STORE
    tech = fetch(s, Technician, technician_id, Text("technician"))
    return f"{tech.name} ({tech.code})"


def move_in(s: Session, actor: Actor, item_id: str, technician_id: str | None, delta: Decimal,
            kind: MoveKind, *, job_id: str | None = None, transfer_id: str = "",
            reason: str = "") -> None:
    """One movement; below zero only for a supervisor with a reason."""
    item = fetch(s, CatalogueItem, item_id, Text("catalogue item"))
    if item.kind != ItemKind.PART.value:
        raise ValidationError("Only parts are kept in stock; {code} is not a part.",
                              code=item.code)
    reason = v.text(reason, REASON, StockMovement.reason)
    available = level_in(s, item_id, technician_id)
    if delta < 0 and available + delta < 0 and not (actor.is_supervisor and reason):
        raise ValidationError(
            "Only {available} {unit} of {code} in {place}, not {wanted}: a supervisor may take "
            "stock below zero with a reason.", place=_place(s, technician_id),
            available=count_text(available), unit=item.unit, code=item.code,
            wanted=count_text(-delta))
    insert(s, actor, StockMovement(item_id=item_id, technician_id=technician_id, delta=delta,
                                   kind=kind.value, job_id=job_id, transfer_id=transfer_id,
                                   reason=reason), reason)


def _quantity(value: Decimal | str | float) -> Decimal:
    amount = money(value, Text("quantity"))
    if amount == 0:
        raise ValidationError("The quantity must be above 0.")
    return amount


def receive(db: Database, actor: Actor, item_id: str, quantity: Decimal | str | float,
            reason: str = "") -> Changes:
    """A delivery into the station's store."""
    amount = _quantity(quantity)
    with db.session() as s:
        move_in(s, actor, item_id, None, amount, MoveKind.RECEIPT, reason=reason)
    return Changes.PARTS


def _transfer(db: Database, actor: Actor, item_id: str, source: str | None,
              target: str | None, quantity: Decimal | str | float, kind: MoveKind,
              reason: str) -> Changes:
    amount = _quantity(quantity)
    with db.session() as s:
        for tech in (source, target):
            if tech is not None:
                fetch(s, Technician, tech, Text("technician"))
        pair = new_id()
        move_in(s, actor, item_id, source, -amount, kind, transfer_id=pair, reason=reason)
        move_in(s, actor, item_id, target, amount, kind, transfer_id=pair, reason=reason)
    return Changes.PARTS


def issue_to_van(db: Database, actor: Actor, item_id: str, technician_id: str,
                 quantity: Decimal | str | float, reason: str = "") -> Changes:
    """Parts from the station's store into a technician's van."""
    return _transfer(db, actor, item_id, None, technician_id, quantity, MoveKind.ISSUE, reason)


def return_from_van(db: Database, actor: Actor, item_id: str, technician_id: str,
                    quantity: Decimal | str | float, reason: str = "") -> Changes:
    """Unused parts from a van back into the station's store."""
    return _transfer(db, actor, item_id, technician_id, None, quantity, MoveKind.RETURN,
                     reason)


def record_stock_take(db: Database, actor: Actor, technician_id: str | None,
                      counts: Mapping[str, Decimal | str | float]) -> list[CountDifference]:
    """The counted quantities of a place (item id -> count): each difference from the books
    becomes a movement, so the books say what was counted; returns the differences found."""
    differences = []
    with db.session() as s:
        _place(s, technician_id)
        for item_id, value in counts.items():
            counted = money(value, Text("counted quantity"))
            item = fetch(s, CatalogueItem, item_id, Text("catalogue item"))
            book = level_in(s, item_id, technician_id)
            if counted != book:
                move_in(s, actor, item_id, technician_id, counted - book, MoveKind.COUNT,
                        reason="stock-take")
                differences.append(CountDifference(item_id, item.code, book, counted))
    return differences


def _technicians(s: Session, code: str | None) -> list[Technician]:
    query = select(Technician).where(Technician.deleted.is_(False)).order_by(Technician.code)
    if code is not None:
        found = s.scalars(query.where(Technician.code == v.lookup(code).upper())).all()
        if not found:
            raise ValidationError("There is no technician {code}.", code=v.lookup(code))
        return list(found)
    return list(s.scalars(query.where(Technician.active.is_(True))))


def stock_levels(db: Database, technician_code: str | None = None) -> list[StockLevel]:
    """The station's store and every van (or only `technician_code`'s van): each part with
    its count; places holding none of a part leave it out (the store lists every part)."""
    with db.session() as s:
        parts = [r for r in items_in(s) if r.kind == ItemKind.PART.value]
        places: list[Technician | None] = [None] if technician_code is None else []
        places += _technicians(s, technician_code)
        levels = []
        for tech in places:
            for item in parts:
                quantity = level_in(s, item.id, tech.id if tech else None)
                if tech is None or quantity != 0:
                    levels.append(StockLevel(
                        item.id, item.code, item.name, item.unit, tech.id if tech else None,
                        tech.code if tech else "", tech.name if tech else "", quantity,
                        Decimal(item.reorder_level)))
        return levels


def low_stock(db: Database) -> list[StockLevel]:
    """Parts whose count in the station's store is at or below their reorder level."""
    return [level for level in stock_levels(db) if level.low]
