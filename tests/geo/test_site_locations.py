"""Site locations: geocoding a site, correcting it by hand (audited), the low-precision queue
and re-geocoding it with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database, open_database
from app.errors import ValidationError
from app.geo.cache import GeocodeCacheStore
from app.geo.chain import GeocodingChain
from app.geo.gazetteer import Gazetteer
from app.models import AuditEntry, OutboxEntry, Site
from app.models.enums import GeoPrecision, GeoSource
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.customers import CustomerInput, SiteInput, create_customer, delete_customer
from app.services.site_locations import (
    build_chain,
    geocode_site,
    low_precision_sites,
    regeocode,
    set_site_location,
)
from app.services.users import create_first_admin
from tests.geo.conftest import ZHONGSHAN_NORTH, RecordingGeocoder, UnreachableGeocoder

MakeSite = Callable[..., str]


@pytest.fixture
def make_site(db: Database, dispatcher: Actor) -> MakeSite:
    def make(address: str = "江苏省南京市鼓楼区中山北路100号", name: str = "张伟",
             **site: object) -> str:
        summary, _ = create_customer(db, dispatcher, CustomerInput(name, "13912345678"),
                                     SiteInput(address, **site))  # type: ignore[arg-type]
        return summary.site_id
    return make


def site(db: Database, site_id: str) -> Site:
    with db.session() as s:
        row = s.get(Site, site_id)
        assert row is not None
        return row


def audits(db: Database, site_id: str) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity_id == site_id)
                              .order_by(AuditEntry.at, AuditEntry.id)))


def test_geocoding_a_site_stores_source_and_precision_audited(
        db: Database, dispatcher: Actor, make_site: MakeSite, cache: GeocodeCacheStore,
        gazetteer: Gazetteer) -> None:
    site_id = make_site()
    chain = GeocodingChain(cache, RecordingGeocoder(), gazetteer)
    outcome, changes = geocode_site(db, dispatcher, site_id, chain)
    assert outcome.updated and changes == Changes.CUSTOMERS | Changes.MAP
    row = site(db, site_id)
    assert (row.lat, row.lon) == ZHONGSHAN_NORTH
    assert (row.geocode_source, row.geocode_precision) == ("online", "street")
    entry = audits(db, site_id)[-1]
    assert entry.action == "geocode" and entry.username == "disp"
    assert entry.after["geocode_source"] == "online" and entry.before["lat"] is None
    with db.session() as s:
        outbox = s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == site_id)).all()
    assert any("lat" in e.fields for e in outbox)


def test_a_site_without_its_district_in_the_address_uses_its_fields(
        db: Database, dispatcher: Actor, make_site: MakeSite, gazetteer: Gazetteer) -> None:
    site_id = make_site("中山北路100号", province="江苏省", city="南京市", district="鼓楼区")
    outcome, _ = geocode_site(db, dispatcher, site_id, GeocodingChain(None, None, gazetteer))
    assert outcome.result is not None and outcome.result.label == "江苏省 南京市 鼓楼区"
    assert outcome.location.precision == "district" and outcome.location.source == "gazetteer"


def test_offline_a_site_gets_its_district_centre_and_nothing_worse_replaces_better(
        db: Database, dispatcher: Actor, make_site: MakeSite, cache: GeocodeCacheStore,
        gazetteer: Gazetteer) -> None:
    site_id = make_site()
    offline = GeocodingChain(cache, UnreachableGeocoder(), gazetteer)
    outcome, _ = geocode_site(db, dispatcher, site_id, offline)
    assert outcome.updated and outcome.offline
    assert outcome.location.precision == "district"
    assert outcome.note is not None and "timed out" not in str(outcome.note)
    assert str(outcome.note) == (
        "The online geocoder cannot be reached: the site is placed at the centre of 江苏省 南京市 "
        "鼓楼区 (district precision) until it is re-geocoded online.")
    geocode_site(db, dispatcher, site_id, GeocodingChain(cache, RecordingGeocoder(), gazetteer))
    assert site(db, site_id).geocode_precision == "street"
    outcome, changes = geocode_site(db, dispatcher, site_id, offline, offline=True)
    assert not outcome.updated and changes == Changes.NONE
    assert site(db, site_id).geocode_precision == "street"


def test_nothing_found_leaves_the_site_for_a_manual_pin(
        db: Database, dispatcher: Actor, make_site: MakeSite, gazetteer: Gazetteer) -> None:
    site_id = make_site("人民路1号")
    outcome, changes = geocode_site(db, dispatcher, site_id, GeocodingChain(None, None, gazetteer))
    assert outcome.result is None and not outcome.updated and changes == Changes.NONE
    assert site(db, site_id).lat is None


def test_a_manual_correction_is_audited_and_marked_manual(
        db: Database, dispatcher: Actor, make_site: MakeSite, gazetteer: Gazetteer) -> None:
    site_id = make_site()
    geocode_site(db, dispatcher, site_id, GeocodingChain(None, None, gazetteer))
    location, changes = set_site_location(db, dispatcher, site_id, 32.0741, 118.7672,
                                          reason="customer sent the gate's position")
    assert changes & Changes.MAP
    assert (location.lat, location.lon, location.source, location.precision) == \
        (32.0741, 118.7672, GeoSource.MANUAL, GeoPrecision.MANUAL)
    entry = audits(db, site_id)[-1]
    assert entry.action == "locate" and entry.reason == "customer sent the gate's position"
    assert entry.before["geocode_source"] == "gazetteer"
    located = {k: entry.after[k] for k in ("lat", "lon", "geocode_source", "geocode_precision")}
    assert located == {"lat": 32.0741, "lon": 118.7672, "geocode_source": "manual",
                       "geocode_precision": "manual"}
    # A geocoder never moves a pin placed by hand; forcing it (new address) does.
    outcome, _ = geocode_site(db, dispatcher, site_id,
                              GeocodingChain(None, RecordingGeocoder(), gazetteer))
    assert not outcome.updated and site(db, site_id).geocode_source == "manual"
    outcome, _ = geocode_site(db, dispatcher, site_id,
                              GeocodingChain(None, RecordingGeocoder(), gazetteer), force=True)
    assert outcome.updated and site(db, site_id).geocode_source == "online"


@pytest.mark.parametrize(("lat", "lon"), [(91, 118), (32, 181), (-90.5, 0), (float("nan"), 1)])
def test_a_manual_location_out_of_range_is_refused(
        db: Database, dispatcher: Actor, make_site: MakeSite, lat: float, lon: float) -> None:
    site_id = make_site()
    with pytest.raises(ValidationError):
        set_site_location(db, dispatcher, site_id, lat, lon)
    assert site(db, site_id).lat is None and audits(db, site_id)[-1].action == "create"


def test_low_precision_sites_are_listed_worst_first(
        db: Database, dispatcher: Actor, make_site: MakeSite, gazetteer: Gazetteer) -> None:
    ids = {
        "none": make_site("人民路1号", name="甲"),
        "district": make_site("南京市鼓楼区中山北路1号", name="乙"),
        "city": make_site("南京市某某路2号", name="丙"),
        "street": make_site("南京市鼓楼区湖南路3号", name="丁"),
        "manual": make_site("南京市玄武区4号", name="戊"),
        "gone": make_site("南京市江宁区5号", name="己"),
    }
    chain = GeocodingChain(None, None, gazetteer)
    for key in ("district", "city", "gone"):
        geocode_site(db, dispatcher, ids[key], chain)
    geocode_site(db, dispatcher, ids["street"], GeocodingChain(None, RecordingGeocoder(), None))
    set_site_location(db, dispatcher, ids["manual"], 32.05, 118.80)
    with db.session() as s:
        gone = s.get(Site, ids["gone"])
        assert gone is not None
        customer_id = gone.customer_id
    delete_customer(db, dispatcher, customer_id)
    listed = low_precision_sites(db)
    assert [(r.site_id, r.precision) for r in listed] == [
        (ids["none"], "none"), (ids["city"], "city"), (ids["district"], "district")]
    assert listed[1].customer_name == "丙" and listed[1].source == "gazetteer"
    assert len(low_precision_sites(db, limit=1)) == 1


def test_regeocode_improves_sites_with_progress(
        db: Database, dispatcher: Actor, make_site: MakeSite, cache: GeocodeCacheStore,
        gazetteer: Gazetteer) -> None:
    ids = [make_site(f"南京市鼓楼区中山北路{n}号") for n in (1, 2, 3)]
    for site_id in ids:
        geocode_site(db, dispatcher, site_id, GeocodingChain(None, None, gazetteer))
    seen: list[tuple[int, int]] = []
    online = RecordingGeocoder()
    summary = regeocode(db, dispatcher, [r.site_id for r in low_precision_sites(db)],
                        GeocodingChain(cache, online, gazetteer),
                        progress=lambda done, total: seen.append((done, total)))
    assert (summary.total, summary.done, summary.improved) == (3, 3, 3)
    assert not summary.cancelled and summary.offline is None
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert low_precision_sites(db) == []
    assert {site(db, i).geocode_precision for i in ids} == {"street"}


def test_regeocode_stops_when_cancelled_and_keeps_what_it_did(
        db: Database, dispatcher: Actor, make_site: MakeSite, gazetteer: Gazetteer) -> None:
    ids = [make_site(f"南京市鼓楼区中山北路{n}号") for n in (1, 2, 3, 4)]
    online = RecordingGeocoder()
    summary = regeocode(db, dispatcher, ids, GeocodingChain(None, online, gazetteer),
                        cancelled=lambda: len(online.calls) >= 2)
    assert summary.cancelled and (summary.done, summary.improved) == (2, 2)
    assert [site(db, i).geocode_precision for i in ids] == ["street", "street", "none", "none"]


def test_regeocode_offline_falls_back_to_the_gazetteer_and_keeps_better_locations(
        db: Database, dispatcher: Actor, make_site: MakeSite, cache: GeocodeCacheStore,
        gazetteer: Gazetteer) -> None:
    ids = [make_site(f"南京市鼓楼区中山北路{n}号") for n in (1, 2, 3)]
    precise = make_site("南京市玄武区中山路4号")
    geocode_site(db, dispatcher, precise, GeocodingChain(cache, RecordingGeocoder(), None))
    online = UnreachableGeocoder()
    summary = regeocode(db, dispatcher, [*ids, precise], GeocodingChain(cache, online, gazetteer))
    # The service is asked once; then the cache and the gazetteer answer the rest.
    assert len(online.calls) == 1
    assert (summary.done, summary.improved, summary.unchanged) == (4, 3, 1)
    assert summary.offline is not None and "timed out" not in str(summary.offline)
    assert {site(db, i).geocode_precision for i in ids} == {"district"}
    assert (site(db, precise).geocode_precision, site(db, precise).geocode_source) == (
        "street", "online")


def test_regeocode_counts_addresses_the_geocoder_does_not_know(
        db: Database, dispatcher: Actor, make_site: MakeSite) -> None:
    ids = [make_site("人民路1号"), make_site("人民路2号")]
    summary = regeocode(db, dispatcher, ids, GeocodingChain(None, RecordingGeocoder(None), None))
    assert (summary.done, summary.not_found, summary.improved) == (2, 2, 0)


def test_the_databases_chain_is_built_from_its_settings(db: Database, admin: Actor) -> None:
    chain = build_chain(db)
    assert chain.online is not None and chain.online.name == "nominatim"
    assert isinstance(chain.cache, GeocodeCacheStore) and chain.gazetteer is not None
    assert chain.near == ""  # the station has no address


def test_ambiguous_names_resolve_near_the_station(tmp_path: Path) -> None:
    db = open_database(tmp_path / "nanjing.sqlite")
    create_first_admin(db, "admin", "管理员", "correct-horse", station={
        "code": "NJ01", "name": "南京服务站", "address": "江苏省南京市玄武区中山路1号"})
    chain = build_chain(db)
    db.dispose()
    assert chain.near == "3201"
    found = chain.geocode("鼓楼区中山北路100号", offline=True)
    assert found is not None and found.label == "鼓楼区" and 32.0 < found.lat < 32.1
