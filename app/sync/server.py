"""The central server's side: create or upgrade its schema, give a station its database role,
and check that a client and the server speak the same schema version."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.db.migrate import head_revision, upgrade
from app.errors import SyncError, ValidationError
from app.services.station import CODE_RE, station_id
from app.sync.link import ADMIN, connect

CENTRAL = Path(__file__).resolve().parent / "central"


def central_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(CENTRAL))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def central_head() -> str:
    head = ScriptDirectory.from_config(central_config()).get_current_head()
    assert head is not None
    return head


def init_server(url: str) -> str:
    """Create or upgrade the central schema (shared tables, then the central-only objects) and
    store the bundled checklist templates and warranty policy (shared rows every desk also
    makes itself, under the same ids: the server's copies come down over them, so a desk holds
    no row the server lacks); returns the schema versions."""
    from app.services import checklist_templates, warranty_policy  # server set-up only

    engine = connect(url, ADMIN)
    try:
        upgrade(engine)
        command.upgrade(central_config(engine), "head")
        with Session(engine) as s, s.begin():
            s.execute(text("SELECT public.fd_grant_stations(), public.fd_apply_limits()"))
            checklist_templates.ensure_bundled_in(s)
            warranty_policy.ensure_bundled_in(s)
    finally:
        engine.dispose()
    return f"{head_revision()}+{central_head()}"


def start_epoch(url: str) -> int:
    """After the server was restored from an older backup: start a new server epoch (its
    sequence numbers above every one a desk saw); every desk then sends again what the server
    lost (`app/sync/restored.py`). Returns the epoch's number."""
    engine = connect(url, ADMIN)
    try:
        with engine.begin() as conn:
            return int(conn.scalar(text("SELECT public.fd_new_epoch()")))
    finally:
        engine.dispose()


@dataclass(frozen=True)
class Credentials:
    station_code: str
    role: str
    password: str

    def url_for(self, server_url: str, with_password: bool = True) -> str:
        """The server's address with this station's role (and password) in it."""
        base = make_url(server_url)
        url = URL.create(base.drivername, self.role, self.password if with_password else None,
                         base.host, base.port, base.database, base.query)
        return url.render_as_string(hide_password=False)


def add_station(url: str, code: str, name: str = "") -> Credentials:
    """Create the station's row and its own database role (member of fielddesk_station, with
    the session limits of `station_limits`). The role's name is random: every role may read
    the names of all roles (pg_roles), and these say nothing of the stations."""
    code = code.strip().upper()
    if not CODE_RE.match(code):
        raise ValidationError("The station code must be 2 to 8 capital letters or digits, "
                              "starting with a letter (for example NJ01).")
    role = f"fd_{secrets.token_hex(8)}"
    password = secrets.token_urlsafe(18)
    engine = connect(url, ADMIN)
    try:
        with engine.begin() as conn:
            known = conn.scalar(text("SELECT role_name FROM station_roles WHERE station_id = :s"),
                                {"s": station_id(code)})
            if known:
                raise ValidationError("Station {code} already has its database role {role}.",
                                      code=code, role=known)
            # DDL takes no parameters: both names are checked to be plain [a-z0-9_-] text.
            assert re.fullmatch(r"fd_[0-9a-f]{16}", role)
            assert re.fullmatch(r"[A-Za-z0-9_-]+", password)
            conn.execute(text(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}' "
                              "IN ROLE fielddesk_station"))
            conn.execute(text("INSERT INTO station_roles (role_name, station_id) VALUES (:r, :s)"),
                         {"r": role, "s": station_id(code)})
            conn.execute(text("SELECT public.fd_apply_limits()"))
            conn.execute(text(
                "INSERT INTO stations (id, code, name, timezone, address, phone) "
                "VALUES (:id, :code, :name, 'Asia/Shanghai', '', '') ON CONFLICT DO NOTHING"),
                {"id": station_id(code), "code": code, "name": name or code})
    finally:
        engine.dispose()
    return Credentials(code, role, password)


def check_schema(conn: Connection) -> None:
    """Refuse a server whose schema this client does not know (nothing is read or written)."""
    try:
        shared = conn.scalar(text("SELECT version_num FROM alembic_version"))
        central = conn.scalar(text("SELECT version_num FROM central_version"))
    except SQLAlchemyError:
        raise SyncError("The central database has no FieldDesk schema: run "
                        "`fielddesk server init` on it first.") from None
    known_shared, known_central = known_versions()
    if (shared, central) != (known_shared, known_central):
        raise SyncError(
            "The central database has schema {shared}+{central}, this FieldDesk knows "
            "{known_shared}+{known_central}: update whichever is older before syncing.",
            shared=shared, central=central, known_shared=known_shared,
            known_central=known_central)


@cache
def known_versions() -> tuple[str, str]:
    """The schema versions this build knows (read from its migration scripts once: it was
    most of the CPU time of a sync cycle)."""
    return head_revision(), central_head()


STATION_COLUMNS = ("id", "code", "name", "timezone", "address", "phone")


def signed_in_station(conn: Connection) -> dict[str, Any]:
    """The station row of the role this connection signs in as. SyncError (nothing read or
    written yet) when the role is the administrator or any other role but a station's."""
    role = conn.execute(text(
        "SELECT r.rolsuper OR r.rolbypassrls AS privileged,"
        " pg_catalog.pg_has_role(r.oid, 'fielddesk_station', 'MEMBER') AS member"
        " FROM pg_catalog.pg_roles r WHERE r.rolname = session_user")).one()
    if role.privileged:
        raise SyncError("This address signs in to the central server as an administrator, "
                        "not as a station: use the address `fielddesk server add-station` "
                        "printed for the station.")
    row = conn.execute(text(
        f"SELECT {', '.join(STATION_COLUMNS)} FROM public.stations"
        " WHERE id = public.fd_station()")).mappings().first() if role.member else None
    if row is None:
        raise SyncError("This address signs in to the central server as no station: use the "
                        "one `fielddesk server add-station` printed for the station.")
    return dict(row)
