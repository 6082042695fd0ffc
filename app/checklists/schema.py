"""What a checklist template file says, validated on load (pydantic): sections of typed items.

Item types: `yesno` (optionally `expect: yes|no`), `number` (`unit`, `min`/`max` as numbers or
expressions), `choice` (`choices`, optionally `accept`), `text`, `photo` (`photos`: how many),
`computed` (`formula`, shown, optionally checked against `min`/`max`). Choices are codes with
optional `choice_labels` (en/zh); `integer` numbers are counts. `example` is a typical
good answer, shown as a hint (and used for demo data where limits alone cannot tell, e.g. the
return and supply air temperatures a computed difference is checked on). Any item may be
`required` and may apply only `when` an expression holds. `status` says where a value comes
from (S sourced, S2 secondary, A assumed, R recalled): anything but S is a default to be
confirmed against the maker's manual. `facts` are what the job knows before anyone answers
(the equipment's refrigerant...); `tables` are lookup data for the expressions.
"""

from __future__ import annotations

import ast
import math
import re
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.checklists.expressions import Expression, ExpressionError

IDENT = re.compile(r"^[a-z][a-z0-9_]*$")
FACTS = ("refrigerant", "model", "brand", "job_type", "capacity_kw", "indoor_serial",
         "outdoor_serial")
MAX_ITEMS = 500  # in a template (the installation checklist has 151)
MAX_LABEL = 1000  # characters of a label or note
# Expressions whose value is a yes/no or a text: never a limit.
_NOT_NUMBERS = (ast.Compare, ast.BoolOp)


class ItemType(StrEnum):
    YESNO = "yesno"
    NUMBER = "number"
    CHOICE = "choice"
    TEXT = "text"
    PHOTO = "photo"
    COMPUTED = "computed"


class Basis(StrEnum):
    SOURCED = "S"
    SECONDARY = "S2"
    ASSUMED = "A"
    RECALLED = "R"


class Text(BaseModel):
    """A label in both languages."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    en: str = Field(min_length=1, max_length=MAX_LABEL)
    zh: str = Field(min_length=1, max_length=MAX_LABEL)

    def get(self, language: str) -> str:
        return self.zh if language.startswith("zh") else self.en


Bound = float | str  # a number, or an expression giving one


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)

    id: str
    label: Text
    type: ItemType
    required: bool = False
    when: str | None = None
    unit: str = Field(default="", max_length=32)
    min: Bound | None = None
    max: Bound | None = None
    expect: bool | None = None
    choices: tuple[str, ...] = Field(default=(), max_length=100)
    choice_labels: dict[str, Text] = Field(default_factory=dict)  # code -> shown text
    accept: tuple[str, ...] = ()
    integer: bool = False  # counts: whole numbers only
    photos: int = Field(default=0, ge=0, le=20)
    formula: str | None = None
    fact: str | None = None  # pre-filled from the job's facts
    example: float | bool | str | None = None  # a typical good answer (form hint, demo data)
    status: Basis = Basis.ASSUMED
    source: str = Field(default="", max_length=MAX_LABEL)
    note: Text | None = None

    @field_validator("id")
    @classmethod
    def _identifier(cls, value: str) -> str:
        if not IDENT.match(value):
            raise ValueError("item ids are lower-case words joined by _ (e.g. pipe_length)")
        return value

    @field_validator("min", "max", mode="before")
    @classmethod
    def _a_number(cls, value: Any) -> Any:
        """A limit is a finite number or an expression giving one (checked before pydantic
        would read `true` as 1 and keep NaN, which every value passes)."""
        if value is None or isinstance(value, str) and not _not_a_number(value):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(
                value):
            return value
        raise ValueError(f"a limit must be a number or an expression giving one, not {value!r}")

    @field_validator("fact")
    @classmethod
    def _known_fact(cls, value: str | None) -> str | None:
        if value is not None and value not in FACTS:
            raise ValueError(f"unknown fact {value!r}; facts are {', '.join(FACTS)}")
        return value

    @model_validator(mode="after")
    def _fits_type(self) -> Item:
        t = self.type
        if t is ItemType.CHOICE and not self.choices:
            raise ValueError("a choice item needs choices")
        if self.accept and not set(self.accept) <= set(self.choices):
            raise ValueError("accept lists a value that is not among the choices")
        if not set(self.choice_labels) <= set(self.choices):
            raise ValueError("choice_labels names a value that is not among the choices")
        if self.integer and t is not ItemType.NUMBER:
            raise ValueError("only number items can be integer")
        if t is ItemType.PHOTO and self.photos < 1:
            raise ValueError("a photo item needs photos: 1 or more")
        if t is ItemType.COMPUTED and not self.formula:
            raise ValueError("a computed item needs a formula")
        if (self.min is not None or self.max is not None) and t not in (
            ItemType.NUMBER, ItemType.COMPUTED
        ):
            raise ValueError("only number and computed items take min/max")
        if self.expect is not None and t is not ItemType.YESNO:
            raise ValueError("only yes/no items take expect")
        return self

    def choice_text(self, code: str, language: str) -> str:
        """What a choice shows: its label in the language, else the code itself."""
        label = self.choice_labels.get(code)
        return label.get(language) if label else code

    @property
    def to_confirm(self) -> bool:
        """A default value that should be confirmed against the maker's manual."""
        return self.status is not Basis.SOURCED and self.has_rule

    @property
    def has_rule(self) -> bool:
        return (self.min is not None or self.max is not None or self.expect is not None
                or bool(self.accept))

    def expressions(self) -> dict[str, str]:
        """Every expression of the item by the field that holds it."""
        found = {"when": self.when, "formula": self.formula,
                 "min": self.min if isinstance(self.min, str) else None,
                 "max": self.max if isinstance(self.max, str) else None}
        return {k: v for k, v in found.items() if v is not None}


def _not_a_number(source: str) -> bool:
    """Whether an expression's value is plainly no number: a text, a yes/no, a comparison.
    (One that cannot be read passes here: the template's own check names its problem.)"""
    try:
        node = ast.parse(source.strip(), mode="eval").body
    except (SyntaxError, RecursionError, MemoryError):
        return False
    if isinstance(node, ast.Constant):
        return isinstance(node.value, bool) or not isinstance(node.value, int | float)
    return isinstance(node, _NOT_NUMBERS) or (isinstance(node, ast.UnaryOp)
                                              and isinstance(node.op, ast.Not))


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    title: Text
    items: tuple[Item, ...] = Field(min_length=1, max_length=MAX_ITEMS)


class TemplateBody(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    version: int = Field(ge=1)
    name: Text
    job_type: str
    sections: tuple[Section, ...] = Field(min_length=1, max_length=100)
    tables: dict[str, dict[str, Any]] = Field(default_factory=dict)
    sources: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _names_resolve(self) -> TemplateBody:
        if len(self.items()) > MAX_ITEMS:
            raise ValueError(f"a template has at most {MAX_ITEMS} items")
        seen: set[str] = set()
        for item in self.items():  # an item may share a fact's name: its answer wins
            if item.id in seen or item.id in self.tables:
                raise ValueError(f"item {item.id}: the id is used twice")
            seen.add(item.id)
        known = seen | set(FACTS) | set(self.tables)
        for item in self.items():
            for where, source in item.expressions().items():
                try:
                    expr = Expression.parse(source)
                except ExpressionError as exc:
                    raise ValueError(f"item {item.id}, {where}: {exc}") from None
                if unknown := sorted(expr.names - known):
                    raise ValueError(f"item {item.id}, {where}: unknown name(s) "
                                     f"{', '.join(unknown)}")
        return self

    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    def item(self, item_id: str) -> Item:
        for item in self.items():
            if item.id == item_id:
                return item
        raise KeyError(item_id)
