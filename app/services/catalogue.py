"""The parts catalogue and price list: parts, labour items and travel charges, and their prices
by the day they take effect.

The catalogue is the station's own rows plus the head office's shared rows (station_id ''),
which come down with the sync and are read-only here; a station's own item with the same code
takes the shared one's place. A price applies from its day until a later price's day; a job
line copies the price of the day it was written, so a new price never changes a job (and
never voids a signature). Supervisors keep the catalogue; anyone may search it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.models import CatalogueItem, CataloguePrice
from app.services import validation as v
from app.services.actor import SUPERVISORS, Actor, guarded
from app.services.changes import Changes
from app.services.job_lines import money
from app.services.pinyin_match import matches
from app.services.rows import fetch, insert, update
from app.texts import Text

SHARED_STATION = ""  # station_id of the head office's price list
PRICE_NAMESPACE = uuid.UUID("5b0f6c1e-8a43-4f0e-b7a2-9d3c61e2f4a8")
MAX_WARRANTY_MONTHS = 240


class ItemKind(StrEnum):
    PART = "part"
    LABOUR = "labour"
    TRAVEL = "travel"  # travel and out-of-area charges


@dataclass(frozen=True)
class ItemInput:
    kind: str
    code: str
    name: str
    name_en: str = ""
    maker_part_number: str = ""
    unit: str = ""
    warranty_months: int | None = None  # a part's own warranty; None: the unit's
    reorder_level: Decimal | str | float = Decimal(0)
    active: bool = True

    def checked(self) -> dict[str, object]:
        kind = v.one_of(ItemKind, self.kind, Text("catalogue kind"))
        months = self.warranty_months
        if months is not None:
            v.int_range(months, 0, MAX_WARRANTY_MONTHS, Text("part's warranty in months"))
        return {
            "kind": kind.value,
            "code": v.required(self.code, Text("item code"), CatalogueItem.code).upper(),
            "name": v.required(self.name, Text("item name"), CatalogueItem.name),
            "name_en": v.text(self.name_en, Text("English name"), CatalogueItem.name_en),
            "maker_part_number": v.text(self.maker_part_number, Text("maker's part number"),
                                        CatalogueItem.maker_part_number),
            "unit": v.text(self.unit, Text("unit"), CatalogueItem.unit),
            "warranty_months": months if kind is ItemKind.PART else None,
            "reorder_level": money(self.reorder_level, Text("reorder level")),
            "active": self.active,
        }


@dataclass(frozen=True)
class CatalogueEntry:
    """An item with its price on the day asked for (None: no price yet on that day)."""

    id: str
    kind: ItemKind
    code: str
    name: str
    name_en: str
    maker_part_number: str
    unit: str
    warranty_months: int | None
    reorder_level: Decimal
    active: bool
    shared: bool  # the head office's row: read-only at a station
    price: Decimal | None
    price_from: dt.date | None


@dataclass(frozen=True)
class PriceEntry:
    id: str
    price: Decimal
    effective_from: dt.date
    shared: bool


def _prices(s: Session, item_id: str) -> list[CataloguePrice]:
    """The item's live prices, oldest day first (on one day, the station's own row last)."""
    rows = s.scalars(select(CataloguePrice).where(CataloguePrice.item_id == item_id,
                                                  CataloguePrice.deleted.is_(False)))
    return sorted(rows, key=lambda p: (p.effective_from, p.station_id != SHARED_STATION))


def price_on(s: Session, item_id: str, day: dt.date) -> CataloguePrice | None:
    """The price in force on `day`: the latest one from that day or before."""
    current = None
    for row in _prices(s, item_id):
        if row.effective_from <= day:
            current = row
    return current


def _entry(s: Session, row: CatalogueItem, day: dt.date) -> CatalogueEntry:
    price = price_on(s, row.id, day)
    return CatalogueEntry(
        row.id, ItemKind(row.kind), row.code, row.name, row.name_en, row.maker_part_number,
        row.unit, row.warranty_months, Decimal(row.reorder_level), row.active,
        row.station_id == SHARED_STATION, Decimal(price.price) if price else None,
        price.effective_from if price else None)


def items_in(s: Session, include_inactive: bool = False) -> list[CatalogueItem]:
    """The station's catalogue by kind and code: its own rows, and the shared rows whose code
    it has no row of its own for."""
    rows = s.scalars(select(CatalogueItem).where(CatalogueItem.deleted.is_(False))).all()
    by_code: dict[str, CatalogueItem] = {}
    for row in sorted(rows, key=lambda r: r.station_id != SHARED_STATION):
        by_code[row.code] = row  # the station's own row comes last and wins
    kinds = list(ItemKind)
    return sorted((r for r in by_code.values() if include_inactive or r.active),
                  key=lambda r: (kinds.index(ItemKind(r.kind)), r.code))


def catalogue(db: Database, day: dt.date, include_inactive: bool = False
              ) -> list[CatalogueEntry]:
    """Every item with its price on `day` (the price list's content)."""
    with db.session() as s:
        return [_entry(s, row, day) for row in items_in(s, include_inactive)]


def search_catalogue(db: Database, query: str, day: dt.date, limit: int = 20,
                     kinds: tuple[ItemKind, ...] = tuple(ItemKind)) -> list[CatalogueEntry]:
    """Active items whose code, name, English name or maker's part number contain the query,
    or whose name's pinyin or initials do ("ysj": 压缩机); codes starting with it first."""
    wanted = v.search(query).text.lower()
    with db.session() as s:
        found = [r for r in items_in(s) if ItemKind(r.kind) in kinds and (
            not wanted or any(matches(wanted, t) for t in (
                r.code, r.name, r.name_en, r.maker_part_number)))]
        found.sort(key=lambda r: not r.code.lower().startswith(wanted))
        return [_entry(s, row, day) for row in found[:limit]]


def entry_in(s: Session, item_id: str, day: dt.date) -> CatalogueEntry:
    return _entry(s, fetch(s, CatalogueItem, item_id, Text("catalogue item")), day)


def _own(s: Session, actor: Actor, item_id: str) -> CatalogueItem:
    row = fetch(s, CatalogueItem, item_id, Text("catalogue item"))
    if row.station_id != actor.station_id:
        raise ValidationError("Item {code} belongs to the head office's price list; add an "
                              "item of the station's own to change it.", code=row.code)
    return row


@guarded(*SUPERVISORS)
def save_item(db: Database, actor: Actor, item_id: str | None, item: ItemInput
              ) -> tuple[str, Changes]:
    """Create (item_id None) or change one of the station's items; supervisors only."""
    values = item.checked()
    with db.session() as s:
        taken = s.scalar(select(CatalogueItem.id).where(
            CatalogueItem.station_id == actor.station_id, CatalogueItem.code == values["code"],
            CatalogueItem.deleted.is_(False)))
        if taken is not None and taken != item_id:
            raise ValidationError("The item code {code} is taken.", code=values["code"])
        if item_id is None:
            return insert(s, actor, CatalogueItem(**values)).id, Changes.PARTS
        update(s, actor, _own(s, actor, item_id), values)
        return item_id, Changes.PARTS


@guarded(*SUPERVISORS)
def set_price(db: Database, actor: Actor, item_id: str, price: Decimal | str | float,
              effective_from: dt.date) -> Changes:
    """The item's price from `effective_from` on (the same day again: that day's price is
    replaced). Jobs keep the prices their lines were written with. Supervisors only; a
    station may price a shared item for itself."""
    amount = money(price, Text("price"))
    v.day(effective_from, Text("effective date"))
    with db.session() as s:
        fetch(s, CatalogueItem, item_id, Text("catalogue item"))
        # One row per station, item and day: two desks pricing the same day name one row.
        row_id = str(uuid.uuid5(PRICE_NAMESPACE,
                                f"{actor.station_id}/{item_id}/{effective_from.isoformat()}"))
        row = s.get(CataloguePrice, row_id)
        if row is None:
            insert(s, actor, CataloguePrice(id=row_id, item_id=item_id, price=amount,
                                            effective_from=effective_from))
        else:
            update(s, actor, row, {"price": amount, "deleted": False})
    return Changes.PARTS


def price_history(db: Database, item_id: str) -> list[PriceEntry]:
    with db.session() as s:
        fetch(s, CatalogueItem, item_id, Text("catalogue item"))
        return [PriceEntry(p.id, Decimal(p.price), p.effective_from,
                           p.station_id == SHARED_STATION) for p in _prices(s, item_id)]
