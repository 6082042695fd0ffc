"""Air-conditioner brands sold in China with real-looking model codes and serial numbers."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from app.demo.rand import Weighted, among, between
from app.models.enums import Refrigerant
from app.services.warranty import WARRANTY_YEARS, add_years

# The station's default policy: the whole unit is under warranty for six years from purchase
# (Gree's 整机六年包修); a station with another policy would compute its own warranty_end.

CAPACITY: Weighted[float] = Weighted([(2.6, 35), (3.5, 35), (5.0, 12), (7.2, 14), (12.0, 4)])
HORSEPOWER = {2.6: "1匹", 3.5: "1.5匹", 5.0: "2匹", 7.2: "3匹", 12.0: "5匹"}


@dataclass(frozen=True)
class Brand:
    name: str
    wall: tuple[str, ...]  # templates: {c} = capacity x 10 (26, 35...), {d} = the brand's code
    cabinet: tuple[str, ...]
    commercial: str
    serial_heads: tuple[str, str]  # indoor, outdoor
    serial_digits: int
    codes: dict[float, str] = field(default_factory=dict)


BRAND: Weighted[Brand] = Weighted([
    (Brand("格力", ("KFR-{c}GW/({c}592)FNhAa-B1", "KFR-{c}GW/NhGc1B"),
           ("KFR-{c}LW/({c}532)FNhAa-B1", "KFR-{c}LW/NhZbB1W"), "RF12WPd/NaB-N1",
           ("4F", "5F"), 7), 30),
    (Brand("美的", ("KFR-{c}GW/N8XHA1", "KFR-{c}GW/BDN8Y-PH200(1)A"),
           ("KFR-{c}LW/N8MJA3", "KFR-{c}LW/BDN8Y-YH200(1)A"), "KFR-120QW/BSDN8Y-D(1)",
           ("34121", "35121"), 9), 30),
    (Brand("海尔", ("KFR-{c}GW/06EDS81", "KFR-{c}GW/81@U1-Ub"),
           ("KFR-{c}LW/07EDS81", "KFR-{c}LW/28UDA22A"), "KFRd-120LW/51BAC12",
           ("AA8B", "AB8B"), 8), 12),
    (Brand("奥克斯", ("KFR-{c}GW/BpR3AQE1(B1)",), ("KFR-{c}LW/BpR3AQA1(B1)",),
           "KFR-120LW/BpR3SYC1(B1)", ("AXN", "AXW"), 9), 9),
    (Brand("海信", ("KFR-{c}GW/E370-X1",), ("KFR-{c}LW/E360-A1",), "KFR-120LW/G890H-A1",
           ("HSN", "HSW"), 9), 5),
    (Brand("TCL", ("KFRd-{c}GW/DBp-XQ21+B1",), ("KFRd-{c}LW/DBp-XQ11+B1",),
           "KFRd-120LW/DBp-XQ11+B1", ("TN", "TW"), 10), 5),
    (Brand("志高", ("KFR-{c}GW/ABP118+N3A",), ("KFR-{c}LW/ABP118+N3A",), "KFR-120LW/ABP118+N3A",
           ("CGN", "CGW"), 9), 3),
    (Brand("大金", ("FTXR{d}WC-W/RXR{d}WC-W",), ("FVXG{d}NC-W/RZXG{d}NC-W",),
           "FDXS120GAV2C/RZQS120AV2C", ("E0", "J0"), 8,
           {2.6: "326", 3.5: "336", 5.0: "350", 7.2: "372"}), 3),
    (Brand("三菱电机", ("MSZ-ZFJ{d}VA/MUZ-ZFJ{d}VA",), ("MFZ-KJ{d}VA/MUZ-KJ{d}VA",),
           "PSA-RP125GA/PUH-P125YGAC", ("MEN", "MEW"), 8,
           {2.6: "09", 3.5: "12", 5.0: "18", 7.2: "24"}), 2),
])


def model_code(rng: random.Random, brand: Brand, capacity: float) -> str:
    """The system's model string: wall units up to 3.5 kW, floor cabinets from 5 kW up."""
    if capacity >= 12.0:
        return brand.commercial
    cabinet = capacity >= 7.2 or (capacity >= 5.0 and rng.random() < 0.6)
    template = among(rng, brand.cabinet if cabinet else brand.wall)
    return template.format(c=round(capacity * 10), d=brand.codes.get(capacity, ""))


def serial(rng: random.Random, brand: Brand, made: dt.date, outdoor: bool) -> str:
    head = brand.serial_heads[1 if outdoor else 0]
    n = brand.serial_digits
    return f"{head}{made.year % 100:02d}{made.month:02d}{int(rng.random() * 10**n):0{n}d}"


def refrigerant(rng: random.Random, year: int) -> str:
    """R32 in recent units, R410A in older ones, R22 in the very old; a few R290."""
    r = rng.random()
    if year >= 2018:
        pick = Refrigerant.R32 if r < 0.85 else Refrigerant.R410A if r < 0.98 else Refrigerant.R290
    elif year >= 2012:
        pick = Refrigerant.R410A if r < 0.6 else Refrigerant.R32 if r < 0.92 else Refrigerant.R22
    else:
        pick = Refrigerant.R22 if r < 0.7 else Refrigerant.R410A
    return pick.value


def unit(
    rng: random.Random, purchased: dt.date, commissioned: dt.date | None,
    capacity: float | None = None,
) -> dict[str, Any]:
    """One indoor + outdoor system as the columns of an Equipment row (no ids)."""
    brand = BRAND(rng)
    kw = capacity or CAPACITY(rng)
    made = purchased - dt.timedelta(days=between(rng, 20, 200))
    return {
        "brand": brand.name,
        "model": model_code(rng, brand, kw),
        "indoor_serial": serial(rng, brand, made, outdoor=False),
        "outdoor_serial": serial(rng, brand, made, outdoor=True),
        "refrigerant": refrigerant(rng, purchased.year),
        "capacity_kw": kw,
        "purchase_date": purchased,
        "commissioning_date": commissioned,
        "warranty_end": add_years(purchased, WARRANTY_YEARS),
    }


def age_in_days(rng: random.Random) -> int:
    """How long ago an installed unit was bought: mostly the last eight years, some up to 20."""
    band = rng.random()
    if band < 0.4:
        return between(rng, 30, 3 * 365)
    if band < 0.75:
        return between(rng, 3 * 365, 8 * 365)
    if band < 0.95:
        return between(rng, 8 * 365, 15 * 365)
    return between(rng, 15 * 365, 20 * 365)
