"""The central server setting: a supervisor's, audited without its password, kept in a file only
the user can read, and an address with its password given apart."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry
from app.services.actor import Actor
from app.sync.settings import (
    SyncSettings,
    check_url,
    load_settings,
    set_central_server,
    settings_path,
)

FIRST = "postgresql://fd_0123456789abcdef:first-secret@central.example:5432/fielddesk"
SECOND = "postgresql://fd_fedcba9876543210@backup.example/fielddesk"


def db_path(db: Database) -> Path:
    path = db.engine.url.database
    assert path
    return Path(path)


def test_a_dispatcher_may_not_set_the_central_server(db: Database, dispatcher: Actor) -> None:
    with pytest.raises(PermissionDenied):
        set_central_server(db, dispatcher, db_path(db), SyncSettings(check_url(FIRST)))
    assert not settings_path(db_path(db)).exists()
    with db.session() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.entity == "central_server")
                         ).all() == []


def test_a_supervisors_change_is_audited_without_the_password(
        db: Database, supervisor: Actor, admin: Actor) -> None:
    path = db_path(db)
    set_central_server(db, supervisor, path, SyncSettings(check_url(FIRST)))
    second = SyncSettings(check_url(SECOND, "second-secret"))
    set_central_server(db, admin, path, second)
    assert load_settings(path) == second and "second-secret" in second.url
    assert stat.S_IMODE(settings_path(path).stat().st_mode) == 0o600
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "central_server")
                            .order_by(AuditEntry.at)).all()
        seen = [(e.username, e.action, e.before, e.after) for e in entries]
        stored = json.dumps([(e.before, e.after, e.reason) for e in entries])
    first_shown = "postgresql+psycopg://fd_0123456789abcdef:***@central.example:5432/fielddesk"
    second_shown = "postgresql+psycopg://fd_fedcba9876543210:***@backup.example/fielddesk"
    assert seen == [("super", "set", {}, {"address": first_shown}),
                    ("admin", "set", {"address": first_shown}, {"address": second_shown})]
    assert "secret" not in stored


def test_a_password_given_apart_goes_into_the_address() -> None:
    assert check_url(SECOND, "p@ss:word") == (
        "postgresql+psycopg://fd_fedcba9876543210:p%40ss%3Aword@backup.example/fielddesk")
    assert check_url(FIRST) == FIRST.replace("postgresql:", "postgresql+psycopg:")
    with pytest.raises(ValidationError, match="postgresql://ROLE@HOST:PORT/DATABASE"):
        check_url("mysql://someone@somewhere/db", "x")
