"""A dialog whose OK runs a background task that answers the signed-in user (sign-in, first
admin): OK is disabled while the task runs, a domain error shows its sentence in red."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.db import Database
from app.errors import DomainError
from app.services.actor import Actor
from app.ui.tasks import TaskRunner
from app.ui.widgets.error_label import ErrorLabel


class ActorDialog(QDialog):
    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner = db, runner
        self.actor: Actor | None = None

    def _add_buttons(self, ok_text: str, submit: Callable[[], None]) -> None:
        """The error line and OK/Cancel; made after the fields, which come first in tab order."""
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(submit)
        self.buttons.rejected.connect(self.reject)

    def _run(self, task: Callable[[], Actor]) -> None:
        self.ok_button.setEnabled(False)
        self._runner.submit(lambda _t: task(), self._done, self._failed, owner=self)

    def _done(self, actor: Actor) -> None:
        self.actor = actor
        self.ok_button.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        self.ok_button.setEnabled(True)
        self.error_label.show_error(exc)
