"""Photo work off the GUI thread: thumbnails of stored photos (attaching files is
`app.ui.ops.checklists.attach_photos`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.db import Database
from app.errors import ValidationError
from app.services.checklists import photo_data
from app.ui.checklist.photo_input import THUMB


def thumbnail(db: Database, photo_id: str) -> QImage:
    """The stored photo scaled to a thumbnail (QImage is safe off the GUI thread)."""
    filename, data = photo_data(db, photo_id)
    image = QImage.fromData(data)
    if image.isNull():
        raise ValidationError("{file} is not an image FieldDesk can show.", file=filename)
    return image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)
