"""Parts and labour of the demo's finished jobs, as the work needed them: an installation's
extra pipe and refrigerant come from its checklist's pipe length and weighed charge, a repair's
parts from its case, each covered by the warranty when the unit was under it that day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from app.demo.repairs import RepairCase
from app.models.enums import JobType

Row = dict[str, Any]
CENT = Decimal("0.01")
PIPE_PER_METRE = Decimal("60.00")
REFRIGERANT_PER_KG = Decimal("160.00")
BRACKET = ("室外机支架（热镀锌）", Decimal("120.00"))
FLAT_LABOUR: dict[JobType, tuple[str, Decimal]] = {
    JobType.MAINTENANCE: ("清洗保养工时", Decimal("120.00")),
    JobType.INSPECTION: ("上门检测费", Decimal("50.00")),
    JobType.RELOCATION: ("移机工时（拆装）", Decimal("300.00")),
    JobType.REMOVAL: ("拆机工时", Decimal("100.00")),
}


def _amount(value: float | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(CENT)


def under_warranty(unit: Mapping[str, Any] | None, day: dt.date) -> bool:
    end = unit.get("warranty_end") if unit else None
    return end is not None and day <= end


def _install(answers: Mapping[str, Any], refrigerant: str) -> list[tuple[Any, ...]]:
    """Installation labour (the maker's, so covered), the pipe beyond the pre-charged length,
    the refrigerant weighed in, and a wall bracket."""
    lines: list[tuple[Any, ...]] = [("labour", "安装工时（厂家包安装）", Decimal(1),
                                     Decimal("150.00"), True)]
    extra = _amount(float(answers.get("pipe_length", 0)) - float(
        answers.get("precharged_length", 0)))
    if extra > 0:
        lines.append(("part", "加长铜管（米）", extra, PIPE_PER_METRE, False))
    grams = float(answers.get("charge_added") or 0)
    if grams > 0:
        lines.append(("part", f"追加冷媒 {refrigerant}（千克）", _amount(grams / 1000),
                      REFRIGERANT_PER_KG, False))
    if answers.get("bracket_type") == "wall_bracket":
        lines.append(("part", BRACKET[0], Decimal(1), BRACKET[1], False))
    return lines


def _repair(case: RepairCase, covered: bool) -> list[tuple[Any, ...]]:
    return [("labour", "维修工时", Decimal(1), case.labour, covered),
            *(("part", name, Decimal(1), price, covered) for name, price in case.parts)]


def job_lines(new_id: Callable[[], str], job: Row, answers: Mapping[str, Any],
              unit: Mapping[str, Any] | None, case: RepairCase | None, day: dt.date
              ) -> list[Row]:
    """The lines of a job finished on `day`, in the order they were written."""
    kind = JobType(job["job_type"])
    if kind is JobType.INSTALL:
        lines = _install(answers, unit["refrigerant"] if unit else "")
    elif kind is JobType.REPAIR and case is not None:
        lines = _repair(case, under_warranty(unit, day))
    else:
        name, price = FLAT_LABOUR.get(kind, ("工时", Decimal("80.00")))
        lines = [("labour", name, Decimal(1), price, False)]
    return [{"id": new_id(), "job_id": job["id"], "kind": k, "description": text,
             "quantity": _amount(quantity), "unit_price": _amount(price),
             "warranty_covered": covered} for k, text, quantity, price, covered in lines]
