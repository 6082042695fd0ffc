"""A central server restored from an older backup while its stations hold newer data: the desks
see it (their batches unknown to the server; then the new server epoch the head office
starts), send again exactly what the server lost, and every desk converges with nothing
duplicated. The backup is a real copy of the central database (`CREATE DATABASE ... TEMPLATE`),
taken and put back as an administrator would."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app.cli.main import main
from app.errors import SyncError
from app.services.jobs import JobInput, get_job, update_job
from app.sync.conflicts import open_conflicts
from app.sync.cycle import sync_once
from tests.sync.conftest import MakeStation, admin_execute
from tests.sync.faults import assert_converged
from tests.sync.helpers import raw, server_rows
from tests.sync.test_desks import numbers, second_desk
from tests.sync.test_protocol import new_job


class Backup:
    """A copy of the central database, put back in its place by `restore`."""

    def __init__(self, pg_url: str, central: str) -> None:
        self.pg_url, self.name = pg_url, make_url(central).database
        self.copy = f"backup_{uuid.uuid4().hex[:10]}"
        admin_execute(pg_url, f"CREATE DATABASE {self.copy} TEMPLATE {self.name}")

    def restore(self) -> None:
        admin_execute(self.pg_url, f"DROP DATABASE {self.name} WITH (FORCE)",
                      f"CREATE DATABASE {self.name} TEMPLATE {self.copy}",
                      f"DROP DATABASE {self.copy}")


def jobs_there(central: str) -> list[tuple[str, str, str]]:
    return [tuple(r) for r in server_rows(
        central, "SELECT number, symptom, resolution FROM jobs ORDER BY number")]


def test_a_server_restored_from_an_older_backup_gets_back_what_its_desks_hold(
        central: str, pg_url: str, tmp_path: Path, make_station: MakeStation,
        capsys: pytest.CaptureFixture[str]) -> None:
    nj, sz = make_station("NJ01"), make_station("SZ01")
    kept = new_job(nj, symptom="不制冷")
    sync_once(nj.db, nj.settings)
    desk2 = second_desk(tmp_path, nj)
    old = new_job(sz, "钱进", "13700000002")
    sync_once(sz.db, sz.settings)
    backup = Backup(pg_url, central)

    made_after = new_job(nj, "李四", "13800000001", symptom="漏水")
    update_job(nj.db, nj.actor, kept, JobInput("repair", symptom="异响"))
    sync_once(nj.db, nj.settings)
    by_desk2 = new_job(desk2, "王五", "13600000003")
    sync_once(desk2.db, desk2.settings)  # pulls NJ's new job and its edit too
    sync_once(nj.db, nj.settings)
    sz_after = new_job(sz, "赵六", "13500000004")
    sync_once(sz.db, sz.settings)
    before = jobs_there(central)
    backup.restore()
    assert len(jobs_there(central)) == 2  # the backup's: NJ's first job and SZ's

    with raw(sz.settings.url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT public.fd_new_epoch()")  # only the head office starts an epoch
    with pytest.raises(SyncError, match="fielddesk server restored"):
        sync_once(nj.db, nj.settings)  # its batches are unknown: nothing moves until then
    assert main(["server", "restored", "--url", central]) == 0
    assert "server epoch 1 started" in capsys.readouterr().out

    update_job(desk2.db, desk2.actor, kept, JobInput("repair", symptom="异响",
                                                     resolution="换电容"))
    first = sync_once(desk2.db, desk2.settings)
    # desk2 holds everything of NJ01 the server lost: two jobs with their customer and site
    # (one made here, one pulled from NJ's first desk) and the first desk's edit of `kept`
    assert (first.resent, first.pushed.refused, first.pushed.conflicts) == (7, 0, [])
    assert sync_once(nj.db, nj.settings).resent == 0  # all of it back already, the same
    assert sync_once(sz.db, sz.settings).resent == 3
    sync_once(desk2.db, desk2.settings)
    assert {n for n, _, _ in jobs_there(central)} == {n for n, _, _ in before}
    assert get_job(nj.db, kept).resolution == "换电容" and get_job(nj.db, kept).symptom == "异响"
    assert open_conflicts(nj.db) == [] and open_conflicts(desk2.db) == []
    assert {made_after, by_desk2, sz_after, old} <= {
        r.id for r in server_rows(central, "SELECT id FROM jobs")}
    assert_converged(central, nj, desk2, sz)

    new_job(nj, "孙七", "13400000005")
    new_job(desk2, "周八", "13300000006")
    for desk in (nj, desk2, nj):
        sync_once(desk.db, desk.settings)
    assert len(set(numbers(nj))) == len(numbers(nj)) == 5  # no number issued twice: the
    # desks' blocks of numbers were given back to the server with the rest
    assert_converged(central, nj, desk2, sz)
