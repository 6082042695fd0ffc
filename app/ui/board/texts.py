"""The board's words: rule names, SLA badges, job type marks, tooltips."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from app.models.enums import JobType, Skill
from app.scheduling.rules import Rule, Violation
from app.services.board import BoardAppointment, TravelGap, UnassignedJob
from app.texts import shown
from app.ui import labels
from app.ui.formatting import duration
from app.ui.i18n import message_text
from app.ui.promise_look import sla_badge as sla_badge
from app.ui.promise_look import sla_text as sla_text


def _rules() -> dict[Rule, str]:
    return {
        Rule.MISSING_SKILL: QCoreApplication.translate("Board", "Missing skill"),
        Rule.CERTIFICATION_MISSING: QCoreApplication.translate("Board", "No certificate"),
        Rule.CERTIFICATION_EXPIRED: QCoreApplication.translate("Board", "Certificate expired"),
        Rule.OUTSIDE_SHIFT: QCoreApplication.translate("Board", "Outside the shift"),
        Rule.ABSENCE: QCoreApplication.translate("Board", "Absent"),
        Rule.OVERLAP: QCoreApplication.translate("Board", "Overlaps another visit"),
        Rule.DAILY_MAXIMUM: QCoreApplication.translate("Board", "Daily maximum reached"),
        Rule.REQUESTED_WINDOW: QCoreApplication.translate("Board", "Outside the requested window"),
    }


def _marks() -> dict[JobType, str]:
    """One or two letters on a block naming the job type."""
    return {
        JobType.INSTALL: QCoreApplication.translate("Board", "In"),
        JobType.REPAIR: QCoreApplication.translate("Board", "Re"),
        JobType.MAINTENANCE: QCoreApplication.translate("Board", "Ma"),
        JobType.INSPECTION: QCoreApplication.translate("Board", "Ck"),
        JobType.RELOCATION: QCoreApplication.translate("Board", "Mv"),
        JobType.REMOVAL: QCoreApplication.translate("Board", "Rm"),
    }


def rule_name(rule: Rule) -> str:
    return _rules()[rule]


def rules_text(violations: Iterable[Violation]) -> str:
    """`Outside the shift; Overlaps another visit` (each rule once, in the order broken)."""
    names = dict.fromkeys(rule_name(v.rule) for v in violations)
    return labels.joined(names)


def details(violations: Iterable[Violation]) -> str:
    """The core's sentences, one a line (tooltips)."""
    return "\n".join(message_text(v.text) for v in violations)


def mark(job_type: JobType) -> str:
    return _marks()[job_type]


def skills_text(skills: Iterable[str]) -> str:
    known = {s.value for s in Skill}
    return labels.joined(labels.skill(Skill(s)) if s in known else s for s in skills)


def group_title(key: tuple[str, ...], by_team: bool) -> str:
    if not any(key):
        if by_team:
            return QCoreApplication.translate("Board", "No team")
        return QCoreApplication.translate("Board", "No skills")
    return key[0] if by_team else skills_text(key)


def span(start: dt.datetime, end: dt.datetime, tz: ZoneInfo) -> str:
    a, b = start.astimezone(tz), end.astimezone(tz)
    return f"{a:%m-%d %H:%M}–{b:%H:%M}" if a.date() == b.date() else (
        f"{a:%m-%d %H:%M}–{b:%m-%d %H:%M}")


def block_tooltip(a: BoardAppointment, tz: ZoneInfo) -> str:
    lines = [f"{a.job_number}  {labels.job_type(a.job_type)}  {labels.priority(a.priority)}",
             a.customer_name, a.address, span(a.start, a.end, tz),
             f"{labels.visit_status(a.status)} · {labels.status(a.job_status)}"]
    if sla := sla_text(a.sla, a.sla_minutes_left):
        lines.append(sla)
    if a.override_reason:
        lines.append(QCoreApplication.translate("Board", "Rules overridden: {reason}").format(
            reason=a.override_reason))
    return shown("\n".join(lines))


def gap_tooltip(gap: TravelGap) -> str:
    if gap.gap_minutes < 0:
        between = QCoreApplication.translate("Board", "The visits overlap by {time}").format(
            time=duration(gap.gap_minutes))
    else:
        between = QCoreApplication.translate("Board", "{time} between visits").format(
            time=duration(gap.gap_minutes))
    if gap.travel_minutes is None:
        return QCoreApplication.translate("Board", "{between}; drive unknown (a site has no "
                                          "location)").format(between=between)
    text = QCoreApplication.translate("Board", "{between}; about {travel} to drive").format(
        between=between, travel=duration(gap.travel_minutes))
    if gap.too_short:
        text += "\n" + QCoreApplication.translate("Board", "Too short for the drive")
    return text


def drive_text(minutes: int) -> str:
    """The drive between two visits, as the gap between their blocks says it."""
    return QCoreApplication.translate("Board", "{time} drive").format(time=duration(minutes))


def absence_tooltip(reason: str) -> str:
    return QCoreApplication.translate("Board", "Absent: {reason}").format(
        reason=shown(reason) or QCoreApplication.translate("Board", "leave"))


def job_tooltip(j: UnassignedJob, tz: ZoneInfo) -> str:
    lines = [f"{j.number}  {labels.job_type(j.job_type)}  {labels.priority(j.priority)}",
             j.customer_name, j.address,
             QCoreApplication.translate("Board", "Needs: {skills}").format(
                 skills=skills_text(j.required_skills)),
             QCoreApplication.translate("Board", "SLA due {when}").format(
                 when=j.sla_due.astimezone(tz).strftime("%m-%d %H:%M")),
             sla_text(j.sla, j.sla_minutes_left)]
    if j.requested_start is not None and j.requested_end is not None:
        lines.append(QCoreApplication.translate("Board", "Customer asks for {span}").format(
            span=span(j.requested_start, j.requested_end, tz)))
    return shown("\n".join(lines))
