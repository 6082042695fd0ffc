"""Issue 22 point 1: an address typed in the app is located at once, the way the app saves it
(a customer from the customer editor, a new caller from the new-job dialog, an edited address),
with this database's own chain: cache, the online service, the bundled gazetteer. The online
service is made unreachable the real way: its server is a closed local port."""

from __future__ import annotations

import pytest

from app.db import Database
from app.geo.online import ProviderSettings
from app.models.enums import GeoPrecision, GeoSource
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.customer_queries import get_customer
from app.services.customers import CustomerInput, SiteInput, create_customer, update_site
from app.services.geocoder_settings import set_geocoder_settings
from app.services.jobs import JobInput, NewCustomer, create_job
from app.services.site_locations import geocode_site, set_site_location
from app.texts import Text

XUANWU = "江苏省南京市玄武区珠江路88号新世界中心A座1203室"
XUANWU_CENTRE = (32.050565, 118.792567)  # the gazetteer's point for 玄武区


@pytest.fixture
def unreachable(db: Database, admin: Actor) -> None:
    """The station's geocoder is a Nominatim server that refuses connections."""
    set_geocoder_settings(db, admin, ProviderSettings(domain="127.0.0.1:9", scheme="http",
                                                      timeout=1.0))


def raw_free(text: Text | None) -> str:
    assert text is not None
    sentence = str(text)
    for raw in ("nominatim", "Error", "127.0.0.1", "refused"):
        assert raw not in sentence
    return sentence


def test_a_customer_saved_in_the_editor_gets_the_district_when_offline(
        db: Database, dispatcher: Actor, unreachable: None) -> None:
    summary, _ = create_customer(db, dispatcher, CustomerInput("周敏", "13912345670"),
                                 SiteInput(XUANWU))
    outcome, changes = geocode_site(db, dispatcher, summary.site_id)
    assert outcome.updated and outcome.offline and changes == Changes.CUSTOMERS | Changes.MAP
    assert (outcome.location.lat, outcome.location.lon) == XUANWU_CENTRE
    assert (outcome.location.source, outcome.location.precision) == (
        GeoSource.GAZETTEER, GeoPrecision.DISTRICT)
    assert "玄武区" in raw_free(outcome.note)
    site = get_customer(db, summary.id).sites[0]
    assert (site.lat, site.geocode_source, site.geocode_precision) == (
        XUANWU_CENTRE[0], "gazetteer", "district")


def test_a_new_callers_site_from_the_new_job_dialog_is_located_the_same_way(
        db: Database, dispatcher: Actor, unreachable: None) -> None:
    who = NewCustomer(CustomerInput("周敏", "13912345670"), SiteInput(XUANWU))
    job, _ = create_job(db, dispatcher, who, JobInput("install"))
    outcome, _ = geocode_site(db, dispatcher, job.site_id)
    assert outcome.location.precision == GeoPrecision.DISTRICT and outcome.offline


def test_nothing_found_is_one_sentence_and_no_error(
        db: Database, dispatcher: Actor, unreachable: None) -> None:
    summary, _ = create_customer(db, dispatcher, CustomerInput("周敏", "13912345670"),
                                 SiteInput("人民路1号"))
    outcome, changes = geocode_site(db, dispatcher, summary.site_id)
    assert outcome.result is None and not outcome.updated and changes == Changes.NONE
    assert outcome.location.lat is None
    assert raw_free(outcome.note) == (
        "No location was found offline for this address and the online geocoder cannot be "
        "reached; place the pin on the map by hand.")


def test_an_edited_address_drops_the_old_location_and_is_located_again(
        db: Database, dispatcher: Actor) -> None:
    summary, _ = create_customer(db, dispatcher, CustomerInput("周敏", "13912345670"),
                                 SiteInput("江苏省南京市鼓楼区中山北路100号"))
    set_site_location(db, dispatcher, summary.site_id, 32.0736, 118.7683)
    site = get_customer(db, summary.id).sites[0]
    kept = SiteInput(site.address, lat=site.lat, lon=site.lon, access_notes="门卫处登记",
                     geocode_source=site.geocode_source, geocode_precision=site.geocode_precision)
    update_site(db, dispatcher, site.id, kept)  # notes only: the pin stays
    assert get_customer(db, summary.id).sites[0].geocode_precision == "manual"

    # The form sends the location it was given back with the new address (site_form.py).
    moved = SiteInput(XUANWU, lat=site.lat, lon=site.lon, geocode_source=site.geocode_source,
                      geocode_precision=site.geocode_precision)
    update_site(db, dispatcher, site.id, moved)
    site = get_customer(db, summary.id).sites[0]
    assert (site.lat, site.lon, site.geocode_source, site.geocode_precision) == (
        None, None, "", "none")
    outcome, _ = geocode_site(db, dispatcher, site.id, offline=True)
    assert (outcome.location.lat, outcome.location.lon) == XUANWU_CENTRE
    assert outcome.note is None  # not asked online: nothing to tell


def test_an_address_given_with_a_new_location_keeps_it(db: Database, dispatcher: Actor) -> None:
    summary, _ = create_customer(db, dispatcher, CustomerInput("周敏", "13912345670"),
                                 SiteInput("江苏省南京市鼓楼区中山北路100号"))
    update_site(db, dispatcher, summary.site_id,
                SiteInput(XUANWU, lat=32.05, lon=118.80, geocode_source="manual",
                          geocode_precision="manual"))
    site = get_customer(db, summary.id).sites[0]
    assert (site.lat, site.lon, site.geocode_precision) == (32.05, 118.80, "manual")
