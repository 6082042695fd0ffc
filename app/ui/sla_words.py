"""The response promise in words, as the board, its queue and the job list say it: time left
or late as a duration ("剩余 1 小时 35 分", "超时 5 小时 03 分"), met, or paused while on hold;
and its colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.scheduling.sla import SlaState
from app.ui.formatting import duration

SLA_COLOURS = {
    SlaState.OK: QColor("#37474f"),
    SlaState.DUE_SOON: QColor("#ef6c00"),
    SlaState.OVERDUE: QColor("#c62828"),
    SlaState.MET: QColor("#2e7d32"),
    SlaState.PAUSED: QColor("#78909c"),
}


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
