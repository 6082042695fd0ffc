"""The checklist tab of the job editor: keyboard entry, as-typed checks, conditions, photos."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QGroupBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.checklists.evaluate import Result
from app.checklists.loader import bundled_templates
from app.checklists.schema import TemplateBody
from app.db import Database
from app.errors import ValidationError
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.checklist_templates import publish_template
from app.services.checklists import job_checklist, photo_data, save_answers
from app.services.jobs import JobDetail
from app.ui.checklist.form import ChecklistForm
from app.ui.checklist.photo_input import PhotoInput
from app.ui.checklist.tab import ChecklistTab
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import JobEditor
from app.ui.i18n import install_translator
from tests.checklists.support import GOOD, sample, sample_data

from .conftest import MakeJob, announced, type_text


@pytest.fixture
def install_job(db: Database, admin: Actor, make_job: MakeJob) -> JobDetail:
    """An installation job whose checklist is the tests' sample template."""
    publish_template(db, admin, sample_data())
    return make_job(job_type="install", symptom="")


def open_checklist(qtbot: QtBot, ctx: AppContext, job_id: str) -> tuple[JobEditor, ChecklistTab]:
    editor = JobEditor(ctx, job_id)
    qtbot.addWidget(editor)
    assert editor.checklist is not None
    editor.tabs.setCurrentWidget(editor.checklist)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor, editor.checklist


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def answer(qtbot: QtBot, text: str) -> None:
    """Type into the focused input, then Tab to the next one."""
    widget = focused()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def png(path: Path, colour: str) -> Path:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path


def drop_files(target: QWidget, *paths: Path) -> None:
    """Drag files over the widget and drop them. The events go to the widget's own handler:
    QApplication delivers drag events only while the platform runs a real drag."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    rest = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(5, 5), *rest)
    target.event(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), *rest)
    target.event(drop)
    assert drop.isAccepted()


def test_only_job_types_with_a_checklist_get_the_tab(qtbot: QtBot, ctx: AppContext,
                                                     install_job: JobDetail,
                                                     make_job: MakeJob) -> None:
    editor, tab = open_checklist(qtbot, ctx, install_job.id)
    assert editor.tabs.tabText(1) == "Checklist"
    expected = f"{install_job.number} · Installation: Sample installation (version 1)"
    assert tab.header.text() == expected
    removal = JobEditor(ctx, make_job(job_type="removal").id)
    qtbot.addWidget(removal)
    assert removal.checklist is None
    assert [removal.tabs.tabText(i) for i in range(removal.tabs.count())] == \
        ["Details", "Charges", "Signatures", "History"]


def test_keyboard_entry_flags_an_out_of_range_value_as_typed(
        qtbot: QtBot, ctx: AppContext, db: Database, install_job: JobDetail) -> None:
    editor, tab = open_checklist(qtbot, ctx, install_job.id)
    form = tab.form
    saved = announced(ctx)
    form.rows["refrigerant"].input.focus_widgets()[0].setFocus()
    qtbot.waitUntil(lambda: focused() is form.rows["refrigerant"].input.focus_widgets()[0])
    answer(qtbot, "R")  # R32, picked by its first letter
    answer(qtbot, "KFR-35GW 0001 / 0002")
    answer(qtbot, "y")  # work at height: the harness item appears
    answer(qtbot, "y")
    answer(qtbot, "6")  # 6.35
    answer(qtbot, "8")
    answer(qtbot, "5")
    assert form.rows["extra_charge"].input.value.text() == "36 g"  # computed, skipped by Tab
    assert form.rows["charge_added"].input.hint.text() == "26–46 g"
    answer(qtbot, "36")
    assert form.rows["torque_liquid"].input.hint.text() == "14–18 N·m"
    answer(qtbot, "16")
    vacuum = focused()
    assert vacuum is form.rows["vacuum"].input.focus_widgets()[0]
    qtbot.keyClicks(vacuum, "900")
    assert form.message("vacuum") == "Vacuum 900 µm > 500 µm"
    assert not form.rows["vacuum"].message.isHidden()
    assert tab.result_panel.title.text() == "Result: Fail"
    assert tab.result_panel.shown_lines() == ["Vacuum 900 µm > 500 µm",
                                              "Missing: Outdoor unit photos"]

    for _ in range(3):
        qtbot.keyClick(vacuum, Qt.Key.Key_Backspace)
    qtbot.keyClicks(vacuum, "400")
    assert form.message("vacuum") == ""
    assert tab.result_panel.title.text() == "Result: Incomplete"
    assert tab.result_panel.shown_lines() == ["Missing: Outdoor unit photos"]

    qtbot.keyClick(vacuum, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = job_checklist(db, install_job.id)
    assert stored is not None and stored.run_id is not None
    assert stored.outcome.result is Result.INCOMPLETE
    assert stored.answers["vacuum"] == 400 and stored.answers["harness"] is True
    assert stored.answers["serials"] == "KFR-35GW 0001 / 0002"
    assert tab.saved_label.text() == "Saved."
    assert saved and Changes.CHECKLISTS in saved[-1]


def test_enter_moves_on_like_tab(qtbot: QtBot, ctx: AppContext, install_job: JobDetail) -> None:
    editor, tab = open_checklist(qtbot, ctx, install_job.id)
    pipe = tab.form.rows["pipe_length"].input.focus_widgets()[0]
    pipe.setFocus()
    qtbot.waitUntil(pipe.hasFocus)
    qtbot.keyClicks(pipe, "8")
    qtbot.keyClick(pipe, Qt.Key.Key_Return)
    assert focused() is tab.form.rows["precharged_length"].input.focus_widgets()[0]
    assert editor.isVisible()  # Enter did not press the dialog's Save


def test_conditions_show_and_hide_items(qtbot: QtBot, ctx: AppContext,
                                        install_job: JobDetail) -> None:
    _editor, tab = open_checklist(qtbot, ctx, install_job.id)
    rows = tab.form.rows
    assert not rows["harness"].is_applicable()
    height = rows["work_at_height"].input.focus_widgets()[0]
    qtbot.keyClick(height, Qt.Key.Key_Y)
    assert rows["harness"].is_applicable()
    qtbot.keyClicks(height, "n")
    assert not rows["harness"].is_applicable()
    type_text(height, "是")  # answered in Chinese
    assert rows["harness"].is_applicable()
    qtbot.keyClick(height, Qt.Key.Key_Delete)
    assert not rows["harness"].is_applicable()
    assert "Missing: Harness on an independent anchor" not in tab.result_panel.shown_lines()


def test_a_bad_value_is_refused_on_save_and_kept(qtbot: QtBot, ctx: AppContext, db: Database,
                                                 install_job: JobDetail) -> None:
    _editor, tab = open_checklist(qtbot, ctx, install_job.id)
    vacuum = tab.form.rows["vacuum"].input.focus_widgets()[0]
    qtbot.keyClicks(vacuum, "-")
    assert tab.form.message("vacuum") == "Vacuum: '-' is not a number."
    tab.save()
    assert tab.error_label.text() == "Vacuum: '-' is not a number."
    assert vacuum.text() == "-"
    stored = job_checklist(db, install_job.id)
    assert stored is not None and stored.run_id is None


def test_labels_follow_the_language(qtbot: QtBot) -> None:
    form = ChecklistForm(sample(), {}, "zh_CN")
    qtbot.addWidget(form)
    assert form.rows["vacuum"].label.text() == "真空度 *"
    assert form.rows["vacuum"].label.toolTip() == "Vacuum"
    boxes = [b.title() for b in form.widget().findChildren(QGroupBox)]
    assert boxes == ["工单记录", "高处作业", "配管", "抽真空"]
    assert form.rows["charge_added"].mark.text() == "default – confirm"  # an assumed limit
    assert form.rows["vacuum"].mark.text() == ""  # sourced
    assert form.rows["harness"].mark.text() == ""  # a default, but a yes/no: nothing to look up


def test_default_confirm_only_on_numeric_limits(qtbot: QtBot) -> None:
    form = ChecklistForm(bundled_install(), {"refrigerant": "R32"}, "en")
    qtbot.addWidget(form)
    marked = {i for i, row in form.rows.items() if row.mark.text()}
    defaults = {i for i, row in form.rows.items() if row.item.to_confirm}
    assert marked and defaults - marked  # yes/no defaults lost their mark
    for item_id in marked:
        item = form.rows[item_id].item
        assert item.type.value in ("number", "computed"), item_id
        assert item.min is not None or item.max is not None, item_id


@pytest.mark.parametrize(("language", "pieces", "minutes"), [("zh_CN", "个", "分钟"),
                                                            ("en", "pcs", "min")])
def test_units_are_in_the_ui_language(qtbot: QtBot, qapp: QApplication, language: str,
                                      pieces: str, minutes: str) -> None:
    install_translator(qapp, language)
    try:
        body = bundled_install()
        form = ChecklistForm(body, {"refrigerant": "R32"}, language)
        qtbot.addWidget(form)
        units = {item.unit: form.rows[item.id].input for s in body.sections for item in s.items
                 if item.type.value == "number"}
        assert units["pcs"].unit.text() == pieces  # type: ignore[attr-defined]
        assert units["min"].unit.text() == minutes  # type: ignore[attr-defined]
        assert units["MPa"].unit.text() == "MPa"  # type: ignore[attr-defined]
    finally:
        install_translator(qapp, "en")


def test_the_tab_names_the_job_and_opens_at_the_top(qtbot: QtBot, ctx: AppContext, db: Database,
                                                    admin: Actor, make_job: MakeJob) -> None:
    job = make_job(job_type="install", symptom="")  # the bundled installation checklist
    editor = JobEditor(ctx, job.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.checklist is not None
    editor.checklist.form.verticalScrollBar().setValue(400)  # as a focus move scrolls it
    editor.tabs.setCurrentWidget(editor.checklist)
    tab = editor.checklist
    qtbot.waitUntil(tab.isVisible)
    assert tab.form.verticalScrollBar().maximum() > 0
    assert tab.form.verticalScrollBar().value() == 0
    assert tab.header.text() == (f"{job.number} · Installation: "
                                 "Split air conditioner installation (version 1)")


def test_only_image_files_may_be_dropped(qtbot: QtBot, tmp_path: Path) -> None:
    form = ChecklistForm(sample(), {}, "en")
    qtbot.addWidget(form)
    photos = form.rows["photos_outdoor"].input
    text = tmp_path / "notes.txt"
    text.write_text("not a photo", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(text))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    photos.event(enter)
    assert not enter.isAccepted()


def test_dropped_photos_are_stored_and_shown(qtbot: QtBot, ctx: AppContext, db: Database,
                                             admin: Actor, install_job: JobDetail,
                                             tmp_path: Path) -> None:
    save_answers(db, admin, install_job.id, GOOD)
    _editor, tab = open_checklist(qtbot, ctx, install_job.id)
    photos = tab.form.rows["photos_outdoor"].input
    assert isinstance(photos, PhotoInput)
    assert tab.result_panel.shown_lines() == ["Missing: Outdoor unit photos"]
    first, second = png(tmp_path / "front.png", "red"), png(tmp_path / "side.png", "blue")
    drop_files(photos, first, second)
    assert photos.thumbnail_count() == 2
    stored = job_checklist(db, install_job.id)
    assert stored is not None
    ids = stored.answers["photos_outdoor"]
    assert [photo_data(db, i) for i in ids] == [("front.png", first.read_bytes()),
                                                 ("side.png", second.read_bytes())]
    assert stored.outcome.result is Result.PASS
    assert tab.result_panel.title.text() == "Result: Pass"

    photos.strip.setCurrentRow(0)
    photos.strip.setFocus()
    qtbot.keyClick(photos.strip, Qt.Key.Key_Delete)
    assert photos.photo_ids() == [ids[1]]
    assert tab.result_panel.shown_lines() == ["Missing: Outdoor unit photos"]


def test_screenshot_of_a_failed_checklist(qtbot: QtBot, db: Database, admin: Actor,
                                          install_job: JobDetail, tmp_path: Path) -> None:
    from app.config import Config
    from app.ui.screenshot import take_screenshot

    config, output = Config(db_path=tmp_path / "station.sqlite"), tmp_path / "checklist.png"
    with pytest.raises(ValidationError, match="no filled installation checklist"):
        take_screenshot(config, "checklist", output)
    save_answers(db, admin, install_job.id, {**GOOD, "vacuum": 900})
    take_screenshot(config, "checklist", output)
    image = QImage(str(output))
    assert (image.width(), image.height()) == (1000, 900)


# ---------------------------------------------------------------- labelled choices, counts, hints

INSTALL_CODE = "split-install"


def bundled_install() -> TemplateBody:
    return next(b for b in bundled_templates() if b.code == INSTALL_CODE)


@pytest.mark.parametrize(("language", "shown"), [("zh_CN", "墙面支架"), ("en", "Wall bracket")])
def test_a_choice_shows_its_label_and_saves_its_code(qtbot: QtBot, qapp: QApplication,
                                                     language: str, shown: str) -> None:
    install_translator(qapp, language)
    form = ChecklistForm(bundled_install(), {"refrigerant": "R32"}, language)
    qtbot.addWidget(form)
    combo = form.rows["bracket_type"].input.focus_widgets()[0]
    assert isinstance(combo, QComboBox)
    assert combo.itemText(combo.findData("wall_bracket")) == shown
    combo.setCurrentIndex(combo.findData("wall_bracket"))
    assert form.typed()["bracket_type"] == "wall_bracket"
    assert "anchor_count" in form.outcome.applicable  # the rules see the code
    refrigerant = form.rows["refrigerant"].input.focus_widgets()[0]
    assert isinstance(refrigerant, QComboBox)
    assert [refrigerant.itemText(i) for i in range(1, 3)] == ["R32", "R410A"]  # as written


def test_a_latin_key_picks_a_chinese_labelled_choice_by_its_code(qtbot: QtBot) -> None:
    form = ChecklistForm(bundled_install(), {}, "zh_CN")
    qtbot.addWidget(form)
    combo = form.rows["vacuum_gauge"].input.focus_widgets()[0]
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_C)
    assert (combo.currentText(), form.typed()["vacuum_gauge"]) == ("复合压力表", "compound_gauge")


def test_a_count_takes_whole_numbers_only(qtbot: QtBot) -> None:
    form = ChecklistForm(bundled_install(), {}, "en")
    qtbot.addWidget(form)
    form.set_answers({"bracket_type": "wall_bracket"})
    anchors = form.rows["anchor_count"].input.focus_widgets()[0]
    assert isinstance(anchors, QLineEdit)
    qtbot.keyClicks(anchors, "4.5")
    assert anchors.text() == "45"  # the point was refused
    assert form.typed()["anchor_count"] == "45" and form.message("anchor_count") == ""
    pipe = form.rows["pipe_length"].input.focus_widgets()[0]
    assert isinstance(pipe, QLineEdit)
    qtbot.keyClicks(pipe, "7.5")
    assert pipe.text() == "7.5"  # other numbers keep their decimals


def test_inputs_show_the_example_as_a_hint(qtbot: QtBot, qapp: QApplication) -> None:
    form = ChecklistForm(bundled_install(), {}, "en")
    qtbot.addWidget(form)
    hole = form.rows["hole_diameter"].input.focus_widgets()[0]
    assert isinstance(hole, QLineEdit) and hole.placeholderText() == "e.g. 65"
    spec = form.rows["anchor_spec"].input.focus_widgets()[0]
    assert isinstance(spec, QLineEdit) and spec.placeholderText() == "e.g. 4 × M10 膨胀螺栓"
    install_translator(qapp, "zh_CN")
    chinese = ChecklistForm(bundled_install(), {}, "zh_CN")
    qtbot.addWidget(chinese)
    voltage = chinese.rows["rated_voltage"].input.focus_widgets()[0]
    assert isinstance(voltage, QLineEdit) and voltage.placeholderText() == "例如 220"
