"""Issue 18 (points 5 and 7): an address read by the dispatcher, without the station's own
province and city, and its district."""

from __future__ import annotations

import pytest

from app.geo.address_parts import HomeArea, district_of, home_area, local_address

NANJING = home_area("江苏省南京市鼓楼区中山北路1号")


def test_the_station_area_is_its_province_and_city_full_and_short() -> None:
    assert HomeArea(("江苏省", "江苏"), ("南京市", "南京"), "3201") == NANJING
    assert home_area("") == HomeArea()
    assert home_area("火星基地1号") == HomeArea()


@pytest.mark.parametrize(("address", "shown"), [
    ("江苏省南京市鼓楼区中山北路100号", "鼓楼区中山北路100号"),
    ("江苏南京江宁区天元路66号", "江宁区天元路66号"),
    ("南京市 玄武区珠江路8号", "玄武区珠江路8号"),
    ("江苏省苏州市姑苏区人民路1号", "苏州市姑苏区人民路1号"),  # the same province only
    ("上海市浦东新区世纪大道1号", "上海市浦东新区世纪大道1号"),  # elsewhere: whole
    ("南京路100号", "南京路100号"),  # a street named after the city
    ("江苏省南京市", "江苏省南京市"),  # nothing would be left
])
def test_an_address_drops_only_the_stations_own_province_and_city(address: str,
                                                                   shown: str) -> None:
    assert local_address(address, NANJING) == shown


def test_the_district_is_read_from_the_address_near_the_station() -> None:
    assert district_of("江苏省南京市鼓楼区中山北路100号", NANJING) == "鼓楼区"
    assert district_of("鼓楼区中山北路100号", NANJING) == "鼓楼区"  # not Fuzhou's or Xuzhou's
    assert district_of("南京市某某路1号", NANJING) == ""
    assert district_of("上海市浦东新区世纪大道1号", NANJING) == "浦东新区"
