"""User text that tries to turn itself around on screen (bidirectional override and isolate
characters) is shown without them in tables, labels, tooltips and sentences; a search too long
for the lists is cut and the count line says so."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from app.errors import ValidationError
from app.models.enums import JobStatus
from app.services.board import board_data
from app.services.customers import CustomerInput
from app.services.jobs import JobDetail
from app.services.validation import SEARCH_LIMIT
from app.texts import BIDI_CONTROLS, Text, shown
from app.ui.board import texts as board_texts
from app.ui.context import AppContext
from app.ui.dialogs.customer_section import CustomerSection
from app.ui.dialogs.status_buttons import StatusButtons
from app.ui.i18n import error_text
from app.ui.itemmodels.customer_table_model import Column as CustomerColumn
from app.ui.itemmodels.job_table_model import Column as JobColumn
from app.ui.views.customers_view import CustomersView
from app.ui.views.jobs_view import JobsView

from .conftest import TZ, MakeJob

# "exe.jpg" to the eye, "gpj.exe" in truth: the classic right-to-left override trick.
SPOOF = "\u202egpj.exe"
NAME = "张\u2066伟\u2069" + SPOOF
PHONE = "139\u200f1234\u200e5678"  # marks that would turn the number's groups around


def clean(text: object) -> bool:
    return isinstance(text, str) and not set(BIDI_CONTROLS) & set(text)


def test_shown_drops_every_bidirectional_control_and_keeps_the_rest() -> None:
    assert shown(NAME) == "张伟gpj.exe"
    assert shown("南京 Nanjing 025-1234") == "南京 Nanjing 025-1234"
    assert all(shown(c) == "" for c in BIDI_CONTROLS)
    sentence = Text("The user name {username} is taken.", {"username": SPOOF})
    assert sentence.render() == "The user name gpj.exe is taken."


def test_tables_labels_and_tooltips_show_user_text_without_bidi_controls(
        qtbot: QtBot, ctx: AppContext, make_job: MakeJob) -> None:
    make_job(name=NAME, phone="13912345678", address="南京市\u202e路1号")
    jobs = JobsView(ctx)
    customers = CustomersView(ctx)
    for view in (jobs, customers):
        qtbot.addWidget(view)
        view.activate()
    shown_cells = [jobs.model.index(0, c).data() for c in (JobColumn.CUSTOMER,
                                                           JobColumn.ADDRESS)]
    shown_cells += [customers.model.index(0, c).data() for c in (CustomerColumn.NAME,
                                                                CustomerColumn.ADDRESS)]
    assert shown_cells == ["张伟gpj.exe", "南京市路1号", "张伟gpj.exe", "南京市路1号"]
    buttons = StatusButtons()
    qtbot.addWidget(buttons)
    buttons.set_status(JobStatus.ON_HOLD, "等\u202e配件")
    assert buttons.current_label.text().endswith("(等配件)")
    section = CustomerSection(ctx)
    qtbot.addWidget(section)
    section.show_existing_job(NAME, PHONE, "南京市\u202e路1号")
    assert section.summary.text() == "张伟gpj.exe  13912345678\n南京市路1号"
    board = board_data(ctx.db, dt.date.today(), 1, dt.datetime.now(dt.UTC))
    [queued] = board.unassigned
    assert queued.customer_name == NAME  # the data keeps what was typed
    assert clean(board_texts.job_tooltip(queued, TZ)) and "张伟gpj.exe" in \
        board_texts.job_tooltip(queued, TZ)


def test_a_sentence_repeating_user_text_shows_it_without_bidi_controls() -> None:
    error = ValidationError("There is no job {number}.", number=SPOOF)
    assert error_text(error) == "There is no job gpj.exe."


def test_a_search_too_long_is_cut_and_the_count_says_so(
        qtbot: QtBot, ctx: AppContext, some_jobs: list[JobDetail]) -> None:
    jobs = JobsView(ctx)
    customers = CustomersView(ctx)
    for view in (jobs, customers):
        qtbot.addWidget(view)
        view.activate()
    long_search = "李娜" + " " * (SEARCH_LIMIT - 2) + "words past the limit"
    jobs.filter_bar.search.setText(long_search)
    jobs.filter_bar.apply_now()
    customers.search.setText(long_search)
    customers.search_now()
    notice = f"1 {{}} (only the first {SEARCH_LIMIT} characters of the search were used)"
    assert jobs.count_label.text() == notice.format("job")
    assert customers.count_label.text() == notice.format("customer")
    jobs.filter_bar.search.setText("李娜")
    jobs.filter_bar.apply_now()
    assert jobs.count_label.text() == "1 job"


def test_a_phone_with_direction_marks_is_refused_at_input() -> None:
    """A phone is checked as a phone: marks inside it make it no phone number at all."""
    with pytest.raises(ValidationError, match="is not a phone number"):
        CustomerInput("张伟", PHONE).checked()
