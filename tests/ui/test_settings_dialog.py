"""Issue 16 points 2 and 3 in the UI: Tools › Settings… edits the station's sections (stored in
the database, synced, each change audited; nothing kept when one is refused), this PC's
language (QSettings, audited) and its backups (folder, days kept, "Back up now")."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import Config
from app.db import Database
from app.db.backup import backups_of, load_plan
from app.models import AuditEntry, OutboxEntry
from app.models.enums import Role
from app.scheduling.sla import ResponseHours
from app.services.settings_sections import Language, Logo, Profile, Sla, Travel, WorkingHours
from app.services.station_settings import get_section, set_section
from app.services.users import actor_for, create_user
from app.ui.app import desk_language
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.settings.desk_store import pc_language
from app.ui.settings.settings_dialog import SettingsDialog
from tests.ui.conftest import PASSWORD

pytestmark = pytest.mark.usefixtures("user_settings")


@pytest.fixture
def desk(ctx: AppContext, tmp_path: Path) -> AppContext:
    return replace(ctx, db_path=tmp_path / "station.sqlite")


def opened(qtbot: QtBot, ctx: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled)  # read on the lane
    return dialog


def audited(db: Database, entity: str) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == entity)
                              .order_by(AuditEntry.at)))


def outbox(db: Database) -> int:
    with db.session() as s:
        return len(s.scalars(select(OutboxEntry.seq).where(
            OutboxEntry.table_name == "station_settings")).all())


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), "red").save(out, "PNG")
    return out.getvalue()


def test_tools_settings_opens_every_section(qtbot: QtBot, desk: AppContext) -> None:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.station_actions.settings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    titles = [dialog.nav.item(n).text() for n in range(dialog.nav.count())]
    assert titles == ["Station profile", "Working hours", "SLA and callbacks", "Travel",
                      "Day planner", "Geocoder", "Map tiles", "Central server", "Printing",
                      "Language", "Backup"]
    assert dialog.central_page.button.isEnabled()  # the window hands its sync over
    dialog.reject()


def test_a_supervisor_changes_the_station_in_one_save(qtbot: QtBot, desk: AppContext) -> None:
    audit_before, outbox_before = len(audited(desk.db, "station_settings")), outbox(desk.db)
    dialog = opened(qtbot, desk)
    assert dialog.profile_page.name_edit.text() == "南京服务站"
    dialog.profile_page.name_edit.setText("南京鼓楼服务站")
    dialog.profile_page.phone_edit.setText("025-83216688")
    dialog.profile_page.use_logo(png())
    dialog.hours_page.days[6][0].setChecked(False)  # closed on Sundays from now on
    dialog.hours_page.add_holiday(dt.date(2027, 2, 6))
    dialog.sla_page.hour_spins["urgent"].setValue(2)
    dialog.sla_page.callback_spin.setValue(5)
    dialog.travel_page.speed_spin.setValue(42)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    db = desk.db
    assert get_section(db, Profile).name == "南京鼓楼服务站"
    assert get_section(db, Profile).phone == "025-83216688"
    assert get_section(db, Logo).image == png()
    hours = get_section(db, WorkingHours)
    assert hours.days[6] is None and hours.days[0] == (0, 24 * 60)  # the rest round the clock
    assert hours.holidays == (dt.date(2027, 2, 6),)
    assert get_section(db, Sla) == Sla(ResponseHours(urgent=2), callback_days=5)
    assert get_section(db, Travel).speed_kmh == 42
    # profile, logo, working hours, SLA, travel: one audit entry each, field by field
    saved = [e.after for e in audited(db, "station_settings")[audit_before:]]
    assert len(saved) == 5
    assert {"sla.response_hours.urgent": 2, "sla.callback_days": 5} in saved
    assert outbox(db) == outbox_before + 5  # and each is on its way to the other desks


def test_a_refused_section_keeps_none_of_the_others(qtbot: QtBot, desk: AppContext) -> None:
    before = len(audited(desk.db, "station_settings"))
    dialog = opened(qtbot, desk)
    dialog.profile_page.name_edit.setText("南京鼓楼服务站")  # kept first, then rolled back
    _open, start, end = dialog.hours_page.days[0]
    start.setTime(QTime(18, 0))
    end.setTime(QTime(9, 0))
    dialog.sla_page.hour_spins["urgent"].setValue(2)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden())
    assert "A working day must end after it starts." in dialog.error_label.text()
    assert get_section(desk.db, Profile).name == "南京服务站"
    assert dialog.result() == 0  # still open, the edits still on screen
    assert dialog.sla_page.hour_spins["urgent"].value() == 2
    assert get_section(desk.db, Sla).response_hours == ResponseHours()
    assert len(audited(desk.db, "station_settings")) == before


def test_a_dispatcher_sees_the_settings_but_changes_only_the_pc_language(
        qtbot: QtBot, desk: AppContext) -> None:
    create_user(desk.db, desk.actor, "disp", "调度 李", Role.DISPATCHER, PASSWORD)
    dispatcher = replace(desk, actor=actor_for(desk.db, "disp"))
    dialog = opened(qtbot, dispatcher)
    assert not dialog.profile_page.isEnabled() and not dialog.backup_page.isEnabled()
    assert not dialog.language_page.station_combo.isEnabled()
    pc = dialog.language_page.pc_combo
    pc.setCurrentIndex(pc.findData("en"))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert pc_language() == "en"
    [entry] = audited(desk.db, "local_settings")
    assert (entry.username, entry.before, entry.after) == (
        "disp", {"desk.language": None}, {"desk.language": "en"})


def test_the_pc_language_wins_over_the_stations(desk: AppContext, qtbot: QtBot) -> None:
    config = Config(db_path=desk.db_path or Path())
    assert desk_language(config, desk.db) is None  # nobody chose: the system's
    set_section(desk.db, desk.actor, Language("en"))
    assert desk_language(config, desk.db) == "en"
    dialog = opened(qtbot, desk)
    assert dialog.language_page.station_combo.currentData() == "en"
    dialog.language_page.pc_combo.setCurrentIndex(
        dialog.language_page.pc_combo.findData("zh_CN"))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert desk_language(config, desk.db) == "zh_CN"
    assert desk_language(replace(config, language="en"), desk.db) == "en"  # --lang wins


def test_the_backup_folder_days_kept_and_back_up_now(qtbot: QtBot, desk: AppContext,
                                                     tmp_path: Path) -> None:
    assert desk.db_path is not None
    stick = tmp_path / "usb" / "FieldDesk"
    dialog = opened(qtbot, desk)
    dialog.backup_page.use_folder(stick)
    dialog.backup_page.keep_spin.setValue(14)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    plan = load_plan(desk.db_path)
    assert (plan.folder, plan.keep) == (stick.resolve(), 14)
    [entry] = audited(desk.db, "local_settings")
    assert entry.entity_id == "backup"
    again = opened(qtbot, desk)
    assert again.backup_page.folder_edit.text() == str(stick.resolve())
    again.backup_page.backup_button.click()
    qtbot.waitUntil(lambda: "Backup written" in again.backup_page.status_label.text())
    [made] = backups_of(desk.db_path)
    assert made.path.parent == stick.resolve() and made.day == dt.date.today()


def test_a_backup_folder_that_cannot_be_written_is_refused(qtbot: QtBot, desk: AppContext,
                                                          tmp_path: Path) -> None:
    assert desk.db_path is not None
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog = opened(qtbot, desk)
    dialog.backup_page.use_folder(blocker / "backups")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden())
    assert "Backups cannot be written to" in dialog.error_label.text()
    assert load_plan(desk.db_path).folder is None
