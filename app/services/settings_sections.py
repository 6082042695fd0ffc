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
from app.scheduling.calendar import (
    DAY_MINUTES,
    BusinessCalendar,
    Opening,
    format_hours,
    parse_hours,
)
from app.scheduling.day_problem import Weights
from app.scheduling.sla import ResponseHours
from app.scheduling.travel import TravelModel
from app.services import validation as v
from app.services.changes import Changes
from app.texts import Text

S = TypeVar("S", bound="Section")
LANGUAGES = ("zh_CN", "en")
MAX_LOGO = 512 * 1024  # bytes: a logo is printed a few centimetres wide
MAX_CALLBACK_DAYS = 30
MAX_ATTEMPTS = 10


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


def _opening(text: Any, weekday: int) -> Opening:
    try:
        return parse_hours(str(text or ""), weekday)
    except ValidationError:
        return (0, DAY_MINUTES)


@dataclass(frozen=True)
class WorkingHours(Section):
    """When the station works (the response promise counts business hours: see
    `app.scheduling.calendar`): opening hours per weekday, Monday first, in minutes after local
    midnight (None: closed; (0, 1440) round the clock, the default), and the holidays."""

    SECTION = "working_hours"
    AFFECTS = Changes.JOBS | Changes.SCHEDULE | Changes.QUALITY
    days: tuple[Opening, ...] = ((0, DAY_MINUTES),) * 7
    holidays: tuple[dt.date, ...] = ()

    def checked(self) -> WorkingHours:
        if len(self.days) != 7:
            raise ValidationError("Give the opening hours of each of the seven weekdays.")
        if any(d is not None and not 0 <= d[0] < d[1] <= DAY_MINUTES for d in self.days):
            raise ValidationError("A working day must end after it starts.")
        days = [v.day(d, Text("holiday")) for d in self.holidays]
        kept = WorkingHours(tuple(self.days), tuple(sorted({d for d in days if d})))
        BusinessCalendar.parse(kept.texts, kept.holidays)  # a weekday open, so many holidays
        return kept

    @property
    def texts(self) -> list[str]:
        """The opening hours as the calendar writes them ("08:00-20:00", "" closed)."""
        return [format_hours(d) for d in self.days]

    def calendar(self, timezone: str) -> BusinessCalendar:
        return BusinessCalendar(tuple(self.days), frozenset(self.holidays), timezone)

    def to_value(self) -> dict[str, Any]:
        return {"days": self.texts, "holidays": [d.isoformat() for d in self.holidays]}

    @classmethod
    def from_value(cls, value: dict[str, Any]) -> WorkingHours:
        days = value.get("days")
        return cls(tuple(_opening(d, i) for i, d in enumerate(days))
                   if isinstance(days, list) and len(days) == 7 else cls.days,
                   tuple(dt.date.fromisoformat(d) for d in value.get("holidays", ())))


@dataclass(frozen=True)
class Sla(Section):
    """The response promise by priority; the days after a visit its callback is due, and the
    calls without an answer before a customer counts as unreached."""

    SECTION = "sla"
    AFFECTS = Changes.JOBS | Changes.QUALITY
    response_hours: ResponseHours = field(default_factory=ResponseHours)
    callback_days: int = 3
    callback_attempts: int = 3

    def checked(self) -> Sla:
        self.response_hours.checked()
        v.int_range(self.callback_days, 1, MAX_CALLBACK_DAYS, Text("days before the callback"))
        v.int_range(self.callback_attempts, 1, MAX_ATTEMPTS, Text("calls before unreached"))
        return self

    @classmethod
    def from_value(cls, value: dict[str, Any]) -> Sla:
        hours = {k: int(n) for k, n in dict(value.get("response_hours") or {}).items()
                 if k in ("urgent", "high", "normal", "low")}
        return cls(ResponseHours(**hours), int(value.get("callback_days", 3)),
                   int(value.get("callback_attempts", 3)))


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
class Planning(Section):
    """The day planner's objective, each weight in minutes of travel it is worth: a job
    planned, a response promise met that day, an overdue job planned; and the cost of each
    minute of a technician's day beyond the even share (the balance)."""

    SECTION = "planning"
    job: int = Weights.job
    promise: int = Weights.promise
    overdue: int = Weights.overdue
    balance: int = Weights.balance

    def checked(self) -> Planning:
        v.int_range(self.job, 0, 10_000, Text("weight of a planned job"))
        v.int_range(self.promise, 0, 10_000, Text("weight of a promise met"))
        v.int_range(self.overdue, 0, 10_000, Text("weight of an overdue job"))
        v.int_range(self.balance, 0, 100, Text("weight of the balance"))
        return self

    def weights(self) -> Weights:
        return Weights(promise=self.promise, job=self.job, overdue=self.overdue,
                       balance=self.balance)


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
    Profile, Logo, WorkingHours, Sla, Travel, Planning, Printing, Language)}
