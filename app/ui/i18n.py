"""Load the UI translation (``app/resources/translations/fielddesk_<lang>.qm``) and Qt's own.

Source strings in the code are English; every user-visible string goes through ``self.tr()`` or
``QCoreApplication.translate(context, text)``; sentences made by the core (errors, broken
scheduling rules) are `app.texts.Text` templates, shown through `message_text`/`error_text`.
``scripts/update_translations.py`` extracts them into ``.ts`` files, fills Chinese from
``app/resources/translations/zh_CN.json`` and compiles ``.qm``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.errors import DomainError
from app.resources import TRANSLATIONS
from app.texts import MESSAGES_CONTEXT, Text
from app.ui.labels import vocabulary

TRANSLATIONS_DIR: Path = TRANSLATIONS
CATALOGUE_PREFIX = "fielddesk"
SOURCE_LANGUAGE = "en"
"""Language of the source strings: always available, even without a .qm file."""

_installed: list[QTranslator] = []
"""Translators currently installed by :func:`install_translator` (kept alive on purpose)."""


def available_languages(directory: Path | None = None) -> list[str]:
    """Languages the UI can be shown in: English plus every compiled catalogue, sorted."""
    folder = directory or TRANSLATIONS_DIR
    prefix = f"{CATALOGUE_PREFIX}_"
    found = {
        path.stem.removeprefix(prefix) for path in folder.glob(f"{prefix}*.qm") if path.is_file()
    }
    found.add(SOURCE_LANGUAGE)
    return sorted(found)


def _locale_for(language: str | None) -> QLocale:
    if language is None:
        return QLocale.system()
    return QLocale(language.replace("-", "_"))


def _load(translator: QTranslator, locale: QLocale, name: str, folder: str) -> bool:
    """Load ``<name>_<lang>.qm`` for the locale's UI languages (zh_Hans_CN, zh_CN, zh, ...).

    Any Chinese locale without its own catalogue (zh_TW, zh_HK, zh_SG) falls back to zh_CN,
    which a Chinese reader understands better than the English source strings.
    """
    if translator.load(locale, name, "_", folder):
        return True
    if locale.language() == QLocale.Language.Chinese:
        simplified = QLocale(
            QLocale.Language.Chinese, QLocale.Script.SimplifiedHanScript, QLocale.Country.China
        )
        return translator.load(simplified, name, "_", folder)
    return False


def remove_translators(app: QApplication) -> None:
    """Uninstall the translators installed by :func:`install_translator`."""
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translator(
    app: QApplication, language: str | None, directory: Path | None = None
) -> QTranslator | None:
    """Install the FieldDesk translation for ``language`` and Qt's own (dialog buttons etc.).

    ``language`` is a code such as ``"zh_CN"`` or ``"en"``; ``None`` follows the system locale.
    Translators installed by an earlier call are removed first, so this also switches language
    (widgets then retranslate on ``QEvent.LanguageChange``). Returns the FieldDesk translator,
    or None when no catalogue matches, in which case the English source strings are shown.
    ``directory`` overrides ``app/resources/translations`` (for tests).
    """
    remove_translators(app)
    locale = _locale_for(language)
    folder = str(directory or TRANSLATIONS_DIR)

    qt_translator = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_folder and _load(qt_translator, locale, "qtbase", qt_folder):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)

    translator = QTranslator()
    if not _load(translator, locale, CATALOGUE_PREFIX, folder):
        return None
    app.installTranslator(translator)
    _installed.append(translator)
    return translator


def current_language() -> str:
    """Language of the installed FieldDesk catalogue (``"en"`` when none is installed)."""
    for translator in reversed(_installed):
        path = Path(translator.filePath())
        if path.stem.startswith(f"{CATALOGUE_PREFIX}_"):
            return path.stem.removeprefix(f"{CATALOGUE_PREFIX}_")
    return SOURCE_LANGUAGE


def message_text(text: Text) -> str:
    """A sentence made by the core, in the UI's language."""
    return text.render(lambda template: QCoreApplication.translate(MESSAGES_CONTEXT, template),
                       current_language(), vocabulary)


def error_text(error: BaseException | str) -> str:
    """What the UI shows for an error: a domain error's sentence translated, anything else (an
    operating system message, a plain string already translated) as it is."""
    if isinstance(error, DomainError):
        return message_text(error.text)
    return str(error)
