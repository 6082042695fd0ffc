"""Whether a piece of equipment is still under warranty on a given day."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

WARRANTY_YEARS = 6  # the maker's whole-unit warranty, counted from commissioning


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


class WarrantyStatus(StrEnum):
    UNDER_WARRANTY = "under_warranty"
    EXPIRED = "expired"
    UNKNOWN = "unknown"  # no warranty end recorded


def warranty_status(warranty_end: dt.date | None, today: dt.date) -> WarrantyStatus:
    """Under warranty up to and including the warranty's last day."""
    if warranty_end is None:
        return WarrantyStatus.UNKNOWN
    return WarrantyStatus.UNDER_WARRANTY if today <= warranty_end else WarrantyStatus.EXPIRED


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day when it has no such day
    (31 January + 1 month is 28 or 29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("every month has 28 days")
