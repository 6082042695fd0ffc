"""After a delivery, the sentence for the status line: what was saved, handed to the printer,
or accepted by CUPS; for a CUPS job, `JobWatch` then asks the print system what became of it
(on the network lane, every `POLL_MS`, until the job is over or `WATCH_MS` passed) and says
each new state: waiting, printing, stopped, cancelled, aborted, finished."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.printing.cups import JobState, job_state
from app.ui.context import AppContext
from app.ui.printing.delivery import Delivered, Route

POLL_MS = 500
WATCH_MS = 10 * 60 * 1000


class JobWatch(QObject):
    said = Signal(str)
    over = Signal()

    def __init__(self, ctx: AppContext, delivered: Delivered, parent: QObject) -> None:
        super().__init__(parent)
        self._ctx, self.delivered = ctx, delivered
        self.state: JobState | None = None
        self._polls_left = WATCH_MS // POLL_MS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self.said.emit(self.sentence())
        if self.delivered.submitted is None:
            self.over.emit()
        else:
            self._poll()

    def stop(self) -> None:
        self._timer.stop()
        self._polls_left = 0

    def _poll(self) -> None:
        submitted = self.delivered.submitted
        assert submitted is not None
        self._polls_left -= 1
        self._ctx.network_op(self, lambda _run: job_state(submitted)).errors_to(
            self.said.emit).success(self._seen).run()

    def _seen(self, state: JobState | None) -> None:
        if state is not None and state is not self.state:
            self.state = state
            self.said.emit(self.sentence())
        if (state is not None and state.final) or self._polls_left <= 0:
            self.over.emit()
        else:
            self._timer.start()

    def sentence(self) -> str:
        d = self.delivered
        values = {"pages": d.pages, "printer": d.order.options.printer,
                  "file": str(d.order.file),
                  "job": d.submitted.job if d.submitted is not None else ""}
        if d.route is Route.FILE:
            text = self.tr("Saved {pages} pages to {file}.")
        elif d.route is Route.NATIVE:
            text = self.tr("{pages} pages handed to the printer {printer}.")
        else:
            text = self._state_sentence()
        return text.format(**values)

    def _state_sentence(self) -> str:
        return {
            None: self.tr("{pages} pages sent to {printer} (job {job})."),
            JobState.PENDING: self.tr(
                "{pages} pages sent to {printer} (job {job}): waiting in its queue."),
            JobState.HELD: self.tr(
                "{pages} pages sent to {printer} (job {job}): held in its queue."),
            JobState.PROCESSING: self.tr(
                "{pages} pages sent to {printer} (job {job}): printing."),
            JobState.STOPPED: self.tr(
                "{pages} pages sent to {printer} (job {job}): the printer has stopped; the "
                "job waits until it is resumed."),
            JobState.CANCELED: self.tr(
                "Job {job} on {printer} was cancelled: it may not have been printed."),
            JobState.ABORTED: self.tr(
                "Job {job} on {printer} was aborted by the print system: check the printer, "
                "then print again."),
            JobState.COMPLETED: self.tr(
                "{printer} has finished job {job} ({pages} pages)."),
        }[self.state]
