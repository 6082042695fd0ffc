"""The supervisors' checklist template editor: reorder, change a rule, publish a new version."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db import Database
from app.models.enums import Role
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.checklist_templates import get_template, list_templates, publish_template
from app.services.checklists import job_checklist, save_answers
from app.services.users import actor_for, create_user
from app.ui.checklist.template_editor import TemplateEditor
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import JobEditor
from app.ui.main_window import MainWindow
from tests.checklists.support import GOOD, sample_data

from .conftest import PASSWORD, MakeJob, announced

CODE = "sample-install"


@pytest.fixture
def sample_v1(db: Database, admin: Actor) -> str:
    info, _ = publish_template(db, admin, sample_data())
    assert info.version == 1
    return info.id


def editor_on_sample(qtbot: QtBot, ctx: AppContext) -> TemplateEditor:
    editor = TemplateEditor(ctx)
    qtbot.addWidget(editor)
    editor.select(CODE)
    assert editor.picker.currentText() == "Sample installation (version 1)"
    return editor


def select(editor: TemplateEditor, node_id: str) -> None:
    editor.tree.setCurrentItem(editor.tree.node_for(node_id))


def ids_of(sections: list[dict[str, object]], section_id: str) -> list[object]:
    section = next(s for s in sections if s["id"] == section_id)
    return [item["id"] for item in section["items"]]  # type: ignore[index, union-attr]


def hint_for_vacuum(qtbot: QtBot, ctx: AppContext, job_id: str) -> str:
    editor = JobEditor(ctx, job_id)
    qtbot.addWidget(editor)
    assert editor.checklist is not None
    return editor.checklist.form.rows["vacuum"].input.hint.text()  # type: ignore[attr-defined]


def test_reorder_change_a_limit_and_publish_version_2(
        qtbot: QtBot, ctx: AppContext, db: Database, admin: Actor, make_job: MakeJob,
        sample_v1: str) -> None:
    old_job = make_job(job_type="install", symptom="")
    save_answers(db, admin, old_job.id, GOOD)
    editor = editor_on_sample(qtbot, ctx)
    reported = announced(ctx)

    select(editor, "photos_outdoor")
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert ids_of(editor.template_data()["sections"], "vacuum") == ["photos_outdoor", "vacuum"]

    select(editor, "vacuum")
    fields = editor.item_fields
    assert editor.fields.currentWidget() is fields
    assert fields.max.text() == "500" and fields.unit.text() == "µm"
    assert not fields.choices.isEnabled() and fields.max.isEnabled()
    fields.max.selectAll()
    qtbot.keyClicks(fields.max, "300")
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)

    assert editor.error_label.isHidden(), editor.error_label.text()
    assert editor.published_label.text() == "Published version 2."
    assert editor.picker.currentText() == "Sample installation (version 2)"
    assert reported == [Changes.CHECKLISTS]
    latest = next(t for t in list_templates(db) if t.code == CODE)
    body = get_template(db, latest.id)
    assert latest.version == 2 and body.item("vacuum").max == 300
    assert [i.id for i in body.sections[-1].items] == ["photos_outdoor", "vacuum"]
    assert body.item("extra_charge").source == "S16"  # fields the form does not show survive

    old = job_checklist(db, old_job.id)
    assert old is not None and old.template.version == 1
    assert old.template.item("vacuum").max == 500
    assert hint_for_vacuum(qtbot, ctx, old_job.id) == "≤ 500 µm"
    new_job = make_job(job_type="install", symptom="", name="李娜", phone="13800000001")
    assert hint_for_vacuum(qtbot, ctx, new_job.id) == "≤ 300 µm"


def test_add_an_item_and_a_section(qtbot: QtBot, ctx: AppContext, db: Database,
                                   sample_v1: str) -> None:
    editor = editor_on_sample(qtbot, ctx)
    select(editor, "serials")
    editor.add_item_button.click()
    fields = editor.item_fields
    fields.id.clear()
    qtbot.keyClicks(fields.id, "indoor_level")
    fields.label_en.clear()
    qtbot.keyClicks(fields.label_en, "Indoor unit level")
    fields.type.setCurrentIndex(fields.type.findData("number"))
    assert fields.min.isEnabled() and not fields.expect.isEnabled()
    qtbot.keyClicks(fields.unit, "mm/m")
    qtbot.keyClicks(fields.max, "3")
    editor.add_section_button.click()
    assert editor.fields.currentWidget() is editor.section_fields
    editor.add_item_button.click()
    editor.publish()
    assert editor.published_label.text() == "Published version 2.", editor.error_label.text()
    body = get_template(db, next(t.id for t in list_templates(db) if t.code == CODE))
    assert [i.id for i in body.sections[0].items] == ["refrigerant", "serials", "indoor_level"]
    level = body.item("indoor_level")
    assert (level.label.en, level.unit, level.max) == ("Indoor unit level", "mm/m", 3)
    assert body.sections[1].title.en == "New section" and len(body.sections[1].items) == 1


def test_a_template_error_names_the_item_and_publishes_nothing(
        qtbot: QtBot, ctx: AppContext, db: Database, sample_v1: str) -> None:
    editor = editor_on_sample(qtbot, ctx)
    select(editor, "harness")
    editor.item_fields.when.clear()
    qtbot.keyClicks(editor.item_fields.when, "work_high")
    editor.publish()
    assert "item harness, when: unknown name(s) work_high" in editor.error_label.text()
    assert editor.publish_button.isEnabled()
    assert next(t for t in list_templates(db) if t.code == CODE).version == 1


def test_only_supervisors_get_the_menu_action(qtbot: QtBot, ctx: AppContext, db: Database,
                                              admin: Actor, sample_v1: str) -> None:
    create_user(db, admin, "disp", "调度 李", Role.DISPATCHER, PASSWORD)
    dispatcher = MainWindow(AppContext(db, actor_for(db, "disp"), ctx.station, ctx.runner))
    qtbot.addWidget(dispatcher)
    assert not dispatcher.app_actions.checklist_templates.isEnabled()

    create_user(db, admin, "boss", "主管 王", Role.SUPERVISOR, PASSWORD)
    supervisor = MainWindow(AppContext(db, actor_for(db, "boss"), ctx.station, ctx.runner))
    qtbot.addWidget(supervisor)
    action = supervisor.app_actions.checklist_templates
    assert action.isEnabled() and action.text() == "Checklist &templates…"
    action.trigger()
    editors = supervisor.findChildren(TemplateEditor)
    assert len(editors) == 1 and editors[0].isVisible()
    assert editors[0].picker.count() >= 1
