"""Where FieldDesk keeps its data, and the settings a run starts with (no globals)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "FieldDesk"
DB_ENV = "FIELDDESK_DB"
LANG_ENV = "FIELDDESK_LANG"
LANGUAGES = ("en", "zh_CN")


def data_dir() -> Path:
    """The platform's user data folder, e.g. ~/.local/share/FieldDesk on Linux."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_log_dir() -> Path:
    """Where the log file goes: `logs` in the user data folder."""
    return data_dir() / "logs"


@dataclass(frozen=True)
class Config:
    db_path: Path
    language: str | None = None  # None: the system's language
    log_dir: Path = field(default_factory=default_log_dir)

    @classmethod
    def resolve(cls, db: str | None, language: str | None = None) -> Config:
        """`--db` wins, then $FIELDDESK_DB, then the user data folder; likewise for the language."""
        chosen = db or os.environ.get(DB_ENV)
        path = Path(chosen).expanduser() if chosen else data_dir() / "fielddesk.sqlite"
        return cls(db_path=path.resolve(), language=language or os.environ.get(LANG_ENV) or None)
