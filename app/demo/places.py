"""Nanjing's 11 districts with real roads and residential compounds (小区) and where they lie.

Coordinates are WGS84 (not the GCJ-02 of Chinese web maps), approximate to a few hundred metres;
addresses are jittered by at most ~250 m around them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.demo.rand import Weighted, among, between

PROVINCE = "江苏省"
CITY = "南京市"
JITTER_LAT = 0.0022  # about 240 m
JITTER_LON = 0.0026  # about 245 m at 32°N


@dataclass(frozen=True)
class Place:
    road: str
    compound: str  # "" for a street-front address
    lat: float
    lon: float


@dataclass(frozen=True)
class District:
    name: str
    short: str  # as used in team names: 鼓楼, 江宁...
    code: str  # administrative division code (first six digits of a local ID number)
    population: int  # 2020 census, ten thousands: the weight of the district
    places: tuple[Place, ...]


def _p(road: str, compound: str, lat: float, lon: float) -> Place:
    return Place(road, compound, lat, lon)


DISTRICTS: tuple[District, ...] = (
    District("玄武区", "玄武", "320102", 54, (
        _p("中山路", "", 32.0478, 118.7816),
        _p("北京东路", "北京东路小区", 32.0584, 118.7955),
        _p("珠江路", "兰园小区", 32.0522, 118.7862),
        _p("龙蟠路", "锁金新村", 32.0828, 118.8118),
        _p("后宰门街", "后宰门小区", 32.0461, 118.8148),
        _p("中山门大街", "苜蓿园小区", 32.0410, 118.8330),
        _p("孝陵卫街", "孝陵卫小区", 32.0352, 118.8566),
        _p("玄武大道", "徐庄小区", 32.0772, 118.8540),
    )),
    District("秦淮区", "秦淮", "320104", 74, (
        _p("中华路", "", 32.0218, 118.7779),
        _p("太平南路", "", 32.0345, 118.7912),
        _p("瑞金路", "瑞金新村", 32.0376, 118.8112),
        _p("御道街", "御道街小区", 32.0330, 118.8205),
        _p("月牙湖路", "月牙湖花园", 32.0302, 118.8175),
        _p("建康路", "五老村小区", 32.0262, 118.7880),
        _p("石门坎", "石门坎小区", 32.0216, 118.8305),
        _p("应天大街", "双塘小区", 32.0080, 118.7875),
    )),
    District("建邺区", "建邺", "320105", 53, (
        _p("江东中路", "万达华府", 32.0368, 118.7340),
        _p("集庆门大街", "莫愁新寓", 32.0342, 118.7520),
        _p("南湖路", "南湖新村", 32.0282, 118.7615),
        _p("茶亭东街", "茶南小区", 32.0340, 118.7620),
        _p("嘉陵江东街", "金基翠城", 32.0035, 118.7260),
        _p("庐山路", "奥体新城", 32.0000, 118.7220),
        _p("江山大街", "仁恒江湾城", 32.0125, 118.7110),
        _p("梦都大街", "", 32.0140, 118.7290),
    )),
    District("鼓楼区", "鼓楼", "320106", 94, (
        _p("中山北路", "", 32.0740, 118.7660),
        _p("北京西路", "宁海路小区", 32.0612, 118.7660),
        _p("汉中路", "", 32.0448, 118.7650),
        _p("广州路", "", 32.0553, 118.7735),
        _p("龙江路", "龙江小区", 32.0640, 118.7400),
        _p("江东北路", "凤凰花园城", 32.0598, 118.7420),
        _p("清江路", "清江花苑", 32.0600, 118.7280),
        _p("草场门大街", "", 32.0615, 118.7500),
        _p("中央北路", "五塘新村", 32.0930, 118.7720),
        _p("热河南路", "", 32.0920, 118.7460),
    )),
    District("浦口区", "浦口", "320111", 117, (
        _p("浦珠北路", "明发滨江新城", 32.1380, 118.7440),
        _p("浦泗路", "天润城", 32.1500, 118.7160),
        _p("沿江大道", "威尼斯水城", 32.1620, 118.7280),
        _p("文德路", "旭日上城", 32.0610, 118.6360),
        _p("凤凰大街", "", 32.0630, 118.6260),
        _p("浦口大道", "", 32.0800, 118.6920),
        _p("柳州北路", "", 32.1430, 118.7360),
    )),
    District("栖霞区", "栖霞", "320113", 99, (
        _p("和燕路", "燕华花园", 32.1080, 118.8040),
        _p("尧新大道", "尧化新村", 32.1150, 118.8650),
        _p("尧佳路", "金尧花园", 32.1120, 118.8770),
        _p("仙林大道", "亚东城", 32.1060, 118.9330),
        _p("学海路", "南大和园", 32.1170, 118.9580),
        _p("栖霞大道", "摄山星城", 32.1430, 118.9540),
        _p("马群街", "", 32.0530, 118.8790),
        _p("燕子矶路", "", 32.1470, 118.8200),
    )),
    District("雨花台区", "雨花", "320114", 61, (
        _p("雨花南路", "", 31.9930, 118.7760),
        _p("软件大道", "", 31.9800, 118.7700),
        _p("铁心桥街", "景明佳园", 31.9720, 118.7600),
        _p("西善桥南路", "西善花苑", 31.9790, 118.7120),
        _p("安德门大街", "", 32.0030, 118.7690),
        _p("新湖大道", "板桥新城", 31.9370, 118.6500),
        _p("宁双路", "", 31.9880, 118.7870),
    )),
    District("江宁区", "江宁", "320115", 193, (
        _p("双龙大道", "百家湖花园", 31.9300, 118.8170),
        _p("胜太路", "托乐嘉", 31.9360, 118.8470),
        _p("竹山路", "", 31.9470, 118.8280),
        _p("天元中路", "翠屏城", 31.9480, 118.8220),
        _p("上元大街", "", 31.9560, 118.8430),
        _p("将军大道", "", 31.9150, 118.7900),
        _p("秣周东路", "", 31.8700, 118.8100),
        _p("东麒路", "麒麟小区", 32.0380, 118.9400),
        _p("温泉路", "", 32.0600, 119.0450),
        _p("禄口大道", "", 31.7300, 118.8620),
        _p("淳化路", "", 31.9350, 118.9280),
    )),
    District("六合区", "六合", "320116", 95, (
        _p("雄州东路", "", 32.3400, 118.8450),
        _p("雄州南路", "雄州花园", 32.3300, 118.8330),
        _p("延安北路", "", 32.3500, 118.8320),
        _p("新华路", "大厂小区", 32.2200, 118.7580),
        _p("葛中路", "", 32.2700, 118.7750),
    )),
    District("溧水区", "溧水", "320117", 49, (
        _p("珍珠南路", "", 31.6420, 119.0300),
        _p("通济街", "", 31.6530, 119.0260),
        _p("天生桥大道", "秦淮花园", 31.6600, 119.0400),
        _p("柘宁东路", "", 31.7100, 119.0000),
    )),
    District("高淳区", "高淳", "320118", 43, (
        _p("宝塔路", "", 31.3250, 118.8800),
        _p("镇兴路", "淳溪花园", 31.3220, 118.8950),
        _p("丹阳湖南路", "", 31.3200, 118.8650),
        _p("古檀大道", "", 31.3350, 118.9000),
    )),
)

# Where the station itself sits (the demo station's address).
STATION_ADDRESS = f"{PROVINCE}{CITY}建邺区江东中路315号"
DISTRICT_PICK: Weighted[District] = Weighted([(d, d.population) for d in DISTRICTS])
BY_NAME = {d.name: d for d in DISTRICTS}


@dataclass(frozen=True)
class Address:
    text: str
    district: District
    lat: float
    lon: float


def _dwelling(rng: random.Random) -> str:
    floor = among(rng, (1, 2, 3, 4, 5, 6, 6, 7, 8, 11, 12, 15, 18, 21, 26, 31))
    return f"{between(rng, 1, 32)}栋 {between(rng, 1, 4)}单元 {floor}{between(rng, 1, 4):02d}"


def random_address(
    rng: random.Random, district: District | None = None, residential: bool = True
) -> Address:
    """A Chinese-style address on a real road of a district, with its jittered location."""
    d = district or DISTRICT_PICK(rng)
    place = among(rng, d.places)
    head = f"{PROVINCE}{CITY}{d.name}{place.road}{between(rng, 1, 399)}号"
    if not residential:
        text = f"{head} {between(rng, 1, 12)}楼"
    elif place.compound:
        text = f"{head} {place.compound} {_dwelling(rng)}"
    else:
        text = f"{head} {between(rng, 1, 12)}幢{between(rng, 1, 6)}0{between(rng, 1, 4)}室"
    lat = place.lat + rng.uniform(-JITTER_LAT, JITTER_LAT)
    lon = place.lon + rng.uniform(-JITTER_LON, JITTER_LON)
    return Address(text, d, round(lat, 6), round(lon, 6))
