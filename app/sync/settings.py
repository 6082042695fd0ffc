"""Where a station keeps the central server's address and its credentials: a file next to the
database that only the user can read (never in the database, the repository or a log).

Changing it is a supervisor's setting (`set_central_server`, audited without the password);
`save_settings` only stores it (a join stores the first address of a new desk with it).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from app.db import Database
from app.errors import ValidationError
from app.models.enums import Role
from app.services.actor import Actor
from app.services.recording import audit

SETTING_ROLES = (Role.SUPERVISOR, Role.ADMIN)


@dataclass(frozen=True)
class SyncSettings:
    url: str  # postgresql+psycopg://ROLE:PASSWORD@HOST:PORT/DB

    @property
    def safe_url(self) -> str:
        """The address without the password, for messages and the status bar."""
        return make_url(self.url).render_as_string(hide_password=True)


def settings_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".sync.json")


def check_url(url: str, password: str = "") -> str:
    """The address in the form the client uses, with `password` put in when one is given (a
    password typed apart from the address, or read from a file or the environment)."""
    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise ValidationError("The central server address is not a database URL.") from None
    if not parsed.drivername.startswith("postgresql") or not parsed.host:
        raise ValidationError("The central server address must be postgresql://ROLE@"
                              "HOST:PORT/DATABASE.")
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if password:
        parsed = parsed.set(password=password)
    return parsed.render_as_string(hide_password=False)


def save_settings(db_path: Path, url: str) -> SyncSettings:
    """Store the address (checked) in the user-only file; no role check, no audit."""
    settings = SyncSettings(check_url(url))
    path = settings_path(db_path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"url": settings.url}, out)
    os.chmod(path, 0o600)
    return settings


def load_settings(db_path: Path) -> SyncSettings | None:
    path = settings_path(db_path)
    if not path.exists():
        return None
    try:
        return SyncSettings(check_url(json.loads(path.read_text(encoding="utf-8"))["url"]))
    except (OSError, ValueError, KeyError, TypeError):
        raise ValidationError("The sync settings in {path} cannot be read; set the central "
                              "server again.", path=path) from None


def require_setter(actor: Actor) -> None:
    """PermissionDenied unless `actor` may set the central server (a supervisor or admin)."""
    actor.require(*SETTING_ROLES)


def set_central_server(db: Database, actor: Actor, db_path: Path, settings: SyncSettings
                       ) -> SyncSettings:
    """Make `settings` this desk's central server: supervisors only; the audit log keeps the
    old and new address, never a password. Call it once the address proved itself (a cycle
    went through), so a wrong address never replaces one that works."""
    require_setter(actor)
    try:
        old = load_settings(db_path)
    except ValidationError:
        old = None  # unreadable: replaced now
    with db.session() as s:
        audit(s, actor, "central_server", actor.station_id, "set",
              {"address": old.safe_url} if old is not None else {},
              {"address": settings.safe_url})
        saved = save_settings(db_path, settings.url)
    return saved
