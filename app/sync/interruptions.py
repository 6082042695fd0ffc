"""Which failed server calls may work later: told from the error alone, so the push and the
apply sort their failures without loading the PostgreSQL driver (`app.sync.link` does, and the
desk's start reaches this module through the sync views, not a connection)."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError

SERVER_TIMEOUTS = {"57014", "55P03", "25P03"}  # statement, lock and idle-in-transaction timeout


def interrupted(exc: DBAPIError) -> bool:
    """Whether the server call failed for want of time or of a connection (the same call may
    work later), not because the server refused what was sent."""
    return (isinstance(exc, OperationalError)
            or getattr(exc.orig, "sqlstate", None) in SERVER_TIMEOUTS)
