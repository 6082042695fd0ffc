"""The Qt binding in use keeps Python's reference counts straight (PySide6 6.12.0 did not:
each call returning nothing dropped a reference to None until the interpreter aborted)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_widget_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(2000):
        label.setText(str(n))
    assert abs(sys.getrefcount(None) - before) < 100
