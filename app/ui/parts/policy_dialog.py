"""Tools › Warranty policy… (supervisors): the rules in force (periods of the three guarantees,
the unit's warranty, what the periods count from, installation labour and travel) and the
findings that void the warranty (a row each: code, English, Chinese). Publish stores a new
version (the old ones never change); lines are decided by it from their next save."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes
from app.services.warranty_policy import PolicyVersion
from app.services.warranty_rules import PolicyBody
from app.ui.context import AppContext
from app.ui.formatting import local_text
from app.ui.ops import catalogue as catalogue_ops
from app.ui.parts.text_table import TextTable
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.shortcuts import save_keys

CODE, EN, ZH = range(3)


def _spin(parent: QWidget, top: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(0, top)
    return spin


class PolicyDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.current: PolicyVersion | None = None
        self.setWindowTitle(self.tr("Warranty policy"))
        self.setMinimumWidth(640)
        self.version = QLabel(self)
        self.refund_days, self.replacement_days = _spin(self, 90), _spin(self, 180)
        self.unit_months = _spin(self, 240)
        self.count_from = QComboBox(self)
        self.count_from.addItem(self.tr("commissioning (else purchase)"), "commissioning")
        self.count_from.addItem(self.tr("purchase (else commissioning)"), "purchase")
        self.installation = QCheckBox(self.tr("The maker pays a new unit's installation labour"),
                                      self)
        self.travel = QCheckBox(self.tr("The warranty covers travel charges"), self)
        self.voids = TextTable([self.tr("Code"), self.tr("English"), self.tr("Chinese")], self)
        self.voids.setEditTriggers(TextTable.EditTrigger.AllEditTriggers)
        self.add_button = QPushButton(self.tr("Add finding"), self)
        self.remove_button = QPushButton(self.tr("Remove finding"), self)
        self.publish_button = QPushButton(self.tr("Publish"), self)
        self.error_label = ErrorLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Refund or replacement within (days):"), self.refund_days)
        form.addRow(self.tr("Replacement or repair within (days):"), self.replacement_days)
        form.addRow(self.tr("The unit's warranty (months):"), self.unit_months)
        form.addRow(self.tr("Periods count from:"), self.count_from)
        form.addRow("", self.installation)
        form.addRow("", self.travel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.publish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.version)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Findings that void the warranty:"), self))
        layout.addWidget(self.voids, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        for button in (self.add_button, self.remove_button, self.publish_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_finding)
        self.remove_button.clicked.connect(lambda: self.voids.removeRow(self.voids.currentRow()))
        self.publish_button.clicked.connect(self.publish)
        save_keys(self, self.publish)
        self.setEnabled(ctx.actor.is_supervisor)
        self.load()

    def load(self) -> None:
        catalogue_ops.policy(self._ctx, self).errors_to(self.error_label.show_error).success(
            lambda versions: self.show_policy(versions[0])).run()

    def show_policy(self, version: PolicyVersion) -> None:
        self.current = version
        body = version.body
        self.version.setText(self.tr("Version {version}, published {when}").format(
            version=version.version, when=local_text(version.published_at, self._ctx.tz)))
        self.refund_days.setValue(body.refund_days)
        self.replacement_days.setValue(body.replacement_days)
        self.unit_months.setValue(body.unit_months)
        self.count_from.setCurrentIndex(self.count_from.findData(body.count_from))
        self.installation.setChecked(body.free_installation_labour)
        self.travel.setChecked(body.travel_covered)
        self.voids.show_rows([(r.code, [r.code, r.en, r.zh]) for r in body.voids])
        self._editable()

    def _editable(self) -> None:
        for row in range(self.voids.rowCount()):
            for column in range(3):
                item = self.voids.item(row, column)
                if item is not None:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)

    def add_finding(self) -> None:
        rows = [(self.voids.row_id(r), [self.voids.text_at(r, c) for c in range(3)])
                for r in range(self.voids.rowCount())]
        self.voids.show_rows([*rows, ("", ["", "", ""])])
        self._editable()
        self.voids.setCurrentCell(len(rows), CODE)
        self.voids.setFocus()

    def policy_data(self) -> dict[str, Any]:
        """The edited rules as the service takes them (what it does not show stays)."""
        kept = self.current.body if self.current is not None else PolicyBody()
        voids = [{"code": self.voids.text_at(r, CODE).strip(),
                  "en": self.voids.text_at(r, EN).strip(), "zh": self.voids.text_at(r, ZH).strip()}
                 for r in range(self.voids.rowCount())]
        return {**kept.model_dump(mode="json"), "refund_days": self.refund_days.value(),
                "replacement_days": self.replacement_days.value(),
                "unit_months": self.unit_months.value(),
                "count_from": self.count_from.currentData(),
                "free_installation_labour": self.installation.isChecked(),
                "travel_covered": self.travel.isChecked(), "voids": voids}

    def publish(self) -> None:
        self.error_label.clear_error()
        catalogue_ops.publish_policy(self._ctx, self, self.policy_data()).busy(
            self.publish_button).errors_to(self.error_label.show_error).success(
            self._published).run()

    def _published(self, result: tuple[PolicyVersion, Changes]) -> None:
        self.show_policy(result[0])


def open_policy(ctx: AppContext, parent: QWidget) -> PolicyDialog:
    dialog = PolicyDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
