"""The board's colours and sizes in one place."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from app.models.enums import AppointmentStatus, JobType
from app.ui import promise_look

NAME_WIDTH = 170  # the technicians' column left of the timeline
HEADER_HEIGHT = 40  # the days and hours above it
BLOCK_MARGIN = 3.0  # between a block and its lane's edges
MARK_WIDTH = 18.0  # the job type tab at a block's left
RESIZE_GRIP = 6.0  # pixels at a block's right edge that resize instead of move

VISIT = {
    AppointmentStatus.SCHEDULED: QColor("#5b8bd6"),
    AppointmentStatus.TRAVELLING: QColor("#e6a03c"),
    AppointmentStatus.ON_SITE: QColor("#43a35e"),
    AppointmentStatus.DONE: QColor("#b0b8c0"),
    AppointmentStatus.CANCELLED: QColor("#d0d0d0"),
}
JOB_TYPE = {
    JobType.INSTALL: QColor("#6a47b8"),
    JobType.REPAIR: QColor("#c0392b"),
    JobType.MAINTENANCE: QColor("#16867a"),
    JobType.INSPECTION: QColor("#7d7d22"),
    JobType.RELOCATION: QColor("#b8661f"),
    JobType.REMOVAL: QColor("#5d6670"),
}
SLA = promise_look.COLOURS
TEXT = QColor("#102030")
TEXT_ON_DONE = QColor("#3c4650")
WHITE = QColor("#ffffff")
OFF_SHIFT = QColor("#e7eaee")
ON_SHIFT = QColor("#ffffff")
ABSENCE = QColor("#f3b5b5")
GROUP_BAND = QColor("#d5dbe2")
GRID = QColor("#dde2e8")
DAY_LINE = QColor("#8a96a3")
ROW_LINE = QColor("#cfd5dc")
NOW = QColor("#e53935")
GAP_OK = QColor("#78909c")
GAP_SHORT = QColor("#c62828")
SELECTED = QColor("#0d47a1")
GHOST_OK = QColor(67, 160, 71, 110)
GHOST_BAD = QColor(229, 57, 53, 110)
GHOST_UNKNOWN = QColor(120, 144, 156, 90)
OVERRIDDEN = QColor("#8e24aa")
TODAY = QColor("#fff4d6")


def small_font(base: QFont, factor: float = 0.85, bold: bool = False) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(max(8, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font
