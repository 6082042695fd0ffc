"""The parts tests: the core fixtures and a small catalogue made through the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from app.db import Database
from app.services.actor import Actor
from app.services.catalogue import ItemInput, save_item, set_price
from app.services.stock import receive
from tests.core.conftest import *  # noqa: F403  (db, admin, dispatcher, supervisor...)

PRICED_FROM = dt.date(2020, 1, 1)


@dataclass(frozen=True)
class Catalogue:
    compressor: str  # a part with its own 10-year warranty
    capacitor: str  # a part under the unit's warranty
    labour: str
    travel: str


@pytest.fixture
def items(db: Database, supervisor: Actor) -> Catalogue:
    def item(kind: str, code: str, name: str, price: str, **more: object) -> str:
        item_id, _ = save_item(db, supervisor, None, ItemInput(kind, code, name, **more))  # type: ignore[arg-type]
        set_price(db, supervisor, item_id, price, PRICED_FROM)
        return item_id
    catalogue = Catalogue(
        item("part", "P-CMP-01", "压缩机", "1280.00", name_en="Compressor", unit="台",
             maker_part_number="GREE-00120033", warranty_months=120, reorder_level=1),
        item("part", "P-CAP-35", "压缩机电容 35µF", "45.50", name_en="Run capacitor",
             unit="个", reorder_level=5),
        item("labour", "L-REP", "维修工时", "80.00", name_en="Repair labour", unit="次"),
        item("travel", "T-OUT", "远程上门费（30公里以上）", "50.00", name_en="Out-of-area call-out",
             unit="次"))
    receive(db, supervisor, catalogue.compressor, 2, "delivery 1")
    receive(db, supervisor, catalogue.capacitor, 10, "delivery 1")
    return catalogue
