"""The bundled gazetteer: coverage of the divisions, and addresses as dispatchers write them."""

from __future__ import annotations

import math

import pytest

from app.geo.gazetteer import Division, Gazetteer, GazetteerHit, Level, lookup


def where(hit: GazetteerHit | None) -> tuple[str, ...] | None:
    return hit.names if hit else None


def km(a: Division, b: Division) -> float:
    dx = (a.lon - b.lon) * 111.32 * math.cos(math.radians(a.lat))
    return math.hypot((a.lat - b.lat) * 111.32, dx)


def test_every_province_and_county_level_division_has_a_centre(gazetteer: Gazetteer) -> None:
    divisions = list(gazetteer.divisions.values())
    levels = [d.level for d in divisions if not d.former]
    assert levels.count(Level.PROVINCE) == 34  # incl. Hong Kong, Macao, Taiwan
    assert levels.count(Level.CITY) >= 333
    assert levels.count(Level.DISTRICT) >= 2844  # the Ministry of Civil Affairs' end-2024 count
    for d in divisions:
        assert 3.0 < d.lat < 54.0 and 73.0 < d.lon < 135.1, d
        if d.level == Level.DISTRICT:
            parent = gazetteer.divisions[d.city_code or d.province_code]
            # Xinjiang: Hotan lies 1,010 km from Urumqi
            assert d.inside(parent) and km(d, parent) < 1200, d


@pytest.mark.parametrize(("address", "adcode", "lat", "lon"), [
    # created since 2016 (the older source's date), with the points of their seats
    ("广东省深圳市光明区光明大道", "440311", 22.77, 113.93),  # carved from 宝安区, 2018
    ("深圳龙华区民治街道", "440309", 22.66, 114.01),  # 龙华区 of Haikou is another
    ("杭州市临平区", "330113", 30.42, 120.30),
    ("浙江杭州钱塘区", "330114", 30.31, 120.32),
    ("新疆胡杨河市", "659010", 44.70, 84.83),
    ("山东省济南市莱芜区", "370116", 36.21, 117.67),  # the former 莱芜市莱城区
    ("山西大同云冈区", "140214", 40.04, 113.18),  # 南郊区 and 矿区 merged, 2018
    ("南通市崇川区", "320613", 32.01, 120.85),  # the 2020 崇川区, not the former one
    # abolished since: old addresses still find their place
    ("山东省莱芜市莱城区", "371202", 36.21, 117.67),
    ("宁波奉化市", "330283", 29.66, 121.40),
])
def test_divisions_created_or_abolished_since_2016_are_found(
        address: str, adcode: str, lat: float, lon: float) -> None:
    hit = lookup(address)
    assert hit is not None and hit.adcode == adcode and hit.level == Level.DISTRICT
    assert abs(hit.lat - lat) < 0.05 and abs(hit.lon - lon) < 0.05, hit


@pytest.mark.parametrize(("name", "short"), [
    ("江苏省", "江苏"), ("北京市", "北京"), ("内蒙古自治区", "内蒙古"), ("广西壮族自治区", "广西"),
    ("新疆维吾尔自治区", "新疆"), ("香港特别行政区", "香港"), ("恩施土家族苗族自治州", "恩施"),
    ("巴音郭楞蒙古自治州", "巴音郭楞"), ("阿克苏地区", "阿克苏"), ("锡林郭勒盟", "锡林郭勒"),
    ("浦东新区", "浦东"), ("神农架林区", "神农架"), ("本溪满族自治县", "本溪"),
    ("积石山保安族东乡族撒拉族自治县", "积石山"), ("鄂伦春自治旗", "鄂伦春"), ("赵县", ""),
])
def test_short_names_drop_the_administrative_suffix(
        gazetteer: Gazetteer, name: str, short: str) -> None:
    assert {d.short_name for d in gazetteer.divisions.values() if d.name == name} == {short}


@pytest.mark.parametrize(("address", "names"), [
    ("江苏省南京市鼓楼区中山北路100号", ("江苏省", "南京市", "鼓楼区")),
    ("江苏南京鼓楼区中山北路100号", ("江苏省", "南京市", "鼓楼区")),
    ("江苏省 南京市 江宁区 秣陵街道胜太路8号", ("江苏省", "南京市", "江宁区")),
    ("南京鼓楼", ("南京市", "鼓楼区")),
    ("南京市江宁区将军大道", ("南京市", "江宁区")),
    ("上海市浦东新区世纪大道100号", ("上海市", "浦东新区")),
    ("上海浦东张江高科技园区", ("上海市", "浦东新区")),
    ("北京朝阳区建国路88号", ("北京市", "朝阳区")),
    ("北京市海淀区中关村大街27号", ("北京市", "海淀区")),
    ("吉林省长春市朝阳区人民大街", ("吉林省", "长春市", "朝阳区")),
    ("重庆忠县忠州街道", ("重庆市", "忠县")),
    ("天津滨海新区", ("天津市", "滨海新区")),
    ("广东省深圳市南山区科技园", ("广东省", "深圳市", "南山区")),
    ("广西南宁青秀区民族大道", ("广西壮族自治区", "南宁市", "青秀区")),
    ("新疆乌鲁木齐市天山区", ("新疆维吾尔自治区", "乌鲁木齐市", "天山区")),
    ("湖北省仙桃市", ("湖北省", "仙桃市")),  # a county-level city directly under the province
    ("湖北恩施州利川市", ("湖北省", "恩施土家族苗族自治州", "利川市")),
    ("吉林吉林船营区", ("吉林省", "吉林市", "船营区")),  # province and city of one name
    ("浙江省杭州市", ("浙江省", "杭州市")),
    ("江苏", ("江苏省",)),
    ("南京中山北路1号", ("南京市",)),  # no district: the city, "中山" is a road here
    ("广东中山市石岐区", ("广东省", "中山市")),  # 中山 the city
    ("宁波奉化区", ("宁波市", "奉化区")),  # renamed 2016 (奉化市 -> 奉化区)
    ("宁波奉化", ("宁波市", "奉化区")),  # the short name means the current division
])
def test_real_address_forms(address: str, names: tuple[str, ...]) -> None:
    assert where(lookup(address)) == names


def test_the_answer_is_the_centre_of_the_smallest_division_found(gazetteer: Gazetteer) -> None:
    hit = lookup("江苏省南京市鼓楼区中山北路100号")
    gulou = gazetteer.divisions["320106"]
    assert hit is not None and hit.adcode == "320106" and hit.level == Level.DISTRICT
    assert (hit.lat, hit.lon) == (gulou.lat, gulou.lon)
    assert 32.0 < hit.lat < 32.1 and 118.7 < hit.lon < 118.8
    city = lookup("南京")
    assert city is not None and city.level == Level.CITY and city.adcode == "320100"


def test_a_district_name_shared_by_several_cities_is_settled_by_what_precedes_it() -> None:
    beijing, changchun = lookup("北京朝阳区"), lookup("长春朝阳区")
    assert beijing is not None and beijing.adcode == "110105"
    assert changchun is not None and changchun.adcode == "220104"


def test_an_ambiguous_name_alone_is_no_answer_rather_than_a_guess() -> None:
    # 朝阳区: Beijing and Changchun; 鼓楼区: Nanjing, Xuzhou, Fuzhou, Kaifeng; 西湖区 twice.
    for address in ("朝阳区建国路88号", "鼓楼区中山北路100号", "西湖区", "城关区"):
        assert lookup(address) is None, address


def test_when_ambiguous_the_answer_is_what_is_certain() -> None:
    # 鼓楼区 exists in Nanjing and Xuzhou, both in Jiangsu: the province is certain.
    hit = lookup("江苏鼓楼区中山北路")
    assert hit is not None and hit.names == ("江苏省",) and hit.level == Level.PROVINCE


def test_the_station_hint_settles_an_ambiguous_name() -> None:
    nanjing = lookup("鼓楼区中山北路100号", near="3201")
    fuzhou = lookup("鼓楼区五四路", near="35")
    assert nanjing is not None and nanjing.adcode == "320106"
    assert fuzhou is not None and fuzhou.adcode == "350102"
    # The hint only settles ties: a named city elsewhere still wins.
    kaifeng = lookup("开封鼓楼区", near="3201")
    assert kaifeng is not None and kaifeng.adcode == "410204"


def test_street_names_that_contain_place_names_are_streets() -> None:
    assert lookup("中山北路100号") is None
    assert lookup("北京西路5号") is None
    assert lookup("长安街1号") is None
    hit = lookup("南京市鼓楼区北京西路5号")
    assert hit is not None and hit.adcode == "320106"


@pytest.mark.parametrize("junk", ["", "   ", "asdf 123", "？？？", "人民路1号", "Main Street 5"])
def test_garbage_finds_nothing(junk: str) -> None:
    assert lookup(junk) is None

