"""The low-precision queue: sites located only to a district or worse (or not at all), and
re-geocoding them online on the network lane with progress and Cancel (issue 4).

The core does the work (`low_precision_sites`, `regeocode`); the dialog lists the sites, runs
`regeocode` with a chain made in the worker (`build_chain` unless a test hands its own) as an
operation with a progress dialog, shows its summary, then reloads the list (the operation
announces the change). Cancel cancels the token the core polls between sites, so what was done
is kept and summarised.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.site_locations import (
    LowPrecisionSite,
    RegeocodeSummary,
    build_chain,
    low_precision_sites,
)
from app.texts import shown
from app.ui.context import AppContext
from app.ui.i18n import message_text
from app.ui.latest import Latest
from app.ui.locating import precision_label, source_label
from app.ui.operation import Operation
from app.ui.ops.places import ChainFactory, regeocode_sites
from app.ui.widgets.error_label import ErrorLabel

Index = QModelIndex | QPersistentModelIndex


class LowPrecisionModel(QAbstractTableModel):
    CUSTOMER, ADDRESS, PRECISION, SOURCE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sites: list[LowPrecisionSite] = []

    def set_sites(self, sites: list[LowPrecisionSite]) -> None:
        self.beginResetModel()
        self.sites = list(sites)
        self.endResetModel()

    def site_ids(self) -> list[str]:
        return [site.site_id for site in self.sites]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.sites)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.sites):
            return None
        site = self.sites[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return shown((site.customer_name, site.address, precision_label(site.precision),
                          source_label(site.source))[index.column()])
        if role == Qt.ItemDataRole.UserRole:
            return site.site_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if 0 <= section < 4:
            return (self.tr("Customer"), self.tr("Address"), self.tr("Precision"),
                    self.tr("Source"))[section]
        return None


class LowPrecisionDialog(QDialog):
    progressed = Signal(int, int)  # done, total: as the worker reports them
    regeocoded = Signal(object)  # the RegeocodeSummary, once shown

    def __init__(self, ctx: AppContext, chain_factory: ChainFactory = build_chain,
                 parent: QWidget | None = None, show_after_ms: int = 500) -> None:
        super().__init__(parent)
        self._ctx, self._chain_factory = ctx, chain_factory
        self._show_after = show_after_ms
        self._query = Latest()
        self._work: Operation[RegeocodeSummary] | None = None
        self.setWindowTitle(self.tr("Low-precision sites"))
        self.model = LowPrecisionModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            LowPrecisionModel.ADDRESS, QHeaderView.ResizeMode.Stretch)
        intro = QLabel(self.tr(
            "Sites located only to their district or worse. When online, re-geocoding asks the "
            "online geocoder again; a better answer replaces the location, a pin placed by "
            "hand is never replaced."), self)
        intro.setWordWrap(True)
        self.count_label = QLabel(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.error_label = ErrorLabel(self)
        self.regeocode_button = QPushButton(self.tr("Re-geocode"), self)
        self.regeocode_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.regeocode_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.regeocode_button.clicked.connect(self.regeocode)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(760, 440)

    @property
    def busy(self) -> bool:
        return self._work is not None and self._work.running

    @property
    def progress(self) -> QProgressDialog | None:
        """The progress dialog of the re-geocoding under way."""
        return self._work.dialog if self._work is not None else None

    # -- the list ----------------------------------------------------------------------------

    def load(self) -> None:
        db = self._ctx.db
        self._query.run(self._ctx.op(self, lambda _run: low_precision_sites(db))
                        .errors_to(self.error_label.show_error).success(self._loaded))

    def _loaded(self, sites: list[LowPrecisionSite]) -> None:
        self.model.set_sites(sites)
        self.count_label.setText(self.tr("{count} sites located to a district or worse.")
                                 .format(count=f"{len(sites):,}"))
        self.regeocode_button.setEnabled(bool(sites) and not self.busy)

    # -- re-geocoding ------------------------------------------------------------------------

    def regeocode(self) -> None:
        ids = self.model.site_ids()
        if not ids or self.busy:
            return
        self.summary_label.clear()
        self.error_label.clear_error()
        self._work = regeocode_sites(
            self._ctx, self, ids, self._chain_factory,
            self.tr("Re-geocoding the sites… {done} of {total}")).busy(
            self.regeocode_button).progress(
            self.tr("Re-geocoding the sites…"), self._show_after).on_progress(
            lambda done, total, _text: self.progressed.emit(done, total)).errors_to(
            self.error_label.show_error).success(self._done)
        self._work.run()

    def cancel(self) -> None:
        """Stop after the site being asked now; what was done is kept."""
        if self._work is not None:
            self._work.cancel()

    def _done(self, summary: RegeocodeSummary) -> None:
        self.summary_label.setText(self.summary_text(summary))
        self.load()
        self.regeocoded.emit(summary)

    def summary_text(self, s: RegeocodeSummary) -> str:
        """How many sites were done and what came of them; when the online geocoder could not
        be reached, the core's sentence says the rest were located offline."""
        counts = self.tr("{improved} located more precisely, {unchanged} unchanged, "
                         "{not_found} not found.").format(
            improved=s.improved, unchanged=s.unchanged, not_found=s.not_found)
        if s.cancelled:
            text = self.tr("Cancelled after {done} of {total} sites: ").format(
                done=s.done, total=s.total) + counts
        else:
            text = self.tr("{total} sites re-geocoded: ").format(total=s.total) + counts
        return text if s.offline is None else f"{text} {message_text(s.offline)}"

    def done(self, result: int) -> None:  # closing while re-geocoding stops the worker
        self.cancel()
        super().done(result)
