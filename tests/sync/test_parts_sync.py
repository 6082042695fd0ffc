"""The catalogue, prices and stock travel like every synced row; the head office's price list
comes down as shared rows that no station can change."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.services.catalogue import ItemInput, catalogue, save_item, set_price
from app.services.stock import receive, stock_levels
from app.sync.cycle import sync_once
from tests.sync.conftest import MakeStation
from tests.sync.helpers import raw, server_do, server_rows

DAY = dt.date(2026, 12, 1)


def test_items_prices_and_stock_go_up_and_shared_rows_come_down_read_only(
        central: str, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    item_id, _ = save_item(nj.db, nj.actor, None, ItemInput("part", "P-CAP-35", "电容",
                                                            unit="个"))
    set_price(nj.db, nj.actor, item_id, "45.50", DAY)
    receive(nj.db, nj.actor, item_id, 10, "delivery")
    sync_once(nj.db, nj.settings)
    assert server_rows(central, "SELECT delta, kind FROM stock_movements") == [
        (Decimal("10.00"), "receipt")]
    assert server_rows(central, "SELECT price FROM catalogue_prices") == [(Decimal("45.50"),)]

    server_do(central, "INSERT INTO catalogue_items (id, station_id, version, server_seq,"
              " updated_at, updated_by, deleted, kind, code, name, name_en,"
              " maker_part_number, unit, warranty_months, reorder_level, active) VALUES"
              " ('hq-cmp', '', 1, 0, now(), 'hq', false, 'part', 'P-CMP-01', '压缩机',"
              " 'Compressor', 'GREE-1', '台', 120, 0, true)")
    server_do(central, "INSERT INTO catalogue_prices (id, station_id, version, server_seq,"
              " updated_at, updated_by, deleted, item_id, price, effective_from) VALUES"
              " ('hq-cmp-price', '', 1, 0, now(), 'hq', false, 'hq-cmp', 1280, '2026-01-01')")
    sync_once(nj.db, nj.settings)
    shared = {e.code: e for e in catalogue(nj.db, DAY)}["P-CMP-01"]
    assert shared.shared and shared.price == Decimal("1280.00") and shared.warranty_months == 120
    assert [lvl.quantity for lvl in stock_levels(nj.db) if lvl.code == "P-CAP-35"] == [10]

    with raw(nj.settings.url) as conn:  # the station's own role tries to reprice the head office
        changed = conn.execute("UPDATE catalogue_prices SET price = 1 WHERE station_id = ''")
        assert changed.rowcount == 0
    assert server_rows(central, "SELECT price FROM catalogue_prices WHERE id = 'hq-cmp-price'"
                       ) == [(Decimal("1280.00"),)]
