"""Checklist templates for supervisors: pick one, edit its sections and items, publish it.

Publishing stores the next version of the template (an operation); runs already answered
keep the version they were filled against. A TemplateError's sentence names the item at fault.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.checklists.schema import TemplateBody
from app.services.changes import Changes
from app.services.checklist_templates import TemplateInfo, get_template, list_templates
from app.ui.checklist.item_fields import ItemFields
from app.ui.checklist.section_fields import SectionFields
from app.ui.checklist.template_tree import ITEM, SECTION, TemplateTree
from app.ui.context import AppContext
from app.ui.i18n import current_language
from app.ui.latest import Latest
from app.ui.ops.checklists import publish
from app.ui.widgets.error_label import ErrorLabel

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplateEditor(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._data: dict[str, Any] = {}
        self._list, self._template = Latest(), Latest()
        self.setWindowTitle(self.tr("Checklist templates"))
        self.resize(1000, 650)
        self.picker = QComboBox(self)
        self.tree = TemplateTree(self)
        self.section_fields, self.item_fields = SectionFields(self), ItemFields(self)
        self.fields = QStackedWidget(self)
        self.fields.addWidget(QLabel(self.tr("Pick a section or an item."), self))
        self.fields.addWidget(self.section_fields)
        self.fields.addWidget(self.item_fields)
        self.error_label = ErrorLabel(self)
        self.published_label = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.publish_button = self.buttons.addButton(
            self.tr("Publish new version"), QDialogButtonBox.ButtonRole.ActionRole)
        self._layout()
        self.picker.currentIndexChanged.connect(self._pick)
        self.tree.currentItemChanged.connect(self._show_fields)
        self.section_fields.edited.connect(self._store)
        self.item_fields.edited.connect(self._store)
        self.publish_button.clicked.connect(self.publish)
        self.buttons.rejected.connect(self.reject)
        self.load_templates()

    def _layout(self) -> None:
        self.add_section_button = QPushButton(self.tr("Add section"), self)
        self.add_item_button = QPushButton(self.tr("Add item"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.up_button.setShortcut(QKeySequence("Ctrl+Up"))
        self.down_button.setShortcut(QKeySequence("Ctrl+Down"))
        tools = QHBoxLayout()
        for button, action in ((self.add_section_button, self.tree.add_section),
                               (self.add_item_button, self.tree.add_item),
                               (self.remove_button, self.tree.remove_current),
                               (self.up_button, lambda: self.tree.move_current(-1)),
                               (self.down_button, lambda: self.tree.move_current(1))):
            button.setAutoDefault(False)
            button.clicked.connect(action)
            tools.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree)
        left_layout.addLayout(tools)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.fields)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([560, 440])
        top = QFormLayout()
        top.addRow(self.tr("Template"), self.picker)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.published_label)
        layout.addWidget(self.buttons)

    # -- loading -----------------------------------------------------------------------------

    def load_templates(self, code: str | None = None) -> None:
        db = self._ctx.db
        self._list.run(self._ctx.op(self, lambda _run: list_templates(db))
                       .errors_to(self.error_label.show_error)
                       .success(lambda infos: self._listed(infos, code)))

    def _listed(self, infos: list[TemplateInfo], code: str | None) -> None:
        zh = current_language().startswith("zh")
        self.picker.blockSignals(True)
        self.picker.clear()
        for info in infos:
            name = info.name_zh if zh else info.name_en
            self.picker.addItem(self.tr("{name} (version {version})").format(
                name=name, version=info.version), info.id)
            self.picker.setItemData(self.picker.count() - 1, info.code, CODE_ROLE)
            if info.code == code:
                self.picker.setCurrentIndex(self.picker.count() - 1)
        self.picker.blockSignals(False)
        self._pick()

    def select(self, code: str) -> None:
        """Pick the template of that code."""
        self.picker.setCurrentIndex(self.picker.findData(code, CODE_ROLE))

    def _pick(self) -> None:
        template_id = self.picker.currentData()
        if template_id is None:
            return
        db = self._ctx.db
        self._template.run(self._ctx.op(self, lambda _run: get_template(db, template_id))
                           .errors_to(self.error_label.show_error)
                           .success(self._show_template))

    def _show_template(self, body: TemplateBody) -> None:
        data = body.model_dump(mode="json")
        self._data = {k: v for k, v in data.items() if k != "sections"}
        self.tree.load(data["sections"])
        self.error_label.clear_error()

    # -- editing -----------------------------------------------------------------------------

    def _show_fields(self, node: QTreeWidgetItem | None) -> None:
        kind = self.tree.kind(node)
        if node is None or kind is None:
            self.fields.setCurrentIndex(0)
            return
        fields = self.section_fields if kind == SECTION else self.item_fields
        fields.load(self.tree.payload(node))
        self.fields.setCurrentWidget(fields)

    def _store(self) -> None:
        node = self.tree.currentItem()
        kind = self.tree.kind(node)
        if node is None or kind is None:
            return
        fields = self.item_fields if kind == ITEM else self.section_fields
        self.tree.set_data(node, fields.to_dict(self.tree.payload(node)))

    # -- publishing --------------------------------------------------------------------------

    def template_data(self) -> dict[str, Any]:
        return {**self._data, "sections": self.tree.sections()}

    def publish(self) -> None:
        self.error_label.clear_error()
        self.published_label.clear()
        publish(self._ctx, self, self.template_data()).busy(self.publish_button).errors_to(
            self.error_label.show_error).success(self._published).run()

    def _published(self, result: tuple[TemplateInfo, Changes]) -> None:
        info = result[0]
        self.published_label.setText(self.tr("Published version {version}.").format(
            version=info.version))
        self.load_templates(info.code)
