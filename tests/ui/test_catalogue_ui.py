"""Issue 17 points 1 and 3 in the UI: a supervisor keeps the catalogue (an item, a price from
a day on: a job keeps its price), edits and publishes the warranty policy (a new version the
Charges tab then shows), and File › Price list… previews the customer's price list."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services.actor import Actor
from app.services.catalogue import catalogue, price_history
from app.services.charges import catalogue_line, job_charges_view, save_lines
from app.services.jobs import JobDetail
from app.services.warranty_policy import current_policy
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.parts.catalogue_dialog import CatalogueDialog
from app.ui.parts.policy_dialog import PolicyDialog

from . import parts_support as support
from .conftest import show_active
from .parts_support import Catalogue, focused, type_here

supervisor, dispatcher, items = support.supervisor, support.dispatcher, support.items
repair = support.repair


def test_a_supervisor_adds_an_item_and_prices_it_from_a_day(
        qtbot: QtBot, ctx: AppContext, db: Database, supervisor: Actor, items: Catalogue,
        repair: JobDetail) -> None:
    save_lines(db, supervisor, repair.id, [catalogue_line(items.capacitor)])
    dialog = CatalogueDialog(dataclasses.replace(ctx, actor=supervisor))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.items.column_texts(0) == ["P-CAP-35", "P-CMP-01", "L-REP", "T-OUT"]
    dialog.new_button.click()
    assert focused() is dialog.code
    for text in ("P-FAN-01", "室外风机", "Outdoor fan motor", "GREE-1501", "台"):
        type_here(qtbot, text, enter=False)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_here(qtbot, "24", enter=False)  # its own warranty in months
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    fan = next(e for e in catalogue(db, dt.date(2026, 12, 1)) if e.code == "P-FAN-01")
    assert (fan.name_en, fan.maker_part_number, fan.unit, fan.warranty_months) == (
        "Outdoor fan motor", "GREE-1501", "台", 24)
    assert dialog.items.currentRow() == dialog.items.column_texts(0).index("P-FAN-01")
    dialog.price.setText("380")
    dialog.price_from.setDate(QDate(2026, 1, 1))
    dialog.price_button.click()
    assert [(p.price, p.effective_from) for p in price_history(db, fan.id)] == [
        (Decimal("380.00"), dt.date(2026, 1, 1))]
    assert dialog.prices.column_texts(1) == ["¥380.00"]
    dialog.items.setCurrentCell(0, 0)  # the capacitor: a new price from today
    dialog.price.setText("52")
    dialog.price_button.click()
    assert dialog.items.column_texts(4)[0] == "¥52.00"
    line = job_charges_view(db, repair.id).charges.lines[0]
    assert line.unit_price == Decimal("45.50")  # the job keeps the price it was written with


def test_a_supervisor_publishes_a_new_policy_version(
        qtbot: QtBot, ctx: AppContext, db: Database, supervisor: Actor) -> None:
    dialog = PolicyDialog(dataclasses.replace(ctx, actor=supervisor))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.refund_days.value() == 7 and dialog.voids.rowCount() == 3
    dialog.replacement_days.setValue(30)
    dialog.add_finding()  # a new row, its code cell current
    qtbot.keyClick(dialog.voids, Qt.Key.Key_F2)
    type_here(qtbot, "flood", enter=False)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_here(qtbot, "flood damage", enter=False)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_here(qtbot, "水淹损坏")
    qtbot.waitUntil(lambda: dialog.voids.text_at(3, 2) == "水淹损坏")
    dialog.publish()
    policy = current_policy(db)
    assert policy.version == 2 and policy.body.replacement_days == 30
    assert policy.body.void_reason("flood") is not None
    assert "2" in dialog.version.text()


def test_a_bad_policy_is_refused_in_a_sentence(qtbot: QtBot, ctx: AppContext,
                                               db: Database) -> None:
    dialog = PolicyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.refund_days.setValue(20)  # longer than the replacement period
    dialog.publish()
    assert "replacement period cannot be shorter" in dialog.error_label.text()
    assert current_policy(db).version == 1


def test_the_menus_are_for_supervisors_and_the_price_list_previews(
        qtbot: QtBot, ctx: AppContext, dispatcher: Actor, items: Catalogue) -> None:
    desk = MainWindow(dataclasses.replace(ctx, actor=dispatcher), views=[])
    qtbot.addWidget(desk)
    assert not desk.parts_actions.catalogue.isEnabled()
    assert not desk.parts_actions.policy.isEnabled()
    window = MainWindow(ctx, views=[])
    qtbot.addWidget(window)
    window.parts_actions.catalogue.trigger()
    window.parts_actions.policy.trigger()
    assert window.findChildren(CatalogueDialog) and window.findChildren(PolicyDialog)
    printer = window.parts_actions.printer
    window.parts_actions.price_list.trigger()
    qtbot.waitUntil(lambda: printer.preview_dialog is not None, timeout=20_000)
    assert printer.preview_dialog is not None
    printer.preview_dialog.close()
