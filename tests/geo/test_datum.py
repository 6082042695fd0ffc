"""WGS84 <-> GCJ-02 <-> BD-09 with published pairs, round trips and the border of China."""

from __future__ import annotations

import math
import random

import pytest

from app.geo.datum import (
    Datum,
    bd09_to_gcj02,
    bd09_to_wgs84,
    gcj02_to_bd09,
    gcj02_to_wgs84,
    to_wgs84,
    wgs84_to_bd09,
    wgs84_to_gcj02,
)


def metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    dy = (a[0] - b[0]) * 111_320
    dx = (a[1] - b[1]) * 111_320 * math.cos(math.radians(a[0]))
    return math.hypot(dx, dy)


def test_the_published_shanghai_pair_is_reproduced_exactly() -> None:
    # The test pair of the eviltransform project (WGS84 -> GCJ-02), Pudong.
    lat, lon = wgs84_to_gcj02(31.1774276, 121.5272106)
    assert lat == pytest.approx(31.17530398364597, abs=1e-12)
    assert lon == pytest.approx(121.531541859215, abs=1e-12)


def test_tiananmen_on_baidu_amap_and_wgs84_maps_is_one_place() -> None:
    baidu = (39.915, 116.404)  # Baidu's own sample point for Tiananmen (BD-09)
    amap = (39.90923, 116.397428)  # AMap's sample point for Tiananmen (GCJ-02)
    wgs84 = (39.90722, 116.39083)  # Tiananmen gate, 39°54′26″N 116°23′27″E
    assert metres(bd09_to_gcj02(*baidu), amap) < 100
    assert metres(gcj02_to_wgs84(*amap), wgs84) < 150
    assert metres(bd09_to_wgs84(*baidu), wgs84) < 150
    assert 500 < metres(amap, wgs84) < 800  # the offset being removed


def test_the_offset_in_nanjing_is_a_few_hundred_metres() -> None:
    gulou = (32.0666, 118.7702)
    assert 300 < metres(wgs84_to_gcj02(*gulou), gulou) < 700
    assert 800 < metres(wgs84_to_bd09(*gulou), gulou) < 1500


def test_round_trips_are_exact_to_a_millionth_of_a_degree() -> None:
    rng = random.Random(7)
    for _ in range(500):
        point = (rng.uniform(18.0, 53.0), rng.uniform(74.0, 134.0))
        back = gcj02_to_wgs84(*wgs84_to_gcj02(*point))
        assert back == pytest.approx(point, abs=1e-6)
        back = bd09_to_wgs84(*wgs84_to_bd09(*point))
        assert back == pytest.approx(point, abs=1e-6)
        assert bd09_to_gcj02(*gcj02_to_bd09(*point)) == pytest.approx(point, abs=1e-6)


def test_outside_china_there_is_no_offset() -> None:
    for point in ((48.8584, 2.2945), (-33.8568, 151.2153), (40.6892, -74.0445), (60.0, 100.0)):
        assert wgs84_to_gcj02(*point) == point
        assert gcj02_to_wgs84(*point) == point


def test_a_provider_answer_is_converted_by_its_datum() -> None:
    amap = (32.0607, 118.7761)
    assert to_wgs84(*amap, Datum.WGS84) == amap
    assert to_wgs84(*amap, "gcj02") == gcj02_to_wgs84(*amap)
    assert to_wgs84(*amap, Datum.BD09) == bd09_to_wgs84(*amap)
    with pytest.raises(ValueError):
        to_wgs84(*amap, "mars")
