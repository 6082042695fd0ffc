"""Issue 17 point 6 in the UI: a supervisor keys in a maintenance contract for a customer's
unit (found by phone or name), the contracts due for renewal are listed, the visits' jobs are
created (from the dialog, and once a day after sign-in)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services.actor import Actor
from app.services.contracts import ContractInput, contracts, save_contract
from app.services.jobs import JobDetail
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.parts.contract_jobs import create_contract_jobs
from app.ui.parts.contracts_dialog import ContractsDialog

from . import parts_support as support
from .conftest import show_active
from .parts_support import focused, type_here

supervisor, dispatcher, repair = support.supervisor, support.dispatcher, support.repair
TODAY = dt.date(2027, 3, 20)


def opened(qtbot: QtBot, ctx: AppContext) -> ContractsDialog:
    dialog = ContractsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.today = TODAY
    dialog.load()
    show_active(qtbot, dialog)
    return dialog


def test_a_supervisor_keys_in_a_contract_and_creates_its_jobs(
        qtbot: QtBot, ctx: AppContext, db: Database, supervisor: Actor,
        repair: JobDetail) -> None:
    dialog = opened(qtbot, dataclasses.replace(ctx, actor=supervisor))
    dialog.customer.setFocus()
    qtbot.waitUntil(lambda: focused() is dialog.customer)
    type_here(qtbot, "13912345678")  # the caller's phone, Enter: the units
    assert focused() is dialog.unit and dialog.unit.count() == 1
    assert "KFR-35GW" in dialog.unit.currentText()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.visits
    type_here(qtbot, "2", enter=False)  # visits a year (Tab selected the 1)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_here(qtbot, "360", enter=False)
    dialog.starts.setDate(QDate(2027, 4, 1))
    dialog.ends.setDate(QDate(2028, 3, 31))
    dialog.reference.setFocus()
    type_here(qtbot, "BY-2027-001", enter=False)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (saved,) = contracts(db)
    assert (saved.visits_per_year, str(saved.price), saved.starts_on, saved.reference) == (
        2, "360.00", dt.date(2027, 4, 1), "BY-2027-001")
    assert dialog.list.column_texts(0) == ["BY-2027-001"]
    dialog.create_button.click()  # 1 April is within 30 days of 20 March
    (contract,) = contracts(db)
    assert len(contract.jobs) == 1 and contract.jobs[0] in dialog.made.text()
    assert dialog.list.column_texts(7) == [contract.jobs[0]]


def test_renewals_due_are_listed_and_a_dispatcher_only_reads(
        qtbot: QtBot, ctx: AppContext, db: Database, supervisor: Actor, dispatcher: Actor,
        repair: JobDetail) -> None:
    assert repair.equipment is not None
    save_contract(db, supervisor, None, ContractInput(
        repair.equipment.id, 1, "200", dt.date(2026, 4, 10), dt.date(2027, 4, 9), "BY-OLD"))
    dialog = opened(qtbot, dataclasses.replace(ctx, actor=dispatcher))
    assert dialog.renewals.column_texts(0) == ["BY-OLD"]  # ends within 30 days of 20 March
    assert "(1)" in dialog.tabs.tabText(1)
    assert not dialog.save_button.isEnabled() and not dialog.days_button.isEnabled()


def test_the_visits_jobs_are_created_once_a_day_after_sign_in(
        qtbot: QtBot, ctx: AppContext, db: Database, supervisor: Actor,
        repair: JobDetail) -> None:
    assert repair.equipment is not None
    save_contract(db, supervisor, None, ContractInput(
        repair.equipment.id, 2, "360", dt.date(2027, 4, 1), dt.date(2028, 3, 31), "BY-1"))
    window = MainWindow(ctx, views=[])
    qtbot.addWidget(window)
    create_contract_jobs(ctx, window, TODAY)
    (contract,) = contracts(db)
    assert len(contract.jobs) == 1 and contract.jobs[0] in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    save_contract(db, supervisor, None, ContractInput(
        repair.equipment.id, 1, "100", dt.date(2027, 4, 2), dt.date(2028, 4, 1), "BY-2"))
    create_contract_jobs(ctx, window, TODAY)  # the same day again: nothing is run
    assert [len(c.jobs) for c in contracts(db)] == [1, 0]
    create_contract_jobs(ctx, window, TODAY + dt.timedelta(days=1))  # the next day
    assert [len(c.jobs) for c in contracts(db)] == [1, 1]


def test_the_tools_menu_opens_it(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, views=[])
    qtbot.addWidget(window)
    window.parts_actions.contracts.trigger()
    assert window.findChildren(ContractsDialog)
