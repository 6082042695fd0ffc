"""The customer-facing price list's plain data: the station, the day it shows the prices of,
every active item with its price that day, and the warranty periods customers ask about."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.db import Database
from app.errors import NotFoundError
from app.services.catalogue import CatalogueEntry, entry_in, items_in
from app.services.station import StationInfo, home_station_in
from app.services.warranty_policy import policy_in
from app.services.warranty_rules import PolicyBody


@dataclass(frozen=True)
class PriceListData:
    station: StationInfo
    day: dt.date  # the prices in force on this day
    printed_at: dt.datetime
    entries: tuple[CatalogueEntry, ...]  # active items with a price, by kind and code
    policy: PolicyBody


def price_list_data(db: Database, printed_at: dt.datetime | None = None) -> PriceListData:
    """The price list of the station's today (items without a price that day are left out)."""
    printed_at = printed_at or dt.datetime.now(dt.UTC)
    with db.session() as s:
        station = home_station_in(s)
        if station is None:
            raise NotFoundError("This database has no station yet: create one or run "
                                "`fielddesk demo`.")
        day = printed_at.astimezone(station.tz).date()
        entries = tuple(e for e in (entry_in(s, row.id, day) for row in items_in(s))
                        if e.price is not None)
        return PriceListData(station, day, printed_at, entries, policy_in(s).body)
