"""Where a station keeps the central server's address and its credentials: a file next to the
database that only the user can read (never in the database, the repository or a log)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from app.errors import ValidationError


@dataclass(frozen=True)
class SyncSettings:
    url: str  # postgresql+psycopg://ROLE:PASSWORD@HOST:PORT/DB

    @property
    def safe_url(self) -> str:
        """The address without the password, for messages and the status bar."""
        return make_url(self.url).render_as_string(hide_password=True)


def settings_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".sync.json")


def check_url(url: str) -> str:
    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise ValidationError("The central server address is not a database URL.") from None
    if not parsed.drivername.startswith("postgresql") or not parsed.host:
        raise ValidationError("The central server address must be postgresql://ROLE:PASSWORD@"
                              "HOST:PORT/DATABASE.")
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def save_settings(db_path: Path, url: str) -> SyncSettings:
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
