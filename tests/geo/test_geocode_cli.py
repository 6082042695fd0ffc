"""`fielddesk geocode`: one line `lat lon source precision`, exit 1 when nothing is found."""

from __future__ import annotations

from pathlib import Path

from app.db import Database
from app.geo.cache import GeocodeCacheStore
from app.geo.gazetteer import Gazetteer
from app.geo.online import ProviderSettings
from app.geo.types import GeoResult
from app.models.enums import GeoPrecision, GeoSource
from app.services.actor import Actor
from app.services.geocoder_settings import set_geocoder_settings
from tests.cli import fielddesk


def test_offline_lookup_prints_the_district_centre(tmp_path: Path, gazetteer: Gazetteer) -> None:
    out = fielddesk("geocode", "江苏南京鼓楼区中山北路100号", "--offline",
                    "--db", str(tmp_path / "none.sqlite"))
    assert out.returncode == 0, out.stderr
    gulou = gazetteer.divisions["320106"]
    assert out.stdout == f"{gulou.lat:.6f} {gulou.lon:.6f} gazetteer district\n"
    assert not (tmp_path / "none.sqlite").exists()  # no database is created for a lookup


def test_no_result_is_one_line_and_exit_1(tmp_path: Path) -> None:
    out = fielddesk("geocode", "人民路1号", "--offline", "--db", str(tmp_path / "none.sqlite"))
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and "no location found" in out.stderr


def test_the_databases_cache_answers_first(db: Database, tmp_path: Path) -> None:
    GeocodeCacheStore(db).put("南京市鼓楼区中山北路100号", GeoResult(
        32.0736, 118.7683, GeoSource.ONLINE, GeoPrecision.ROOFTOP, GeoSource.ONLINE))
    out = fielddesk("geocode", "南京市鼓楼区中山北路100号", "--offline",
                    "--db", str(tmp_path / "station.sqlite"))
    assert out.returncode == 0, out.stderr
    assert out.stdout == "32.073600 118.768300 cache rooftop\n"


def test_an_unreachable_geocoder_falls_back_and_says_so(db: Database, supervisor: Actor,
                                                         tmp_path: Path) -> None:
    set_geocoder_settings(db, supervisor, ProviderSettings(domain="127.0.0.1:9", scheme="http"))
    out = fielddesk("geocode", "上海市浦东新区世纪大道100号",
                    "--db", str(tmp_path / "station.sqlite"))
    assert out.returncode == 0, out.stderr
    assert out.stdout.endswith(" gazetteer district\n")
    assert "offline" in out.stderr and "gazetteer" in out.stderr
