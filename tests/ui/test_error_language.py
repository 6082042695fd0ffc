"""Sentences made by the core (refusals, broken rules) show in the UI's language."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.checklists.loader import bundled_templates
from app.checklists.schema import ItemType
from app.db import Database
from app.errors import TransitionError, ValidationError
from app.geo.online import ProviderSettings
from app.models.enums import JobStatus
from app.services import validation
from app.services.actor import Actor
from app.services.checklist_answers import coerce
from app.services.geocoder_settings import set_geocoder_settings
from app.services.status import check_transition
from app.texts import MESSAGES_CONTEXT, Text
from app.ui import labels
from app.ui.i18n import TRANSLATIONS_DIR, error_text, install_translator, remove_translators
from app.ui.widgets.error_label import ErrorLabel


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[dict[str, str]]:
    """The zh_CN catalogue installed, and its source -> translation entries for the core's
    sentences (context Messages, else common)."""
    assert install_translator(qapp, "zh_CN") is not None
    labels.clear()  # the vocabulary's names are built per language
    catalogue = json.loads((TRANSLATIONS_DIR / "zh_CN.json").read_text(encoding="utf-8"))
    yield {**catalogue, **catalogue["@contexts"][MESSAGES_CONTEXT]}
    remove_translators(qapp)
    labels.clear()


def test_a_service_refusal_shows_in_chinese(qtbot: QtBot, db: Database, admin: Actor,
                                            chinese: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as refused:
        set_geocoder_settings(db, admin, ProviderSettings(timeout=0.1))
    label = ErrorLabel()
    qtbot.addWidget(label)
    label.show_error(refused.value)
    template = "The timeout must be between {low:g} and {high:g} seconds."
    assert label.text() == chinese[template].format(low=1.0, high=60.0)
    assert "timeout" not in label.text()


def test_a_named_field_is_translated_inside_the_sentence(chinese: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as missing:
        validation.required("  ", Text("customer's name"))
    shown = error_text(missing.value)
    assert shown == chinese["Please enter the {label}."].format(label=chinese["customer's name"])
    assert str(missing.value) == "Please enter the customer's name."  # English for logs, CLI


def test_a_checklist_item_is_named_in_chinese(chinese: dict[str, str]) -> None:
    install = next(t for t in bundled_templates() if t.code == "split-install")
    item = next(i for i in install.items() if i.type == ItemType.NUMBER)
    with pytest.raises(ValidationError) as wrong:
        coerce(item, "abc")
    assert error_text(wrong.value) == chinese["{label}: {value!r} is not a number."].format(
        label=item.label.zh, value="abc")
    assert str(wrong.value).startswith(item.label.en)


def test_english_stays_english_without_a_catalogue() -> None:
    error = ValidationError("The user name {username} is taken.", username="li")
    assert error_text(error) == "The user name li is taken."
    assert error_text(OSError("disk full")) == "disk full"


def test_statuses_and_roles_in_a_sentence_use_the_uis_names(chinese: dict[str, str]) -> None:
    with pytest.raises(TransitionError) as refused:
        check_transition(JobStatus.CLOSED, JobStatus.IN_PROGRESS)
    assert str(refused.value) == "A job that is closed cannot be moved to in progress."
    shown = error_text(refused.value)
    assert shown == chinese["A job that is {current} cannot be moved to {target}."].format(
        current=labels.status(JobStatus.CLOSED), target=labels.status(JobStatus.IN_PROGRESS))
    assert "closed" not in shown and labels.status(JobStatus.CLOSED) != "Closed"
