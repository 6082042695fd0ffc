"""The job editor's Checklist tab: the entry form, the result, and Save (Ctrl+S).

Saving, attaching and removing photos are operations on the database lane; a refusal shows its
sentence and leaves everything typed in place. `changed(Changes)` tells the job editor of each
write (the operation announces it on the change bus).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.checklists.evaluate import Outcome
from app.models.enums import JobType
from app.services.changes import Changes
from app.services.checklists import JobChecklist
from app.ui import labels
from app.ui.checklist.form import ChecklistForm
from app.ui.checklist.photo_input import PhotoInput
from app.ui.checklist.photo_tasks import thumbnail
from app.ui.checklist.result_panel import ResultPanel
from app.ui.context import AppContext
from app.ui.i18n import current_language
from app.ui.ops.checklists import attach_photos, remove_photo_op, save_checklist
from app.ui.widgets.error_label import ErrorLabel


class ChecklistTab(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, checklist: JobChecklist,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self.checklist = ctx, checklist
        self._shown = False
        language = current_language()
        body = checklist.template
        self._template = self.tr("{name} (version {version})").format(
            name=body.name.get(language), version=body.version)
        self.header = QLabel(self._template, self)
        self.header.setStyleSheet("font-weight: bold;")
        self.form = ChecklistForm(body, checklist.facts, language, self)
        self.result_panel = ResultPanel(self)
        self.error_label = ErrorLabel(self)
        self.saved_label = QLabel(self)
        self.save_button = QPushButton(self.tr("Save checklist"), self)
        self.save_button.setToolTip(self.tr("Save the checklist (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.result_panel)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.form.outcome_changed.connect(self._show_outcome)
        for photos in self.form.photo_inputs():
            photos.files_added.connect(self.attach)
            photos.remove_requested.connect(self.remove)
        self.form.set_answers(checklist.answers)
        self._load_thumbnails()

    def set_job(self, number: str, job_type: JobType) -> None:
        """Name the job in the header, so the checklist is never read as another job's."""
        self.header.setText(self.tr("{number} · {type}: {checklist}").format(
            number=number, type=labels.job_type(job_type), checklist=self._template))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """The tab opens at the top of the form, on its first item, whatever had focus."""
        first = not self._shown
        self._shown = True
        super().showEvent(event)
        if first:
            self.form.verticalScrollBar().setValue(0)

    def _show_outcome(self, outcome: Outcome) -> None:
        self.result_panel.show_outcome(self.form.body, outcome, self.form.language)
        if self.saved_label.text():
            self.saved_label.clear()

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        self.error_label.clear_error()
        save_checklist(self._ctx, self, self.checklist.job_id, self.form.typed()).busy(
            self.save_button).errors_to(self.error_label.show_error).success(
            self._saved).run()

    def _saved(self, result: tuple[JobChecklist, Changes]) -> None:
        self.checklist, changes = result
        self.saved_label.setText(self.tr("Saved."))
        self.changed.emit(changes)

    # -- photos ------------------------------------------------------------------------------

    def attach(self, item_id: str, paths: list[Path]) -> None:
        self.error_label.clear_error()
        op = attach_photos(self._ctx, self, self.checklist.job_id, item_id, paths)
        op.busy().errors_to(self.error_label.show_error)
        op.success(lambda result: self._photos_stored(item_id, result)).run()

    def remove(self, item_id: str, photo_id: str) -> None:
        self.error_label.clear_error()
        op = remove_photo_op(self._ctx, self, self.checklist.job_id, item_id, photo_id)
        op.busy().errors_to(self.error_label.show_error)
        op.success(lambda result: self._photos_stored(item_id, result)).run()

    def _photos_stored(self, item_id: str, result: tuple[JobChecklist, Changes]) -> None:
        checklist, changes = result
        self.checklist = checklist
        self.form.set_photos(item_id, list(checklist.answers.get(item_id) or []))
        self._load_thumbnails()
        self.changed.emit(changes)

    def _load_thumbnails(self) -> None:
        for photos in self.form.photo_inputs():
            for photo_id in photos.missing_thumbnails():
                self._load_thumbnail(photos, photo_id)

    def _load_thumbnail(self, photos: PhotoInput, photo_id: str) -> None:
        db = self._ctx.db

        def show(image: QImage) -> None:
            photos.set_thumbnail(photo_id, image)

        self._ctx.op(self, lambda _run: thumbnail(db, photo_id)).errors_to(
            self.error_label.show_error).success(show).run()
