"""`fielddesk server init|add-station` and `fielddesk sync` on the command line."""

from __future__ import annotations

import os
import stat
import uuid
from pathlib import Path

from sqlalchemy.engine import make_url

from app.db import open_database
from app.services.users import create_first_admin
from app.sync.settings import settings_path
from tests.cli import fielddesk
from tests.sync.conftest import admin_execute
from tests.sync.helpers import server_rows


def test_server_setup_and_a_sync_cycle_from_the_command_line(pg_url: str, tmp_path: Path
                                                             ) -> None:
    name = f"cli_{uuid.uuid4().hex[:8]}"
    admin_execute(pg_url, f"CREATE DATABASE {name}")
    url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    try:
        init = fielddesk("server", "init", "--url", url)
        assert init.returncode == 0 and init.stdout.startswith("central schema at version ")
        again = fielddesk("server", "init", "--url", url)  # upgrading an up-to-date server
        assert again.returncode == 0
        added = fielddesk("server", "add-station", "hz01", "--name", "杭州服务站", "--url", url)
        assert added.returncode == 0, added.stderr
        station_url = added.stdout.strip().splitlines()[-1]
        assert "station_hz01:" in station_url
        twice = fielddesk("server", "add-station", "HZ01", "--url", url)
        assert twice.returncode == 1 and "already has its database role" in twice.stderr
        db_path = tmp_path / "hz.sqlite"
        db = open_database(db_path)
        create_first_admin(db, "admin", "站长", "correct-horse", {"code": "HZ01", "name": "杭州"})
        db.dispose()
        done = fielddesk("sync", "--db", str(db_path), "--url", station_url)
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert lines[0] == "up: 1 change in 1 batch" and lines[2] == "conflicts: 0"
        assert stat.S_IMODE(os.stat(settings_path(db_path)).st_mode) == 0o600
        assert fielddesk("sync", "--db", str(db_path)).returncode == 0  # settings kept
        password = make_url(station_url).password
        assert password and password not in done.stdout + done.stderr
        assert server_rows(url, "SELECT username FROM users")[0][0] == "admin"
        unreachable = fielddesk("sync", "--db", str(db_path), "--url",
                                "postgresql://station_hz01:x@127.0.0.1:1/none")
        assert unreachable.returncode == 1
        assert unreachable.stderr.count("\n") == 1 and "cannot be reached" in unreachable.stderr
        assert "x@" not in unreachable.stderr
    finally:
        admin_execute(pg_url, f"DROP DATABASE {name} WITH (FORCE)", 'DROP ROLE "station_hz01"')
