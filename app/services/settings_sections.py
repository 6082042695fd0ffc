"""The sections of the station's settings, each a frozen dataclass that checks itself and
converts to and from the JSON object stored in its `station_settings` row.

A value read back is taken leniently (missing keys get their defaults, unknown keys are
ignored: a desk reads what a newer FieldDesk wrote); a value being saved is checked strictly
(`checked`, ValidationError with one sentence). Adding a section is one class here, listed in
SECTIONS; it needs no migration.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import io
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.errors import ValidationError
from app.models import Station
from app.scheduling.sla import ResponseHours
from app.scheduling.travel import TravelModel
from app.services import validation as v
from app.services.changes import Changes
from app.texts import Text

S = TypeVar("S", bound="Section")
LANGUAGES = ("zh_CN", "en")
MAX_LOGO = 512 * 1024  # bytes: a logo is printed a few centimetres wide
MAX_HOLIDAYS = 400


class Section:
    """A section's name, what its change touches, and the plain-field conversion."""

    SECTION: ClassVar[str]
    AFFECTS: ClassVar[Changes] = Changes.NONE

    def checked(self: S) -> S:
        return self

    def to_value(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload, no-any-return]

    @classmethod
    def from_value(cls: type[S], value: dict[str, Any]) -> S:
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in value.items() if k in names})

    def audit_view(self, value: dict[str, Any]) -> dict[str, Any]:
        """How a change of this section shows in the audit trail (a field per setting)."""
        return value


@dataclass(frozen=True)
class Profile(Section):
    """The station as its sheets name it (the logo is its own section)."""

    SECTION = "profile"
    AFFECTS = Changes.JOBS
    name: str = ""
    address: str = ""
    phone: str = ""
    timezone: str = "Asia/Shanghai"

    def checked(self) -> Profile:
        name = v.text(self.name, Text("station's name"), Station.name)
        if not name:
            raise ValidationError("The station needs a name.")
        timezone = v.text(self.timezone, Text("time zone"), Station.timezone)
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError("Unknown time zone: {timezone}.", timezone=timezone) from None
        phone = self.phone.strip()
        return Profile(name, v.text(self.address, Text("station's address"), Station.address),
                       v.phone(phone, Text("station's phone number"), Station.phone)
                       if phone else "", timezone)


@dataclass(frozen=True)
class Logo(Section):
    """The logo printed on the sheets: a PNG or JPEG image, or none."""

    SECTION = "logo"
    AFFECTS = Changes.JOBS
    image: bytes | None = None

    def checked(self) -> Logo:
        if self.image is None:
            return self
        if len(self.image) > MAX_LOGO:
            raise ValidationError("The logo may be at most {kb} KB.", kb=MAX_LOGO // 1024)
        from PIL import Image, UnidentifiedImageError  # reportlab's own image library

        try:
            with Image.open(io.BytesIO(self.image)) as picture:
                kind, size = picture.format, picture.size
                picture.verify()
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            kind, size = None, (0, 0)
        if kind not in ("PNG", "JPEG") or not 0 < max(size) <= 4000:
            raise ValidationError("The logo must be a PNG or JPEG image of at most 4000 pixels "
                                  "a side.")
        return self

    def to_value(self) -> dict[str, Any]:
        if self.image is None:
            return {"image": None}
        return {"image": base64.b64encode(self.image).decode("ascii"),
                "sha256": hashlib.sha256(self.image).hexdigest()}

    @classmethod
    def from_value(cls, value: dict[str, Any]) -> Logo:
        image = value.get("image")
        return cls(base64.b64decode(image) if isinstance(image, str) else None)

    def audit_view(self, value: dict[str, Any]) -> dict[str, Any]:
        return {"logo": value.get("sha256")}  # the image's fingerprint, not its bytes


Opening = tuple[dt.time, dt.time] | None  # a weekday's hours, or closed


def _opening(day: Any) -> Opening:
    if not day:
        return None
    return dt.time.fromisoformat(str(day[0])), dt.time.fromisoformat(str(day[1]))


@dataclass(frozen=True)
class WorkingHours(Section):
    """When the station works (the SLA counts business hours): opening hours per weekday
    (Monday first; None: closed) and the holidays."""

    SECTION = "working_hours"
    AFFECTS = Changes.JOBS | Changes.SCHEDULE
    days: tuple[Opening, ...] = ((dt.time(8, 30), dt.time(17, 30)),) * 6 + (None,)
    holidays: tuple[dt.date, ...] = ()

    def checked(self) -> WorkingHours:
        if len(self.days) != 7:
            raise ValidationError("Give the working hours of each of the seven weekdays.")
        if any(d is not None and not d[0] < d[1] for d in self.days):
            raise ValidationError("A working day must end after it starts.")
        if len(set(self.holidays)) > MAX_HOLIDAYS:
            raise ValidationError("At most {count} holidays can be kept.", count=MAX_HOLIDAYS)
        days = [v.day(d, Text("holiday")) for d in self.holidays]
        return WorkingHours(tuple(self.days), tuple(sorted({d for d in days if d})))

    def to_value(self) -> dict[str, Any]:
        return {"days": [None if d is None else [d[0].isoformat("minutes"),
                                                 d[1].isoformat("minutes")] for d in self.days],
                "holidays": [d.isoformat() for d in self.holidays]}

    @classmethod
    def from_value(cls, value: dict[str, Any]) -> WorkingHours:
        days = value.get("days")
        return cls(tuple(_opening(d) for d in days) if isinstance(days, list) else cls.days,
                   tuple(dt.date.fromisoformat(d) for d in value.get("holidays", ())))


@dataclass(frozen=True)
class Sla(Section):
    """The response promise by priority, and the days after a visit its callback is due."""

    SECTION = "sla"
    AFFECTS = Changes.JOBS
    response_hours: ResponseHours = field(default_factory=ResponseHours)
    callback_days: int = 3

    def checked(self) -> Sla:
        self.response_hours.checked()
        v.int_range(self.callback_days, 1, 60, Text("days before the callback"))
        return self

    @classmethod
    def from_value(cls, value: dict[str, Any]) -> Sla:
        hours = {k: int(n) for k, n in dict(value.get("response_hours") or {}).items()
                 if k in ("urgent", "high", "normal", "low")}
        return cls(ResponseHours(**hours), int(value.get("callback_days", 3)))


@dataclass(frozen=True)
class Travel(Section):
    """The travel model of suggestions, the board's gaps and the map's routes."""

    SECTION = "travel"
    AFFECTS = Changes.SCHEDULE | Changes.MAP
    speed_kmh: float = TravelModel.speed_kmh
    road_factor: float = TravelModel.road_factor

    def checked(self) -> Travel:
        if not 5 <= self.speed_kmh <= 120:
            raise ValidationError("The average speed must be between 5 and 120 km/h.")
        if not 1.0 <= self.road_factor <= 3.0:
            raise ValidationError("The road factor must be between 1.0 and 3.0.")
        return Travel(float(self.speed_kmh), float(self.road_factor))

    def model(self) -> TravelModel:
        return TravelModel(road_factor=self.road_factor, speed_kmh=self.speed_kmh)


@dataclass(frozen=True)
class Printing(Section):
    """Defaults of printed sheets: copies of each job sheet, a footer line."""

    SECTION = "printing"
    copies: int = 1
    footer: str = ""

    def checked(self) -> Printing:
        v.int_range(self.copies, 1, 5, Text("copies of each sheet"))
        return Printing(self.copies, v.text(self.footer, Text("footer of the sheets"), 200))


@dataclass(frozen=True)
class Language(Section):
    """The language the desks start in (a PC's own choice, `--lang`, wins)."""

    SECTION = "language"
    language: str = "zh_CN"

    def checked(self) -> Language:
        if self.language not in LANGUAGES:
            raise ValidationError("Unknown language: {language}.", language=self.language)
        return self


SECTIONS: dict[str, type[Section]] = {c.SECTION: c for c in (
    Profile, Logo, WorkingHours, Sla, Travel, Printing, Language)}
