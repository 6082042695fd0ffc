"""`fielddesk users ...`: an admin signs in with --as and a password that never appears on the
command line; every refusal is one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db import Database
from app.models.enums import Role
from app.services.actor import Actor
from app.services.users import authenticate, list_users
from tests.cli import CliRun, fielddesk
from tests.core.conftest import PASSWORD


@pytest.fixture
def run(db: Database, admin: Actor, dispatcher: Actor, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    path = str(tmp_path / "station.sqlite")

    def run(*args: str, password: str = PASSWORD, new: str | None = None) -> CliRun:
        monkeypatch.setenv("FIELDDESK_PASSWORD", password)
        if new is None:
            monkeypatch.delenv("FIELDDESK_NEW_PASSWORD", raising=False)
        else:
            monkeypatch.setenv("FIELDDESK_NEW_PASSWORD", new)
        return fielddesk("users", *args, "--db", path)
    return run


def test_an_admin_adds_changes_resets_and_disables_users(db: Database, run) -> None:  # type: ignore[no-untyped-def]
    added = run("add", "wang.li", "--name", "王立", "--role", "supervisor", "--as", "admin",
                new="wang-li-2026")
    assert added.returncode == 0, added.stderr
    assert authenticate(db, "wang.li", "wang-li-2026").role is Role.SUPERVISOR
    assert run("set-role", "wang.li", "dispatcher", "--as", "admin").returncode == 0
    assert run("reset-password", "wang.li", "--as", "admin", new="temp-pass-1").returncode == 0
    listed = run("list", "--as", "admin").stdout
    assert "wang.li" in listed and "must change password" in listed and "dispatcher" in listed
    refused = run("list", "--as", "wang.li", password="temp-pass-1")
    assert refused.returncode == 1 and "fielddesk users passwd --as wang.li" in refused.stderr
    changed = run("passwd", "--as", "wang.li", password="temp-pass-1", new="mine-at-last")
    assert changed.returncode == 0, changed.stderr
    assert not authenticate(db, "wang.li", "mine-at-last").must_change_password
    assert run("disable", "wang.li", "--as", "admin").returncode == 0
    assert [u.active for u in list_users(db) if u.username == "wang.li"] == [False]


def test_a_wrong_password_or_a_dispatcher_is_refused_in_one_line(db: Database, run) -> None:  # type: ignore[no-untyped-def]
    wrong = run("add", "x.y", "--name", "X", "--as", "admin", password="not-the-one",
                new="whatever-1")
    assert wrong.returncode == 1 and wrong.stderr.count("\n") == 1
    assert "Wrong user name or password" in wrong.stderr
    dispatcher = run("set-role", "disp", "admin", "--as", "disp")
    assert dispatcher.returncode == 1 and "Only a user with role" in dispatcher.stderr
    assert authenticate(db, "disp", PASSWORD).role is Role.DISPATCHER
    weak = run("reset-password", "disp", "--as", "admin", new="12345678")
    assert weak.returncode == 1 and "only digits" in weak.stderr
