"""The job editor's Signatures tab: who signed when, whether each signature still holds
(VOID in red once the job was amended after signing), the selected signature's image and the
"… signs" buttons (the sheet's print buttons are on the editor's main tab)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes
from app.services.checklists import photo_data
from app.services.signatures import SignatureState, SignerRole, signatures_of
from app.texts import shown
from app.ui.context import AppContext
from app.ui.formatting import local_text
from app.ui.latest import Latest
from app.ui.printing.sign_dialog import SignDialog, role_label
from app.ui.widgets.error_label import ErrorLabel

VOID_COLOUR = QColor("#c62828")
IMAGE_ROLE = Qt.ItemDataRole.UserRole
STATE_COLUMN = 3
IMAGE_HEIGHT = 90


class SignaturesTab(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, job_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._job_id = ctx, job_id
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Signer"), self.tr("Name"), self.tr("Signed"),
                                   self.tr("State")])
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.image = QLabel(self)
        self.image.setMinimumHeight(IMAGE_HEIGHT)
        self.customer_button = QPushButton(self.tr("Customer signs…"), self)
        self.technician_button = QPushButton(self.tr("Technician signs…"), self)
        self.error_label = ErrorLabel(self)
        self.dialog: SignDialog | None = None
        self._load, self._image = Latest(), Latest()

        buttons = QHBoxLayout()
        buttons.addWidget(self.customer_button)
        buttons.addWidget(self.technician_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.image)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)

        self.customer_button.clicked.connect(lambda: self.sign(SignerRole.CUSTOMER))
        self.technician_button.clicked.connect(lambda: self.sign(SignerRole.TECHNICIAN))
        self.list.currentItemChanged.connect(self._show_image)

    # -- the list ----------------------------------------------------------------------------

    def load(self) -> None:
        db, job_id = self._ctx.db, self._job_id
        self._load.run(self._ctx.op(self, lambda _run: signatures_of(db, job_id))
                       .errors_to(self.error_label.show_error).success(self.show_signatures))

    def show_signatures(self, states: list[SignatureState]) -> None:
        self.list.clear()
        self.image.clear()
        item = None
        for state in states:
            valid = self.tr("Valid") if state.valid else self.tr("VOID – amended after signing")
            item = QTreeWidgetItem([role_label(state.role), shown(state.signer_name),
                                    local_text(state.signed_at, self._ctx.tz), valid])
            item.setData(0, IMAGE_ROLE, state.image_id)
            if not state.valid:
                item.setForeground(STATE_COLUMN, VOID_COLOUR)
            self.list.addTopLevelItem(item)
        if item is not None:
            self.list.setCurrentItem(item)  # the latest signature's image

    def states_shown(self) -> list[str]:
        """The State column, top to bottom (for tests and accessibility)."""
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item.text(STATE_COLUMN) for item in items if item is not None]

    def _show_image(self, item: QTreeWidgetItem | None) -> None:
        self.image.clear()
        self._image.cancel()  # the earlier selection's image is not wanted any more
        image_id = item.data(0, IMAGE_ROLE) if item is not None else None
        if not image_id:
            return
        db = self._ctx.db
        read = self._ctx.op(self, lambda _run: QImage.fromData(photo_data(db, image_id)[1]))
        self._image.run(read.errors_to(self.error_label.show_error).success(self._image_loaded))

    def _image_loaded(self, image: QImage) -> None:
        if not image.isNull():
            self.image.setPixmap(QPixmap.fromImage(image.scaledToHeight(
                IMAGE_HEIGHT, Qt.TransformationMode.SmoothTransformation)))

    # -- signing -----------------------------------------------------------------------------

    def sign(self, role: SignerRole) -> SignDialog:
        dialog = SignDialog(self._ctx, self._job_id, role, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed.connect(self._signed)
        dialog.destroyed.connect(self._dialog_gone)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_gone(self) -> None:
        self.dialog = None

    def _signed(self, _state: SignatureState, changes: Changes) -> None:
        self.changed.emit(changes)
        self.load()
