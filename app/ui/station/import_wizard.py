"""File › Import… (supervisors): a file, its columns, a check, then the import.

1. The kind (customers, technicians, open jobs) and a .csv or .xlsx file, read on the
   database lane.
2. Which column holds each field (guessed from the headers, in Chinese or English; changeable),
   over a preview of the first rows; duplicates merged or skipped; all-or-nothing or not.
3. A dry run (the import, rolled back) lists every bad row with its row number and reason;
   Import then runs it for real, with progress and Cancel (which rolls everything back).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes
from app.services.import_specs import Kind
from app.services.imports import Duplicates, ImportOptions, ImportReport, Preview
from app.tabular.files import Sheet
from app.texts import shown
from app.ui.context import AppContext
from app.ui.i18n import message_text
from app.ui.ops import station as ops
from app.ui.widgets.error_label import ErrorLabel

AskFile = Callable[[QWidget], str]


def ask_file(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ImportWizard", "Import from"), "",
        QCoreApplication.translate("ImportWizard", "Tables (*.xlsx *.csv)"))
    return path


class ImportWizard(QDialog):
    FILE, COLUMNS, CHECK = range(3)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 ask: AskFile = ask_file) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.resize(860, 600)
        self._ctx, self._ask = ctx, ask
        self.sheet: Sheet | None = None
        self.preview: Preview | None = None
        self.report: ImportReport | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._check_page())
        self.error_label = ErrorLabel(self)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button,
                       self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(lambda: self._go(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)
        self._go(self.FILE)

    # -- pages -------------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        self.kind_combo = QComboBox(page)
        for kind, text in ((Kind.CUSTOMERS, self.tr("Customers, with sites and equipment")),
                           (Kind.TECHNICIANS, self.tr("Technicians, with skills, certificates "
                                                      "and shifts")),
                           (Kind.JOBS, self.tr("Open jobs"))):
            self.kind_combo.addItem(text, kind.value)
        self.path_edit = QLineEdit(page)
        browse = QPushButton(self.tr("Choose…"), page)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(page)
        form.addRow(self.tr("Import"), self.kind_combo)
        form.addRow(self.tr("File (.xlsx or .csv)"), row)
        return page

    def _columns_page(self) -> QWidget:
        page = QWidget(self)
        self.columns_form = QFormLayout()
        self.column_combos: dict[str, QComboBox] = {}
        self.duplicates_combo = QComboBox(page)
        self.duplicates_combo.addItem(self.tr("Merge a known customer's row into it (same "
                                              "phone; technicians: same code)"),
                                      Duplicates.MERGE.value)
        self.duplicates_combo.addItem(self.tr("Skip rows of known customers or technicians"),
                                      Duplicates.SKIP.value)
        self.all_or_nothing = QCheckBox(self.tr("Import nothing if any row is bad"), page)
        self.sample = QTableWidget(page)
        layout = QVBoxLayout(page)
        layout.addLayout(self.columns_form)
        layout.addWidget(self.duplicates_combo)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(QLabel(self.tr("The first rows of the file:"), page))
        layout.addWidget(self.sample, 1)
        return page

    def _check_page(self) -> QWidget:
        page = QWidget(self)
        self.report_label = QLabel(page)
        self.report_label.setWordWrap(True)
        self.bad_table = QTableWidget(0, 2, page)
        self.bad_table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Why it is bad")])
        self.bad_table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.report_label)
        layout.addWidget(self.bad_table, 1)
        return page

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(max(self.FILE, min(self.CHECK, page)))
        current = self.pages.currentIndex()
        self.back_button.setEnabled(current > self.FILE)
        self.next_button.setVisible(current < self.CHECK)
        self.import_button.setVisible(current == self.CHECK)

    def _browse(self) -> None:
        if chosen := self._ask(self):
            self.path_edit.setText(chosen)

    # -- steps -------------------------------------------------------------------------------

    def kind(self) -> Kind:
        return Kind(self.kind_combo.currentData())

    def next(self) -> None:
        self.error_label.clear_error()
        if self.pages.currentIndex() == self.FILE:
            path = Path(self.path_edit.text().strip())
            ops.load_file(self._ctx, self, path, ImportOptions(self.kind())).busy(
                self.next_button).errors_to(self.error_label.show_error).success(
                self._loaded).run()
        else:
            self._run(dry_run=True)

    def _loaded(self, loaded: ops.Loaded) -> None:
        self.sheet, self.preview = loaded
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.column_combos = {}
        for f in self.preview.fields:
            combo = QComboBox(self)
            combo.addItem(self.tr("(none)"), -1)
            for n, header in enumerate(self.preview.headers):
                combo.addItem(shown(header) or self.tr("column {number}").format(number=n + 1),
                              n)
            combo.setCurrentIndex(combo.findData(self.preview.mapping.get(f.key, -1)))
            self.column_combos[f.key] = combo
            self.columns_form.addRow(message_text(f.label) + (" *" if f.required else ""),
                                     combo)
        self.sample.setColumnCount(len(self.preview.headers))
        self.sample.setHorizontalHeaderLabels([shown(h) for h in self.preview.headers])
        self.sample.setRowCount(len(self.preview.sample))
        for r, row in enumerate(self.preview.sample):
            for c, text in enumerate(row):
                self.sample.setItem(r, c, QTableWidgetItem(shown(text)))
        self._go(self.COLUMNS)

    def options(self, dry_run: bool) -> ImportOptions:
        mapping = {key: int(combo.currentData()) for key, combo in self.column_combos.items()
                   if int(combo.currentData()) >= 0}
        return ImportOptions(self.kind(), mapping, Duplicates(self.duplicates_combo.currentData()),
                             self.all_or_nothing.isChecked(), dry_run)

    def _run(self, dry_run: bool) -> None:
        assert self.sheet is not None
        path = Path(self.path_edit.text().strip())
        label = self.tr("Checking the rows…") if dry_run else self.tr("Importing…")
        button = self.next_button if dry_run else self.import_button
        ops.run_import(self._ctx, self, path, self.sheet, self.options(dry_run)).busy(
            button).progress(label).errors_to(self.error_label.show_error).success(
            self._reported).run()

    def run_import(self) -> None:
        self.error_label.clear_error()
        self._run(dry_run=False)

    def _reported(self, outcome: tuple[ImportReport, Changes]) -> None:
        self.report = report = outcome[0]
        numbers = self.tr("{rows} rows: {created} new, {merged} merged, {skipped} skipped, "
                          "{bad} bad.").format(rows=report.rows, created=report.created,
                                               merged=report.merged, skipped=report.skipped,
                                               bad=len(report.bad))
        if report.dry_run:
            verdict = self.tr("Nothing was written yet: Import writes it.")
        elif report.written:
            verdict = self.tr("Imported.")
        else:
            verdict = self.tr("Nothing was imported: a row is bad and you chose all or "
                              "nothing.")
        self.report_label.setText(f"{numbers} {verdict}")
        self.bad_table.setRowCount(len(report.bad))
        for n, bad in enumerate(report.bad):
            self.bad_table.setItem(n, 0, QTableWidgetItem(str(bad.row)))
            self.bad_table.setItem(n, 1, QTableWidgetItem(message_text(bad.reason)))
        self._go(self.CHECK)
        self.import_button.setEnabled(report.dry_run)
