"""The monthly quality report (A4): the month's figures against the month before with their
definitions, the twelve months' charts, the teams' and technicians' figures, and the month's
complaints with their four stages. Printed in one language (`language`: "zh_CN" or "en")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.printing.blocks import heading, text_block
from app.printing.document import Pdf
from app.printing.pages import Section, SectionMark, build_pdf
from app.printing.quality_charts import promise_chart, rates_chart
from app.printing.quality_labels import (
    CATEGORIES,
    DEFINITIONS,
    FIGURE_NAMES,
    SEVERITIES,
    SHORT_NAMES,
    STAGES,
    Words,
)
from app.printing.styles import (
    BODY,
    CONTENT_WIDTH,
    FONT,
    MUTED,
    PAD,
    RULE,
    SHADE,
    SMALL,
    TITLE,
    leading,
    wrap,
)
from app.services.complaint_queries import StageRecord
from app.services.quality_figures import Figure, GroupFigures
from app.services.quality_report import QualityReport, ReportComplaint

NONE = "—"
MAIN = ("complaint_rate", "omission_rate", "dissatisfaction_rate", "response_attainment",
        "first_time_fix", "repeat_visits", "install_first_fail")


def rate_text(figure: Figure) -> str:
    return NONE if figure.rate is None else f"{figure.rate * 100:.1f}%"


def grid(rows: Sequence[Sequence[str]], widths: Sequence[float], size: float = BODY) -> Table:
    """A table of wrapped plain text with a shaded header row repeated on each page."""
    cells = [[wrap(cell, width - 2 * PAD, size) for cell, width in zip(row, widths, strict=True)]
             for row in rows]
    table = Table(cells, colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, size, leading(size)),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def figures_table(report: QualityReport, w: Words) -> Table:
    current, previous = report.current.station, report.previous
    rows = [[w("figure"), w("this_month"), w("last_month"), w("count")],
            [w.pick(FIGURE_NAMES["completed"]), str(current.completed.numerator),
             str(previous.completed.numerator), ""]]
    for name in MAIN:
        now, before = getattr(current, name), getattr(previous, name)
        rows.append([w.pick(FIGURE_NAMES[name]), rate_text(now), rate_text(before),
                     f"{now.numerator} / {now.denominator}"])
    return grid(rows, [CONTENT_WIDTH * f for f in (0.46, 0.18, 0.18, 0.18)])


def group_table(groups: Sequence[GroupFigures], w: Words, first: str) -> Table:
    """One row per team or technician: jobs done and each rate."""
    names = ("completed", *MAIN)
    head = [w(first), *(w.pick(SHORT_NAMES[n]) for n in names)]
    rows = [[g.label, str(g.completed.numerator),
             *(rate_text(getattr(g, n)) for n in MAIN)] for g in groups]
    label = CONTENT_WIDTH * 0.2
    other = (CONTENT_WIDTH - label) / len(names)
    return grid([head, *rows], [label, *[other] * len(names)], SMALL)


def _stage_row(stage: StageRecord, tz: ZoneInfo, now: dt.datetime, w: Words) -> list[str]:
    when = stage.at.astimezone(tz).strftime("%Y-%m-%d %H:%M") if stage.at else w("not_done")
    due = stage.due.astimezone(tz).strftime("%m-%d %H:%M") if stage.due else ""
    if stage.due and (stage.at or now) > stage.due:
        due = f"{due} {w('late')}"
    return [w.pick(STAGES[stage.stage]), when, stage.by, stage.text, due]


def complaint_block(c: ReportComplaint, tz: ZoneInfo, now: dt.datetime, w: Words) -> Flowable:
    title = "  ".join([c.received_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"), c.customer_name,
                       c.job_number or NONE, w.pick(CATEGORIES[c.category]),
                       w.pick(SEVERITIES[c.severity]), w.pick(STAGES[c.stage])])
    rows = [[w("stage"), w("when"), w("who"), w("what"), w("due")],
            *(_stage_row(st, tz, now, w) for st in c.stages[:4])]
    widths = [CONTENT_WIDTH * f for f in (0.13, 0.17, 0.12, 0.42, 0.16)]
    return KeepTogether([text_block(title, BODY, top=6), grid(rows, widths, SMALL)])


def render_quality_report(report: QualityReport, language: str = "zh_CN") -> Pdf:
    w = Words(language)
    tz = ZoneInfo(report.station.timezone)
    station = f"{report.station.name}（{report.station.code}）"
    title = f"{station} {w('title')} {report.month}"
    printed = f"{w('printed')} {report.generated_at.astimezone(tz):%Y-%m-%d %H:%M}"
    story: list[Flowable] = [
        SectionMark(Section("report", title, printed, str(report.month))),
        text_block(title, TITLE, bottom=6), heading(w("figures")), figures_table(report, w),
        text_block(f"{w('definitions')}：{w.pick(DEFINITIONS)}", SMALL, MUTED, top=4),
        heading(w("trend")), rates_chart(report.trend, w), Spacer(1, 6),
        promise_chart(report.trend, w)]
    if report.current.teams:
        story += [heading(w("teams")), group_table(report.current.teams, w, "team")]
    if report.current.technicians:
        story += [heading(w("technicians")),
                  group_table(report.current.technicians, w, "technician")]
    story.append(heading(w("complaints")))
    if not report.complaints:
        story.append(text_block(w("no_complaints")))
    story += [complaint_block(c, tz, report.generated_at, w) for c in report.complaints]
    return build_pdf(story, title, w("title"))
