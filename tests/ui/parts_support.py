"""What the parts UI tests share: the small catalogue of tests/parts (made through the
services), the people of tests/core, a repair on a commissioned unit, the language fixture and
typing where the focus is."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services.customers import EquipmentInput
from app.services.jobs import JobDetail
from tests.core import conftest as core
from tests.parts import conftest as parts

from .conftest import TZ, MakeJob, type_text

supervisor, dispatcher, make_tech = core.supervisor, core.dispatcher, core.make_tech
items = parts.items
Catalogue = parts.Catalogue
COMMISSIONED = dt.date(2026, 6, 1)


@pytest.fixture
def repair(make_job: MakeJob) -> JobDetail:
    """A repair reported 20 days after its unit's commissioning: under the unit's warranty."""
    unit = EquipmentInput("格力", "KFR-35GW", "IN-1", "OUT-1", commissioning_date=COMMISSIONED)
    return make_job(created=dt.datetime(2026, 6, 21, 10, tzinfo=TZ), new_equipment=unit)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_here(qtbot: QtBot, text: str, enter: bool = True) -> None:
    """Type into the focused widget, as a person (or a barcode scanner) does."""
    type_text(focused(), text)
    if enter:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
