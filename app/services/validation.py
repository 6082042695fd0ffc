"""Checks shared by the services, each failing with a sentence a dispatcher understands.

Every text a service takes passes `text` (or `required`): characters a database cannot keep
(NUL, lone surrogates) are refused, and the length the schema declares for its column is
enforced here, with the field's name, before PostgreSQL would refuse the row at the next sync.
Dates and times must be aware and fall in a sane range (`moment`, `day`); phone numbers must be
plausible (`phone`); search text is cleaned and cut rather than refused (`search`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from app.errors import ValidationError
from app.texts import Localized, Text

E = TypeVar("E", bound=StrEnum)
PHONE_LABEL = Text("phone number")
MAX_TEXT = 4000  # a Text column (notes, symptom): the database takes any length, people less
LOOKUP_LIMIT = 80  # user names, job numbers and ids are shorter
SEARCH_LIMIT = 100  # characters of a list's search box that are searched for
FIRST_YEAR, LAST_YEAR = 1970, 2100  # dates outside are typing mistakes or hostile input
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")

Label = Text | Localized  # what a sentence calls the field
Column = Any  # a model attribute (`Customer.name`) whose declared length limits the text


_LIMITS: dict[int, tuple[Column, int]] = {}  # id(column) -> the column (kept alive), its limit


def limit_of(column: Column | int) -> int:
    """The most characters a column keeps: String(n)'s n, else MAX_TEXT. Remembered per
    column: reading a model attribute's type costs more than the rest of a check, and an
    import checks hundreds of thousands of texts."""
    known = _LIMITS.get(id(column))
    if known is not None and known[0] is column:
        return known[1]
    if isinstance(column, int):
        return column
    length = getattr(column.type, "length", None)
    limit = int(length) if length else MAX_TEXT
    _LIMITS[id(column)] = (column, limit)
    return limit


def storable(value: str, label: Label) -> str:
    """`value`, refused when it holds a NUL or a lone surrogate (half of a broken character):
    SQLite cuts text at a NUL, PostgreSQL refuses it, and neither can encode a surrogate."""
    if _UNSTORABLE.search(value):
        raise ValidationError("The {label} contains a character that cannot be stored "
                              "(a NUL or a broken character).", label=label)
    return value


def text(value: str, label: Label, column: Column | int, *, required: bool = False) -> str:
    """`value` stripped, storable and no longer than its column allows (and not blank when
    `required`)."""
    if _UNSTORABLE.search(value):
        storable(value, label)  # refuses it
    value = value.strip()
    if required and not value:
        raise ValidationError("Please enter the {label}.", label=label)
    maximum = limit_of(column)
    if len(value) > maximum:
        raise ValidationError("The {label} is too long: {length} characters, at most {maximum}.",
                              label=label, length=len(value), maximum=maximum)
    return value


def required(value: str, label: Label, column: Column | int = MAX_TEXT) -> str:
    return text(value, label, column, required=True)


def lookup(value: str) -> str:
    """A name, number or id to look a record up by (and to repeat in a sentence): unstorable
    characters removed (they match nothing), stripped, cut to LOOKUP_LIMIT characters (longer
    than any such column, so a cut text matches nothing either)."""
    return _UNSTORABLE.sub("", value).strip()[:LOOKUP_LIMIT]


@dataclass(frozen=True)
class Search:
    text: str
    cut: bool  # True: the typed text was longer than SEARCH_LIMIT and only its start is used


def search(value: str) -> Search:
    """What a list's search box searches for: unstorable characters removed, at most
    SEARCH_LIMIT characters (the UI says when it was cut)."""
    cleaned = _UNSTORABLE.sub("", value).strip()
    return Search(cleaned[:SEARCH_LIMIT].strip(), len(cleaned) > SEARCH_LIMIT)


def one_of(enum: type[E], value: str, label: Label) -> E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise ValidationError("Unknown {label} {value!r}; use one of: {allowed}.", label=label,
                              value=lookup(value), allowed=allowed) from None


def window(start: dt.datetime | None, end: dt.datetime | None, label: Label) -> None:
    if (start is None) != (end is None):
        raise ValidationError("The {label} needs both a start and an end.", label=label)
    moment(start, label)
    moment(end, label)
    if start is not None and end is not None and end <= start:
        raise ValidationError("The {label} must end after it starts.", label=label)


def int_range(value: int, low: int, high: int, label: Label) -> int:
    if not low <= value <= high:
        raise ValidationError("The {label} must be between {low} and {high}.", label=label,
                              low=low, high=high)
    return value


def _in_range(year: int, label: Label) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError("The {label} must fall between the years {first} and {last}.",
                              label=label, first=FIRST_YEAR, last=LAST_YEAR)


def moment(value: dt.datetime | None, label: Label) -> dt.datetime | None:
    """An aware date and time between FIRST_YEAR and LAST_YEAR (None passes)."""
    if value is None:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError("The {label} has no time zone.", label=label)
    _in_range(value.year, label)
    return value


def day(value: dt.date | None, label: Label) -> dt.date | None:
    """A date between FIRST_YEAR and LAST_YEAR (None passes)."""
    if value is not None:
        _in_range(value.year, label)
    return value


# -- phone numbers ----------------------------------------------------------------------------

_PHONE_CHARS = re.compile(r"^\+?[0-9 ()-]+$")
_NATIONAL = re.compile(
    r"1[3-9]\d{9}"  # mobile: 11 digits, 13x to 19x
    r"|0[1-9]\d{8,10}"  # landline with its area code: 010-12345678, 0755-1234567
    r"|[2-9]\d{6,7}"  # landline without the area code: 8320 1234
    r"|[48]00\d{7}"  # 400 / 800 service numbers
)
_FOREIGN = re.compile(r"[1-9]\d{6,14}")  # +country and number, at most 15 digits (E.164)
_SEPARATORS = re.compile(r"[ ()-]")
_CHINA = re.compile(r"^(\+86|0086)")


def plausible_phone(value: str) -> bool:
    """Whether `value` can be a Chinese mobile or landline number, or an international one
    (+country ...); formatting by spaces, dashes and brackets is allowed."""
    if not _PHONE_CHARS.match(value):
        return False
    digits = _SEPARATORS.sub("", value)
    national = _CHINA.sub("", digits)
    if len(set(national.lstrip("+"))) <= 1:  # 000000, 8888 8888
        return False
    if national.startswith("+"):
        return bool(_FOREIGN.fullmatch(national[1:]))
    return bool(_NATIONAL.fullmatch(national))


def phone(value: str, label: Label = PHONE_LABEL, column: Column | int = 32) -> str:
    value = text(value, label, column)
    if not plausible_phone(value):
        raise ValidationError("The {label} {value!r} is not a phone number.", label=label,
                              value=value)
    return value
