"""A job's parts, labour and travel charges (the job editor's Charges tab, and the parts used
in Close from paper).

Keyboard: type a code or name in the search, Up/Down to the item, Enter; the quantity, Enter;
for a part the old part's serial (may stay empty), Enter: the line is saved. In the table F2
(or typing) edits a quantity or an old serial, Delete removes the line. Every change is saved
at once through the service, which decides each line by the warranty policy, moves the stock
and (the signed content changed) voids the signatures given before: the panel says so.
A supervisor overrides the selected line's decision with a reason (Ctrl+O) or lifts it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue import CatalogueEntry, ItemKind
from app.services.charges import catalogue_line
from app.services.job_lines import LineInput
from app.services.warranty_rules import Rule
from app.ui.charges.catalogue_search import CatalogueSearch, entry_text
from app.ui.charges.lines_table import LinesTable, money_text
from app.ui.charges.stock_refusal import supervisor_reason
from app.ui.context import AppContext
from app.ui.dialogs.prompts import Prompter
from app.ui.i18n import current_language
from app.ui.ops import charges as charge_ops
from app.ui.ops import stock as stock_ops
from app.ui.ops.charges import ChargesState, Written
from app.ui.widgets.error_label import ErrorLabel

VOID_COLOUR = "color: #c62828;"


class ChargesPanel(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, job_id: str | None = None,
                 parent: QWidget | None = None, prompter: Prompter | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._job_id = ctx, job_id
        self.prompter = prompter or Prompter()
        self.state: ChargesState | None = None
        self._pending: CatalogueEntry | None = None
        self.search = CatalogueSearch(ctx, self)
        self.quantity = QDoubleSpinBox(self)
        self.quantity.setRange(0.01, 9999)
        self.quantity.setDecimals(2)
        self.quantity.setValue(1)
        self.old_serial = QLineEdit(self)
        self.old_serial.setPlaceholderText(self.tr("Serial of the part replaced"))
        self.adding = QLabel(self)
        self.table = LinesTable(self)
        self.totals = QLabel(self)
        self.signature_note = QLabel(self)
        self.signature_note.setStyleSheet(VOID_COLOUR)
        self.signature_note.setWordWrap(True)
        self.signature_note.hide()
        self.void_combo = QComboBox(self)
        self.override_button = QPushButton(self.tr("Override…"), self)
        self.override_button.setToolTip(self.tr(
            "A supervisor decides the selected line against the policy, with a reason")
            + " (Ctrl+O)")
        self.lift_button = QPushButton(self.tr("Lift override"), self)
        self.old_part_button = QPushButton(self.tr("Old part back"), self)
        self.old_part_button.setToolTip(self.tr(
            "The selected line's old part is back at the station for the maker's claim"))
        for button in (self.override_button, self.lift_button):
            button.setVisible(ctx.actor.is_supervisor)
        self.error_label = ErrorLabel(self)
        self._layout()
        self._connect()
        self.setEnabled(job_id is not None)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Add from the catalogue:"), self.search)
        entry = QHBoxLayout()
        entry.addWidget(self.quantity)
        entry.addWidget(QLabel(self.tr("Old part's serial:"), self))
        entry.addWidget(self.old_serial, 1)
        form.addRow(self.tr("Quantity:"), entry)
        form.addRow("", self.adding)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Warranty finding:"), self))
        bottom.addWidget(self.void_combo)
        bottom.addStretch(1)
        bottom.addWidget(self.old_part_button)
        bottom.addWidget(self.override_button)
        bottom.addWidget(self.lift_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addLayout(bottom)
        layout.addWidget(self.signature_note)
        layout.addWidget(self.error_label)

    def _connect(self) -> None:
        self.search.chosen.connect(self._chosen)
        self.search.failed.connect(self.error_label.show_error)
        self.quantity.installEventFilter(self)
        self.old_serial.installEventFilter(self)
        # Saved once the cell's editor has closed: the save fills the table anew.
        self.table.itemChanged.connect(lambda _item: QTimer.singleShot(
            0, self, lambda: self.save(self.table.inputs())))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current)
        self.void_combo.activated.connect(self._void_chosen)
        self.override_button.clicked.connect(self.override_current)
        self.lift_button.clicked.connect(self.lift_current)
        self.old_part_button.clicked.connect(self.old_part_back)
        if self._ctx.actor.is_supervisor:
            QShortcut(QKeySequence("Ctrl+O"), self).activated.connect(self.override_current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Enter in the quantity or the old serial goes on with the line (and never reaches
        the dialog's default button)."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if watched is self.quantity:
                self.quantity.interpretText()
                self._quantity_entered()
                return True
            if watched is self.old_serial:
                self._add_pending()
                return True
        return super().eventFilter(watched, event)

    # -- loading -----------------------------------------------------------------------------

    def set_job(self, job_id: str) -> None:
        self._job_id = job_id
        self.setEnabled(True)
        self.load()

    def load(self) -> None:
        if self._job_id is None:
            return
        charge_ops.load(self._ctx, self, self._job_id).errors_to(
            self.error_label.show_error).success(self.show_state).run()

    def show_state(self, state: ChargesState) -> None:
        self.state = state
        view = state.view
        self.table.show_lines(view.decisions)
        self.totals.setText(self.tr("Total {total} · covered by the warranty {covered} · "
                                    "the customer pays {payable}").format(
            total=money_text(view.charges.total), covered=money_text(view.charges.covered),
            payable=money_text(view.charges.payable)))
        zh = current_language().startswith("zh")
        self.void_combo.clear()
        self.void_combo.addItem(self.tr("None found"), "")
        for reason in view.void_reasons:
            self.void_combo.addItem(reason.zh if zh else reason.en, reason.code)
        self.void_combo.setCurrentIndex(max(0, self.void_combo.findData(view.void)))
        self.signature_note.setVisible(state.void > 0)
        self.signature_note.setText(self.tr(
            "A signature given before a change no longer matches the job: it is void; the "
            "customer signs again."))

    # -- adding ------------------------------------------------------------------------------

    def _chosen(self, entry: CatalogueEntry) -> None:
        self._pending = entry
        self.adding.setText(self.tr("Adding: {item}").format(item=entry_text(entry)))
        self.old_serial.setEnabled(entry.kind is ItemKind.PART)
        self.quantity.setFocus(Qt.FocusReason.OtherFocusReason)
        self.quantity.selectAll()

    def _quantity_entered(self) -> None:
        if self._pending is not None and self._pending.kind is ItemKind.PART:
            self.old_serial.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._add_pending()

    def _add_pending(self) -> None:
        if self._pending is None or self.state is None:
            return
        line = catalogue_line(self._pending.id, str(self.quantity.value()),
                              self.old_serial.text().strip())
        self.save([*self.table.inputs(), line], added=True)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        lines = self.table.inputs()
        del lines[row]
        self.save(lines)

    # -- writing -----------------------------------------------------------------------------

    def save(self, lines: Sequence[LineInput], added: bool = False,
             stock_reason: str = "") -> None:
        assert self._job_id is not None
        self.error_label.clear_error()
        charge_ops.save_lines(self._ctx, self, self._job_id, lines, stock_reason).errors_to(
            self.error_label.show_error).failure(
            lambda exc: self._below_zero(exc, lines, added, stock_reason)).success(
            lambda result: self._saved(result, added)).run()

    def _below_zero(self, exc: BaseException, lines: Sequence[LineInput], added: bool,
                    reason_given: str) -> bool:
        """The van would go below zero: a supervisor may go on with a reason. Any other
        refusal puts the table back as saved (its sentence shows)."""
        reason = None if reason_given else supervisor_reason(self._ctx.actor, self.prompter,
                                                             self, exc)
        if reason:
            self.save(lines, added, reason)
            return True
        if self.state is not None:
            self.show_state(self.state)
        return False

    def _saved(self, result: Written, added: bool) -> None:
        state, changes = result
        self.show_state(state)
        if added:
            self._pending = None
            self.adding.clear()
            self.quantity.setValue(1)
            self.old_serial.clear()
            self.search.reset()
        self.changed.emit(changes)

    def _written(self, result: Written) -> None:
        state, changes = result
        self.show_state(state)
        self.changed.emit(changes)

    def _void_chosen(self) -> None:
        assert self._job_id is not None
        code = str(self.void_combo.currentData() or "")
        if self.state is not None and code == self.state.view.void:
            return
        charge_ops.set_void(self._ctx, self, self._job_id, code).errors_to(
            self.error_label.show_error).success(self._written).run()

    def override_current(self) -> None:
        """Decide the selected line the other way, with a reason (supervisors)."""
        shown = self.table.current_decision()
        if shown is None or not self._ctx.actor.is_supervisor:
            return
        covered = not shown.decision.covered
        question = (self.tr("Cover {item} by the warranty: why?") if covered
                    else self.tr("Make the customer pay for {item}: why?")).format(
            item=shown.line.description)
        reason = self.prompter.reason(self, self.tr("Supervisor override"), question)
        if reason is None:
            return
        charge_ops.override(self._ctx, self, shown.line.id, covered, reason).errors_to(
            self.error_label.show_error).success(self._written).run()

    def lift_current(self) -> None:
        shown = self.table.current_decision()
        if shown is None or shown.decision.rule is not Rule.OVERRIDE:
            return
        charge_ops.override(self._ctx, self, shown.line.id, None).errors_to(
            self.error_label.show_error).success(self._written).run()

    def old_part_back(self) -> None:
        shown = self.table.current_decision()
        if shown is None:
            return
        self.error_label.clear_error()
        description = shown.line.description
        stock_ops.old_part_back(self._ctx, self, shown.line.id).errors_to(
            self.error_label.show_error).success(lambda _result: self.adding.setText(self.tr(
                "The old part of {item} is back for the maker's claim.").format(
                item=description))).run()
