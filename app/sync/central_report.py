"""`fielddesk central report`: the head office reads its stations' month from the central
database, with the administrator's role (which row-level security does not confine to one
station); a station's role, or any other, is refused before anything is read."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from app.errors import SyncError
from app.models.base import utcnow
from app.services.months import Month
from app.services.station_figures import CentralReport, stations_figures_in
from app.sync.link import ADMIN, connect
from app.sync.server import check_schema


def check_administrator(conn: Connection) -> None:
    """The role must be a superuser, bypass row-level security or own the central tables (the
    role `fielddesk server init` ran as); a station's role sees only its own rows."""
    role = conn.execute(text(
        "SELECT r.rolsuper OR r.rolbypassrls AS privileged,"
        " pg_catalog.pg_has_role(r.oid, 'fielddesk_station', 'MEMBER') AS station,"
        " pg_catalog.pg_has_role(r.oid, c.relowner, 'USAGE') AS owner"
        " FROM pg_catalog.pg_roles r, pg_catalog.pg_class c"
        " WHERE r.rolname = session_user AND c.oid = 'public.jobs'::regclass")).one()
    if role.privileged or (role.owner and not role.station):
        return
    if role.station:
        raise SyncError("This address signs in as a station, which sees only its own rows: "
                        "the stations' report needs the administrator's address.")
    raise SyncError("This address signs in as a role that may not read the stations' rows: "
                    "the stations' report needs the administrator's address.")


def central_report(url: str, month: Month, now: dt.datetime | None = None) -> CentralReport:
    """Each station's figures for `month` from the central database at `url` (an
    administrator's address); SyncError with a sentence for any other role."""
    engine = connect(url, ADMIN)
    try:
        with engine.connect() as conn:
            check_schema(conn)
            check_administrator(conn)
            with Session(bind=conn) as s:
                return stations_figures_in(s, month, now or utcnow())
    finally:
        engine.dispose()
