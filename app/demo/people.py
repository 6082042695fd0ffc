"""Chinese personal and company names, mobile numbers and ID numbers for the demo."""

from __future__ import annotations

import datetime as dt
import random

from app.demo.rand import Weighted, among, between

# Surnames with their approximate share (per mille) of the population; the Jiangsu favourites
# (徐, 陆, 顾, 蒋, 沈, 钱, 丁) weigh a little more than nationally.
SURNAME: Weighted[str] = Weighted([
    ("王", 71), ("李", 70), ("张", 67), ("刘", 54), ("陈", 46), ("杨", 31), ("赵", 23),
    ("黄", 22), ("周", 21), ("吴", 20), ("徐", 20), ("孙", 15), ("胡", 13), ("朱", 14),
    ("高", 12), ("林", 12), ("何", 12), ("郭", 11), ("马", 11), ("罗", 9), ("梁", 8),
    ("宋", 8), ("郑", 8), ("谢", 7), ("韩", 6), ("唐", 6), ("冯", 6), ("于", 6), ("董", 5),
    ("萧", 5), ("程", 5), ("曹", 5), ("袁", 5), ("邓", 5), ("许", 6), ("傅", 4), ("沈", 6),
    ("曾", 4), ("彭", 4), ("吕", 4), ("苏", 4), ("卢", 4), ("蒋", 5), ("蔡", 4), ("贾", 3),
    ("丁", 4), ("魏", 3), ("薛", 3), ("叶", 3), ("阎", 3), ("余", 3), ("潘", 3), ("杜", 3),
    ("戴", 3), ("夏", 3), ("钟", 3), ("汪", 3), ("田", 3), ("任", 3), ("姜", 3), ("范", 3),
    ("方", 3), ("石", 3), ("姚", 3), ("谭", 2), ("廖", 2), ("邹", 2), ("熊", 2), ("金", 2),
    ("陆", 4), ("郝", 2), ("孔", 2), ("白", 2), ("崔", 2), ("康", 2), ("毛", 2), ("邱", 2),
    ("秦", 2), ("江", 2), ("史", 2), ("顾", 3), ("侯", 2), ("邵", 2), ("孟", 2), ("钱", 2),
    ("诸葛", 0.1), ("欧阳", 0.3), ("司马", 0.1),
])

MALE = "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"  # noqa: E501
FEMALE = "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽"  # noqa: E501

# Mainland mobile number prefixes in use (China Mobile, Unicom, Telecom, Broadnet).
MOBILE_PREFIX = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
    "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199",
)

# Home regions of technicians' ID numbers: Nanjing's districts are added by the caller; these
# are the usual neighbouring places people come from (Anhui, northern Jiangsu).
ORIGIN_CODES = ("340104", "340202", "341102", "341122", "320311", "320802", "321302", "320902")

COMPANY_WORDS = ("金陵", "紫金", "秦淮", "钟山", "石城", "鼎盛", "恒信", "华宁", "新港", "长江",
                 "瑞丰", "汇通", "博远", "宁创", "江北")
COMPANY_TRADES = ("餐饮管理", "科技", "物业管理", "商贸", "文化传媒", "教育咨询", "医疗器械",
                  "酒店管理", "建筑装饰", "网络科技")


def person_name(rng: random.Random, female: bool | None = None) -> str:
    """A full name: surname plus one or two given-name characters (two are more common)."""
    if female is None:
        female = rng.random() < 0.5
    chars = FEMALE if female else MALE
    given = among(rng, chars) if rng.random() < 0.25 else among(rng, chars) + among(rng, chars)
    return SURNAME(rng) + given


def company_name(rng: random.Random) -> str:
    return f"南京{among(rng, COMPANY_WORDS)}{among(rng, COMPANY_TRADES)}有限公司"


def mobile(rng: random.Random) -> str:
    """An 11-digit mainland mobile number such as 13912345678."""
    return f"{among(rng, MOBILE_PREFIX)}{int(rng.random() * 100_000_000):08d}"


def email(rng: random.Random, phone: str) -> str:
    if rng.random() < 0.6:
        return f"{between(rng, 10_000_000, 2_999_999_999)}@qq.com"
    return f"{phone}@{among(rng, ('163.com', '126.com', 'sina.com'))}"


def id_number(rng: random.Random, region: str, birth: dt.date, female: bool) -> str:
    """An 18-character resident ID number: region, birth date, a sequence number that is even
    for women and odd for men, and a valid ISO 7064 MOD 11-2 check character."""
    sequence = between(rng, 1, 499) * 2 + (0 if female else 1)
    body = f"{region}{birth:%Y%m%d}{sequence:03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c) * w for c, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]
