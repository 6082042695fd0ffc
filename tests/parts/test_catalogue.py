"""The parts catalogue and price list: codes, search by code, name and pinyin, prices by the
day they take effect, the head office's shared rows, and who may change them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.errors import PermissionDenied, ValidationError
from app.models import CatalogueItem, OutboxEntry
from app.services.actor import Actor
from app.services.catalogue import (
    ItemInput,
    catalogue,
    price_history,
    save_item,
    search_catalogue,
    set_price,
)
from tests.parts.conftest import PRICED_FROM, Catalogue

TODAY = dt.date(2026, 12, 7)


def codes(entries: list) -> list[str]:  # type: ignore[type-arg]
    return [e.code for e in entries]


def test_search_by_code_name_english_part_number_and_pinyin(db: Database,
                                                            items: Catalogue) -> None:
    assert codes(search_catalogue(db, "p-cap", TODAY)) == ["P-CAP-35"]
    assert codes(search_catalogue(db, "压缩机", TODAY)) == ["P-CAP-35", "P-CMP-01"]
    assert codes(search_catalogue(db, "ysj", TODAY)) == ["P-CAP-35", "P-CMP-01"]
    assert codes(search_catalogue(db, "yasuoji dianrong", TODAY)) == ["P-CAP-35"]
    assert codes(search_catalogue(db, "capacitor", TODAY)) == ["P-CAP-35"]
    assert codes(search_catalogue(db, "00120033", TODAY)) == ["P-CMP-01"]
    assert codes(search_catalogue(db, "wxgs", TODAY)) == ["L-REP"]  # 维修工时
    assert search_catalogue(db, "nothing like it", TODAY) == []


def test_a_price_applies_from_its_day_and_the_old_one_before(
    db: Database, supervisor: Actor, items: Catalogue
) -> None:
    set_price(db, supervisor, items.capacitor, "52.00", dt.date(2026, 12, 1))
    on = {e.code: e for e in catalogue(db, dt.date(2026, 12, 1))}
    before = {e.code: e for e in catalogue(db, dt.date(2026, 11, 30))}
    assert on["P-CAP-35"].price == Decimal("52.00")
    assert before["P-CAP-35"].price == Decimal("45.50")
    assert {e.code: e.price for e in catalogue(db, PRICED_FROM - dt.timedelta(days=1))} == {
        "P-CMP-01": None, "P-CAP-35": None, "L-REP": None, "T-OUT": None}
    set_price(db, supervisor, items.capacitor, "50.00", dt.date(2026, 12, 1))  # same day: again
    assert [(p.effective_from, p.price) for p in price_history(db, items.capacitor)] == [
        (PRICED_FROM, Decimal("45.50")), (dt.date(2026, 12, 1), Decimal("50.00"))]


def test_only_supervisors_keep_the_catalogue_and_codes_are_unique(
    db: Database, dispatcher: Actor, supervisor: Actor, items: Catalogue
) -> None:
    with pytest.raises(PermissionDenied):
        save_item(db, dispatcher, None, ItemInput("part", "X1", "x"))
    with pytest.raises(PermissionDenied):
        set_price(db, dispatcher, items.capacitor, "1", TODAY)
    with pytest.raises(ValidationError, match="P-CAP-35 is taken"):
        save_item(db, supervisor, None, ItemInput("part", "p-cap-35", "another"))
    with pytest.raises(ValidationError, match="catalogue kind"):
        save_item(db, supervisor, None, ItemInput("gift", "G1", "gift"))
    with pytest.raises(ValidationError, match="cannot be negative"):
        set_price(db, supervisor, items.capacitor, "-1", TODAY)


def test_items_and_prices_are_synced_rows(db: Database, items: Catalogue) -> None:
    with db.session() as s:
        tables = dict(s.execute(select(OutboxEntry.table_name, func.count())
                                .group_by(OutboxEntry.table_name)).all())
    assert tables["catalogue_items"] == 4 and tables["catalogue_prices"] == 4


def test_a_shared_item_is_read_only_and_a_station_item_takes_its_place(
    db: Database, supervisor: Actor, items: Catalogue
) -> None:
    with db.session() as s:  # as a pull brings the head office's rows
        s.add(CatalogueItem(id="shared-1", station_id="", kind="part", code="P-FAN",
                            name="风扇电机", unit="个"))
        s.add(CatalogueItem(id="shared-2", station_id="", kind="labour", code="L-REP",
                            name="总部维修工时", unit="次"))
    shared = {e.code: e for e in catalogue(db, TODAY)}
    assert shared["P-FAN"].shared and shared["L-REP"].name == "维修工时"  # the station's own
    with pytest.raises(ValidationError, match="head office"):
        save_item(db, supervisor, "shared-1", ItemInput("part", "P-FAN", "改名"))
    set_price(db, supervisor, "shared-1", "260", TODAY)  # a station prices it for itself
    assert {e.code: e.price for e in catalogue(db, TODAY)}["P-FAN"] == Decimal("260.00")
