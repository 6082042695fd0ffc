"""This PC's own choices in the user's QSettings (the file that also remembers the printer):
the language FieldDesk starts in. `--lang` and $FIELDDESK_LANG win over it; it wins over the
language the station's supervisors chose (`station_language`)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.ui.printing.print_settings import store

LANGUAGE_KEY = "desk/language"


def pc_language(settings: QSettings | None = None) -> str | None:
    """The language chosen on this PC (None: as the station's)."""
    value = (settings or store()).value(LANGUAGE_KEY, "")
    return str(value) if value else None


def set_pc_language(language: str | None, settings: QSettings | None = None) -> None:
    s = settings or store()
    if language:
        s.setValue(LANGUAGE_KEY, language)
    else:
        s.remove(LANGUAGE_KEY)
    s.sync()
