"""A job's parts, labour and travel lines: prices shown to the customer, warranty-covered not
billed. The lines are written by `app.services.charges` (from the catalogue, each decided by
the warranty policy); here are their input checks and their read model."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.models import Job, JobLine
from app.services import validation as v
from app.services.children import live_children
from app.services.rows import fetch
from app.texts import Text

KINDS = ("part", "labour", "travel")
CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("99999999.99")  # Numeric(10, 2): what the central database keeps


def money(value: Decimal | str | float, label: Text) -> Decimal:
    """The value to the cent; refused when it is not a number, is negative or is larger than
    the database keeps."""
    try:
        amount = Decimal(str(value)).quantize(CENT)
        if not amount.is_finite():  # NaN quantizes to NaN
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        raise ValidationError("The {label} {value!r} is not an amount.", label=label,
                              value=v.lookup(str(value))) from None
    if amount < 0:
        raise ValidationError("The {label} cannot be negative.", label=label)
    if amount > MAX_AMOUNT:
        raise ValidationError("The {label} must be at most {maximum}.", label=label,
                              maximum=str(MAX_AMOUNT))
    return amount


@dataclass(frozen=True)
class LineInput:
    """A line as the charges editor holds it. A line from the catalogue names its item: a new
    one takes kind, name, code and today's price from it (the ones given are ignored), an
    existing one (`id`) keeps what it was written with. A typed line gives them itself."""

    kind: str
    description: str
    quantity: Decimal | str | float = Decimal(1)
    unit_price: Decimal | str | float = Decimal(0)
    id: str | None = None
    item_id: str | None = None
    old_serial: str = ""  # the serial of the part this one replaced

    def checked(self) -> dict[str, object]:
        if self.kind not in KINDS:
            raise ValidationError("A line is a part or labour, or a travel charge.")
        description = v.text(self.description, Text("line description"), JobLine.description)
        if not description:
            raise ValidationError("Each part or labour line needs a description.")
        quantity = money(self.quantity, Text("quantity"))
        if quantity == 0:
            raise ValidationError("The quantity of {description} must be above 0.",
                                  description=description)
        return {"kind": self.kind, "description": description,
                "quantity": quantity, "unit_price": money(self.unit_price, Text("unit price")),
                "old_serial": v.text(self.old_serial, Text("old part's serial"),
                                     JobLine.old_serial)}


@dataclass(frozen=True)
class Line:
    id: str
    kind: str
    description: str
    quantity: Decimal
    unit_price: Decimal
    warranty_covered: bool
    code: str = ""
    item_id: str | None = None
    old_serial: str = ""
    warranty_rule: str = ""  # app.services.warranty_rules.Rule
    override_reason: str = ""

    @property
    def amount(self) -> Decimal:
        return (self.quantity * self.unit_price).quantize(CENT)


@dataclass(frozen=True)
class Charges:
    """What the sheet shows: every line, the total, what the warranty covers, what is due."""

    lines: tuple[Line, ...]

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))

    @property
    def covered(self) -> Decimal:
        return sum((ln.amount for ln in self.lines if ln.warranty_covered), Decimal("0.00"))

    @property
    def payable(self) -> Decimal:
        return self.total - self.covered


def charges_in(s: Session, job_id: str) -> Charges:
    rows = sorted(live_children(s, JobLine, JobLine.job_id, job_id), key=lambda r: r.id)
    return Charges(tuple(Line(r.id, r.kind, r.description, Decimal(r.quantity),
                              Decimal(r.unit_price), r.warranty_covered, r.code, r.item_id,
                              r.old_serial, r.warranty_rule, r.override_reason) for r in rows))


def job_charges(db: Database, job_id: str) -> Charges:
    with db.session() as s:
        fetch(s, Job, job_id, Text("job"))
        return charges_in(s, job_id)
