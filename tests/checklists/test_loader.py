"""Template files are validated on load; errors name the file and the item."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from app.checklists.expressions import Expression, ExpressionError
from app.checklists.loader import TemplateError, load_template, parse_template
from tests.checklists.support import sample, sample_data


def write(tmp_path: Path, data: Any, name: str = "broken.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def with_item(item_id: str, **changes: Any) -> dict[str, Any]:
    data = sample_data()
    for section in data["sections"]:
        for item in section["items"]:
            if item["id"] == item_id:
                item.update(changes)
    return data


def test_the_sample_loads_with_its_sections_items_and_tables() -> None:
    body = sample()
    assert [s.id for s in body.sections] == ["record", "height", "piping", "vacuum"]
    assert body.item("vacuum").unit == "µm"
    assert body.tables["flare_torque"]["9.52"] == [34, 42]
    assert body.item("charge_added").to_confirm and not body.item("vacuum").to_confirm


@pytest.mark.parametrize(("item_id", "changes", "message"), [
    ("vacuum", {"max": "vacuum_limit"}, "item vacuum, max: unknown name(s) vacuum_limit"),
    ("vacuum", {"type": "sometimes"}, "item vacuum, type: Input should be"),
    ("liquid_od", {"choices": []}, "item liquid_od: a choice item needs choices"),
    ("photos_outdoor", {"photos": 0}, "item photos_outdoor: a photo item needs photos"),
    ("serials", {"min": 3}, "item serials: only number and computed items take min/max"),
    ("vacuum", {"colour": "red"}, "item vacuum, colour: Extra inputs are not permitted"),
    ("harness", {"when": "__import__('os')"}, "item harness, when:"),
    ("vacuum", {"id": "Vacuum"}, "id: item ids are lower-case words"),
])
def test_schema_errors_name_the_file_and_the_item(
    tmp_path: Path, item_id: str, changes: dict[str, Any], message: str
) -> None:
    with pytest.raises(TemplateError) as caught:
        load_template(write(tmp_path, with_item(item_id, **changes)))
    assert str(caught.value).startswith("broken.yaml: ")
    assert message in str(caught.value)


def test_a_file_that_is_not_yaml_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("code: [unclosed", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"^bad.yaml: not valid YAML"):
        load_template(path)


def test_json_templates_load_too(tmp_path: Path) -> None:
    import json

    path = tmp_path / "sample.json"
    path.write_text(json.dumps(sample_data()), encoding="utf-8")
    assert load_template(path) == sample()


def test_a_duplicate_item_id_is_refused() -> None:
    data = with_item("serials", id="vacuum")
    with pytest.raises(TemplateError, match="item vacuum: the id is used twice"):
        parse_template(data, "editor")


@pytest.mark.parametrize("source", [
    "__import__('os').system('x')", "vacuum.real", "[1, 2]", "lambda: 1", "open('f')",
])
def test_expressions_allow_only_arithmetic_comparisons_and_lookups(source: str) -> None:
    with pytest.raises(ExpressionError):
        Expression.parse(source)


def test_expressions_evaluate_lookups_and_functions() -> None:
    expr = Expression.parse("max(0, a - b) * t['R32'][od]")
    assert expr.names == {"a", "b", "t", "od"}
    assert expr.evaluate({"a": 8, "b": 5, "t": {"R32": {"6.35": 12}}, "od": 6.35}) == 36
