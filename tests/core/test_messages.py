"""Sentences made by the core are translatable: literal English templates with named fields."""

from __future__ import annotations

import pytest

from app.db import Database
from app.errors import ValidationError
from app.geo.online import ProviderSettings
from app.scheduling.rules import Rule, RuleViolationError, Violation
from app.services.actor import Actor
from app.services.geocoder_settings import set_geocoder_settings
from app.texts import Text
from scripts.core_messages import scan

CHINESE = {
    "The user name {username} is taken.": "用户名 {username} 已被占用。",
    "{name} lacks the skill {skill}.": "{name} 不具备技能 {skill}。",
    "{name} has no {kind} certificate.": "{name} 没有 {kind} 证书。",
}


def to_chinese(template: str) -> str:
    return CHINESE.get(template, template)


def test_every_core_sentence_is_a_literal_template() -> None:
    templates, problems = scan()
    assert problems == []
    sources = {t.source for t in templates}
    assert "The user name {username} is taken." in sources  # app/services/users.py
    assert "{name} lacks the skill {skill}." in sources  # app/scheduling/rules.py
    assert len(sources) > 100


def test_an_error_reads_english_and_translates_by_its_template() -> None:
    error = ValidationError("The user name {username} is taken.", username="li.wei")
    assert str(error) == "The user name li.wei is taken."
    assert error.text.render(to_chinese) == "用户名 li.wei 已被占用。"
    assert str(ValidationError("Plain {braces} stay when there are no fields.")) == \
        "Plain {braces} stay when there are no fields."


def test_broken_rules_translate_one_by_one() -> None:
    error = RuleViolationError([
        Violation(Rule.MISSING_SKILL, Text("{name} lacks the skill {skill}.",
                                           {"name": "王强", "skill": "vrf"})),
        Violation(Rule.CERTIFICATION_MISSING, Text("{name} has no {kind} certificate.",
                                                   {"name": "王强", "kind": "electrician"})),
    ])
    assert str(error) == "王强 lacks the skill vrf.; 王强 has no electrician certificate."
    assert error.text.render(to_chinese) == "王强 不具备技能 vrf。; 王强 没有 electrician 证书。"


def test_a_service_refusal_carries_its_template_and_fields(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as refused:
        set_geocoder_settings(db, admin, ProviderSettings(timeout=0.1))
    assert refused.value.text.template == \
        "The timeout must be between {low:g} and {high:g} seconds."
    assert refused.value.text.fields == {"low": 1.0, "high": 60.0}
