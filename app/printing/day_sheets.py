"""Day sheets: for a date, per technician the day's visits in route order (times, addresses,
phones, job types), each followed by the sheets of those jobs. A job nothing has been recorded
for yet is printed blank, to be filled on site.

Laid out from the plain data `app.services.day_sheet_data` reads (the caller reads it and hands
it over: printing never opens the database). Built in the caller's thread with a progress
callback and a cancel check, so a worker can run it while the GUI stays responsive; cancelling
raises `Cancelled` and produces nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

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
from app.services.day_sheet_data import Base, DaySheets, TechnicianDay
from app.services.job_sheet_data import SheetData
from app.services.station import StationInfo

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
NO_VISITS = "当天无上门安排 No visits this day"
COLUMNS = (8 * mm, 19 * mm, 22 * mm, 34 * mm, 38 * mm, CONTENT_WIDTH - 121 * mm)
HEADER = ["#", "车程 Drive", "时间 Time", "工单 Job / 类型 Type", "客户 Customer / 电话 Phone",
          "地址 Address / 上门须知 Access notes"]
STARTS = {Base.HOME: "从住处出发 From home", Base.STATION: "从服务站出发 From the station"}
BACKS = {Base.HOME: "返回住处 Back home", Base.STATION: "返回服务站 Back at the station"}
UNKNOWN = "—"  # a drive whose end has no place on the map


def drive(minutes: int | None) -> str:
    return UNKNOWN if minutes is None else f"{minutes} 分 min"


def visit_count(n: int) -> str:
    return f"上门 {n} 个 · {n} visit{'' if n == 1 else 's'}" if n else NO_VISITS


def back_line(day: TechnicianDay, tz: ZoneInfo) -> str:
    """`返回住处 Back home 17:45（车程 drive 25 分 min）`, or nothing without a visit."""
    if not day.visits:
        return ""
    back = day.back_at
    when = f"{back.astimezone(tz):%H:%M}" if back is not None else UNKNOWN
    return f"{BACKS[day.base]} {when}（车程 drive {drive(day.return_minutes)}）"


def _cell(text: str, column: int) -> str:
    return wrap(text, COLUMNS[column] - 2 * PAD)


def day_list(day: TechnicianDay, station: StationInfo, printed_at: dt.datetime,
             key: str) -> list[Flowable]:
    """One technician's visits of the day in route order, as a page-numbering section."""
    tech, tz = day.technician, station.tz
    title = f"日程单 Day sheet  {day.day:%Y-%m-%d}  {tech.name} ({tech.code})"
    section = Section(key, f"{station.name} · {title}",
                      f"打印时间 Printed {L.when(printed_at, tz)}", f"{tech.code} {day.day}")
    rows = [[_cell(text, n) for n, text in enumerate(HEADER)]]
    for n, v in enumerate(day.visits, 1):
        a, b = v.start.astimezone(tz), v.end.astimezone(tz)
        rows.append([str(n), _cell(drive(v.drive_minutes), 1), f"{a:%H:%M}–{b:%H:%M}",
                     _cell(f"{v.number}\n{L.JOB_TYPES[v.job_type]}", 3),
                     _cell(f"{v.customer_name}\n{v.phone}", 4),
                     _cell(f"{v.address}\n{v.access_notes}".rstrip(), 5)])
    table = Table(rows, colWidths=COLUMNS, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, BODY, leading(BODY)),
        ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    phone = f" · 师傅电话 Technician's phone {tech.phone}" if tech.phone else ""
    start = f" · {STARTS[day.base]}" if day.visits else ""
    story = [SectionMark(section), text_block(title, TITLE, bottom=4),
             text_block(f"{station.name}{phone} · {visit_count(len(day.visits))}{start}", BODY,
                        MUTED, bottom=6), table]
    if back := back_line(day, tz):
        story.append(text_block(back, BODY, top=4))
    return story


def render_day_sheets(data: DaySheets, progress: Progress | None = None,
                      cancelled: IsCancelled | None = None, sheets: bool = True) -> Pdf:
    """The technicians' days, each a route page followed by the sheets of its visits that
    `data` holds (`sheets=False`: the route pages only), as one PDF. `progress(done, total)`
    counts job sheets laid out; `cancelled()` is asked between sheets, and True raises
    `Cancelled`."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled("Printing the day sheets was cancelled.")

    def sheets_of(tech_day: TechnicianDay) -> list[SheetData]:
        return [data.sheets[v.job_id] for v in tech_day.visits
                if sheets and v.job_id in data.sheets]

    total = sum(len(sheets_of(tech_day)) for tech_day in data.days)

    def reached(done: int) -> Callable[[], None]:
        def hook() -> None:
            check()
            if progress is not None:
                progress(done, total)
        return hook

    story: list[Flowable] = []
    done = 0
    for tech_day in data.days:
        key = f"{tech_day.technician.code}:{tech_day.day}"
        story += [PageBreak()] if story else []
        story += day_list(tech_day, data.station, data.printed_at, f"day:{key}")
        for sheet in sheets_of(tech_day):
            story += [PageBreak(), *job_sheet_story(sheet, sheet.untouched, key=f"{key}:{done}",
                                                    reached=reached(done))]
            done += 1
    days = sorted({tech_day.day for tech_day in data.days})
    title = f"日程单 Day sheets {days[0]:%Y-%m-%d}" if days else "日程单 Day sheets"
    pdf = build_pdf(story, title, data.station.name)
    if progress is not None:
        progress(total, total)
    return pdf
