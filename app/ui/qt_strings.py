"""Qt's own dialogs in the UI's language: the strings Qt's shipped Chinese catalogue misses.

`install_translator` loads Qt's catalogue (qtbase_zh_CN.qm, from PySide6's translations folder)
for the file, print, page setup, colour and message box dialogs. That catalogue predates the
mnemonics Qt later gave a few labels ("&Look in:" where it has "Look in:"), so those showed in
English. Listed here in Qt's own contexts, they are extracted into FieldDesk's catalogue like
any string and translated in app/resources/translations/zh_CN.json; FieldDesk's translator is
installed after Qt's, so Qt asks it first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_STRINGS: tuple[tuple[str, object], ...] = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")),
    ("QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:")),
    ("QPageSetupWidget", QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:")),
    ("QPageSetupWidget", QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:")),
)
"""(Qt's context, Qt's source text) of each string this catalogue adds to Qt's."""
