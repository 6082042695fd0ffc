"""Pages of the Settings dialog for the station's own settings (stored in the database and
synced to every desk of the station): the profile with its logo, the SLA and callback days,
the travel model, the day planner's weights and the printing defaults. Working hours and the
language have their own modules. A page shows the sections it edits and gives them back as
edited; the services check them when the dialog saves."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.scheduling.sla import MAX_RESPONSE_HOURS, ResponseHours
from app.services.settings_sections import (
    MAX_ATTEMPTS,
    MAX_CALLBACK_DAYS,
    Logo,
    Planning,
    Printing,
    Profile,
    Section,
    Sla,
    Travel,
)

LOGO_PREVIEW = 96  # pixels a side


class SectionPage(QWidget):
    """Edits the station's sections named in KINDS."""

    KINDS: tuple[type[Section], ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)

    def show_sections(self, sections: dict[str, Section]) -> None:
        raise NotImplementedError

    def sections(self) -> list[Section]:
        raise NotImplementedError


class ProfilePage(SectionPage):
    KINDS = (Profile, Logo)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.timezone_combo = QComboBox(self)
        self.timezone_combo.setEditable(True)
        self.timezone_combo.addItems(sorted(available_timezones()))
        self.logo_label = QLabel(self)
        self.logo_label.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setStyleSheet("border: 1px solid #bbb;")
        choose = QPushButton(self.tr("Choose…"), self)
        self.remove_logo_button = QPushButton(self.tr("No logo"), self)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label)
        logo_row.addWidget(choose)
        logo_row.addWidget(self.remove_logo_button)
        logo_row.addStretch(1)
        self.form.addRow(self.tr("Station name:"), self.name_edit)
        self.form.addRow(self.tr("Address:"), self.address_edit)
        self.form.addRow(self.tr("Phone:"), self.phone_edit)
        self.form.addRow(self.tr("Time zone:"), self.timezone_combo)
        self.form.addRow(self.tr("Logo on the sheets:"), logo_row)
        self.form.addRow(QLabel(self.tr("A PNG or JPEG image of at most 512 KB."), self))
        self._logo: bytes | None = None
        choose.clicked.connect(self._choose_logo)
        self.remove_logo_button.clicked.connect(lambda: self.use_logo(None))

    def show_sections(self, sections: dict[str, Section]) -> None:
        profile, logo = sections[Profile.SECTION], sections[Logo.SECTION]
        assert isinstance(profile, Profile) and isinstance(logo, Logo)
        self.name_edit.setText(profile.name)
        self.address_edit.setText(profile.address)
        self.phone_edit.setText(profile.phone)
        self.timezone_combo.setCurrentText(profile.timezone)
        self.use_logo(logo.image)

    def sections(self) -> list[Section]:
        return [Profile(self.name_edit.text(), self.address_edit.text(), self.phone_edit.text(),
                        self.timezone_combo.currentText()), Logo(self._logo)]

    def use_logo(self, image: bytes | None) -> None:
        """Show `image` as the logo to keep (None: no logo); the service checks it on save."""
        self._logo = image
        picture = QPixmap()
        if image is not None and picture.loadFromData(image):
            self.logo_label.setPixmap(picture.scaled(
                LOGO_PREVIEW, LOGO_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("none") if image is None else "?")
        self.remove_logo_button.setEnabled(image is not None)

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.use_logo(Path(name).read_bytes())


def _spin(parent: QWidget, low: int, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    return spin


class SlaPage(SectionPage):
    KINDS = (Sla,)
    PRIORITIES = ("urgent", "high", "normal", "low")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        hours = self.tr(" h")
        self.hour_spins = {p: _spin(self, 1, MAX_RESPONSE_HOURS, hours)
                           for p in self.PRIORITIES}
        labels = (self.tr("Urgent:"), self.tr("High:"), self.tr("Normal:"), self.tr("Low:"))
        intro = QLabel(self.tr("Business hours from the call to the first arrival, by "
                               "priority:"), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        for label, priority in zip(labels, self.PRIORITIES, strict=True):
            self.form.addRow(label, self.hour_spins[priority])
        self.callback_spin = _spin(self, 1, MAX_CALLBACK_DAYS, self.tr(" days"))
        self.form.addRow(self.tr("Callback after the visit:"), self.callback_spin)
        self.attempts_spin = _spin(self, 1, MAX_ATTEMPTS, "")
        self.form.addRow(self.tr("Calls without an answer before the customer counts as "
                                 "unreached:"), self.attempts_spin)

    def show_sections(self, sections: dict[str, Section]) -> None:
        sla = sections[Sla.SECTION]
        assert isinstance(sla, Sla)
        for priority, spin in self.hour_spins.items():
            spin.setValue(getattr(sla.response_hours, priority))
        self.callback_spin.setValue(sla.callback_days)
        self.attempts_spin.setValue(sla.callback_attempts)

    def sections(self) -> list[Section]:
        hours = ResponseHours(**{p: s.value() for p, s in self.hour_spins.items()})
        return [Sla(hours, self.callback_spin.value(), self.attempts_spin.value())]


class TravelPage(SectionPage):
    KINDS = (Travel,)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speed_spin = QDoubleSpinBox(self, decimals=1, minimum=5, maximum=120)
        self.speed_spin.setSuffix(self.tr(" km/h"))
        self.factor_spin = QDoubleSpinBox(self, decimals=2, minimum=1.0, maximum=3.0,
                                          singleStep=0.05)
        hint = QLabel(self.tr("Travel time is the straight-line distance times the road "
                              "factor, at the average speed."), self)
        hint.setWordWrap(True)
        self.form.addRow(self.tr("Average speed:"), self.speed_spin)
        self.form.addRow(self.tr("Road factor:"), self.factor_spin)
        self.form.addRow(hint)

    def show_sections(self, sections: dict[str, Section]) -> None:
        travel = sections[Travel.SECTION]
        assert isinstance(travel, Travel)
        self.speed_spin.setValue(travel.speed_kmh)
        self.factor_spin.setValue(travel.road_factor)

    def sections(self) -> list[Section]:
        return [Travel(self.speed_spin.value(), self.factor_spin.value())]


class PlanningPage(SectionPage):
    """The day planner's weights (Plan day…, `fielddesk plan`), in minutes of travel."""

    KINDS = (Planning,)
    WEIGHTS = ("job", "promise", "overdue", "balance")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        minutes = self.tr(" min of travel")
        self.spins = {name: _spin(self, 0, 100 if name == "balance" else 10_000, minutes)
                      for name in self.WEIGHTS}
        intro = QLabel(self.tr("The day planner weighs what a plan achieves against the "
                               "travel it costs, in minutes of travel:"), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        for label, name in zip((self.tr("A job planned is worth:"),
                                self.tr("A response promise met is worth:"),
                                self.tr("An overdue job planned is worth:"),
                                self.tr("Each minute of a day beyond the even share costs:")),
                               self.WEIGHTS, strict=True):
            self.form.addRow(label, self.spins[name])

    def show_sections(self, sections: dict[str, Section]) -> None:
        planning = sections[Planning.SECTION]
        assert isinstance(planning, Planning)
        for name, spin in self.spins.items():
            spin.setValue(getattr(planning, name))

    def sections(self) -> list[Section]:
        return [Planning(**{name: spin.value() for name, spin in self.spins.items()})]


class PrintingPage(SectionPage):
    KINDS = (Printing,)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.copies_spin = _spin(self, 1, 5, "")
        self.footer_edit = QLineEdit(self)
        self.footer_edit.setMaxLength(200)
        hint = QLabel(self.tr("The printer and paper are this PC's own: the print dialog "
                              "remembers the last ones chosen."), self)
        hint.setWordWrap(True)
        self.form.addRow(self.tr("Copies of each job sheet:"), self.copies_spin)
        self.form.addRow(self.tr("Footer of the sheets:"), self.footer_edit)
        self.form.addRow(hint)

    def show_sections(self, sections: dict[str, Section]) -> None:
        printing = sections[Printing.SECTION]
        assert isinstance(printing, Printing)
        self.copies_spin.setValue(printing.copies)
        self.footer_edit.setText(printing.footer)

    def sections(self) -> list[Section]:
        return [Printing(self.copies_spin.value(), self.footer_edit.text())]
