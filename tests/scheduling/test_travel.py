"""Travel minutes: straight line x road factor / speed, rounded up; None without coordinates."""

from __future__ import annotations

import math

import pytest
from geopy.distance import geodesic

from app.scheduling.travel import TravelModel, distance_km
from tests.scheduling.conftest import CENTRE, NORTH_10KM, SOUTH_20KM


def test_minutes_follow_road_factor_and_speed() -> None:
    km = distance_km(CENTRE, NORTH_10KM)
    assert km == pytest.approx(10.007, abs=0.01)
    assert TravelModel().minutes(CENTRE, NORTH_10KM) == math.ceil(km * 1.3 / 30 * 60) == 27
    assert TravelModel(road_factor=1.0, speed_kmh=60).minutes(CENTRE, NORTH_10KM) == 11
    assert TravelModel(road_factor=1.5, speed_kmh=20).minutes(CENTRE, NORTH_10KM) == 46


def test_same_place_is_zero_and_missing_coordinates_are_none() -> None:
    travel = TravelModel()
    assert travel.minutes(CENTRE, CENTRE) == 0
    assert travel.minutes(CENTRE, None) is None
    assert travel.minutes((None, None), CENTRE) is None
    assert travel.minutes(CENTRE, (32.0, None)) is None


def test_haversine_stays_within_half_a_percent_of_geodesic() -> None:
    for a, b in [(CENTRE, NORTH_10KM), (CENTRE, SOUTH_20KM), (CENTRE, (31.3, 119.6))]:
        assert distance_km(a, b) == pytest.approx(geodesic(a, b).km, rel=0.005)


@pytest.mark.parametrize(("factor", "speed"), [(0.9, 30.0), (1.3, 0.0)])
def test_nonsense_settings_are_refused(factor: float, speed: float) -> None:
    with pytest.raises(ValueError):
        TravelModel(road_factor=factor, speed_kmh=speed)
