"""The overall result under the form: pass, fail with the failing items, or incomplete with the
required items still missing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QVBoxLayout, QWidget

from app.checklists.evaluate import Outcome, Result
from app.checklists.schema import TemplateBody
from app.ui.checklist import texts

COLOURS = {Result.PASS: "#2e7d32", Result.FAIL: "#c62828", Result.INCOMPLETE: "#e65100"}


class ResultPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName("checklistResult")
        self.lines = QListWidget(self)
        self.lines.setMaximumHeight(110)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.lines)

    def show_outcome(self, body: TemplateBody, outcome: Outcome, language: str) -> None:
        title = self.tr("Result: {result}").format(result=texts.result_title(outcome.result))
        lines = [texts.finding_text(body, f, language) for f in outcome.findings]
        lines += [texts.missing_text(body.item(i), language) for i in outcome.missing]
        if title != self.title.text():
            self.title.setText(title)
            self.title.setStyleSheet(f"font-weight: bold; color: {COLOURS[outcome.result]};")
        if lines != self.shown_lines():  # unchanged on most keystrokes
            self.lines.clear()
            self.lines.addItems(lines)
        if self.lines.isHidden() == bool(lines):
            self.lines.setVisible(bool(lines))

    def shown_lines(self) -> list[str]:
        return [self.lines.item(row).text() for row in range(self.lines.count())]
