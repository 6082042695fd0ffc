"""One lane for database work, under load: sync cycles run against the real central server in
a thread of their own (push and pull write the station file in short transactions of their
own) while job editors create and edit jobs through the database lane, on a real SQLite file.
Every save lands, and no "database is locked" reaches the user."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.services.jobs import get_job
from app.services.station import home_station
from app.sync.cycle import sync_once
from app.sync.report import SyncReport
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import JobEditor
from app.ui.tasks import ThreadLane
from tests.sync.conftest import MakeStation, Station
from tests.sync.helpers import outbox_count, server_rows
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
SAVES = 15  # at least this many jobs created and then edited...
CYCLES = 6  # ...and at least this many sync cycles finished meanwhile


@pytest.fixture
def lane() -> Iterator[ThreadLane]:
    lane = ThreadLane("database")
    yield lane
    assert lane.shutdown()


class SyncLoop:
    """Sync cycles back to back in a thread of their own, as the network lane runs them."""

    def __init__(self, station: Station) -> None:
        self.cycles: list[SyncReport] = []
        self.failures: list[BaseException] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(station,), daemon=True)

    def _run(self, station: Station) -> None:
        while not self._stop.is_set():
            try:
                self.cycles.append(sync_once(station.db, station.settings))
            except BaseException as exc:  # reported by the test
                self.failures.append(exc)
                return

    def __enter__(self) -> SyncLoop:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(120)


def saved(qtbot: QtBot, editor: JobEditor) -> str:
    """Save and wait for the outcome; the job's id, or the sentence the user saw."""
    editor.save()
    qtbot.waitUntil(lambda: editor.result() == JobEditor.DialogCode.Accepted
                    or not editor.error_label.isHidden(), timeout=30000)
    assert editor.error_label.isHidden(), editor.error_label.text()
    assert editor.record_id is not None
    return editor.record_id


def test_every_save_lands_while_the_sync_writes_in_its_own_thread(
        qtbot: QtBot, make_station: MakeStation, lane: ThreadLane) -> None:
    nj = make_station("NJ01")
    ctx = AppContext(nj.db, nj.actor, home_station(nj.db), lane, nj.path)
    edits: dict[str, str] = {}
    with SyncLoop(nj) as sync:
        while len(edits) < SAVES or len(sync.cycles) < CYCLES:
            assert not sync.failures, sync.failures
            n = len(edits)
            new = JobEditor(ctx)
            qtbot.addWidget(new)
            new.customer.new_radio.setChecked(True)
            new.customer.name.setText(f"客户{n}")
            new.customer.phone.setText(f"139{n:08d}")
            new.customer.address.setText(f"江苏省南京市鼓楼区中山北路{n + 1}号")
            new.form.symptom.setPlainText("不制冷")
            job_id = saved(qtbot, new)
            edit = JobEditor(ctx, job_id)  # read the job, then write it: the racy pattern
            qtbot.addWidget(edit)
            qtbot.waitUntil(edit.save_button.isEnabled, timeout=30000)
            edit.form.symptom.setPlainText(f"第{n}次修改")
            saved(qtbot, edit)
            edits[job_id] = f"第{n}次修改"
    assert not sync.failures, sync.failures
    assert {job_id: get_job(nj.db, job_id).symptom for job_id in edits} == edits
    sync_once(nj.db, nj.settings)  # and everything reaches the server
    assert outbox_count(nj.db) == 0
    on_server = server_rows(nj.settings.url, "SELECT id, symptom FROM jobs")
    assert dict(on_server) == edits
