"""The parts of an address a dispatcher reads: its district, and what is left once the
station's own province and city are dropped ("江苏省南京市鼓楼区中山北路100号" in Nanjing reads
"鼓楼区中山北路100号"). Names come from the bundled gazetteer, full or short."""

from __future__ import annotations

from dataclasses import dataclass

from app.geo.gazetteer import _STREET_WORDS, Division, Gazetteer, Level, default_gazetteer

SEPARATORS = " ,，、·\u3000"


@dataclass(frozen=True)
class HomeArea:
    """The station's province and city: the names (longest first) an address may start with,
    and the adcode prefix that settles an ambiguous district name."""

    province: tuple[str, ...] = ()
    city: tuple[str, ...] = ()
    near: str = ""


def _names(division: Division | None) -> tuple[str, ...]:
    if division is None:
        return ()
    return tuple(sorted({division.name, division.short_name} - {""}, key=len, reverse=True))


def home_area(station_address: str, gazetteer: Gazetteer | None = None) -> HomeArea:
    """The area of the station's address; empty when the gazetteer does not know it."""
    g = gazetteer or default_gazetteer()
    hit = g.lookup(station_address) if station_address.strip() else None
    if hit is None:
        return HomeArea()
    found = g.divisions[hit.adcode]
    province = found if found.level == Level.PROVINCE else g.divisions.get(found.province_code)
    city = found if found.level == Level.CITY else (
        g.divisions.get(found.city_code) if found.level == Level.DISTRICT else None)
    near = (city.adcode[:4] if city is not None
            else province.adcode[:2] if province is not None else "")
    return HomeArea(_names(province), _names(city), near)


def _drop(text: str, names: tuple[str, ...]) -> str:
    """`text` without the first of `names` it starts with, unless that is a street's name
    ("南京路" is a street, not the city)."""
    for name in names:
        rest = text[len(name):]
        if text.startswith(name) and not rest.startswith(_STREET_WORDS):
            return rest.lstrip(SEPARATORS)
    return text


def local_address(address: str, home: HomeArea) -> str:
    """The address without the station's own province and city at its start (either may be
    missing); an address elsewhere, or one that would be left empty, stays whole."""
    text = address.strip()
    rest = _drop(_drop(text, home.province), home.city)
    return rest or text


def district_of(address: str, home: HomeArea, gazetteer: Gazetteer | None = None) -> str:
    """The county-level division the address names ("鼓楼区"), or "" when it names none
    (or one that is ambiguous even near the station)."""
    hit = (gazetteer or default_gazetteer()).lookup(address, home.near)
    return hit.names[-1] if hit is not None and hit.level == Level.DISTRICT else ""
