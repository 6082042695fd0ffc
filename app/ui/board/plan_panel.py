"""The proposal beside the board: the totals before and after (travel minutes, jobs planned,
promises met), each difference (added, moved, unplanned with its reason, a visit removed), and
Accept (one undoable step) or Reject (nothing changes)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.scheduling.proposal import Change, Proposal, ProposedVisit, Totals
from app.ui.i18n import message_text


class PlanPanel(QWidget):
    accepted = Signal(object)  # Proposal
    rejected = Signal()

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self.proposal: Proposal | None = None
        self.names: dict[str, str] = {}
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Accept plan"), self)
        self.reject_button = QPushButton(self.tr("Reject"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(self._accept)
        self.reject_button.clicked.connect(self._reject)
        self.hide()

    def show_proposal(self, proposal: Proposal, names: dict[str, str]) -> None:
        self.proposal, self.names = proposal, names
        before, after = proposal.before, proposal.after
        head = self.tr("Plan for {day}: {changes} changes.").format(
            day=proposal.day.isoformat(), changes=proposal.changes)
        if proposal.stopped:
            head += " " + self.tr("Stopped early: the best plan found so far.")
        self.summary.setText("\n".join([head, self._totals(self.tr("Before"), before),
                                        self._totals(self.tr("After"), after)]))
        self.list.clear()
        for v in proposal.visits:
            if v.change is not Change.KEPT:
                self.list.addItem(self._visit(v))
        for u in proposal.unplanned:
            line = self.tr("Not planned: {number}. {reason}").format(
                number=u.label, reason=message_text(u.reason))
            if u.appointment_id is not None:
                line += " " + self.tr("Its visit is removed.")
            self.list.addItem(line)
        self.accept_button.setEnabled(proposal.changes > 0)
        self.show()

    def _totals(self, label: str, t: Totals) -> str:
        return self.tr("{label}: {travel} min of travel, {jobs} jobs planned, {met} promises "
                       "met").format(label=label, travel=t.travel_minutes, jobs=t.jobs_planned,
                                     met=t.promises_met)

    def _visit(self, v: ProposedVisit) -> str:
        text = (self.tr("Added: {number} to {who} at {time}") if v.change is Change.ADDED
                else self.tr("Moved: {number} to {who} at {time}"))
        line = text.format(number=v.label, who=self.names.get(v.technician_id, ""),
                           time=v.start.astimezone(self._tz).strftime("%H:%M"))
        return line if v.promise_met else line + " " + self.tr("(after the promise)")

    def clear(self) -> None:
        self.proposal = None
        self.list.clear()
        self.hide()

    def _accept(self) -> None:
        if self.proposal is not None:
            self.accepted.emit(self.proposal)

    def _reject(self) -> None:
        self.clear()
        self.rejected.emit()
