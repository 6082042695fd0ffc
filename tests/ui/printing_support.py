"""What the printing UI tests share: a day of visits to print (two technicians, three repairs
each on DAY) and the day-sheets dialog opened on it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

import tests.core.conftest as core
from app.db import Database
from app.services.actor import Actor
from app.services.appointments import assign
from app.services.day_sheet_data import Sheets
from app.ui.context import AppContext
from app.ui.printing.day_sheets_dialog import DaySheetsDialog

from .conftest import MakeJob

DAY = "2026-03-16"


def plan_day(db: Database, admin: Actor, make_job: MakeJob, make_tech: core.MakeTech
             ) -> list[str]:
    """Two technicians with three repairs each on DAY; their job numbers."""
    numbers = []
    for code, name in (("T001", "陈师傅"), ("T002", "李师傅")):
        tech = make_tech(code, name)
        for hour in (9, 11, 14):
            job = make_job(f"客户{code}{hour}", f"139{hour:02d}00{code[-3:]}000"[:11])
            assign(db, admin, job.id, tech, core.local(2026, 3, 16, hour))
            numbers.append(job.number)
    return numbers


def day_dialog(qtbot: QtBot, ctx: AppContext, technicians: int = 2,
               sheets: Sheets = Sheets.UNPRINTED) -> DaySheetsDialog:
    """The dialog on DAY, with the route pages and (by default) the sheets not printed yet."""
    dialog = DaySheetsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.technician.count() == technicians + 1)
    dialog.date.setDate(dialog.date.date().fromString(DAY, "yyyy-MM-dd"))
    dialog.pages.setCurrentIndex(dialog.pages.findData(sheets))
    return dialog
