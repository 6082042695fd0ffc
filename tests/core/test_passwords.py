"""Passwords are hashed with argon2id at argon2-cffi's default (production) parameters; only
the test suite's own switch makes them cheap."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from argon2 import PasswordHasher, extract_parameters, profiles

from app.db import Database
from app.errors import AuthError
from app.models import User
from app.services.passwords import CHEAP_HASHES_ENV
from app.services.users import authenticate, create_first_admin

ROOT = Path(__file__).resolve().parents[2]
FIRST_ADMIN = """
import sys
from pathlib import Path
from app.db import open_database
from app.services.users import create_first_admin
from app.models import User
db = open_database(Path(sys.argv[1]))
create_first_admin(db, "admin", "管理员", "correct-horse", {"code": "NJ01", "name": "南京服务站"})
with db.session() as s:
    print(s.query(User.password_hash).scalar())
"""


def stored_hash(db: Database) -> str:
    with db.session() as s:
        return str(s.query(User.password_hash).scalar())


def test_without_the_test_switch_hashes_use_argon2s_production_defaults(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != CHEAP_HASHES_ENV}
    out = subprocess.run([sys.executable, "-c", FIRST_ADMIN, str(tmp_path / "prod.sqlite")],
                         capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    params = extract_parameters(out.stdout.strip())
    assert params == profiles.RFC_9106_LOW_MEMORY == extract_parameters(PasswordHasher().hash("x"))
    assert (params.time_cost, params.memory_cost, params.parallelism) == (3, 65536, 4)


def test_the_suite_hashes_cheaply_and_still_checks_passwords(db: Database) -> None:
    assert os.environ[CHEAP_HASHES_ENV] == "1"  # set by tests/conftest.py
    create_first_admin(db, "admin", "管理员", "correct-horse", {"code": "NJ01", "name": "南京"})
    assert extract_parameters(stored_hash(db)) == profiles.CHEAPEST
    assert authenticate(db, "admin", "correct-horse").username == "admin"
    with pytest.raises(AuthError):
        authenticate(db, "admin", "correct-horsf")
