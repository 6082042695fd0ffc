"""How the response promise looks wherever a job shows it (the board's blocks and queue, the
job list): its colours by state and its words. Outside `app.ui.board` so lists use it without
importing the board."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.scheduling.sla import SlaState
from app.ui.formatting import duration

COLOURS = {
    SlaState.OK: QColor("#37474f"),
    SlaState.DUE_SOON: QColor("#ef6c00"),
    SlaState.OVERDUE: QColor("#c62828"),
    SlaState.MET: QColor("#2e7d32"),
    SlaState.PAUSED: QColor("#78909c"),
}
ON_OVERDUE = QColor("#ffffff")  # text over the overdue red


def sla_badge(state: SlaState, minutes_left: int | None) -> str:
    """What a block's SLA corner and the queue say: time left, time late (as durations), or
    nothing once met."""
    if state is SlaState.MET or minutes_left is None:
        return ""
    return sla_text(state, minutes_left)


def sla_text(state: SlaState, minutes_left: int | None) -> str:
    """The SLA in words (tooltips and the queue)."""
    if state is SlaState.MET:
        return QCoreApplication.translate("Board", "SLA met")
    if state is SlaState.PAUSED:
        return QCoreApplication.translate("Board", "On hold: SLA paused")
    if minutes_left is None:
        return ""
    if state is SlaState.OVERDUE:
        return QCoreApplication.translate("Board", "{time} overdue").format(
            time=duration(minutes_left))
    return QCoreApplication.translate("Board", "{time} left").format(time=duration(minutes_left))
