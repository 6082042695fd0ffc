"""Small checks shared by the services, each failing with a sentence a dispatcher understands."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import TypeVar

from app.errors import ValidationError
from app.texts import Text

E = TypeVar("E", bound=StrEnum)
PHONE_RE = re.compile(r"^\+?[0-9][0-9 -]{5,19}$")
PHONE_LABEL = Text("phone number")


def required(value: str, label: Text) -> str:
    value = value.strip()
    if not value:
        raise ValidationError("Please enter the {label}.", label=label)
    return value


def phone(value: str, label: Text = PHONE_LABEL) -> str:
    value = value.strip()
    if not PHONE_RE.match(value):
        raise ValidationError("The {label} {value!r} is not a phone number.", label=label,
                              value=value)
    return value


def one_of(enum: type[E], value: str, label: Text) -> E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise ValidationError("Unknown {label} {value!r}; use one of: {allowed}.", label=label,
                              value=value, allowed=allowed) from None


def window(start: dt.datetime | None, end: dt.datetime | None, label: Text) -> None:
    if (start is None) != (end is None):
        raise ValidationError("The {label} needs both a start and an end.", label=label)
    if start is not None and end is not None and end <= start:
        raise ValidationError("The {label} must end after it starts.", label=label)


def int_range(value: int, low: int, high: int, label: Text) -> int:
    if not low <= value <= high:
        raise ValidationError("The {label} must be between {low} and {high}.", label=label,
                              low=low, high=high)
    return value
