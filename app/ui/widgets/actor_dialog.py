"""A dialog whose OK runs an operation that answers the signed-in user (sign-in, first admin,
joining a station): OK is disabled while it runs, a refusal shows its sentence in red."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.db import Database
from app.services.actor import Actor
from app.ui.operation import Operation
from app.ui.tasks import Lane
from app.ui.widgets.error_label import ErrorLabel


class ActorDialog(QDialog):
    def __init__(self, db: Database, runner: Lane, parent: QWidget | None = None) -> None:
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

    def _run(self, op: Operation[Actor]) -> Operation[Actor]:
        return op.busy(self.ok_button).errors_to(self._failed).success(self._done).run()

    def _done(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _failed(self, sentence: str) -> None:
        self.error_label.show_error(sentence)
