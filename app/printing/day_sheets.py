"""Day sheets: for a date, per technician the day's visits in route order (times, addresses,
phones, job types), each followed by the sheets of those jobs. A job nothing has been recorded
for yet is printed blank, to be filled on site.

Built in the caller's thread with a progress callback and a cancel check, so a worker can run
it while the GUI stays responsive; cancelling raises `Cancelled` and produces nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from app.db import Database
from app.errors import ValidationError
from app.models.base import utcnow
from app.printing import labels as L
from app.printing.blocks import text_block
from app.printing.document import Cancelled, Pdf
from app.printing.job_sheet import job_sheet_story
from app.printing.pages import Section, SectionMark, build_pdf
from app.printing.styles import (
    BODY,
    CONTENT_WIDTH,
    FONT,
    INK,
    MUTED,
    PAD,
    RULE,
    TITLE,
    leading,
    wrap,
)
from app.services.job_sheet_data import SheetData, TechnicianDay, day_plan, parse_day, sheets_data
from app.services.station import StationInfo, home_station

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
NO_VISITS = "当天无上门安排 No visits this day"
CHUNK = 50  # jobs read per session: the cancel check runs between chunks
COLUMNS = (8 * mm, 22 * mm, 34 * mm, 40 * mm, CONTENT_WIDTH - 104 * mm)
HEADER = ["#", "时间 Time", "工单 Job / 类型 Type", "客户 Customer / 电话 Phone",
          "地址 Address / 上门须知 Access notes"]


def _cell(text: str, column: int) -> str:
    return wrap(text, COLUMNS[column] - 2 * PAD)


def day_list(day: TechnicianDay, station: StationInfo, printed_at: dt.datetime,
             key: str) -> list[Flowable]:
    """One technician's visits of the day in route order, as a page-numbering section."""
    tech, tz = day.technician, station.tz
    title = f"日程单 Day sheet  {day.day:%Y-%m-%d}  {tech.name} ({tech.code})"
    section = Section(key, f"{station.name} · {title}",
                      f"打印时间 Printed {L.when(printed_at, tz)}", f"{tech.code} {day.day}")
    rows = [HEADER]
    for n, v in enumerate(day.visits, 1):
        a, b = v.start.astimezone(tz), v.end.astimezone(tz)
        rows.append([str(n), f"{a:%H:%M}–{b:%H:%M}",
                     _cell(f"{v.number}\n{L.JOB_TYPES[v.job_type]}", 2),
                     _cell(f"{v.customer_name}\n{v.phone}", 3),
                     _cell(f"{v.address}\n{v.access_notes}".rstrip(), 4)])
    table = Table(rows, colWidths=COLUMNS, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, BODY, leading(BODY)),
        ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    count = f"{len(day.visits)} 个上门 visits" if day.visits else NO_VISITS
    phone = f" · 技师电话 Technician's phone {tech.phone}" if tech.phone else ""
    return [SectionMark(section), text_block(title, TITLE, bottom=4),
            text_block(f"{station.name}{phone} · {count}", BODY, MUTED, bottom=6), table]


def _read(db: Database, job_ids: list[str], now: dt.datetime, check: Callable[[], None]
          ) -> dict[str, SheetData]:
    found: dict[str, SheetData] = {}
    for n in range(0, len(job_ids), CHUNK):
        check()
        found.update((d.job_id, d) for d in sheets_data(db, job_ids[n:n + CHUNK], now))
    return found


def render_day_sheets(db: Database, day: str | dt.date, technician_code: str | None = None,
                      progress: Progress | None = None, cancelled: IsCancelled | None = None,
                      now: dt.datetime | None = None) -> Pdf:
    """The date's lists and job sheets (of every technician with a visit, or of one) as one
    PDF. `progress(done, total)` counts job sheets laid out; `cancelled()` is asked between
    sheets, and True raises `Cancelled`."""
    date = parse_day(day)
    plan = day_plan(db, date, technician_code)
    if not plan:
        raise ValidationError("Nobody has a visit on {date:%Y-%m-%d}.", date=date)
    return render_days(db, plan, progress, cancelled, now)


def render_days(db: Database, plan: Sequence[TechnicianDay], progress: Progress | None = None,
                cancelled: IsCancelled | None = None, now: dt.datetime | None = None) -> Pdf:
    """Technicians' days (from `day_plan`), each a list followed by its job sheets."""
    printed_at = now or utcnow()

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled("Printing the day sheets was cancelled.")

    visits = [v for tech_day in plan for v in tech_day.visits]
    total = len(visits)
    sheets = _read(db, list(dict.fromkeys(v.job_id for v in visits)), printed_at, check)
    station = home_station(db)

    def reached(done: int) -> Callable[[], None]:
        def hook() -> None:
            check()
            if progress is not None:
                progress(done, total)
        return hook

    story: list[Flowable] = []
    done = 0
    for tech_day in plan:
        key = f"{tech_day.technician.code}:{tech_day.day}"
        story += [PageBreak()] if story else []
        story += day_list(tech_day, station, printed_at, f"day:{key}")
        for visit in tech_day.visits:
            data = sheets[visit.job_id]
            story += [PageBreak(), *job_sheet_story(data, data.untouched, key=f"{key}:{done}",
                                                    reached=reached(done))]
            done += 1
    days = sorted({tech_day.day for tech_day in plan})
    title = f"日程单 Day sheets {days[0]:%Y-%m-%d}" if days else "日程单 Day sheets"
    pdf = build_pdf(story, title, station.name)
    if progress is not None:
        progress(total, total)
    return pdf
