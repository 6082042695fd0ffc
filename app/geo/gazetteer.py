"""The offline gazetteer: administrative divisions of China with centre points (WGS84).

`lookup` reads an address written the usual Chinese way, largest division first, with or without
suffixes and separators ("江苏省南京市鼓楼区中山北路100号", "江苏南京鼓楼区", "南京鼓楼",
"北京朝阳区") and answers the most specific division it is sure of. It scans the address once,
taking at each position the longest known name (full or short); each division found must lie
inside the one before it, so "北京朝阳区" is Beijing's 朝阳区, not Changchun's. A name shared by
several divisions that nothing earlier in the address tells apart ("朝阳区", "鼓楼区") is
ambiguous: the `near` hint (an adcode prefix, e.g. the station's city "3201") decides, else the
answer is the division found before it, or None: the gazetteer never guesses. Divisions abolished
since 2016 stay as `former` ones, so old addresses ("莱芜市莱城区") still find their place; a name
that a current division also carries means the current one ("南通崇川区" is the 崇川区 of 2020).
Scanning stops at the first county-level division, so street names after it ("中山北路") are
never read as places, and a short name directly followed by a street word ("北京西路", "中山路")
is a street.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from enum import IntEnum
from functools import cache
from pathlib import Path

from app.resources import GAZETTEER

GAZETTEER_CSV = GAZETTEER / "cn-admin.csv"
_NOT_NAME = re.compile(r"[^0-9A-Za-z\u3400-\u9fff]+")  # separators, spaces, punctuation
_STREET_WORDS = ("路", "街", "道", "巷", "弄", "东路", "西路", "南路", "北路", "中路", "大街",
                 "大道")


class Level(IntEnum):
    PROVINCE = 0
    CITY = 1
    DISTRICT = 2


@dataclass(frozen=True)
class Division:
    adcode: str
    level: Level
    name: str
    short_name: str
    province_code: str
    city_code: str
    lat: float
    lon: float
    former: bool = False  # abolished or recoded since; kept for old addresses

    def inside(self, outer: Division) -> bool:
        """Whether this division lies within `outer` (strictly below it)."""
        if self.level <= outer.level or self.province_code != outer.adcode[:2] + "0000":
            return False
        return outer.level == Level.PROVINCE or self.city_code == outer.adcode

    @property
    def municipality(self) -> bool:
        """Beijing, Tianjin, Shanghai, Chongqing: province-level cities."""
        return self.level == Level.PROVINCE and self.adcode[:2] in ("11", "12", "31", "50")


@dataclass(frozen=True)
class GazetteerHit:
    lat: float
    lon: float
    level: Level
    adcode: str
    names: tuple[str, ...]  # the divisions matched in the address, largest first


class Gazetteer:
    """An index of division names (full and short) over one gazetteer file."""

    def __init__(self, divisions: list[Division]) -> None:
        self.divisions = {d.adcode: d for d in divisions}
        self._by_name: dict[str, list[Division]] = {}
        for d in divisions:
            for key in {d.name, d.short_name} - {""}:
                self._by_name.setdefault(key, []).append(d)
        self._lengths = sorted({len(k) for k in self._by_name}, reverse=True)

    @classmethod
    def load(cls, path: Path = GAZETTEER_CSV) -> Gazetteer:
        with path.open(encoding="utf-8", newline="") as f:
            return cls([_division(row) for row in csv.DictReader(f)])

    def __len__(self) -> int:
        return len(self.divisions)

    def lookup(self, address: str, near: str = "") -> GazetteerHit | None:
        text = _NOT_NAME.sub("", address)
        found: list[Division] = []
        i = 0
        while i < len(text) and not (found and found[-1].level == Level.DISTRICT):
            key = self._longest_name_at(text, i)
            if key is None:
                i += 1
                continue
            i += len(key)
            if _is_street(key, text, i, self._by_name[key]):
                continue
            candidates = self._candidates(key, found[-1] if found else None, near)
            if len(candidates) > 1:
                break  # ambiguous: keep what is certain
            found.extend(candidates)
        return _hit(found) if found else None

    def _longest_name_at(self, text: str, i: int) -> str | None:
        for n in self._lengths:
            if i + n <= len(text) and text[i:i + n] in self._by_name:
                return text[i:i + n]
        return None

    def _candidates(self, key: str, outer: Division | None, near: str) -> list[Division]:
        """The divisions called `key` that may come next: inside the last one found; those
        near the station if any; current rather than former ones; of those, the largest level
        named so ("恩施" after "湖北" is the prefecture 恩施州, not its seat 恩施市: addresses go
        from large to small)."""
        named = self._by_name[key]
        if outer is not None:
            named = [d for d in named if d.inside(outer)]
        if near:
            named = [d for d in named if d.adcode.startswith(near)] or named
        named = [d for d in named if not d.former] or named
        top = min((d.level for d in named), default=Level.DISTRICT)
        return [d for d in named if d.level == top]


def _is_street(key: str, text: str, end: int, named: list[Division]) -> bool:
    """A short name followed by a street word: "中山北路", "北京西路", "长安街"."""
    if any(d.name == key for d in named):
        return False
    return any(text.startswith(word, end) for word in _STREET_WORDS)


def _hit(found: list[Division]) -> GazetteerHit:
    last = found[-1]
    return GazetteerHit(last.lat, last.lon, last.level, last.adcode,
                        tuple(d.name for d in found))


def _division(row: dict[str, str]) -> Division:
    return Division(row["adcode"], Level[row["level"].upper()], row["name"], row["short_name"],
                    row["province_code"], row["city_code"], float(row["lat"]),
                    float(row["lon"]), row["former"] == "1")


@cache
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, read once on first use."""
    return Gazetteer.load()


def lookup(address: str, near: str = "") -> GazetteerHit | None:
    return default_gazetteer().lookup(address, near)
