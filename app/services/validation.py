"""Small checks shared by the services, each failing with a sentence a dispatcher understands."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import TypeVar

from app.services.errors import ValidationError

E = TypeVar("E", bound=StrEnum)
PHONE_RE = re.compile(r"^\+?[0-9][0-9 -]{5,19}$")


def required(value: str, label: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(f"Please enter the {label}.")
    return value


def phone(value: str, label: str = "phone number") -> str:
    value = value.strip()
    if not PHONE_RE.match(value):
        raise ValidationError(f"The {label} {value!r} is not a phone number.")
    return value


def one_of(enum: type[E], value: str, label: str) -> E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise ValidationError(f"Unknown {label} {value!r}; use one of: {allowed}.") from None


def window(start: dt.datetime | None, end: dt.datetime | None, label: str) -> None:
    if (start is None) != (end is None):
        raise ValidationError(f"The {label} needs both a start and an end.")
    if start is not None and end is not None and end <= start:
        raise ValidationError(f"The {label} must end after it starts.")


def int_range(value: int, low: int, high: int, label: str) -> int:
    if not low <= value <= high:
        raise ValidationError(f"The {label} must be between {low} and {high}.")
    return value
