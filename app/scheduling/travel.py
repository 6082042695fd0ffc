"""Travel time between two sites: straight-line distance x road factor / speed.

The distance is a haversine great circle on the mean Earth radius, not geopy's geodesic: the
board estimates a gap between every pair of consecutive visits (about 5,000 a week) and a
suggestion one per technician, and `geopy.distance.geodesic` costs about 90 us a call against
about 1 us here. Over a station's area the two differ by under 0.5 %, far less than the road
factor's own uncertainty (tests/scheduling/test_travel.py compares them).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG), as geopy's great_circle uses

LatLon = tuple[float | None, float | None]


def distance_km(a: LatLon | None, b: LatLon | None) -> float | None:
    """Great-circle distance in km, or None when either point lacks a coordinate."""
    if a is None or b is None:
        return None
    lat1, lon1 = a
    lat2, lon2 = b
    if lat1 is None or lon1 is None or lat2 is None or lon2 is None:
        return None
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True)
class TravelModel:
    """How long a technician drives between two points.

    road_factor: road distance over straight-line distance (1.3 suits a Chinese city's grid;
        raise it for rivers, ring roads or hills).
    speed_kmh: average door-to-door speed including parking (30 km/h in town traffic on a
        scooter or van; 40-50 for a rural station).
    """

    road_factor: float = 1.3
    speed_kmh: float = 30.0

    def __post_init__(self) -> None:
        if self.road_factor < 1.0:
            raise ValueError("the road factor cannot be below 1")
        if self.speed_kmh <= 0:
            raise ValueError("the speed must be positive")

    def minutes_for_km(self, km: float) -> int:
        """Whole minutes, rounded up (a dispatcher plans in minutes and should not run late)."""
        return math.ceil(km * self.road_factor / self.speed_kmh * 60 - 1e-9)

    def minutes(self, a: LatLon | None, b: LatLon | None) -> int | None:
        """Driving minutes from a to b, or None when a coordinate is missing."""
        km = distance_km(a, b)
        return None if km is None else self.minutes_for_km(km)
