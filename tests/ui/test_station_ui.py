"""Issue 16's UI: Tools › Users (admins) and Change my password, the forced change after a
reset, Tools › Audit trail opening the record, File › Import… and File › Export list…."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services.actor import Actor
from app.services.customer_queries import query_customers
from app.services.jobs import JobDetail
from app.services.user_admin import reset_password
from app.services.users import actor_for, authenticate, create_user, list_users
from app.ui.bootstrap import changed_if_reset
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import JobEditor
from app.ui.main_window import MainWindow
from app.ui.station import menus
from app.ui.station.export_list import export_view
from app.ui.station.import_wizard import ImportWizard
from app.ui.station.users_dialog import ChangePasswordDialog, UsersDialog
from tests.ui.conftest import PASSWORD


def window_of(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def test_the_menus_follow_the_role(qtbot: QtBot, ctx: AppContext) -> None:
    admin = window_of(qtbot, ctx).station_actions
    assert all(a.isEnabled() for a in (admin.users, admin.audit_trail, admin.import_file))
    create_user(ctx.db, ctx.actor, "disp", "调度 李", Role.DISPATCHER, PASSWORD)
    mine = window_of(qtbot, replace(ctx, actor=actor_for(ctx.db, "disp"))).station_actions
    assert not any(a.isEnabled() for a in (mine.users, mine.audit_trail, mine.import_file))
    assert mine.change_password.isEnabled() and mine.export_list.isEnabled()


def pick(dialog: UsersDialog, username: str) -> None:
    row = next(n for n, u in enumerate(dialog.users) if u.username == username)
    dialog.table.selectRow(row)


def test_an_admin_adds_a_user_changes_the_role_resets_and_disables(
        qtbot: QtBot, ctx: AppContext) -> None:
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    new = dialog.add_user()
    new.username.setText("li.jing")
    new.full_name.setText("李静")
    new.role.setCurrentIndex(new.role.findData("supervisor"))
    new.new.setText("short")
    new.again.setText("short")
    new.ok_button.click()
    assert "at least 8 characters" in new.error_label.text()  # the rules, from the service
    new.new.setText("li-jing-2026")
    new.again.setText("li-jing-2026")
    with qtbot.waitSignal(new.accepted):
        new.ok_button.click()
    assert [u.username for u in dialog.users] == ["admin", "li.jing"]
    pick(dialog, "li.jing")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("dispatcher"))
    dialog.role_button.click()
    reset = dialog.reset_password()
    assert reset is not None
    reset.new.setText("temporary-42")
    reset.again.setText("temporary-42")
    with qtbot.waitSignal(reset.accepted):
        reset.ok_button.click()
    pick(dialog, "li.jing")
    dialog.active_button.click()
    [li] = [u for u in list_users(ctx.db) if u.username == "li.jing"]
    assert (li.role, li.must_change_password, li.active) == (Role.DISPATCHER, True, False)
    assert "Disabled" in dialog.table.item(1, 3).text()
    pick(dialog, "admin")
    dialog.active_button.click()  # one's own account
    assert "your own account" in dialog.error_label.text()


def test_a_reset_password_is_changed_before_the_window_opens(qtbot: QtBot, ctx: AppContext,
                                                             admin: Actor) -> None:
    create_user(ctx.db, admin, "disp", "调度 李", Role.DISPATCHER, PASSWORD)
    reset_password(ctx.db, admin, actor_for(ctx.db, "disp").user_id or "", "temporary-42")
    signed = authenticate(ctx.db, "disp", "temporary-42")

    def answer() -> None:
        forced = QApplication.activeModalWidget()
        assert isinstance(forced, ChangePasswordDialog) and forced.current is not None
        forced.current.setText("temporary-42")
        forced.new.setText("my-own-secret")
        forced.again.setText("my-own-secret")
        forced.ok_button.click()
    QTimer.singleShot(0, answer)
    actor = changed_if_reset(ctx.db, ctx.runner, signed)
    assert actor is not None and not actor.must_change_password
    assert authenticate(ctx.db, "disp", "my-own-secret").username == "disp"


def test_the_audit_trail_filters_and_opens_the_job(qtbot: QtBot, ctx: AppContext,
                                                   some_jobs: list[JobDetail]) -> None:
    window = window_of(qtbot, ctx)
    dialog = menus.open_audit_trail(ctx, window, window.views)
    qtbot.addWidget(dialog)
    assert len(dialog.rows) >= len(some_jobs)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("jobs"))
    assert {r.entity for r in dialog.rows} == {"jobs"}
    dialog.entries.selectRow(0)
    assert dialog.fields.rowCount() > 0 and dialog.open_button.isEnabled()
    with qtbot.waitSignal(dialog.openRecord) as opened:
        dialog.open_button.click()
    kind, job_id = opened.args
    assert kind == "jobs" and job_id in {j.id for j in some_jobs}
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, JobEditor)]
    assert editors and editors[-1].record_id == job_id
    for editor in editors:
        editor.close()


def test_the_import_wizard_checks_then_imports(qtbot: QtBot, ctx: AppContext,
                                               tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["客户姓名", "手机号", "安装地址"],
                ["王芳", "13800000001", "南京市玄武区珠江路8号"],
                ["李娜", "", "南京市秦淮区建康路3号"]):
        sheet.append(row)
    book.save(tmp_path / "客户.xlsx")
    wizard = ImportWizard(ctx, ask=lambda _parent: str(tmp_path / "客户.xlsx"))
    qtbot.addWidget(wizard)
    wizard._browse()
    wizard.next_button.click()  # read the file, guess the columns
    assert wizard.pages.currentIndex() == wizard.COLUMNS
    assert wizard.column_combos["phone"].currentText() == "手机号"
    wizard.next_button.click()  # the dry run
    assert wizard.report is not None and wizard.report.dry_run
    assert wizard.bad_table.item(0, 0).text() == "3"
    assert "phone is missing" in wizard.bad_table.item(0, 1).text()
    assert query_customers(ctx.db).total == 0
    wizard.import_button.click()
    assert wizard.report.written and query_customers(ctx.db).total == 1
    assert not wizard.import_button.isEnabled()


def test_the_job_list_exports_as_filtered_on_screen(qtbot: QtBot, ctx: AppContext,
                                                    some_jobs: list[JobDetail],
                                                    tmp_path: Path) -> None:
    window = window_of(qtbot, ctx)
    jobs = window.select_view("jobs")
    jobs.filter_bar.search.setText(some_jobs[0].number)  # type: ignore[attr-defined]
    jobs.apply_filter()  # type: ignore[attr-defined]
    said: list[str] = []
    target = tmp_path / "jobs.csv"
    export_view(ctx, "jobs", jobs, said.append, ask=lambda _w, _name: str(target))
    with target.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["Number", "Type"]
    assert [r[0] for r in rows[1:]] == [some_jobs[0].number]
    assert said == [f"1 rows exported to {target}."]
