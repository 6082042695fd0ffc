"""What a sync cycle leaves for the desk to show: its report, the failure to reach the server,
when the last cycle finished. Apart from `app.sync.cycle` so that the views, the status bar and
the failure sentences import no PostgreSQL driver or alembic (some 0.3 s of every start): only
the cycle, run in the background, needs them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.db import Database
from app.errors import SyncError
from app.models import LocalSetting
from app.sync.desks import DeskReport
from app.sync.pull import PullReport
from app.sync.push import PushReport
from app.sync.upload import UploadReport

LAST_SYNC_KEY = "last_sync_at"


class ServerUnreachable(SyncError):
    """The attempt did not reach the central server (network, address, or sign-in failed)."""


@dataclass(frozen=True)
class SyncReport:
    pushed: PushReport
    pulled: PullReport
    finished_at: dt.datetime
    desk: DeskReport | None = None
    uploaded: UploadReport | None = None
    refetched: int = 0  # records of discarded changes brought back from the server
    moved: int = 0  # records given to another station, removed here
    resent: int | None = None  # records given back to a server restored from a backup


def last_sync_at(db: Database) -> dt.datetime | None:
    """When the last cycle finished (UTC), or None before the first one."""
    with db.session() as s:
        row = s.get(LocalSetting, LAST_SYNC_KEY)
        return dt.datetime.fromisoformat(row.value) if row is not None else None
