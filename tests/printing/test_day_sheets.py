"""Day plans and day sheets: route order in station time, one technician, validation, and a
batch that reports progress and stops when cancelled (reading or laying out)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from app.cancel import Cancelled as ReadCancelled
from app.db import Database
from app.errors import ValidationError
from app.models import Job, Site, Technician
from app.printing.day_sheets import render_day_sheets
from app.printing.document import Cancelled
from app.services.actor import Actor
from app.services.appointments import assign
from app.services.day_sheet_data import day_plan, day_sheets_data
from tests.core.conftest import MakeJob, MakeTech, local
from tests.printing.conftest import flat, read_pdf

MONDAY = dt.date(2026, 3, 16)


@pytest.fixture
def day(db: Database, dispatcher: Actor, supervisor: Actor, make_job: MakeJob,
        make_tech: MakeTech) -> dict[str, list[str]]:
    """T001 has three repairs on Monday, booked out of order, and a night call just after
    Monday ends in station time; T002 has one job on Monday. Job numbers by technician."""
    t1, t2 = make_tech("T001", "陈师傅"), make_tech("T002", "李师傅")
    numbers: dict[str, list[str]] = {"T001": [], "T002": []}
    for tech, hour, name in ((t1, 14, "赵敏"), (t1, 9, "钱进"), (t1, 11, "孙丽"), (t2, 10, "周强")):
        job = make_job("repair", name=name, address=f"江苏省南京市鼓楼区湖南路{hour}号")
        assign(db, dispatcher, job.id, tech, local(2026, 3, 16, hour))
        numbers["T001" if tech == t1 else "T002"].append(job.number)
    night = make_job("repair", name="吴夜", address="江苏省南京市鼓楼区北京西路1号")
    assign(db, supervisor, night.id, t1, local(2026, 3, 17, 0, 30), override_reason="急修")
    return numbers


def test_the_day_plan_is_in_route_order_in_station_time(db: Database,
                                                        day: dict[str, list[str]]) -> None:
    plan = day_plan(db, MONDAY)
    assert [d.technician.code for d in plan] == ["T001", "T002"]
    first = plan[0]
    assert [v.customer_name for v in first.visits] == ["钱进", "孙丽", "赵敏"]
    assert [v.start.astimezone(local(2026, 3, 16).tzinfo).hour for v in first.visits] == [9, 11, 14]
    # 00:30 on Tuesday in Nanjing is still Monday in UTC: it belongs to Tuesday
    assert [v.customer_name for v in day_plan(db, "2026-03-17")[0].visits] == ["吴夜"]


def test_the_day_plan_of_one_technician(db: Database, day: dict[str, list[str]],
                                        make_tech: MakeTech) -> None:
    plan = day_plan(db, MONDAY, " t002 ")
    assert len(plan) == 1 and plan[0].technician.name == "李师傅"
    assert [v.number for v in plan[0].visits] == day["T002"]
    make_tech("T003", "王师傅")
    idle = day_plan(db, MONDAY, "T003")
    assert len(idle) == 1 and idle[0].visits == ()


@pytest.mark.parametrize(("date", "code", "message"), [
    ("2026-02-30", None, "is not a date: write it as YYYY-MM-DD"),
    ("16/03/2026", None, "is not a date"),
    ("2026-03-16", "T999", "There is no technician with the code T999."),
])
def test_bad_dates_and_codes_are_refused(db: Database, day: dict[str, list[str]], date: str,
                                         code: str | None, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        day_plan(db, date, code)


def test_day_sheets_list_the_route_then_each_sheet(db: Database,
                                                   day: dict[str, list[str]]) -> None:
    data = render_day_sheets(day_sheets_data(db, MONDAY))
    pdf = read_pdf(data)
    t1_list = flat(pdf.pages[0])
    assert flat("日程单 Day sheet 2026-03-16 陈师傅 (T001)") in t1_list
    ordered = ["钱进", "孙丽", "赵敏"]
    assert sorted(ordered, key=t1_list.index) == ordered
    assert "09:00–10:30" in pdf.pages[0]
    firsts = [page for page in pdf.pages if "第 1/" in page]
    assert len(firsts) == 2 + 4  # two day lists, four job sheets, each numbered on its own
    numbers = day["T001"] + day["T002"]
    sheets = [next(n for n in numbers if n in page) for page in firsts if "Day sheet" not in page]
    assert sheets == [day["T001"][1], day["T001"][2], day["T001"][0], day["T002"][0]]
    assert "现场记录单" in pdf.text  # nothing recorded yet: sheets to fill in on site
    assert data.pages == len(pdf.pages)


def test_one_technicians_day_sheets(db: Database, day: dict[str, list[str]]) -> None:
    pdf = read_pdf(render_day_sheets(day_sheets_data(db, MONDAY, "T002")))
    assert "李师傅" in pdf.pages[0] and "陈师傅" not in pdf.text
    assert day["T002"][0] in pdf.text and day["T001"][0] not in pdf.text


def test_a_day_without_visits_is_refused(db: Database, day: dict[str, list[str]]) -> None:
    with pytest.raises(ValidationError, match="Nobody has a visit on 2026-03-15"):
        day_sheets_data(db, "2026-03-15")


def test_progress_counts_up_and_cancel_stops_the_batch(db: Database,
                                                       day: dict[str, list[str]]) -> None:
    data = day_sheets_data(db, MONDAY)
    seen: list[tuple[int, int]] = []
    render_day_sheets(data, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (4, 4)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len({done for done, _ in seen}) == 5  # 0..4

    calls: list[int] = []
    with pytest.raises(Cancelled):
        render_day_sheets(data, progress=lambda done, total: calls.append(done),
                          cancelled=lambda: len(calls) >= 2)
    assert calls == [0, 1]  # stopped at the third sheet, never finished


def test_cancel_stops_reading_the_sheets(db: Database, day: dict[str, list[str]]) -> None:
    asked: list[bool] = []
    with pytest.raises(ReadCancelled):
        day_sheets_data(db, MONDAY, cancelled=lambda: asked.append(True) or True)
    assert asked == [True]  # asked before the first chunk was read, then stopped


def test_the_route_page_shows_the_drives_and_the_return(db: Database,
                                                        day: dict[str, list[str]]) -> None:
    """T001's home and the three sites 0.05° of latitude (5.6 km) apart in a line: at the
    default 1.3 road factor and 30 km/h, 15 minutes a leg."""
    jobs = {n: i for i, n in enumerate(day["T001"])}  # booked 14:00, 09:00, 11:00
    with db.session() as s:
        s.execute(update(Technician).where(Technician.code == "T001")
                  .values(home_lat=32.0, home_lon=118.8))
        for job in s.scalars(select(Job).where(Job.number.in_(jobs))):
            leg = {1: 1, 2: 2, 0: 3}[jobs[job.number]]  # route order: 09:00, 11:00, 14:00
            s.execute(update(Site).where(Site.id == job.site_id)
                      .values(lat=32.0 + 0.05 * leg, lon=118.8))
    plan = day_plan(db, MONDAY, "T001")[0]
    assert [v.drive_minutes for v in plan.visits] == [15, 15, 15]
    assert plan.return_minutes == 44  # three legs back home, rounded up once
    pages = read_pdf(render_day_sheets(day_sheets_data(db, MONDAY, "T001"))).pages
    route = flat(pages[0])
    assert route.count(flat("15 分 min")) == 3
    assert flat("上门 3 个 · 3 visits · 从住处出发 From home") in route
    assert flat("返回住处 Back home 16:14（车程 drive 44 分 min）") in route  # 15:30 + 44 min


def test_route_pages_only_leave_the_sheets_out(db: Database, day: dict[str, list[str]]) -> None:
    pdf = read_pdf(render_day_sheets(day_sheets_data(db, MONDAY), sheets=False))
    assert len(pdf.pages) == 2  # one route page per technician
    assert flat("上门 1 个 · 1 visit · 从服务站出发 From the station") in flat(pdf.pages[1])
    assert "现场记录单" not in pdf.text
