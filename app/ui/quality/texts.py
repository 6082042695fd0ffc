"""The Quality view's words: the figures' names, a rate as the dispatcher reads it, the
definitions, and how long a due is away (as a duration)."""

from __future__ import annotations

import datetime as dt
from functools import cache

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


def _t(text: str) -> str:
    return QCoreApplication.translate("QualityTexts", text)


@cache
def _names() -> dict[str, str]:
    return {
        "completed": _t("Jobs completed"),
        "complaint_rate": _t("Complaint rate"),
        "omission_rate": _t("Omission rate"),
        "dissatisfaction_rate": _t("Dissatisfaction rate"),
        "response_attainment": _t("Response promise attainment"),
        "first_time_fix": _t("First-time fix rate"),
        "repeat_visits": _t("Repeat visits within 30 days"),
        "install_first_fail": _t("Installations failed first time"),
        "late_callbacks": _t("· callbacks not made in time"),
        "late_complaint_stages": _t("· complaint stages overdue"),
        "failed_responses": _t("· response promises missed"),
    }


def figure_name(name: str) -> str:
    return _names()[name]


def clear() -> None:
    _names.cache_clear()


def rate_text(name: str, figure: Figure) -> str:
    """"2.5%" (a count for the jobs completed; "—" with nothing to divide by)."""
    if name == "completed":
        return f"{figure.numerator:,}"
    return NONE if figure.rate is None else f"{figure.rate * 100:.1f}%"


def count_text(figure: Figure) -> str:
    return f"{figure.numerator:,} / {figure.denominator:,}"


def definitions() -> str:
    """The three rates as counted (the omission rate's parts named), for the view."""
    return _t(
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
        return _t("waiting for the confirmation call")
    minutes = int((due - now).total_seconds() // 60)
    if minutes < 0:
        return _t("{time} overdue").format(time=duration(minutes))
    return _t("{time} left").format(time=duration(minutes))
