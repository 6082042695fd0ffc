"""The quality figures as plain JSON-ready data (`fielddesk report quality --json`,
`fielddesk central report --json`): rates with their counts and the numbers of the jobs
behind each numerator."""

from __future__ import annotations

from typing import Any

from app.services.quality_figures import FIGURES, Figure, GroupFigures, MonthFigures
from app.services.quality_report import QualityReport, ReportComplaint


def figure_dict(f: Figure, jobs: tuple[str, ...] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"rate": f.rate, "numerator": f.numerator,
                           "denominator": f.denominator}
    if jobs is not None:
        out["jobs"] = list(jobs)
    return out


def group_dict(g: GroupFigures, jobs: dict[str, tuple[str, ...]] | None = None
               ) -> dict[str, Any]:
    """A group's figures; with `jobs` (figure -> job numbers), the jobs behind each."""
    figures = {name: figure_dict(getattr(g, name), jobs.get(name) if jobs else None)
               for name in FIGURES if name != "completed"}
    return {"kind": g.kind, "key": g.key, "label": g.label, "completed": g.completed.numerator,
            **figures}


def _complaint(c: ReportComplaint) -> dict[str, Any]:
    return {"received_at": c.received_at.isoformat(), "customer": c.customer_name,
            "job": c.job_number, "category": c.category.value, "severity": c.severity.value,
            "stage": c.stage.value,
            "stages": [{"stage": st.stage.value, "at": st.at.isoformat() if st.at else None,
                        "by": st.by, "text": st.text,
                        "due": st.due.isoformat() if st.due else None} for st in c.stages]}


def report_dict(report: QualityReport) -> dict[str, Any]:
    current = report.current
    return {
        "station": {"code": report.station.code, "name": report.station.name},
        "month": str(report.month), "generated_at": report.generated_at.isoformat(),
        "figures": group_dict(current.station, report.jobs),
        "previous_month": group_dict(report.previous),
        "trend": [{"month": str(m), **group_dict(g)} for m, g in report.trend],
        "teams": [group_dict(g) for g in current.teams],
        "technicians": [group_dict(g) for g in current.technicians],
        "complaints": [_complaint(c) for c in report.complaints],
    }


def station_dict(figures: MonthFigures) -> dict[str, Any]:
    """One station's line of the central report."""
    return {"station": figures.station_code, "name": figures.station_name,
            "month": str(figures.month), **group_dict(figures.station)}
