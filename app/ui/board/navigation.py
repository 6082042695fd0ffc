"""The board's keys: arrows move the selection between blocks, Delete unassigns, Enter opens
the job, A records the selected visit's arrival, F its finish, T keys in the paper sheet's
times, P pins or unpins it, +/-/0 zoom, Ctrl+Z / Ctrl+Y undo and redo, Escape drops a drag."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from app.services.board import BoardAppointment
from app.ui.board.geometry import ZOOM_STEP, RowLayout

if TYPE_CHECKING:
    from app.ui.board.view import BoardView

ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
VISIT_KEYS = {Qt.Key.Key_A: "arrive", Qt.Key.Key_F: "finish", Qt.Key.Key_T: "times"}


def _middle(a: BoardAppointment) -> float:
    return (a.start.timestamp() + a.end.timestamp()) / 2


def first_block(layout: RowLayout) -> BoardAppointment | None:
    return next((row.appointments[0] for row in layout.technicians() if row.appointments), None)


def neighbour(layout: RowLayout, current: BoardAppointment | None,
              key: Qt.Key) -> BoardAppointment | None:
    """The block left/right of `current` in its lane, or the nearest in time in the next lane
    above/below that has any; the first block when nothing is selected."""
    if current is None:
        return first_block(layout)
    rows = [row for row in layout.technicians() if row.appointments]
    here = next((i for i, row in enumerate(rows)
                 if any(a.id == current.id for a in row.appointments)), None)
    if here is None:
        return first_block(layout)
    visits = rows[here].appointments
    index = next(i for i, a in enumerate(visits) if a.id == current.id)
    if key == Qt.Key.Key_Left:
        return visits[index - 1] if index > 0 else None
    if key == Qt.Key.Key_Right:
        return visits[index + 1] if index + 1 < len(visits) else None
    step = -1 if key == Qt.Key.Key_Up else 1
    if not 0 <= here + step < len(rows):
        return None
    middle = _middle(current)
    return min(rows[here + step].appointments, key=lambda a: abs(_middle(a) - middle))


def on_key(view: BoardView, event: QKeyEvent) -> bool:
    """Act on a key pressed in the board; False: not one of the board's keys."""
    key = Qt.Key(event.key())
    current = view.board_scene.selected_appointment()
    ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    if event.matches(QKeySequence.StandardKey.Undo):
        view.undoRequested.emit()
    elif event.matches(QKeySequence.StandardKey.Redo) or (key == Qt.Key.Key_Y and ctrl):
        view.redoRequested.emit()
    elif key in ARROWS:
        view.select(neighbour(view.lanes, current, key) or current)
    elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
        view.zoom_by(1 / ZOOM_STEP if key == Qt.Key.Key_Minus else ZOOM_STEP)
    elif key == Qt.Key.Key_0:
        view.fit()
    elif key == Qt.Key.Key_Delete and current is not None:
        view.unassignRequested.emit(current)
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
        view.openRequested.emit(current.job_id)
    elif key in VISIT_KEYS and current is not None and not event.modifiers():
        view.visitRequested.emit(current, VISIT_KEYS[key])
    elif key == Qt.Key.Key_P and current is not None and not event.modifiers():
        view.pinRequested.emit(current)
    elif key == Qt.Key.Key_Escape and view.drags.active:
        view.drags.cancel()
    else:
        return False
    return True
