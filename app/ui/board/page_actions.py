"""The board page's answers to the user: drops, selections, suggestions, the block menu, the job
editor. Mixed into `BoardPage`; every write goes through `BoardOperations`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QWidget

from app.models.enums import JobStatus
from app.scheduling.suggest import Suggestion
from app.services.board import BoardAppointment, UnassignedJob
from app.ui import labels
from app.ui.board.interaction import Drag, Mode
from app.ui.board.menu import BlockMenu, visit_actions
from app.ui.board.probe import Target
from app.ui.dialogs.job_editor import JobEditor, open_job_editor
from app.ui.dialogs.sheet_times_dialog import SheetTimesDialog, open_sheet_times
from app.ui.printing.document_printer import DocumentPrinter
from app.ui.printing.sheet_buttons import job_sheet_producer, sheet_copies

if TYPE_CHECKING:
    from app.ui.board.geometry import Scale
    from app.ui.board.operations import BoardOperations
    from app.ui.board.queue_panel import QueuePanel
    from app.ui.board.suggestion_panel import SuggestionPanel
    from app.ui.board.view import BoardView
    from app.ui.context import AppContext


class PageActions:
    """Mixed into `BoardPage` (a QWidget), whose parts these are."""

    _ctx: AppContext
    _clock: Callable[[], dt.datetime]
    view: BoardView
    queue: QueuePanel
    suggestions: SuggestionPanel
    ops: BoardOperations
    first: dt.date
    scale: Scale
    editor: JobEditor | None
    _sheet_printer: DocumentPrinter | None = None

    if TYPE_CHECKING:
        def show_message(self, text: str, error: bool = False) -> None: ...

    @property
    def _widget(self) -> QWidget:
        return cast(QWidget, self)

    def _dropped(self, target: Target, drag: Drag) -> None:
        if drag.mode is Mode.JOB:
            job = self.view.job(target.job_id)
            self.ops.assign(job.number if job else "", target)
        elif drag.appointment is not None:
            self.ops.move(drag.appointment, drag.technician_id, target,
                          resize=drag.mode is Mode.RESIZE)

    def unassign(self, appt: BoardAppointment) -> None:
        self.ops.unassign(appt, self.view.technician_of(appt.id))

    # -- selection and suggestions -----------------------------------------------------------

    def _job_selected(self, job: UnassignedJob | None) -> None:
        if job is None:
            return
        self.view.board_scene.clearSelection()
        self.suggestions.show_job(job.id, job.number, self._day_for(job))

    def _block_selected(self, appt: BoardAppointment | None) -> None:
        if appt is None:
            return
        self.queue.table.clearSelection()
        self.suggestions.show_job(appt.job_id, appt.job_number,
                                  appt.start.astimezone(self._ctx.tz).date())

    def _day_for(self, job: UnassignedJob) -> dt.date:
        """The day to plan a queued job on: the customer's day if coming, else today if
        shown, else the board's first day."""
        tz = self._ctx.tz
        today = self._clock().astimezone(tz).date()
        last = self.first + dt.timedelta(days=self.scale.days - 1)
        if job.requested_start is not None:
            asked = job.requested_start.astimezone(tz).date()
            if asked >= today:
                return asked
        return today if self.first <= today <= last else self.first

    def _assign_suggestion(self, s: Suggestion) -> None:
        """Assign the suggested slot; a job already on the board is moved there instead."""
        job_id = self.suggestions.job_id
        if job_id is None or s.slot_start is None or s.slot_end is None:
            return
        target = Target(job_id, s.technician_id, s.slot_start, s.slot_end)
        appt = self.view.board_scene.selected_appointment()
        if appt is not None and appt.job_id == job_id and appt.live:
            self.ops.move(appt, self.view.technician_of(appt.id),
                          dataclasses.replace(target, appointment_id=appt.id))
            return
        job = self.view.job(job_id)
        self.ops.assign(job.number if job else "", target)

    # -- menu and editor ---------------------------------------------------------------------

    def _menu(self, appt: BoardAppointment, pos: QPoint) -> None:
        self.context_menu(appt).popup(pos)

    def context_menu(self, appt: BoardAppointment) -> BlockMenu:
        menu = BlockMenu(appt, self._widget)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.open_action.triggered.connect(lambda: self.open_job(appt.job_id))
        menu.unassign_action.triggered.connect(lambda: self.unassign(appt))
        menu.pin_action.triggered.connect(lambda: self.pin(appt))
        for kind, action in menu.visit_actions.items():
            action.triggered.connect(lambda _=False, k=kind: self.record_visit(appt, k))
        for target, action in menu.status_actions.items():
            action.triggered.connect(lambda _=False, t=target: self._set_status(appt, t))
        menu.print_action.triggered.connect(lambda: self.print_sheet(appt))
        return menu

    @property
    def sheet_printer(self) -> DocumentPrinter:
        """Lays out job sheets on the database lane and opens the preview (made when first used)."""
        if self._sheet_printer is None:
            printer = DocumentPrinter(self._ctx, self._widget,
                                      copies=sheet_copies(self._ctx.db))
            printer.finished.connect(self.show_message)
            printer.failed.connect(lambda text: self.show_message(text, True))
            self._sheet_printer = printer
        return self._sheet_printer

    def print_sheet(self, appt: BoardAppointment) -> None:
        """The job's sheet in the print preview (the job editor's "Preview…")."""
        title = QCoreApplication.translate("BoardPage", "Job sheet {number}").format(
            number=appt.job_number)
        printer = self.sheet_printer
        printer.preview(job_sheet_producer(self._ctx.db, appt.job_id, batch=printer.batch()),
                        title)

    def record_visit(self, appt: BoardAppointment, kind: str) -> SheetTimesDialog | None:
        """The visit's arrival or finish now ("arrive", "finish"), or the paper sheet's times
        keyed in ("times": the dialog it opens)."""
        if kind not in visit_actions(appt):
            self.show_message(QCoreApplication.translate(
                "BoardPage", "Nothing to record for this visit: it is {status}.").format(
                status=labels.visit_status(appt.status)), True)
            return None
        if kind != "times":
            self.ops.record_visit(appt, kind)
            return None
        return open_sheet_times(self._ctx, self._widget, appt.id, appt.job_number,
                                appt.start.astimezone(self._ctx.tz).date())

    def pin(self, appt: BoardAppointment) -> None:
        """Pin or unpin the visit (P, or the block's menu); a visit done is neither."""
        if not appt.live:
            self.show_message(QCoreApplication.translate(
                "BoardPage", "Only a visit not done yet can be pinned: it is {status}.").format(
                status=labels.visit_status(appt.status)), True)
            return
        self.ops.pin(appt)

    def _set_status(self, appt: BoardAppointment, target: JobStatus) -> None:
        self.ops.set_status(appt.job_id, appt.job_number, appt.job_status, target)

    def open_job(self, job_id: str) -> JobEditor:
        editor = open_job_editor(self._ctx, job_id, self._widget)
        editor.destroyed.connect(self._editor_gone)
        self.editor = editor
        return editor

    def _editor_gone(self) -> None:
        self.editor = None
