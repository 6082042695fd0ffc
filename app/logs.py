"""The log file in the user data folder: what went wrong, with its traceback, for support.

`open_log(folder)` returns the `fielddesk` logger writing to `folder/fielddesk.log`, rotated at
1 MB with three old files kept (logging.handlers.RotatingFileHandler); the file is made when
the first record is written, so a run without trouble leaves nothing behind.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "fielddesk.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3


class _FolderMakingHandler(RotatingFileHandler):
    """Makes its folder when it first writes (the data folder may not exist yet)."""

    def _open(self):  # type: ignore[no-untyped-def]  # (logging's own signature)
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()


def open_log(folder: Path) -> logging.Logger:
    """The `fielddesk` logger, writing to `folder/fielddesk.log` (once per folder)."""
    logger = logging.getLogger("fielddesk")
    path = str((folder / LOG_NAME).resolve())
    if not any(getattr(h, "baseFilename", None) == path for h in logger.handlers):
        handler = _FolderMakingHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                       encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return logger


def log_path(folder: Path) -> Path:
    return folder / LOG_NAME
