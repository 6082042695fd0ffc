"""One user action as one object: `Operation` runs work on a lane and owns what every action
needs around it (the pattern of Anki's CollectionOp/QueryOp).

- busy state: while it runs the busy cursor shows and the initiating widgets are disabled;
- progress and Cancel (a QProgressDialog) where the work is long;
- the error: a domain error's sentence, or an environmental error's sentence with what to do
  (`app.ui.failures`), shown where the caller says (`errors_to`); anything else is a bug,
  re-raised on the GUI thread for the crash handler (`app.ui.crash`) once the busy state is
  undone, so the window stays usable (the service's transaction rolled back: nothing is
  half-saved);
- the announcement: the `Changes` the work returned go to the change bus together with the
  widget that initiated them.

Work runs in a worker with a `Running` (its cancel token, a progress reporter) and must not
touch widgets. An owner deleted meanwhile (a dialog closed) gets no callbacks; the cursor and
the announcement still happen. `app.ui.latest` makes "the newest request wins" for queries.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import reduce
from operator import or_
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from app.cancel import CancelToken
from app.services.changes import Changes
from app.ui.bus import ChangeBus
from app.ui.failures import failure_sentence
from app.ui.tasks import Lane, Outcome

T = TypeVar("T")
Busy = QWidget | QAction


class _Relay(QObject):
    """Carries progress from the worker to the GUI thread (queued: it lives there). It holds
    its operation weakly: no reference cycle keeps a finished operation (and the widgets its
    handlers name) for the garbage collector, which may run on any thread."""

    reported = Signal(int, int, str)

    def __init__(self, show: Callable[[int, int, str], None]) -> None:
        super().__init__()
        self._show = weakref.WeakMethod(show)
        self.reported.connect(self._forward)

    @Slot(int, int, str)
    def _forward(self, done: int, total: int, label: str) -> None:
        show = self._show()
        if show is not None:
            show(done, total, label)


class Running:
    """What the work sees of its operation, on the worker thread."""

    def __init__(self, token: CancelToken, relay: _Relay) -> None:
        self.token = token
        self._relay = relay

    def cancelled(self) -> bool:
        return self.token.cancelled

    def check(self) -> None:
        """Raise `Cancelled` if the user cancelled (the operation then ends quietly)."""
        self.token.check()

    def report(self, done: int, total: int, label: str = "") -> None:
        """Progress for the dialog (`label`, translated beforehand, replaces its text)."""
        self._relay.reported.emit(done, total, label)


Work = Callable[[Running], T]


def changes_in(value: object) -> Changes:
    """The Changes a service returned: the value itself, or the Changes in a tuple."""
    if isinstance(value, Changes):
        return value
    if isinstance(value, tuple):
        return reduce(or_, (v for v in value if isinstance(v, Changes)), Changes.NONE)
    return Changes.NONE


def _alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


class Operation(Generic[T]):
    def __init__(self, lane: Lane, owner: QObject, work: Work[T],
                 bus: ChangeBus | None = None) -> None:
        self._lane, self._bus = lane, bus
        self._owner: QObject | None = owner
        self._work: Work[T] | None = work
        self._targets: tuple[Busy, ...] = ()
        self._cursor = False
        self._show: Callable[[str], object] | None = None
        self._on_failure: Callable[[BaseException], bool] | None = None
        self._on_success: Callable[[T], object] | None = None
        self._on_cancelled: Callable[[], object] | None = None
        self._always: list[Callable[[], object]] = []
        self._extract: Callable[[T], Changes] = changes_in
        self._label: str | None = None
        self._on_progress: Callable[[int, int, str], object] | None = None
        self._show_after_ms = 500
        self._relay = _Relay(self._progressed)
        self._was_enabled: list[tuple[Busy, bool]] = []
        self._token: CancelToken | None = None
        self._dropped = False
        self._busy_on = False
        self.dialog: QProgressDialog | None = None
        self.running = False

    # -- building ----------------------------------------------------------------------------

    def busy(self, *targets: Busy) -> Operation[T]:
        """While it runs: the busy cursor, and `targets` disabled (then as they were)."""
        self._cursor, self._targets = True, targets
        return self

    def errors_to(self, show: Callable[[str], object]) -> Operation[T]:
        """Where the failure's sentence goes (an error label, a status line)."""
        self._show = show
        return self

    def failure(self, handler: Callable[[BaseException], bool]) -> Operation[T]:
        """First look at a domain or environmental failure; True: handled, show nothing."""
        self._on_failure = handler
        return self

    def success(self, handler: Callable[[T], object]) -> Operation[T]:
        self._on_success = handler
        return self

    def cancelled(self, handler: Callable[[], object]) -> Operation[T]:
        self._on_cancelled = handler
        return self

    def always(self, handler: Callable[[], object]) -> Operation[T]:
        """Called after any ending (before a bug is re-raised)."""
        self._always.append(handler)
        return self

    def announces(self, extract: Callable[[T], Changes]) -> Operation[T]:
        """How to read the Changes from the result (default: `changes_in`)."""
        self._extract = extract
        return self

    def progress(self, label: str, show_after_ms: int = 500) -> Operation[T]:
        """A progress dialog with Cancel over the owner's window, shown if it lasts."""
        self._label, self._show_after_ms = label, show_after_ms
        return self

    def on_progress(self, handler: Callable[[int, int, str], object]) -> Operation[T]:
        """Progress (done, total, label) to the owner too (its own display, or beside the
        dialog)."""
        self._on_progress = handler
        return self

    # -- running -----------------------------------------------------------------------------

    def run(self) -> Operation[T]:
        self.running = True
        self._start_busy()
        if self._label is not None:
            self._open_dialog(self._label)
        work, relay, self._token = self._work, self._relay, CancelToken()
        assert work is not None, "an operation runs once"
        self._lane.submit(lambda token: work(Running(token, relay)), self._finish, self._token)
        return self

    def cancel(self) -> None:
        """Ask the work to stop; its outcome still comes (cancelled, or what it did)."""
        if self._token is not None:
            self._token.cancel()

    def drop(self) -> None:
        """Superseded or abandoned: cancel, end the busy state now, and ignore the outcome
        when it comes (a bug is still raised)."""
        self._dropped = True
        self.cancel()
        self._end_busy()

    @property
    def active(self) -> bool:
        """Running and still wanted (not dropped)."""
        return self.running and not self._dropped

    def _finish(self, outcome: Outcome[T]) -> None:
        self.running = False
        self._end_busy()
        if self._dropped:  # nobody waits for it; what it wrote is still announced
            if outcome.error is None and not outcome.cancelled:
                self._announce(outcome.value)  # type: ignore[arg-type]
            self._let_go()
            if outcome.error is not None and failure_sentence(outcome.error) is None:
                raise outcome.error
            return
        alive = _alive(self._owner)
        bug: BaseException | None = None
        if outcome.error is not None:
            bug = self._failed(outcome.error, alive)
        elif outcome.cancelled:
            if alive and self._on_cancelled is not None:
                self._on_cancelled()
        else:
            self._succeeded(outcome.value, alive)  # type: ignore[arg-type]
        if alive:
            for handler in self._always:
                handler()
        self._let_go()
        if bug is not None:
            raise bug

    def _let_go(self) -> None:
        """Done: forget the work and the handlers (they name widgets)."""
        self._on_success = self._on_failure = self._on_cancelled = self._on_progress = None
        self._work, self._show, self._always, self._targets = None, None, [], ()
        self._owner = None

    def _succeeded(self, value: T, alive: bool) -> None:
        try:
            if alive and self._on_success is not None:
                self._on_success(value)
        finally:
            self._announce(value)

    def _announce(self, value: T) -> None:
        changes = self._extract(value)
        if self._bus is not None and changes:
            self._bus.announce(changes, self._owner if _alive(self._owner) else None)

    def _failed(self, error: BaseException, alive: bool) -> BaseException | None:
        """Show a domain or environmental failure; return a bug to re-raise."""
        sentence = failure_sentence(error)
        if sentence is None:
            return error
        if not alive or (self._on_failure is not None and self._on_failure(error)):
            return None
        if self._show is not None:
            self._show(sentence)
        else:
            self._message_box(sentence)
        return None

    def _message_box(self, sentence: str) -> None:
        window = self._owner.window() if isinstance(self._owner, QWidget) else None
        box = QMessageBox(QMessageBox.Icon.Warning, "FieldDesk", sentence,
                          QMessageBox.StandardButton.Ok, window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- busy state and progress -------------------------------------------------------------

    def _start_busy(self) -> None:
        self._busy_on = True
        self._was_enabled = [(t, t.isEnabled()) for t in self._targets]
        for target, _enabled in self._was_enabled:
            target.setEnabled(False)
        if self._cursor:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def _end_busy(self) -> None:
        if not self._busy_on:
            return
        self._busy_on = False
        for target, enabled in self._was_enabled:
            if shiboken6.isValid(target):
                target.setEnabled(enabled)
        self._was_enabled = []
        if self._cursor:
            QApplication.restoreOverrideCursor()
        dialog, self.dialog = self.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.blockSignals(True)  # closing it would emit `canceled`
            dialog.close()
            dialog.deleteLater()

    def _open_dialog(self, label: str) -> None:
        parent = self._owner if isinstance(self._owner, QWidget) else None
        dialog = QProgressDialog(label, QApplication.translate("Operation", "Cancel"), 0, 0,
                                 parent)
        dialog.setWindowTitle("FieldDesk")
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(self._show_after_ms)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        if self._show_after_ms == 0:
            dialog.show()

    def _progressed(self, done: int, total: int, label: str) -> None:
        if not self.active:
            return  # arrived after the end, or no longer wanted
        if self._on_progress is not None and _alive(self._owner):
            self._on_progress(done, total, label)
        dialog = self.dialog
        if dialog is None or not shiboken6.isValid(dialog):
            return
        if label:
            dialog.setLabelText(label)
        dialog.setMaximum(total)
        dialog.setValue(done)
