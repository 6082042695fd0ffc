"""Blocks of job numbers: each desk claims its own from the central server while it syncs, so
that it numbers jobs offline without colliding with the station's other desks
(`app/services/numbering.py` gives the numbers out).

A block is the next `BLOCK` serials of a station's year above every block handed out, every
job number the server holds and, for a desk that numbered freely before its first sync, the
highest number it gave out. A desk claims one when fewer than `KEEP_FREE` numbers are left in
its blocks of the year, and in December one for the coming year too. Two desks claiming at
once both reach for the same first serial; the server's key lets one have it, and the other
tries the next.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import Database
from app.db.desk import current_desk
from app.errors import SyncError
from app.models import JobNumberBlock
from app.models.base import utcnow
from app.services.numbering import BLOCKS, FREE, free_serial_floor
from app.services.station import StationInfo

BLOCK = 500
KEEP_FREE = 250
ATTEMPTS = 5


def years_to_hold(now: dt.datetime, tz: ZoneInfo) -> list[int]:
    """The station's current year, and the next one from December on (a desk offline over
    the new year still numbers)."""
    local = now.astimezone(tz)
    return [local.year, local.year + 1] if local.month == 12 else [local.year]


def free_numbers(s: Session, year: int) -> int:
    return int(s.scalar(select(func.sum(JobNumberBlock.last - JobNumberBlock.next + 1))
                        .where(JobNumberBlock.year == year,
                               JobNumberBlock.next <= JobNumberBlock.last)) or 0)


def claim_blocks(db: Database, engine: Engine, station: StationInfo,
                 now: dt.datetime | None = None) -> int:
    """Claim the blocks this desk needs (it is registered on the server); returns how many.
    A desk that numbered freely numbers from its blocks from now on."""
    with db.session() as s:
        desk = current_desk(s)
        desk_id, freely = desk.id, desk.numbering == FREE
        floors = {y: free_serial_floor(s, station.code, y) if freely else 0
                  for y in years_to_hold(now or utcnow(), station.tz)}
        wanted = [y for y in floors if freely or free_numbers(s, y) < KEEP_FREE]
    if not wanted:
        return 0
    with engine.begin() as conn:
        claimed = [_claim(conn, station, desk_id, year, floors[year]) for year in wanted]
    with db.session() as s:
        s.add_all(claimed)
        current_desk(s).numbering = BLOCKS
    return len(claimed)


def _claim(conn: Connection, station: StationInfo, desk_id: str, year: int,
           floor: int) -> JobNumberBlock:
    prefix = f"{station.code}-{year}-"
    for _ in range(ATTEMPTS):
        try:
            with conn.begin_nested():
                first, last = conn.execute(text(
                    "INSERT INTO sync_number_blocks (station_id, year, first, last, desk_id) "
                    "SELECT :s, :y, top + 1, top + :size, :d FROM (SELECT greatest(:floor,"
                    " (SELECT coalesce(max(last), 0) FROM sync_number_blocks"
                    "  WHERE station_id = :s AND year = :y),"
                    " (SELECT coalesce(max(substr(number, :cut)::integer), 0) FROM jobs"
                    "  WHERE station_id = :s AND number ~ :pattern)) AS top) AS t "
                    "RETURNING first, last"),
                    {"s": station.id, "y": year, "d": desk_id, "floor": floor, "size": BLOCK,
                     "cut": len(prefix) + 1, "pattern": f"^{prefix}[0-9]{{6}}$"}).one()
            return JobNumberBlock(year=year, first=first, last=last, next=first)
        except IntegrityError:  # another desk took that block a moment ago: the next one
            continue
    raise SyncError("The central server could not give this desk job numbers for {year}; "
                    "the next sync tries again.", year=year)
