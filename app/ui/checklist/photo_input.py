"""A photo item's input: a strip of thumbnails, "Add photo…" and drops of image files.

The input only asks: `files_added(paths)` and `remove_requested(photo_id)` go to the checklist
tab, which stores the photos through the service and hands back ids and thumbnails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.checklists.schema import Item
from app.ui.checklist.inputs import ItemInput

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff"}
THUMB = 64
ID_ROLE = Qt.ItemDataRole.UserRole


def image_files(event: QDropEvent) -> list[Path]:
    """The local image files a drag carries."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in IMAGE_SUFFIXES]


class PhotoInput(ItemInput):
    files_added = Signal(str, list)  # item id, list[Path]
    remove_requested = Signal(str, str)  # item id, photo id

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self._ids: list[str] = []
        self._thumbs: dict[str, QPixmap] = {}
        self.strip = QListWidget(self)
        self.strip.setViewMode(QListView.ViewMode.IconMode)
        self.strip.setFlow(QListView.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setMovement(QListView.Movement.Static)
        self.strip.setIconSize(QSize(THUMB, THUMB))
        self.strip.setFixedHeight(THUMB + 28)
        self.strip.setAcceptDrops(False)
        self.strip.viewport().setAcceptDrops(False)
        self.strip.setToolTip(self.tr("Drop image files here; Delete removes the selected photo"))
        self.add_button = QPushButton(self.tr("Add photo…"), self)
        self.count = QLabel(self)
        self.layout_.addWidget(self.strip, 1)
        self.layout_.addWidget(self.add_button)
        self.layout_.addWidget(self.count)
        self.setAcceptDrops(True)
        self.add_button.clicked.connect(self.choose_files)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.strip)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._remove_selected)
        self._show_count()

    # -- the answer --------------------------------------------------------------------------

    def raw(self) -> Any:
        return list(self._ids) or None

    def set_raw(self, value: Any) -> None:
        self._ids = list(value or [])
        self.strip.clear()
        for photo_id in self._ids:
            entry = QListWidgetItem(self.strip)
            entry.setData(ID_ROLE, photo_id)
            if photo_id in self._thumbs:
                entry.setIcon(QIcon(self._thumbs[photo_id]))
        self._show_count()
        self.edited.emit()

    def photo_ids(self) -> list[str]:
        return list(self._ids)

    def missing_thumbnails(self) -> list[str]:
        return [p for p in self._ids if p not in self._thumbs]

    def set_thumbnail(self, photo_id: str, image: QImage) -> None:
        self._thumbs[photo_id] = QPixmap.fromImage(image)
        for row in range(self.strip.count()):
            entry = self.strip.item(row)
            if entry.data(ID_ROLE) == photo_id:
                entry.setIcon(QIcon(self._thumbs[photo_id]))

    def thumbnail_count(self) -> int:
        """Thumbnails shown in the strip (for tests)."""
        return sum(1 for row in range(self.strip.count())
                   if not self.strip.item(row).icon().isNull())

    def focus_widgets(self) -> list[QWidget]:
        return [self.add_button, self.strip]

    def _show_count(self) -> None:
        self.count.setText(f"{len(self._ids)} / {self.item.photos}")

    # -- adding and removing -----------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photo"), "",
            self.tr("Images ({patterns})").format(
                patterns=" ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))))
        if names:
            self.files_added.emit(self.item.id, [Path(n) for n in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        self._offer(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        self._offer(event)

    def _offer(self, event: QDragMoveEvent) -> None:
        if image_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        if files := image_files(event):
            event.acceptProposedAction()
            self.files_added.emit(self.item.id, files)
        else:
            event.ignore()

    def _remove_selected(self) -> None:
        entry = self.strip.currentItem()
        if entry is not None:
            self.remove_requested.emit(self.item.id, str(entry.data(ID_ROLE)))
