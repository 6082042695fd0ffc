"""The app side of sync against the real PostgreSQL server: the Central server dialog, the
status bar, the Sync view's log and conflict queue, and the background controller."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.db import open_database
from app.errors import PermissionDenied
from app.models import Customer
from app.models.enums import Role
from app.services.customers import CustomerInput, SiteInput
from app.services.jobs import JobInput, NewCustomer, create_job, get_job, update_job
from app.services.station import has_home_station, home_station
from app.services.sync_status import pending_count
from app.services.users import actor_for, create_user
from app.sync.conflicts import open_conflicts
from app.sync.cycle import sync_once
from app.sync.report import last_sync_at
from app.sync.settings import load_settings, save_settings, settings_path
from app.ui.bootstrap import sign_in_dialog
from app.ui.context import AppContext
from app.ui.dialogs.first_run_dialog import FirstRunDialog
from app.ui.dialogs.login_dialog import LoginDialog
from app.ui.formatting import local_text
from app.ui.main_window import MainWindow
from app.ui.sync.controller import SyncController
from app.ui.sync.settings_dialog import CentralServerDialog
from app.ui.sync.sync_view import SyncView
from app.ui.tasks import SyncRunner
from tests.sync.conftest import MakeStation, Station
from tests.sync.helpers import outbox_count, server_do, server_rows, without_password
from tests.sync.test_error_queue import LONG, change, customer
from tests.ui.conftest import OFFSCREEN_NOISE, ManualRunner

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
UNREACHABLE = "postgresql://station_nj01:not-the-password@127.0.0.1:1/central"


def new_job(station: Station, symptom: str = "不制冷") -> str:
    who = NewCustomer(CustomerInput("张伟", "13912345678"),
                      SiteInput("江苏省南京市鼓楼区中山北路100号"))
    detail, _ = create_job(station.db, station.actor, who, JobInput("repair", symptom=symptom))
    return detail.id


def context(station: Station) -> AppContext:
    return AppContext(db=station.db, actor=station.actor, station=home_station(station.db),
                      runner=SyncRunner(), db_path=station.path)


def window_for(qtbot: QtBot, station: Station) -> MainWindow:
    window = MainWindow(context(station))
    qtbot.addWidget(window)
    return window


def printed_url(station: Station) -> str:
    """The address as `fielddesk server add-station` prints it (without its password)."""
    return without_password(station.settings.url).replace("postgresql+psycopg:", "postgresql:")


def enter(dialog: CentralServerDialog, address: str, password: str = "") -> None:
    dialog.url_edit.setText(address)
    dialog.password_edit.setText(password)
    dialog.save_button.click()


def shown_texts(*roots: QWidget) -> list[str]:
    """Every text a user can see or hover in these windows: labels, lists, buttons, tips."""
    texts: list[str] = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            texts.append(widget.toolTip())
            if isinstance(widget, QLabel | QAbstractButton):
                texts.append(widget.text())
            if isinstance(widget, QListWidget):
                texts += [widget.item(i).text() for i in range(widget.count())]
    return texts


def sync_view(window: MainWindow) -> SyncView:
    view = window.select_view("sync")
    assert isinstance(view, SyncView)
    return view


def test_settings_saved_by_the_dialog_run_a_cycle_and_the_status_bar_says_online(
    qtbot: QtBot, central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    job = new_job(nj)
    waiting = outbox_count(nj.db)
    window = window_for(qtbot, nj)
    bar = window.status
    assert (bar.online_label.text(), bar.last_sync_label.text()) == ("Sync not set up",
                                                                     "Never synced")
    assert bar.pending_label.text() == f"{pending_count(nj.db)} changes to sync"
    assert not window.sync.timer.isActive()  # nothing runs until run_gui starts it

    dialog = window.edit_central_server()
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    enter(dialog, printed_url(nj), nj.creds.password)

    assert dialog.result() == dialog.DialogCode.Accepted
    assert load_settings(nj.path) == nj.settings
    assert stat.S_IMODE(settings_path(nj.path).stat().st_mode) == 0o600
    assert server_rows(central, "SELECT id FROM jobs")[0][0] == job
    last = last_sync_at(nj.db)
    assert last is not None
    assert bar.online_label.text() == "Online"
    assert bar.last_sync_label.text() == f"Last sync {local_text(last, window._ctx.tz)}"
    assert bar.pending_label.text() == "Nothing to sync"
    view = sync_view(window)
    (line,) = view.log_lines()
    assert f"Changes sent: {waiting}, records received: " in line and "conflicts" not in line
    assert "online" in view.state_label.text()
    assert nj.creds.password not in "\n".join(shown_texts(window))


def test_a_wrong_address_is_refused_and_never_replaces_the_one_that_works(
    qtbot: QtBot, central: str, make_station: MakeStation
) -> None:
    nj, sh = make_station("NJ01"), make_station("SH01")
    job = new_job(nj)
    waiting = outbox_count(nj.db)
    window = window_for(qtbot, nj)
    bar, view = window.status, sync_view(window)

    dialog = window.edit_central_server()
    enter(dialog, "http://example.com/central")
    assert dialog.error_label.text().startswith("The central server address must be")
    assert not settings_path(nj.path).exists() and not window.sync.configured

    enter(dialog, UNREACHABLE)
    sentence = dialog.error_label.text()
    assert sentence.startswith("The central server postgresql+psycopg://station_nj01:***@"
                               "127.0.0.1:1/central cannot be reached")
    assert dialog.isVisible() and dialog.status_label.text().startswith("Not saved")
    assert not settings_path(nj.path).exists() and not window.sync.configured
    assert bar.online_label.text() == "Sync not set up"
    assert [sentence in line for line in view.log_lines()] == [True]  # the attempt is logged
    assert outbox_count(nj.db) == waiting and bar.last_sync_label.text() == "Never synced"

    enter(dialog, printed_url(nj), nj.creds.password)  # the right address: everything goes up
    assert dialog.result() == dialog.DialogCode.Accepted
    assert bar.online_label.text() == "Online" and bar.pending_label.text() == "Nothing to sync"
    assert server_rows(central, "SELECT id FROM jobs")[0][0] == job
    kept = settings_path(nj.path).read_bytes()

    for wrong in (UNREACHABLE, printed_url(sh)):  # later: a dead one, another station's
        again = window.edit_central_server()
        enter(again, wrong, sh.creds.password)
        assert again.isVisible() and again.error_label.text()
        assert settings_path(nj.path).read_bytes() == kept
        assert window.sync.settings == nj.settings and bar.online_label.text() == "Online"
        again.reject()
    assert "belongs to station NJ01" in view.log_lines()[0]
    assert "not-the-password" not in "\n".join(shown_texts(window, dialog))
    assert sh.creds.password not in "\n".join(shown_texts(window, dialog))


def test_the_conflict_queue_shows_both_values_and_keeping_this_stations_reaches_the_server(
    qtbot: QtBot, qtmodeltester: ModelTester, central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    job = new_job(nj, symptom="不制冷")
    window = window_for(qtbot, nj)
    assert window.sync.try_settings(nj.settings.url)
    server_do(central, "UPDATE jobs SET symptom = '漏水' WHERE id = :id", id=job)
    update_job(nj.db, nj.actor, job, JobInput("repair", symptom="不制冷，异响", priority="high"))
    view = sync_view(window)
    queue = view.queue
    assert queue.model.rowCount() == 0 and not queue.keep_mine_button.isEnabled()

    view.sync_button.click()
    assert "conflicts: 1" in view.log_lines()[0]
    model = queue.model
    qtmodeltester.check(model)
    number = get_job(nj.db, job).number
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[:4] == [f"Job {number}", "Symptom", "不制冷，异响", "漏水"]
    assert queue.conflicts_label.text().startswith("Conflicts to resolve: 1.")
    assert queue.selected_row() == 0 and queue.keep_mine_button.isEnabled()

    with qtbot.waitSignal(window.changed, timeout=1000):
        queue.keep_mine_button.click()
    assert model.rowCount() == 0 and open_conflicts(nj.db) == []
    assert queue.conflicts_label.text() == "No conflicts to resolve."
    assert window.status.pending_label.text() == "1 changes to sync"  # the choice, as a change

    view.sync_button.click()
    server = server_rows(central, "SELECT symptom, priority FROM jobs WHERE id = :id", id=job)
    assert tuple(server[0]) == ("不制冷，异响", "high")
    assert get_job(nj.db, job).symptom == "不制冷，异响"
    assert window.status.pending_label.text() == "Nothing to sync"
    assert nj.creds.password not in "\n".join(shown_texts(window))


def test_keeping_the_servers_value_only_closes_the_conflict(
    qtbot: QtBot, central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    job = new_job(nj, symptom="不制冷")
    window = window_for(qtbot, nj)
    window.sync.try_settings(nj.settings.url)
    server_do(central, "UPDATE jobs SET symptom = '漏水' WHERE id = :id", id=job)
    update_job(nj.db, nj.actor, job, JobInput("repair", symptom="异响"))
    view = sync_view(window)
    view.sync_button.click()
    view.queue.keep_theirs_button.click()
    assert view.queue.model.rowCount() == 0
    assert outbox_count(nj.db) == 0 and get_job(nj.db, job).symptom == "漏水"


def test_the_controller_syncs_on_its_timer_one_cycle_at_a_time_and_retries_after_failures(
    qtbot: QtBot, central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    ctx = context(nj)
    idle = SyncController(ctx, interval_ms=20, first_delay_ms=0)
    idle.start()
    with qtbot.assertNotEmitted(idle.started, wait=100):
        assert not idle.sync_now()  # not set up: nothing to do
    idle.stop()

    save_settings(nj.path, UNREACHABLE)  # kept from when the server answered there
    controller = SyncController(ctx, interval_ms=50, first_delay_ms=0)
    controller.start()
    for _ in range(2):  # the first try soon, then again on the timer
        with qtbot.waitSignal(controller.failed, timeout=5000):
            pass
    assert not controller.online
    with qtbot.waitSignal(controller.finished, timeout=5000):
        controller.try_settings(nj.settings.url)
    assert controller.online and controller.last_error is None
    controller.stop()
    assert not controller.timer.isActive() and not controller.sync_now()


def test_a_request_during_a_cycle_runs_one_more_cycle_after_it(
    central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    runner = ManualRunner()
    ctx = AppContext(db=nj.db, actor=nj.actor, station=home_station(nj.db), runner=runner,
                     db_path=nj.path)
    save_settings(nj.path, nj.settings.url)
    controller = SyncController(ctx)
    assert controller.sync_now() and controller.sync_now() and controller.sync_now()
    assert len(runner.queue) == 1 and controller.running
    runner.run(0)
    assert len(runner.queue) == 1 and controller.running  # the requests made meanwhile
    new_job(nj)
    runner.run(0)
    assert runner.queue == [] and not controller.running
    assert len(controller.history) == 2 and outbox_count(nj.db) == 0


def test_a_new_pc_joins_its_station_from_the_first_run_dialog(
        qtbot: QtBot, tmp_path: Path, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    job = new_job(nj)
    sync_once(nj.db, nj.settings)
    path = tmp_path / "new-pc.sqlite"
    desk = open_database(path)
    try:
        dialog = sign_in_dialog(desk, SyncRunner(), db_path=path)
        assert isinstance(dialog, FirstRunDialog) and dialog.tabs is not None
        qtbot.addWidget(dialog)
        dialog.tabs.setCurrentIndex(1)
        assert dialog.ok_button.text() == "Join"
        dialog.server_url.setText("mysql://nope")
        dialog.ok_button.click()
        assert "postgresql://" in dialog.error_label.text() and not has_home_station(desk)
        assert dialog.server_password.echoMode() == QLineEdit.EchoMode.Password
        dialog.server_url.setText(printed_url(nj))
        dialog.server_password.setText(nj.creds.password)
        dialog.join_username.setText("admin")
        dialog.join_password.setText("correct-horse")
        with qtbot.waitSignal(dialog.accepted):
            dialog.ok_button.click()
        assert dialog.actor is not None and dialog.actor.station_id == nj.actor.station_id
        assert "received" in dialog.join_progress.text()  # the count, shown as it came
        assert get_job(desk, job).number == get_job(nj.db, job).number
        assert load_settings(path) == nj.settings  # the new PC syncs from now on
        assert isinstance(sign_in_dialog(desk, SyncRunner()), LoginDialog)  # next start
    finally:
        desk.dispose()


def test_a_dispatcher_cannot_set_the_central_server(central: str,
                                                    make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    create_user(nj.db, nj.actor, "disp", "调度 李", Role.DISPATCHER, "correct-horse")
    ctx = AppContext(db=nj.db, actor=actor_for(nj.db, "disp"), station=home_station(nj.db),
                     runner=SyncRunner(), db_path=nj.path)
    controller = SyncController(ctx)
    with pytest.raises(PermissionDenied):
        controller.try_settings(nj.settings.url)
    assert not settings_path(nj.path).exists() and controller.history == []


def test_the_error_queue_sends_a_refused_change_again_or_discards_it(
    qtbot: QtBot, qtmodeltester: ModelTester, central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    ruled, long_named = customer(nj, "赵敏", "13700000001"), customer(nj, "钱进", "13700000002")
    window = window_for(qtbot, nj)
    assert window.sync.try_settings(nj.settings.url)
    server_do(central, "ALTER TABLE customers ADD CONSTRAINT head_office_rule "
                       "CHECK (notes <> '拒收')")
    change(nj, ruled, notes="拒收")
    change(nj, long_named, name=LONG)
    view = sync_view(window)
    view.sync_button.click()
    assert "refused: 2" in view.log_lines()[0]
    queue = view.refused
    qtmodeltester.check(queue.model)
    assert queue.model.rowCount() == 2 and queue.selected_row() == 0
    assert queue.count_label.text().startswith("Refused by the central server: 2.")
    rows = {queue.model.index(r, 0).data(): queue.model.index(r, 2).data() for r in range(2)}
    assert "head_office_rule" in rows["Customer 赵敏"]
    assert "value too long" in rows[f"Customer {LONG}"]
    bar = window.status
    assert bar.refused_label.text() == "2 refused" and not bar.refused_label.isHidden()
    assert "Refused by the central server: 2." in view.backlog_label.text()

    server_do(central, "ALTER TABLE customers DROP CONSTRAINT head_office_rule")
    queue.table.selectRow(list(rows).index("Customer 赵敏"))
    with qtbot.waitSignal(window.changed, timeout=1000):
        queue.retry_button.click()
    assert queue.model.rowCount() == 1 and bar.pending_label.text() == "1 changes to sync"
    with qtbot.waitSignal(window.changed, timeout=1000):
        queue.discard_button.click()
    assert queue.model.rowCount() == 0 and bar.refused_label.isHidden()
    view.sync_button.click()
    assert server_rows(central, "SELECT notes FROM customers WHERE id = :id",
                       id=ruled) == [("拒收",)]
    with nj.db.session() as s:
        assert s.get(Customer, long_named).name == "钱进"  # type: ignore[union-attr]
    assert bar.pending_label.text() == "Nothing to sync" and bar.age_label.isHidden()
