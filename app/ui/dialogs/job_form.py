"""The job editor's job part: type, priority, symptom, requested window, duration, skills, SLA."""

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
from app.services.jobs import DEFAULT_SKILLS, SLA_HOURS, JobDetail, JobInput
from app.ui import labels
from app.ui.context import AppContext
from app.ui.formatting import from_qdatetime, local_text, to_qdatetime

DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


class JobForm(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.type_combo = QComboBox(self)
        for job_type in JobType:
            self.type_combo.addItem(labels.job_type(job_type), job_type.value)
        self.type_combo.setCurrentIndex(self.type_combo.findData(JobType.REPAIR.value))
        self.priority_combo = QComboBox(self)
        for priority in Priority:
            self.priority_combo.addItem(labels.priority(priority), priority.value)
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(Priority.NORMAL.value))

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

        form = QFormLayout(self)
        form.addRow(self.tr("Job type"), self.type_combo)
        form.addRow(self.tr("Priority"), self.priority_combo)
        form.addRow(self.tr("Symptom"), self.symptom)
        form.addRow(self.tr("Requested time"), window)
        form.addRow(self.tr("Estimated duration"), self.minutes)
        form.addRow(self.tr("Required skills"), skills)
        form.addRow(self.tr("SLA response due"), self.sla_label)

        self.window_check.toggled.connect(self._sync_window)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        self._sync_window()
        self.show_new_sla()

    def _sync_window(self) -> None:
        on = self.window_check.isChecked()
        self.window_start.setEnabled(on)
        self.window_end.setEnabled(on)

    def _type_changed(self) -> None:
        defaults = {Skill(s) for s in DEFAULT_SKILLS[JobType(self.type_combo.currentData())]}
        for skill, box in self.skill_boxes.items():
            box.setChecked(skill in defaults)

    def show_new_sla(self) -> None:
        due = dt.datetime.now(dt.UTC) + dt.timedelta(hours=SLA_HOURS)
        self.sla_label.setText(self.tr("{time} ({hours} h after creation)").format(
            time=local_text(due, self._ctx.tz), hours=SLA_HOURS))

    def load(self, job: JobDetail) -> None:
        tz = self._ctx.tz
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

    def job_input(self, editing: JobDetail | None = None) -> JobInput:
        """The form as a JobInput; an edit keeps the fields this form does not show."""
        tz = self._ctx.tz
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
            equipment_id=editing.equipment_id if editing else None,
            resolution=editing.resolution if editing else "",
        )
