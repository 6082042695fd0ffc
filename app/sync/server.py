"""The central server's side: create or upgrade its schema, give a station its database role,
and check that a client and the server speak the same schema version."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.db.migrate import head_revision, upgrade
from app.errors import SyncError, ValidationError
from app.services.station import CODE_RE, station_id

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


CONNECT_TIMEOUT_S = 15
"""A server that does not answer fails a connection after this long (libpq would wait for the
operating system's TCP timeout, minutes), unless the address sets its own connect_timeout."""


def connect(url: str) -> Engine:
    try:
        parsed = make_url(url)
        timeout = {} if "connect_timeout" in parsed.query else {
            "connect_timeout": CONNECT_TIMEOUT_S}
        return create_engine(parsed, pool_pre_ping=True, connect_args=timeout)
    except (SQLAlchemyError, ValueError) as exc:
        raise SyncError("The central database address is not valid: {reason}",
                        reason=str(exc)) from None


def init_server(url: str) -> str:
    """Create or upgrade the central schema (shared tables, then the central-only objects) and
    store the bundled checklist templates; returns the schema versions."""
    from app.services.checklist_templates import ensure_bundled_in  # templates: server set-up only

    engine = connect(url)
    try:
        upgrade(engine)
        command.upgrade(central_config(engine), "head")
        with Session(engine) as s, s.begin():
            ensure_bundled_in(s)
    finally:
        engine.dispose()
    return f"{head_revision()}+{central_head()}"


@dataclass(frozen=True)
class Credentials:
    station_code: str
    role: str
    password: str

    def url_for(self, server_url: str) -> str:
        """The server's address with this station's role and password in it."""
        base = make_url(server_url).set(username=self.role, password=self.password)
        return base.render_as_string(hide_password=False)


def add_station(url: str, code: str, name: str = "") -> Credentials:
    """Create the station's row and its own database role (member of fielddesk_station)."""
    code = code.strip().upper()
    if not CODE_RE.match(code):
        raise ValidationError("The station code must be 2 to 8 capital letters or digits, "
                              "starting with a letter (for example NJ01).")
    role = f"station_{code.lower()}"
    password = secrets.token_urlsafe(18)
    engine = connect(url)
    try:
        with engine.begin() as conn:
            if conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}):
                raise ValidationError("Station {code} already has its database role {role}.",
                                      code=code, role=role)
            # DDL takes no parameters: both names are checked to be plain [a-z0-9_-] text.
            assert re.fullmatch(r"station_[a-z0-9]+", role)
            assert re.fullmatch(r"[A-Za-z0-9_-]+", password)
            conn.execute(text(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}' "
                              "IN ROLE fielddesk_station"))
            conn.execute(text("INSERT INTO station_roles (role_name, station_id) VALUES (:r, :s)"),
                         {"r": role, "s": station_id(code)})
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
    if (shared, central) != (head_revision(), central_head()):
        raise SyncError(
            "The central database has schema {shared}+{central}, this FieldDesk knows "
            "{known_shared}+{known_central}: update whichever is older before syncing.",
            shared=shared, central=central, known_shared=head_revision(),
            known_central=central_head())
