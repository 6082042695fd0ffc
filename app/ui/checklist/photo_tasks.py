"""Photo work for the task runner (off the GUI thread): read and store files, make thumbnails."""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.db import Database
from app.errors import ValidationError
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.checklists import JobChecklist, attach_photo, photo_data
from app.ui.checklist.photo_input import THUMB


def attach_files(db: Database, actor: Actor, job_id: str, item_id: str,
                 paths: Sequence[Path]) -> tuple[JobChecklist, Changes]:
    """Store each file with the job (by sha256) and add it to the item's photos."""
    result: tuple[JobChecklist, Changes] | None = None
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError("{file} cannot be read ({reason}).", file=path.name,
                                  reason=exc.strerror) from None
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        result = attach_photo(db, actor, job_id, item_id, path.name, data, mime)
    if result is None:
        raise ValidationError("No image file was given.")
    return result


def thumbnail(db: Database, photo_id: str) -> QImage:
    """The stored photo scaled to a thumbnail (QImage is safe off the GUI thread)."""
    filename, data = photo_data(db, photo_id)
    image = QImage.fromData(data)
    if image.isNull():
        raise ValidationError("{file} is not an image FieldDesk can show.", file=filename)
    return image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)
