"""The demo station's price list, stock and contracts, as the services read them back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from app.db import open_database
from app.demo import build_demo
from app.services.catalogue import catalogue
from app.services.contracts import contracts, renewals_due
from app.services.stock import low_stock, stock_levels

NOW = dt.datetime(2026, 7, 16, 3, 30, tzinfo=dt.UTC)


def test_the_demo_has_a_catalogue_stock_in_store_and_vans_and_contracts(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    build_demo(path, technicians=4, jobs=30, customers=30, seed=5, now=NOW)
    db = open_database(path)
    try:
        today = dt.date(2026, 7, 16)
        prices = {e.code: e.price for e in catalogue(db, today)}
        assert prices["P-CMP-35"] == Decimal("1280.00") and prices["T-OUT30"] == Decimal("50.00")
        levels = {(lv.technician_code, lv.code): lv.quantity for lv in stock_levels(db)}
        assert levels[("", "P-CAP-35")] == 20 - 3 * 2  # three vans got two each
        assert sum(1 for place, code in levels if place and code == "P-R32") == 3
        assert low_stock(db) == []
        assert len(contracts(db)) == 2
        assert [c.reference for c in renewals_due(db, today)] == ["MC-2026-002"]
    finally:
        db.dispose()
