"""The sample template of the tests, and answers that pass it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from app.checklists.loader import load_template
from app.checklists.schema import TemplateBody

SAMPLE = Path(__file__).with_name("sample.yaml")

GOOD: dict[str, Any] = {
    "refrigerant": "R32", "serials": "KFR-35GW/BpX 0001 / 0002", "work_at_height": True,
    "harness": True, "liquid_od": "6.35", "pipe_length": 8, "precharged_length": 5,
    "charge_added": 36, "torque_liquid": 16, "vacuum": 400,
}


def sample() -> TemplateBody:
    return load_template(SAMPLE)


def sample_data(**changes: Any) -> dict[str, Any]:
    """The sample file as data, for publishing (with top-level fields changed)."""
    data: dict[str, Any] = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    return {**data, **changes}
