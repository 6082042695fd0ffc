"""Issue 22 point 7: Qt's own dialogs (file, print, page setup, colour, message box) speak
Chinese when the UI does: Qt's catalogue from PySide6's translations folder, and the strings
it misses (app/ui/qt_strings.py) from FieldDesk's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.ui.i18n import install_translator
from app.ui.qt_strings import QT_STRINGS

CJK = re.compile("[\u4e00-\u9fff]")
ENGLISH = re.compile(r"[A-Za-z]{2,}")
ALLOWED = {"PDF", "HTML"}


@pytest.fixture
def chinese(qapp: QApplication) -> None:
    install_translator(qapp, "zh_CN")


def shown_words(dialog: QWidget) -> Iterator[tuple[str, str]]:
    """(widget class, text) of the dialog's labels, buttons and tooltips."""
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        texts = [widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        for text in texts:
            if text:
                yield type(widget).__name__, text


def english_in(dialog: QDialog) -> list[tuple[str, str]]:
    return [(kind, text) for kind, text in shown_words(dialog)
            if set(ENGLISH.findall(text)) - ALLOWED]


def test_qt_ships_its_chinese_catalogue() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_zh_CN.qm").is_file()


def test_the_strings_qt_misses_are_chinese(chinese: None) -> None:
    for context, text in QT_STRINGS:
        translated = QCoreApplication.translate(context, str(text))
        assert CJK.search(translated), (context, text)


def test_the_file_dialog_is_chinese(qtbot: QtBot, chinese: None, tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    dialog = QFileDialog(None, "另存为 PDF", str(tmp_path), "PDF 文档 (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"查找范围(&L)：", "文件类型(&T)："} <= labels
    assert english_in(dialog) == []


def test_the_print_dialog_is_chinese(qtbot: QtBot, chinese: None) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    assert english_in(dialog) == []


def test_the_colour_dialog_and_the_message_boxes_are_chinese(qtbot: QtBot,
                                                             chinese: None) -> None:
    colour = QColorDialog()
    qtbot.addWidget(colour)
    assert english_in(colour) == []
    box = QMessageBox(QMessageBox.Icon.Question, "FieldDesk", "删除？",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert english_in(box) == []
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert [b.text() for b in buttons.buttons()] == ["保存", "取消"]


def test_english_stays_english(qtbot: QtBot, qapp: QApplication) -> None:
    install_translator(qapp, "en")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert [b.text() for b in buttons.buttons()] == ["Save", "Cancel"]
