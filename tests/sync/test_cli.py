"""`fielddesk server init|add-station` and `fielddesk sync` on the command line, given their
passwords the safe way (never in the command line, where `ps` and the shell's history show it)."""

from __future__ import annotations

import os
import pty
import select
import stat
import subprocess
import sys
import uuid
from pathlib import Path

from sqlalchemy.engine import make_url

from app.db import open_database
from app.services.users import create_first_admin
from app.sync.cycle import sync_once
from app.sync.settings import load_settings, settings_path
from tests.pg_server import ADMIN_PASSWORD
from tests.sync.conftest import MakeStation, admin_execute
from tests.sync.helpers import server_rows, without_password


def fielddesk(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command without a terminal; `password` goes in $FIELDDESK_PASSWORD."""
    env = {k: v for k, v in os.environ.items() if k != "FIELDDESK_PASSWORD"}
    if password is not None:
        env["FIELDDESK_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          timeout=120, env=env, stdin=subprocess.DEVNULL)


def printed(output: str, label: str) -> str:
    """The value of a `label: value` line `server add-station` printed."""
    return next(line.split(":", 1)[1].strip() for line in output.splitlines()
                if line.startswith(f"{label}:"))


def secret_file(path: Path, text: str, mode: int = 0o600) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(mode)
    return path


def test_server_setup_and_a_sync_cycle_from_the_command_line(pg_url: str, tmp_path: Path
                                                             ) -> None:
    name = f"cli_{uuid.uuid4().hex[:8]}"
    admin_execute(pg_url, f"CREATE DATABASE {name}")
    url = without_password(make_url(pg_url).set(database=name).render_as_string(False))
    assert ADMIN_PASSWORD not in url
    role = None
    try:
        init = fielddesk("server", "init", "--url", url, password=ADMIN_PASSWORD)
        assert init.returncode == 0 and init.stdout.startswith("central schema at version ")
        again = fielddesk("server", "init", "--url", url, password=ADMIN_PASSWORD)
        assert again.returncode == 0  # upgrading an up-to-date server
        admin_file = secret_file(tmp_path / "admin.pw", ADMIN_PASSWORD)
        added = fielddesk("server", "add-station", "hz01", "--name", "杭州服务站", "--url", url,
                          "--password-file", str(admin_file))
        assert added.returncode == 0, added.stderr
        address, password = printed(added.stdout, "address"), printed(added.stdout, "password")
        role = make_url(address).username
        assert make_url(address).password is None and role and "hz01" not in role.lower()
        twice = fielddesk("server", "add-station", "HZ01", "--url", url, "--password-file",
                          str(admin_file))
        assert twice.returncode == 1 and "already has its database role" in twice.stderr
        db_path = tmp_path / "hz.sqlite"
        db = open_database(db_path)
        create_first_admin(db, "admin", "站长", "correct-horse", {"code": "HZ01", "name": "杭州"})
        db.dispose()
        done = fielddesk("sync", "--db", str(db_path), "--url", address, password=password)
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        # the admin, and the profile and SLA sections of the new station's settings
        assert lines[0] == "up: 3 changes in 1 batch" and lines[2] == "conflicts: 0"
        assert stat.S_IMODE(os.stat(settings_path(db_path)).st_mode) == 0o600
        assert fielddesk("sync", "--db", str(db_path)).returncode == 0  # settings kept
        assert password not in done.stdout + done.stderr
        assert server_rows(make_url(url).set(password=ADMIN_PASSWORD).render_as_string(False),
                           "SELECT username FROM users")[0][0] == "admin"
        unreachable = fielddesk("sync", "--db", str(db_path), "--url",
                                f"postgresql://{role}:x@127.0.0.1:1/none")
        assert unreachable.returncode == 1
        assert unreachable.stderr.count("\n") == 1 and "cannot be reached" in unreachable.stderr
        assert "x@" not in unreachable.stderr
    finally:
        admin_execute(pg_url, f"DROP DATABASE {name} WITH (FORCE)",
                      *([f'DROP ROLE "{role}"'] if role else []))


def test_a_password_file_others_may_read_is_refused(central: str, tmp_path: Path) -> None:
    url = without_password(central)
    loose = secret_file(tmp_path / "admin.pw", ADMIN_PASSWORD, 0o644)
    refused = fielddesk("server", "add-station", "SH01", "--url", url, "--password-file",
                        str(loose))
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "other users" in refused.stderr and ADMIN_PASSWORD not in refused.stderr
    assert server_rows(central, "SELECT count(*) FROM station_roles")[0][0] == 0
    empty = secret_file(tmp_path / "empty.pw", "")
    assert "no password" in fielddesk("server", "init", "--url", url, "--password-file",
                                      str(empty)).stderr


def in_terminal(args: list[str], answer: str) -> tuple[int, str]:
    """Run the command on a terminal of its own (no password in the environment), answer its
    password prompt, and return its exit status and everything the terminal showed."""
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k != "FIELDDESK_PASSWORD"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: the terminal is its controlling one
        os.chdir(root)
        os.execve(sys.executable, [sys.executable, "-m", "app", *args], env)
    shown = b""
    try:
        while b"Password for" not in shown:
            shown += read_terminal(fd)
        os.write(fd, answer.encode() + b"\n")
        while chunk := read_terminal(fd):
            shown += chunk
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), shown.decode()


def read_terminal(fd: int) -> bytes:
    """What the terminal shows next; b"" once the command ended."""
    ready, _, _ = select.select([fd], [], [], 60)
    assert ready, "the command went silent"
    try:
        return os.read(fd, 4096)
    except OSError:  # EIO: the command ended and closed the terminal
        return b""


def test_join_asks_for_the_password_on_a_terminal(tmp_path: Path,
                                                  make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    sync_once(nj.db, nj.settings)
    address = without_password(nj.settings.url)
    path = tmp_path / "new-pc.sqlite"
    status, shown = in_terminal(["join", "--db", str(path), "--url", address],
                                nj.creds.password)
    assert status == 0, shown
    assert f"Password for {nj.creds.role}@127.0.0.1: " in shown and "joined NJ01" in shown
    assert nj.creds.password not in shown  # typed without echo
    assert load_settings(path) == nj.settings
