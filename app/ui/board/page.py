"""The dispatch board page: the timeline, the unassigned queue and the suggestions beside it.

The read model (`board_data`) is built on the database lane, for the first load, after each
write the main window passes on (`on_changes`: schedule, jobs or technicians) and every few
minutes (SLA clocks run); the newest request wins, and its answer replaces the items in place,
so a change made elsewhere shows without resetting scroll, zoom or selection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app.services.board import BoardData, board_data
from app.services.changes import Changes
from app.ui.board.geometry import Scale
from app.ui.board.operations import BoardOperations
from app.ui.board.page_actions import PageActions
from app.ui.board.page_planning import PagePlanning
from app.ui.board.plan_panel import PlanPanel
from app.ui.board.probe import RuleProbe
from app.ui.board.queue_panel import QueuePanel
from app.ui.board.suggestion_panel import SuggestionPanel
from app.ui.board.toolbar import BoardToolbar
from app.ui.board.view import BoardView
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import JobEditor
from app.ui.dialogs.prompts import Prompter
from app.ui.latest import Latest

CONCERNS = Changes.SCHEDULE | Changes.JOBS | Changes.TECHNICIANS
NOW_LINE_MS = 60_000
RELOAD_MS = 5 * 60_000


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class BoardPage(PageActions, PagePlanning, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 clock: Callable[[], dt.datetime] = utc_now, prompter: Any = None) -> None:
        super().__init__(parent)
        self._ctx, self._clock = ctx, clock
        self._activated, self._query = False, Latest()
        self.scale = Scale.WEEK
        self.first = self._home_day()
        self.data: BoardData | None = None
        self.editor: JobEditor | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_action, self.redo_action = self._history_actions()
        self.ops = BoardOperations(ctx, self.undo_stack, prompter or Prompter(), self)
        self.probe = RuleProbe(ctx, self)
        self.view = BoardView(self.probe, ctx.actor.is_supervisor, self)
        self.queue = QueuePanel(ctx.tz, self)
        self.suggestions = SuggestionPanel(ctx, clock, self)
        self.plan_panel = PlanPanel(ctx.tz, self)
        self.toolbar = BoardToolbar(self.undo_stack, self.undo_action, self.redo_action, self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self._lay_out()
        self._connect()
        self._timers()

    def _history_actions(self) -> tuple[QAction, QAction]:
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence(QKeySequence.StandardKey.Redo)])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        undo.triggered.disconnect()
        redo.triggered.disconnect()
        undo.triggered.connect(lambda: self.ops.undo())
        redo.triggered.connect(lambda: self.ops.redo())
        return undo, redo

    def _lay_out(self) -> None:
        side = self.side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.queue)
        side.addWidget(self.suggestions)
        side.addWidget(self.plan_panel)
        side.setSizes([420, 260, 300])
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(self.view)
        main.addWidget(side)
        main.setStretchFactor(0, 1)
        main.setSizes([870, 410])  # the queue: a late SLA as a duration, number, type
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(main, 1)
        layout.addWidget(self.message_label)

    def _connect(self) -> None:
        v, t = self.view, self.toolbar
        v.drags.dropped.connect(self._dropped)
        v.selected.connect(self._block_selected)
        v.openRequested.connect(self.open_job)
        v.unassignRequested.connect(self.unassign)
        v.visitRequested.connect(self.record_visit)
        v.pinRequested.connect(self.pin)
        v.menuRequested.connect(self._menu)
        v.undoRequested.connect(self.ops.undo)
        v.redoRequested.connect(self.ops.redo)
        self.queue.selected.connect(self._job_selected)
        self.queue.openRequested.connect(self.open_job)
        self.suggestions.assignRequested.connect(self._assign_suggestion)
        self.suggestions.fitRequested.connect(self.fit_job)
        self.plan_panel.accepted.connect(self.accept_plan)
        self.plan_panel.rejected.connect(lambda: self.view.show_plan([]))
        t.planRequested.connect(lambda: self.plan_day())
        self.ops.message.connect(self.show_message)
        t.scaleChanged.connect(self.set_scale)
        t.stepped.connect(self.step)
        t.zoomed.connect(lambda factor: v.zoom_by(factor) if factor else v.fit())
        t.filterChanged.connect(lambda: v.set_filter(*t.filter()))

    def _timers(self) -> None:
        self._now_timer = QTimer(self, interval=NOW_LINE_MS)
        self._now_timer.timeout.connect(lambda: self.view.set_now(self._clock()))
        self._reload_timer = QTimer(self, interval=RELOAD_MS)
        self._reload_timer.timeout.connect(self.load)

    # -- the view protocol -------------------------------------------------------------------

    def activate(self) -> None:
        if self._activated:
            return
        self._activated = True
        self._now_timer.start()
        self._reload_timer.start()
        self.load(home=True)

    def refresh(self) -> None:
        self._activated = True
        self.load()

    def on_changes(self, changes: Changes, _initiator: QObject | None = None) -> None:
        if self._activated and changes & CONCERNS:
            self.load()
            if self.suggestions.job_id is not None:
                self.suggestions.reload()

    # -- loading -----------------------------------------------------------------------------

    def _home_day(self) -> dt.date:
        today = self._clock().astimezone(self._ctx.tz).date()
        return today if self.scale is Scale.DAY else today - dt.timedelta(days=today.weekday())

    def load(self, home: bool = False) -> None:
        """Build the board's read model in the background; only the newest answer is shown."""
        db, first, days, now = self._ctx.db, self.first, self.scale.days, self._clock()
        self._query.run(self._ctx.op(self, lambda _run: board_data(db, first, days, now))
                        .errors_to(lambda text: self.show_message(text, True))
                        .success(lambda data: self._loaded(data, home)))

    def _loaded(self, data: BoardData, home: bool) -> None:
        self.data = data
        self.view.show_data(data, self.scale, data.now, home)
        self.queue.set_jobs(data.unassigned)
        self.toolbar.show_range(self.first, data.days)

    def set_scale(self, scale: Scale) -> None:
        self.scale = scale
        self.toolbar.set_scale(scale)
        self.first = self._home_day()
        self.load(home=True)

    def step(self, direction: int) -> None:
        """-1 back and +1 forward by a day or a week; 0 back to today."""
        if direction:
            self.first += dt.timedelta(days=direction * self.scale.days)
        else:
            self.first = self._home_day()
        self.load(home=True)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet("color: #c62828;" if error else "")
        self.message_label.setText(text)
