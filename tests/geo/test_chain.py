"""The chain's order: cache -> online -> gazetteer -> nothing, with the real SQLite cache."""

from __future__ import annotations

from sqlalchemy import func, select

from app.db import Database
from app.geo.cache import GeocodeCacheStore, address_key
from app.geo.chain import GeocodingChain, near_hint
from app.geo.gazetteer import Gazetteer
from app.models import GeocodeCache
from app.models.enums import GeoPrecision, GeoSource
from tests.geo.conftest import ZHONGSHAN_NORTH, RecordingGeocoder, UnreachableGeocoder

ADDRESS = "江苏省南京市鼓楼区中山北路100号"
GULOU = "320106"


def cached_rows(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(GeocodeCache)) or 0)


def test_an_online_answer_is_cached_and_a_cache_hit_calls_nothing_else(
        db: Database, cache: GeocodeCacheStore, gazetteer: Gazetteer) -> None:
    online = RecordingGeocoder()
    chain = GeocodingChain(cache, online, gazetteer)
    first = chain.geocode(ADDRESS)
    assert first is not None and first.source == GeoSource.ONLINE
    assert (first.lat, first.lon) == ZHONGSHAN_NORTH and first.precision == GeoPrecision.STREET
    assert online.calls == [ADDRESS] and cached_rows(db) == 1

    class NoGazetteer(Gazetteer):
        def lookup(self, address: str, near: str = "") -> None:
            raise AssertionError("the gazetteer was asked after a cache hit")

    hit = GeocodingChain(cache, online, NoGazetteer([])).geocode(ADDRESS)
    assert hit is not None and hit.source == GeoSource.CACHE and hit.origin == GeoSource.ONLINE
    assert (hit.lat, hit.lon, hit.precision) == (first.lat, first.lon, first.precision)
    assert hit.provider == "recording"
    assert online.calls == [ADDRESS]  # not asked again


def test_the_cache_key_ignores_spaces_and_full_width_forms(
        cache: GeocodeCacheStore, gazetteer: Gazetteer) -> None:
    online = RecordingGeocoder()
    chain = GeocodingChain(cache, online, gazetteer)
    chain.geocode("南京市 鼓楼区 中山北路１００号")
    again = chain.geocode("南京市鼓楼区中山北路100号")
    assert again is not None and again.source == GeoSource.CACHE and len(online.calls) == 1
    assert address_key("Ａ Ｂ  c") == "abc"
    long_key = address_key("路" * 400)
    assert len(long_key) == 255 and long_key != address_key("路" * 401)


def test_offline_falls_back_to_the_gazetteer_without_asking_online(
        db: Database, cache: GeocodeCacheStore, gazetteer: Gazetteer) -> None:
    online = RecordingGeocoder()
    attempt = GeocodingChain(cache, online, gazetteer).attempt(ADDRESS, offline=True)
    found = attempt.result
    assert found is not None and found.source == found.origin == GeoSource.GAZETTEER
    assert found.precision == GeoPrecision.DISTRICT and found.label == "江苏省 南京市 鼓楼区"
    assert (found.lat, found.lon) == (gazetteer.divisions[GULOU].lat,
                                      gazetteer.divisions[GULOU].lon)
    assert online.calls == [] and attempt.unavailable == ""
    assert cached_rows(db) == 0  # gazetteer answers are not cached


def test_offline_still_uses_the_cache(cache: GeocodeCacheStore, gazetteer: Gazetteer) -> None:
    GeocodingChain(cache, RecordingGeocoder(), gazetteer).geocode(ADDRESS)
    hit = GeocodingChain(cache, UnreachableGeocoder(), gazetteer).geocode(ADDRESS, offline=True)
    assert hit is not None and hit.source == GeoSource.CACHE


def test_an_unreachable_geocoder_is_handled_and_the_gazetteer_answers(
        db: Database, cache: GeocodeCacheStore, gazetteer: Gazetteer) -> None:
    online = UnreachableGeocoder()
    attempt = GeocodingChain(cache, online, gazetteer).attempt(ADDRESS)
    assert online.calls == [ADDRESS]
    assert "timed out" in attempt.unavailable
    assert attempt.result is not None and attempt.result.source == GeoSource.GAZETTEER
    assert cached_rows(db) == 0


def test_an_address_unknown_online_falls_back_to_the_gazetteer(
        db: Database, cache: GeocodeCacheStore, gazetteer: Gazetteer) -> None:
    attempt = GeocodingChain(cache, RecordingGeocoder(answer=None), gazetteer).attempt(ADDRESS)
    assert attempt.result is not None and attempt.result.source == GeoSource.GAZETTEER
    assert attempt.unavailable == "" and cached_rows(db) == 0


def test_nothing_found_anywhere_is_none(cache: GeocodeCacheStore, gazetteer: Gazetteer) -> None:
    chain = GeocodingChain(cache, RecordingGeocoder(answer=None), gazetteer)
    assert chain.geocode("人民路1号") is None
    assert chain.geocode("   ") is None
    assert GeocodingChain(None, None, None).geocode(ADDRESS) is None


def test_gazetteer_precision_follows_the_division_level(gazetteer: Gazetteer) -> None:
    chain = GeocodingChain(None, None, gazetteer)
    precisions = {a: r.precision for a in ("南京鼓楼", "南京", "江苏", "北京", "北京海淀")
                  if (r := chain.geocode(a)) is not None}
    assert precisions == {"南京鼓楼": "district", "南京": "city", "江苏": "province",
                          "北京": "city", "北京海淀": "district"}


def test_the_station_hint_settles_ambiguous_names(gazetteer: Gazetteer) -> None:
    near = near_hint(gazetteer, "江苏省南京市玄武区中山路1号")
    assert near == "3201"
    assert near_hint(gazetteer, "北京市朝阳区建国路1号") == "11"
    assert near_hint(gazetteer, "") == ""
    found = GeocodingChain(None, None, gazetteer, near=near).geocode("鼓楼区中山北路100号")
    assert found is not None and found.label == "鼓楼区"
    assert (found.lat, found.lon) == (gazetteer.divisions[GULOU].lat,
                                      gazetteer.divisions[GULOU].lon)
    assert GeocodingChain(None, None, gazetteer).geocode("鼓楼区中山北路100号") is None
