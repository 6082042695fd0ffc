"""Create or edit a technician: details, certificates, weekly shifts and absences, saved as one.

Loading and saving are operations on the database lane (a save announces its changes); a
refusal shows its sentence in red and the dialog stays open with what was typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes
from app.services.technicians import TechnicianForm, get_technician
from app.texts import shown
from app.ui.context import AppContext
from app.ui.dialogs.absences_table import AbsencesTable
from app.ui.dialogs.certifications_table import CertificationsTable
from app.ui.dialogs.shifts_table import ShiftsTable
from app.ui.dialogs.technician_details import TechnicianDetails
from app.ui.ops.records import save_technician
from app.ui.widgets.error_label import ErrorLabel


class TechnicianEditor(QDialog):
    def __init__(self, ctx: AppContext, tech_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tech_id = ctx, tech_id
        self.loaded: TechnicianForm | None = None
        self.setWindowTitle(self.tr("New technician") if tech_id is None
                            else self.tr("Technician"))
        self.setMinimumSize(620, 480)

        self.details = TechnicianDetails(self)
        self.certifications = CertificationsTable(self)
        self.shifts = ShiftsTable(self)
        self.absences = AbsencesTable(ctx.tz, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.certifications, self.tr("Certifications"))
        self.tabs.addTab(self.shifts, self.tr("Shifts"))
        self.tabs.addTab(self.absences, self.tr("Absences"))
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if tech_id is not None:
            self.save_button.setEnabled(False)  # until the technician is loaded
            self.reload()

    @property
    def technician_id(self) -> str | None:
        return self._tech_id

    record_id = technician_id

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        assert self._tech_id is not None
        db, tech_id = self._ctx.db, self._tech_id
        self._ctx.op(self, lambda _run: get_technician(db, tech_id)).errors_to(
            self.error_label.show_error).success(self._loaded).run()

    def _loaded(self, form: TechnicianForm) -> None:
        self.loaded = form
        tech = form.technician
        self.setWindowTitle(self.tr("Technician {code} {name}").format(code=tech.code,
                                                                      name=shown(tech.name)))
        self.details.load(tech)
        self.certifications.load(form.certifications)
        self.shifts.load(form.shifts)
        self.absences.load(form.absences)
        self.save_button.setEnabled(True)

    # -- saving ------------------------------------------------------------------------------

    def form(self) -> TechnicianForm:
        """Everything as typed, children with the ids of the records they edit."""
        return TechnicianForm(self.details.technician_input(), self.certifications.inputs(),
                              self.shifts.inputs(), self.absences.inputs())

    def save(self) -> None:
        self.error_label.clear_error()
        save_technician(self._ctx, self, self._tech_id, self.form()).busy(
            self.save_button).errors_to(self.error_label.show_error).success(
            self._saved).run()

    def _saved(self, result: tuple[str, Changes]) -> None:
        self._tech_id = result[0]
        self.accept()
