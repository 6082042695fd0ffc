"""The template editor's tree: sections with their items, each node holding its field data.

Nodes keep the template's own dicts (as `TemplateBody.model_dump(mode="json")` gives them), so
fields the editor does not show (an item's source) survive a publish unchanged.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from app.ui.i18n import current_language

SECTION, ITEM = "section", "item"


class Node(QTreeWidgetItem):
    """A section or an item, with its template data (a plain dict, kept as it is)."""

    def __init__(self, payload: dict[str, Any]) -> None:
        super().__init__()
        self.payload = payload


def _new_section(node_id: str) -> dict[str, Any]:
    return {"id": node_id, "title": {"en": "New section", "zh": "新分区"}}


def _new_item(node_id: str) -> dict[str, Any]:
    return {"id": node_id, "label": {"en": "New item", "zh": "新项目"},
            "type": "yesno", "required": True, "status": "S"}


class TemplateTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Section / item"), self.tr("Id"), self.tr("Type")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setColumnWidth(0, 260)

    # -- data in and out ---------------------------------------------------------------------

    def load(self, sections: list[dict[str, Any]]) -> None:
        self.clear()
        for section in sections:
            node = self._node(None, {k: v for k, v in section.items() if k != "items"})
            for item in section.get("items", []):
                self._node(node, item)
        self.expandAll()
        if tops := self.tops():
            self.setCurrentItem(tops[0])

    def tops(self) -> list[QTreeWidgetItem]:
        """The section nodes, in order."""
        found = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [node for node in found if node is not None]

    @staticmethod
    def items_of(node: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        found = (node.child(i) for i in range(node.childCount()))
        return [child for child in found if child is not None]

    def sections(self) -> list[dict[str, Any]]:
        """The tree as template sections, in order."""
        return [{**copy.deepcopy(self.payload(node)),
                 "items": [copy.deepcopy(self.payload(c)) for c in self.items_of(node)]}
                for node in self.tops()]

    def _node(self, parent: QTreeWidgetItem | None, data: dict[str, Any],
              index: int | None = None) -> QTreeWidgetItem:
        node = Node(data)
        if parent is None:
            self.insertTopLevelItem(self.topLevelItemCount() if index is None else index, node)
        else:
            parent.insertChild(parent.childCount() if index is None else index, node)
        self.set_data(node, data)
        return node

    @staticmethod
    def payload(node: QTreeWidgetItem) -> dict[str, Any]:
        assert isinstance(node, Node)
        return node.payload

    def set_data(self, node: QTreeWidgetItem, data: dict[str, Any]) -> None:
        assert isinstance(node, Node)
        node.payload = data
        text = data.get("title") or data.get("label") or {}
        node.setText(0, text.get("zh" if current_language().startswith("zh") else "en", ""))
        node.setText(1, str(data.get("id", "")))
        node.setText(2, str(data.get("type", "")))

    @staticmethod
    def kind(node: QTreeWidgetItem | None) -> str | None:
        if node is None:
            return None
        return SECTION if node.parent() is None else ITEM

    def node_for(self, node_id: str, kind: str = ITEM) -> QTreeWidgetItem:
        """The node of an item (or a section) by id."""
        found = self.findItems(node_id, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 1)
        for node in found:
            if self.kind(node) == kind:
                return node
        raise KeyError(node_id)

    # -- editing -----------------------------------------------------------------------------

    def _free_id(self, prefix: str) -> str:
        nodes = [n for top in self.tops() for n in (top, *self.items_of(top))]
        used = {self.payload(n).get("id") for n in nodes}
        number = 1
        while f"{prefix}_{number}" in used:
            number += 1
        return f"{prefix}_{number}"

    def add_section(self) -> QTreeWidgetItem:
        current = self.currentItem()
        after = self._top(current)
        index = self.indexOfTopLevelItem(after) + 1 if after else None
        node = self._node(None, _new_section(self._free_id("section")), index)
        self.setCurrentItem(node)
        return node

    def add_item(self) -> QTreeWidgetItem | None:
        current = self.currentItem()
        section = self._top(current)
        if section is None:
            return None
        index = (section.indexOfChild(current) + 1
                 if current is not None and self.kind(current) == ITEM else None)
        node = self._node(section, _new_item(self._free_id("item")), index)
        section.setExpanded(True)
        self.setCurrentItem(node)
        return node

    def remove_current(self) -> None:
        node = self.currentItem()
        if node is None:
            return
        parent = node.parent()
        if parent is None:
            self.takeTopLevelItem(self.indexOfTopLevelItem(node))
        else:
            parent.removeChild(node)

    def move_current(self, step: int) -> None:
        """Up (-1) or down (+1) among its siblings."""
        node = self.currentItem()
        if node is None:
            return
        parent = node.parent()
        if parent is None:
            index, count = self.indexOfTopLevelItem(node), self.topLevelItemCount()
        else:
            index, count = parent.indexOfChild(node), parent.childCount()
        if not 0 <= index + step < count:
            return
        expanded = node.isExpanded()
        if parent is None:
            self.takeTopLevelItem(index)
            self.insertTopLevelItem(index + step, node)
        else:
            parent.takeChild(index)
            parent.insertChild(index + step, node)
        node.setExpanded(expanded)
        self.setCurrentItem(node)

    def _top(self, node: QTreeWidgetItem | None) -> QTreeWidgetItem | None:
        while node is not None and node.parent() is not None:
            node = node.parent()
        return node
