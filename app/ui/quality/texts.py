"""The Quality view's words: the figures' names, a rate as the dispatcher reads it, the
definitions, and how long a due is away (as a duration)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.services.quality_figures import Figure
from app.ui.formatting import duration

# The figures the view shows, in this order (quality_figures names them).
SHOWN = ("completed", "complaint_rate", "omission_rate", "dissatisfaction_rate",
         "response_attainment", "first_time_fix", "repeat_visits", "install_first_fail",
         "late_callbacks", "late_complaint_stages", "failed_responses")
RATES = ("complaint_rate", "omission_rate", "dissatisfaction_rate")
PROMISES = ("response_attainment", "first_time_fix")
NONE = "—"
translate = QCoreApplication.translate


def _names() -> dict[str, str]:
    return {
        "completed": translate("QualityTexts", "Jobs completed"),
        "complaint_rate": translate("QualityTexts", "Complaint rate"),
        "omission_rate": translate("QualityTexts", "Omission rate"),
        "dissatisfaction_rate": translate("QualityTexts", "Dissatisfaction rate"),
        "response_attainment": translate("QualityTexts", "Response promise attainment"),
        "first_time_fix": translate("QualityTexts", "First-time fix rate"),
        "repeat_visits": translate("QualityTexts", "Repeat visits within 30 days"),
        "install_first_fail": translate("QualityTexts",
                                        "Installations failed first time"),
        "late_callbacks": translate("QualityTexts", "· callbacks not made in time"),
        "late_complaint_stages": translate("QualityTexts",
                                           "· complaint stages overdue"),
        "failed_responses": translate("QualityTexts", "· response promises missed"),
    }


def figure_name(name: str) -> str:
    return _names()[name]


def rate_text(name: str, figure: Figure) -> str:
    """"2.5%" (a count for the jobs completed; "—" with nothing to divide by)."""
    if name == "completed":
        return f"{figure.numerator:,}"
    return NONE if figure.rate is None else f"{figure.rate * 100:.1f}%"


def count_text(figure: Figure) -> str:
    return f"{figure.numerator:,} / {figure.denominator:,}"


def definitions() -> str:
    """The three rates as counted (the omission rate's parts named), for the view."""
    return translate(
        "QualityTexts",
        "Complaint rate: complaints received in the month ÷ jobs completed in the month. "
        "Omission rate: required follow-ups missed or late ÷ required follow-ups due in the "
        "month; the follow-ups are the after-visit callbacks (missed when no call was tried "
        "by the due time), the complaint stages (handling, review, report back: late when "
        "not done by their due) and the response promise of each call received in the month "
        "(missed when the first arrival came after it); only what fell due so far counts. "
        "Dissatisfaction rate: customers scoring any aspect 2 or less ÷ customers reached on "
        "after-visit callbacks.")


def due_text(due: dt.datetime | None, now: dt.datetime) -> str:
    """"3 h 05 min left", "1 d 2 h overdue", or "waiting for the customer's call"."""
    if due is None:
        return translate("QualityTexts", "waiting for the confirmation call")
    minutes = int((due - now).total_seconds() // 60)
    if minutes < 0:
        return translate("QualityTexts", "{time} overdue").format(
            time=duration(minutes))
    return translate("QualityTexts", "{time} left").format(time=duration(minutes))
