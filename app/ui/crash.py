"""What happens to a bug: anything that is neither a domain error nor an environmental one
(`app.ui.failures`) reaches `sys.excepthook` (an operation re-raises it on the GUI thread once
its busy state is undone; PySide hands an exception escaping a slot to the hook) or
`threading.excepthook` (a thread of its own). `CrashHandler` writes it with its traceback to the
rotating log file in the user data folder (`app.logs`) and shows `CrashDialog`: a short
apology, the error, and "Copy details" (version, platform, traceback) for support. The window
stays usable: the service's transaction rolled back, so nothing is half-saved. (qutebrowser's
`crashsignal` and crash dialog are the model; unlike it, FieldDesk does not quit.)
"""

from __future__ import annotations

import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import PySide6
from PySide6.QtCore import QObject, Qt, Signal, Slot, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import version
from app.logs import log_path, open_log

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def crash_details(exc_type: type[BaseException], exc: BaseException,
                  tb: TracebackType | None) -> str:
    """What support needs: versions, platform, and the traceback."""
    lines = [f"FieldDesk {version()}",
             f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
             f"Qt {qVersion()}",
             f"{platform.platform()}", "",
             *traceback.format_exception(exc_type, exc, tb)]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    def __init__(self, summary: str, details: str, log_file: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("FieldDesk – unexpected error"))
        self.setMinimumWidth(520)
        apology = QLabel(self.tr(
            "Sorry: FieldDesk ran into an error it did not expect. What you were doing was not "
            "saved; everything saved before is safe, and you can go on working. If it happens "
            "again, send the details to whoever looks after FieldDesk."), self)
        apology.setWordWrap(True)
        self.error_label = QLabel(summary, self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #c62828;")
        where = QLabel(self.tr("The details are also written to {file}.").format(
            file=str(log_file)), self)
        where.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (apology, self.error_label, where, self.buttons):
            layout.addWidget(widget)
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.rejected.connect(self.reject)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


class CrashHandler(QObject):
    """Installed by `run_gui` for the life of the application."""

    crashed = Signal(str, str)  # summary, details: emitted from any thread, shown on the GUI's

    def __init__(self, log_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log_dir = log_dir
        self._log = open_log(log_dir)
        self._previous: tuple[Hook, Callable[[threading.ExceptHookArgs], Any]] | None = None
        self.dialog: CrashDialog | None = None
        self.crashed.connect(self._show)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if not issubclass(exc_type, Exception):  # Ctrl+C, SystemExit: not a crash
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            details = crash_details(exc_type, exc, tb)
            self._log.error("Unexpected error\n%s", details)
            self.crashed.emit(f"{exc_type.__name__}: {exc}"[:500], details)
        except Exception:  # the handler must never fail: the interpreter's own print
            sys.__excepthook__(exc_type, exc, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one at a time; the log has every one
        dialog = CrashDialog(summary, details, log_path(self._log_dir),
                             QApplication.activeWindow())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._dialog_gone)
        self.dialog = dialog
        dialog.show()

    def _dialog_gone(self) -> None:
        self.dialog = None
