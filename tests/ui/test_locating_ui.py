"""Issue 22 point 1 in the UI: an address saved in the customer editor or the new-job dialog is
located at once on the network lane (offline: the district's centre, said in one sentence),
and the map's "Set location here" gives a job without a location its pin."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from app.db import Database
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.customer_queries import get_customer
from app.services.jobs import JobDetail, get_job
from app.ui.context import AppContext
from app.ui.dialogs.customer_editor import CustomerEditor
from app.ui.map.view import MapView
from app.ui.views.jobs_view import JobsView
from tests.core import conftest as core
from tests.geo.test_locating import XUANWU, XUANWU_CENTRE
from tests.geo.test_locating import unreachable as unreachable_geocoder
from tests.scheduling import conftest as scheduling
from tests.scheduling.conftest import CENTRE

from .conftest import announced, enter_new_customer, type_text
from .map_helpers import open_map

dispatcher, place_job, unreachable = core.dispatcher, scheduling.place_job, unreachable_geocoder
OFFLINE_NOTE = ("The online geocoder cannot be reached: the site is placed at the centre of "
                "江苏省 南京市 玄武区 (district precision) until it is re-geocoded online.")


@pytest.fixture
def online_ctx(ctx: AppContext, unreachable: None) -> AppContext:
    """The app's own chain (this database's: cache, its online service, the gazetteer), with
    the online service a closed local port."""
    return dataclasses.replace(ctx, geocoding=None)


def menu_action(view: MapView, pos: QPointF) -> object:
    menu = view.context_menu(pos)
    return next(a for a in menu.actions() if a.objectName() == "setLocationHere")


def test_a_customer_created_offline_is_located_and_its_job_found_on_the_map(
        qtbot: QtBot, online_ctx: AppContext, db: Database) -> None:
    editor = CustomerEditor(online_ctx)
    qtbot.addWidget(editor)
    type_text(editor.form.name, "周敏")
    qtbot.keyClicks(editor.form.phone, "13912345670")
    type_text(editor.first_site.address, XUANWU)
    editor.save()

    assert editor.customer_id is not None and editor.error_label.isHidden()
    assert editor.located.text() == (
        f"{XUANWU}: located, District · Offline gazetteer. {OFFLINE_NOTE}")
    assert editor.sites.table.item(0, 2).text() == "District · Offline gazetteer"
    site = get_customer(db, editor.customer_id).sites[0]
    assert (site.lat, site.lon) == XUANWU_CENTRE

    jobs = JobsView(online_ctx)
    qtbot.addWidget(jobs)
    jobs.activate()
    job_editor = jobs.new_job()
    type_text(job_editor.customer.search, "13912345670")  # the caller, found by phone
    job_editor.customer.search_now()
    job_editor.form.symptom.setPlainText("不制冷")
    job_editor.save()
    assert job_editor.record_id is not None
    page = open_map(qtbot, online_ctx)
    pin = page.view.pins.point(job_editor.record_id)
    assert pin is not None and page.view.pins.job(job_editor.record_id) is not None
    assert page.view.pins.job(job_editor.record_id).lat == XUANWU_CENTRE[0]  # type: ignore[union-attr]


def test_a_new_callers_address_is_located_after_the_new_job_is_saved(
        qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    jobs = JobsView(ctx)
    qtbot.addWidget(jobs)
    jobs.activate()
    reported = announced(ctx, jobs)
    editor = jobs.new_job()
    enter_new_customer(qtbot, editor, address=XUANWU)
    editor.form.symptom.setPlainText("不制冷")
    editor.save()
    assert editor.record_id is not None
    # the job's write and the location's (the offline chain of the UI tests: the gazetteer;
    # the synchronous lane runs the locating inside the save's success, so it comes first)
    assert sorted(reported, key=lambda c: c.value) == [Changes.CUSTOMERS | Changes.MAP,
                                        Changes.JOBS | Changes.CUSTOMERS | Changes.MAP]
    assert jobs.located.text() == f"{XUANWU}: located, District · Offline gazetteer."
    site = get_customer(db, get_job(db, editor.record_id).customer_id).sites[0]
    assert (site.geocode_source, site.geocode_precision) == ("gazetteer", "district")


def test_an_edited_site_is_located_again(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    editor = CustomerEditor(ctx)
    qtbot.addWidget(editor)
    type_text(editor.form.name, "周敏")
    qtbot.keyClicks(editor.form.phone, "13912345670")
    type_text(editor.first_site.address, "人民路1号")  # no district the gazetteer knows
    editor.save()
    assert editor.customer_id is not None
    assert editor.located.text() == (
        "人民路1号: not located. No location was found for this address; place the pin on the "
        "map by hand.")
    editor.sites.select(editor.sites.record_id(0))
    editor.sites.edit(editor.sites.record_id(0))
    dialog = editor.sites.dialog
    assert dialog is not None
    dialog.site_form.address.setText(XUANWU)  # type: ignore[attr-defined]
    dialog.save()
    assert editor.located.text() == f"{XUANWU}: located, District · Offline gazetteer."
    assert get_customer(db, editor.customer_id).sites[0].geocode_precision == "district"


def test_set_location_here_gives_a_job_without_a_location_its_pin(
        qtbot: QtBot, ctx: AppContext, db: Database,
        place_job: scheduling.PlaceJob) -> None:
    place_job(at=CENTRE)
    job: JobDetail = place_job(at=None)
    page = open_map(qtbot, ctx)
    view = page.view
    assert view.pins.job(job.id) is None and job.id in view.unplaced
    here = QPointF(300, 200)
    assert not menu_action(view, here).isEnabled()  # type: ignore[attr-defined]

    page.select_jobs([job.id])  # chosen in the job list or on the board
    assert view.selected_ids() == [job.id]
    assert page.message_label.text().startswith(f"{job.number} has no location yet")
    action = menu_action(view, here)
    assert action.isEnabled() and job.number in action.text()  # type: ignore[attr-defined]
    action.trigger()  # type: ignore[attr-defined]

    site = get_customer(db, job.customer_id).sites[0]
    assert (site.lat, site.lon) == pytest.approx(view.latlon_at(here))
    assert site.geocode_source == "manual"
    assert view.pins.job(job.id) is not None and job.id not in view.unplaced
    assert view.selected_ids() == [job.id]  # still selected, now with its pin
    assert "placed by hand" in page.message_label.text()


def test_a_map_click_elsewhere_drops_the_selection_of_a_job_without_a_pin(
        qtbot: QtBot, ctx: AppContext, place_job: scheduling.PlaceJob, admin: Actor) -> None:
    job = place_job(at=None)
    page = open_map(qtbot, ctx)
    page.select_jobs([job.id])
    qtbot.mouseClick(page.view, Qt.MouseButton.LeftButton, pos=QPointF(5, 5).toPoint())
    assert page.view.selected_ids() == []
