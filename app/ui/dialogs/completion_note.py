"""The job editor's line under its status buttons: why the job cannot be completed yet (no
finished visit, the checklist, the customer's signature), read from the completion gate
(`app.services.completion`). A supervisor may still complete it, giving a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.models.enums import JobStatus
from app.services.completion import job_completion_blockers
from app.services.jobs import JobDetail
from app.services.status import manual_actions
from app.texts import Text
from app.ui import labels
from app.ui.context import AppContext
from app.ui.i18n import message_text
from app.ui.latest import Latest


class CompletionNote(QLabel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._query = ctx, Latest()
        self.setWordWrap(True)
        self.setStyleSheet("color: #8d6e00;")
        self.hide()

    def load(self, detail: JobDetail) -> None:
        """Read the blockers when Complete is one of the job's next steps."""
        if JobStatus.COMPLETED not in manual_actions(detail.status):
            self._query.cancel()
            self.hide()
            return
        db, job_id = self._ctx.db, detail.id
        self._query.run(self._ctx.op(self, lambda _run: job_completion_blockers(db, job_id))
                        .errors_to(self.setText).success(self.show_blockers))

    def show_blockers(self, blockers: list[Text]) -> None:
        self.setVisible(bool(blockers))
        text = self.tr("Cannot be completed yet: {blockers}.").format(
            blockers=labels.joined_sentences(message_text(b) for b in blockers))
        if self._ctx.actor.is_supervisor:
            text += " " + self.tr("As supervisor you may complete it anyway, with a reason.")
        self.setText(text)
