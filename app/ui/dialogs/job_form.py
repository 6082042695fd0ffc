"""The job editor's job part: type, priority, the unit, the symptom (or what the customer asks
for, named by the job type), requested window, duration, skills, and when the response is due
(a new job's by the station's response hours for its priority, read on the database lane)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.models.enums import JobType, Priority, Skill
from app.scheduling.sla import ResponseHours, response_due
from app.services.jobs import DEFAULT_SKILLS, JobDetail, JobInput
from app.services.response_hours import response_hours
from app.ui import labels
from app.ui.context import AppContext
from app.ui.dialogs.equipment_picker import EquipmentPicker
from app.ui.formatting import from_qdatetime, local_text, to_qdatetime

DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


class JobForm(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._hours: ResponseHours | None = None  # the station's, once read
        self._existing = False
        self.type_combo = QComboBox(self)
        for job_type in JobType:
            self.type_combo.addItem(labels.job_type(job_type), job_type.value)
        self.type_combo.setCurrentIndex(self.type_combo.findData(JobType.REPAIR.value))
        self.priority_combo = QComboBox(self)
        for priority in Priority:
            self.priority_combo.addItem(labels.priority(priority), priority.value)
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(Priority.NORMAL.value))
        self.equipment = EquipmentPicker(ctx, self)  # made in the order Tab visits them

        self.symptom = QPlainTextEdit(self)
        self.symptom.setTabChangesFocus(True)
        self.symptom.setFixedHeight(70)

        self.window_check = QCheckBox(self.tr("Customer asked for a time"), self)
        start = QDateTime.currentDateTime().addDays(1)
        start.setTime(QTime(9, 0))
        self.window_start = QDateTimeEdit(start, self, calendarPopup=True)
        self.window_end = QDateTimeEdit(start.addSecs(3 * 3600), self, calendarPopup=True)
        window = QHBoxLayout()
        window.addWidget(self.window_check)
        for edit in (self.window_start, self.window_end):
            edit.setDisplayFormat(DATETIME_FORMAT)
            window.addWidget(edit)
        window.addStretch(1)

        self.minutes = QSpinBox(self, minimum=15, maximum=24 * 60, singleStep=15, value=90)
        self.minutes.setSuffix(self.tr(" min"))

        self.skill_boxes: dict[Skill, QCheckBox] = {}
        skills = QGridLayout()
        for i, skill in enumerate(Skill):
            box = QCheckBox(labels.skill(skill), self)
            self.skill_boxes[skill] = box
            skills.addWidget(box, i // 4, i % 4)

        self.sla_label = QLabel(self)
        self.symptom_label = QLabel(self)
        self.symptom_label.setBuddy(self.symptom)

        form = QFormLayout(self)
        form.addRow(self.tr("Job type"), self.type_combo)
        form.addRow(self.tr("Priority"), self.priority_combo)
        form.addRow(self.tr("Unit"), self.equipment)
        form.addRow(self.symptom_label, self.symptom)
        form.addRow(self.tr("Requested time"), window)
        form.addRow(self.tr("Estimated duration"), self.minutes)
        form.addRow(self.tr("Required skills"), skills)
        form.addRow(self.tr("SLA response due"), self.sla_label)

        self.window_check.toggled.connect(self._sync_window)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.priority_combo.currentIndexChanged.connect(self.show_new_sla)
        self._type_changed()
        self._sync_window()
        db = ctx.db
        ctx.op(self, lambda _run: response_hours(db)).success(self._hours_read).run()

    def _sync_window(self) -> None:
        on = self.window_check.isChecked()
        self.window_start.setEnabled(on)
        self.window_end.setEnabled(on)

    def _type_changed(self) -> None:
        job_type = JobType(self.type_combo.currentData())
        defaults = {Skill(s) for s in DEFAULT_SKILLS[job_type]}
        for skill, box in self.skill_boxes.items():
            box.setChecked(skill in defaults)
        self.symptom_label.setText(self.request_label(job_type))

    def request_label(self, job_type: JobType) -> str:
        """What the customer reported or asks for, named as the job type needs it."""
        return {JobType.REPAIR: self.tr("Symptom"),
                JobType.INSTALL: self.tr("Installation request"),
                JobType.MAINTENANCE: self.tr("Maintenance request"),
                JobType.INSPECTION: self.tr("Inspection request"),
                JobType.RELOCATION: self.tr("Relocation request"),
                JobType.REMOVAL: self.tr("Removal request")}[job_type]

    def _hours_read(self, hours: ResponseHours) -> None:
        self._hours = hours
        self.show_new_sla()

    def show_new_sla(self) -> None:
        """A new job's response due: the station's hours for the chosen priority from now."""
        if self._existing or self._hours is None:
            return
        priority = Priority(self.priority_combo.currentData())
        due = response_due(dt.datetime.now(dt.UTC), priority, self._hours)
        self.sla_label.setText(self.tr("{time} ({hours} h after the call)").format(
            time=local_text(due, self._ctx.tz), hours=self._hours.of(priority)))

    def load(self, job: JobDetail) -> None:
        tz = self._ctx.tz
        self._existing = True
        self.type_combo.setCurrentIndex(self.type_combo.findData(job.job_type.value))
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(job.priority.value))
        self.symptom.setPlainText(job.symptom)
        has_window = job.requested_start is not None and job.requested_end is not None
        self.window_check.setChecked(has_window)
        if job.requested_start is not None and job.requested_end is not None:
            self.window_start.setDateTime(to_qdatetime(job.requested_start, tz))
            self.window_end.setDateTime(to_qdatetime(job.requested_end, tz))
        self.minutes.setValue(job.estimated_minutes)
        for skill, box in self.skill_boxes.items():
            box.setChecked(skill.value in job.required_skills)
        self.sla_label.setText(local_text(job.sla_due, tz))
        self.equipment.show_units([job.equipment] if job.equipment else [], job.equipment_id)
        self.equipment.load_units(job.customer_id, job.site_id, job.equipment_id)

    def job_input(self, editing: JobDetail | None = None) -> JobInput:
        """The form as a JobInput; an edit keeps the fields this form does not show."""
        tz = self._ctx.tz
        equipment_id, new_unit = self.equipment.choice()
        start = end = None
        if self.window_check.isChecked():
            start = from_qdatetime(self.window_start.dateTime(), tz)
            end = from_qdatetime(self.window_end.dateTime(), tz)
        return JobInput(
            job_type=str(self.type_combo.currentData()),
            priority=str(self.priority_combo.currentData()),
            symptom=self.symptom.toPlainText(),
            requested_start=start,
            requested_end=end,
            required_skills=[s.value for s, box in self.skill_boxes.items() if box.isChecked()],
            estimated_minutes=self.minutes.value(),
            equipment_id=equipment_id,
            new_equipment=new_unit,
            resolution=editing.resolution if editing else "",
        )
