"""The Chinese map datums: WGS84 <-> GCJ-02 ("Mars coordinates") and BD-09 (Baidu).

FieldDesk stores WGS84 (what GPS, OpenStreetMap and Nominatim use). Chinese map providers answer
in GCJ-02 (AMap/Gaode, Tencent, Google's mainland map) or BD-09 (Baidu); their points are 300-600 m
off a WGS84 map in eastern China. The formulas are the widely published ones (e.g. the
`eviltransform` and `coordTransform` projects): GCJ-02 from WGS84 and BD-09 from GCJ-02 are
closed forms; their inverses are found by fixed-point iteration to better than 1e-6 degrees
(about 0.1 m). Outside China's bounding box there is no GCJ-02 offset. Points are (lat, lon) in
degrees throughout.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import StrEnum

_A = 6378245.0  # the Krasovsky 1940 ellipsoid GCJ-02 is defined on
_EE = 0.00669342162296594323  # its first eccentricity squared
_X_PI = math.pi * 3000.0 / 180.0
_TOLERANCE = 1e-7  # degrees; the answers are within 1e-6
_MAX_STEPS = 30


class Datum(StrEnum):
    WGS84 = "wgs84"
    GCJ02 = "gcj02"
    BD09 = "bd09"


def out_of_china(lat: float, lon: float) -> bool:
    """Outside the bounding box where the GCJ-02 offset applies."""
    return not (72.004 <= lon <= 137.8347 and 0.8293 <= lat <= 55.8271)


def _offset_lat(x: float, y: float) -> float:
    ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y * math.pi / 30.0)) \
        * 2.0 / 3.0
    return ret


def _offset_lon(x: float, y: float) -> float:
    ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) \
        * 2.0 / 3.0
    return ret


def wgs84_to_gcj02(lat: float, lon: float) -> tuple[float, float]:
    if out_of_china(lat, lon):
        return lat, lon
    d_lat = _offset_lat(lon - 105.0, lat - 35.0)
    d_lon = _offset_lon(lon - 105.0, lat - 35.0)
    rad_lat = lat / 180.0 * math.pi
    magic = 1 - _EE * math.sin(rad_lat) ** 2
    sqrt_magic = math.sqrt(magic)
    d_lat = (d_lat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    d_lon = (d_lon * 180.0) / (_A / sqrt_magic * math.cos(rad_lat) * math.pi)
    return lat + d_lat, lon + d_lon


def gcj02_to_wgs84(lat: float, lon: float) -> tuple[float, float]:
    """The WGS84 point whose GCJ-02 image is (lat, lon), by fixed-point iteration."""
    if out_of_china(lat, lon):
        return lat, lon
    return _invert(wgs84_to_gcj02, lat, lon, lat, lon)


def _invert(forward: Callable[[float, float], tuple[float, float]], lat: float, lon: float,
            guess_lat: float, guess_lon: float) -> tuple[float, float]:
    """The point that `forward` maps to (lat, lon): step back by the error until it is
    below the tolerance (the offsets change slowly, so each step gains about 1e-5)."""
    x_lat, x_lon = guess_lat, guess_lon
    for _ in range(_MAX_STEPS):
        f_lat, f_lon = forward(x_lat, x_lon)
        e_lat, e_lon = f_lat - lat, f_lon - lon
        x_lat, x_lon = x_lat - e_lat, x_lon - e_lon
        if abs(e_lat) < _TOLERANCE and abs(e_lon) < _TOLERANCE:
            break
    return x_lat, x_lon


def bd09_to_gcj02(lat: float, lon: float) -> tuple[float, float]:
    """The published closed form (good to about 1e-5 degrees), refined by iteration."""
    x, y = lon - 0.0065, lat - 0.006
    z = math.sqrt(x * x + y * y) - 0.00002 * math.sin(y * _X_PI)
    theta = math.atan2(y, x) - 0.000003 * math.cos(x * _X_PI)
    g_lat, g_lon = z * math.sin(theta), z * math.cos(theta)
    return _invert(gcj02_to_bd09, lat, lon, g_lat, g_lon)


def gcj02_to_bd09(lat: float, lon: float) -> tuple[float, float]:
    z = math.sqrt(lon * lon + lat * lat) + 0.00002 * math.sin(lat * _X_PI)
    theta = math.atan2(lat, lon) + 0.000003 * math.cos(lon * _X_PI)
    return z * math.sin(theta) + 0.006, z * math.cos(theta) + 0.0065


def bd09_to_wgs84(lat: float, lon: float) -> tuple[float, float]:
    return gcj02_to_wgs84(*bd09_to_gcj02(lat, lon))


def wgs84_to_bd09(lat: float, lon: float) -> tuple[float, float]:
    return gcj02_to_bd09(*wgs84_to_gcj02(lat, lon))


def to_wgs84(lat: float, lon: float, datum: Datum | str) -> tuple[float, float]:
    """A provider's answer in `datum`, as WGS84."""
    match Datum(datum):
        case Datum.WGS84:
            return lat, lon
        case Datum.GCJ02:
            return gcj02_to_wgs84(lat, lon)
        case Datum.BD09:
            return bd09_to_wgs84(lat, lon)
