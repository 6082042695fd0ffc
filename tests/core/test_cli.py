"""The command line: output a script can read, and one readable line on every error."""

from __future__ import annotations

import json
from pathlib import Path

from app.db import Database
from tests.cli import fielddesk, fielddesk_process
from tests.core.conftest import MakeJob


def test_jobs_list_prints_json(db: Database, make_job: MakeJob, tmp_path: Path) -> None:
    made = make_job("repair", name="周杰")
    out = fielddesk("jobs", "list", "--json", "--db", str(tmp_path / "station.sqlite"))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["total"] == 1
    assert data["jobs"][0]["number"] == made.number
    assert data["jobs"][0]["customer"] == "周杰"


def test_jobs_list_filters_by_status(db: Database, make_job: MakeJob, tmp_path: Path) -> None:
    make_job("repair")
    path = str(tmp_path / "station.sqlite")
    out = fielddesk("jobs", "list", "--status", "closed", "--db", path)
    assert out.returncode == 0 and out.stdout.strip().endswith("0 of 0 jobs")


def test_errors_are_one_line_and_non_zero(tmp_path: Path) -> None:
    """The real process: its exit status and its stderr, with no traceback."""
    missing = fielddesk_process("jobs", "list", "--db", str(tmp_path / "nothing.sqlite"))
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database")
    broken = fielddesk_process("jobs", "list", "--db", str(junk))
    for result, words in ((missing, "no database at"), (broken, "not a database")):
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and words in result.stderr
        assert "Traceback" not in result.stderr
