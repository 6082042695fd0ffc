"""Issue 17: the Sync view names every synced table in words, the parts' tables included, in
both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.sync.tables import synced_tables
from app.ui.i18n import install_translator
from app.ui.sync.texts import table_label

PARTS = {"catalogue_items": ("Catalogue item", "价目表项目"),
         "stock_movements": ("Stock movement", "库存变动"),
         "maintenance_contracts": ("Maintenance contract", "保养合同")}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_synced_table_has_a_name(qapp: QApplication, language: str) -> None:
    install_translator(qapp, language)
    names = {t.name: table_label(t.name) for t in synced_tables()}
    assert [name for name, label in names.items() if label == name] == []
    for table, words in PARTS.items():
        assert names[table] == words[language != "en"]
