"""Geocoding: an address answered from the local cache, and by the offline gazetteer.

The cache lives in its own database of 100,000 cached addresses (a large station's sites); the
chain around it has an online geocoder that a cache hit must never call. Baselines in the same
run: the cache's primary-key read in plain sqlite3, and a gazetteer "lookup" that merely tests
every division name against the address (what the single-pass index replaces).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert

from app.db import open_database
from app.geo.cache import GeocodeCacheStore, address_key
from app.geo.chain import GeocodingChain
from app.geo.gazetteer import default_gazetteer
from app.geo.online import NominatimGeocoder, ProviderSettings
from app.models import GeocodeCache
from app.models.base import utcnow
from benchmarks.harness import Figure, median_ms
from benchmarks.large_db import CACHE

CACHED = 100_000
FORMS = (
    "江苏省南京市鼓楼区中山北路100号", "江苏南京鼓楼区中山北路100号", "南京鼓楼",
    "上海市浦东新区世纪大道100号", "北京朝阳区建国路88号", "吉林省长春市朝阳区人民大街",
    "新疆维吾尔自治区乌鲁木齐市天山区解放北路", "广西壮族自治区南宁市青秀区民族大道",
    "湖北恩施州利川市", "重庆忠县忠州街道", "南京中山北路1号", "鼓楼区中山北路100号",
    "浙江省杭州市西湖区文三路", "广东省深圳市南山区科技园科发路", "人民路1号",
)


def address(n: int) -> str:
    return f"江苏省南京市鼓楼区中山北路{n}号{n % 7}栋{n % 13}室"


def cache_db(path: Path) -> None:
    path.unlink(missing_ok=True)
    db = open_database(path)
    now = utcnow()
    rows = [{"address_key": address_key(address(n)), "lat": 32.07 + n * 1e-7, "lon": 118.77,
             "source": "online", "precision": "rooftop", "provider": "nominatim",
             "cached_at": now} for n in range(CACHED)]
    with db.session() as s:
        s.execute(insert(GeocodeCache), rows)
    db.dispose()


def per_call_ms(fn: Callable[[str], object], args: list[str]) -> float:
    def batch() -> None:
        for a in args:
            fn(a)
    return median_ms(batch, runs=7) / len(args)


def run(_large_db: Path) -> list[Figure]:
    path = CACHE / "geo-cache.sqlite"
    cache_db(path)
    db = open_database(path)
    try:
        unreachable = NominatimGeocoder(ProviderSettings(domain="127.0.0.1:9", scheme="http"))
        chain = GeocodingChain(GeocodeCacheStore(db), unreachable, default_gazetteer())
        sample = [address(n) for n in range(0, CACHED, CACHED // 200)]
        assert all(r is not None and r.source == "cache" for r in map(chain.geocode, sample))
        conn = sqlite3.connect(path)
        keys = [address_key(a) for a in sample]
        raw = per_call_ms(lambda k: conn.execute(
            "SELECT lat, lon, source, precision FROM geocode_cache WHERE address_key = ?",
            (k,)).fetchone(), keys)
        conn.close()
        cached = per_call_ms(chain.geocode, sample)
    finally:
        db.dispose()
    gazetteer = default_gazetteer()
    names = [n for d in gazetteer.divisions.values() for n in (d.name, d.short_name) if n]
    scan = per_call_ms(lambda a: [n for n in names if n in a], list(FORMS))
    lookup = per_call_ms(gazetteer.lookup, list(FORMS))
    worst = max(per_call_ms(gazetteer.lookup, [form]) for form in FORMS)
    return [
        Figure("baseline: cache row by key, plain sqlite3", raw, None),
        Figure(f"geocode from cache ({CACHED:,} cached addresses)", cached, 1,
               "cache row by key, plain sqlite3", raw, len(sample)),
        Figure("baseline: test every division name against the address", scan, None),
        Figure(f"offline gazetteer lookup, mean of {len(FORMS)} address forms", lookup, 5,
               "test every division name", scan, len(FORMS)),
        Figure("offline gazetteer lookup, slowest address form", worst, 5,
               "test every division name", scan, len(FORMS)),
    ]
