"""A July made through the services, whose quality figures are known by hand (see
tests/quality/test_figures.py); also pushed to the central database by the sync tests.

Station open round the clock; technicians T1 (team 东区) and T2 (team 西区); now 2026-08-10.
- J1 repair (T1): received Jul 1 09:00, one visit Jul 1 11:00-12:00, completed; its callback
  made Jul 3, all fives. A complaint about it (Jul 15) handled late, reviewed and reported
  back in time.
- J2 repair (T2): received Jul 2 09:00, first visit Jul 5 (late), a second Jul 6, completed;
  its callback never made.
- J3 installation (T1): received Jul 10, the customer asked for Jul 14 09:00-12:00; arrived
  10:00 (the window kept the promise); checklist failed first, then passed; signed;
  completed; its callback first made Jul 20 (late), timeliness 2: a complaint, never handled.
- J4 repair of J1's unit, received Jul 20: a repeat visit within 30 days, nobody came.
- J5 inspection, received Jul 3, cancelled.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.checklists.autofill import PHOTO, passing_answers
from app.db import Database
from app.models import Callback
from app.models.enums import JobStatus, Role
from app.services.actor import Actor
from app.services.appointments import assign
from app.services.callbacks import CallInput, record_call
from app.services.checklist_templates import publish_template
from app.services.checklists import attach_photo, job_checklist, save_answers
from app.services.complaints import ComplaintInput, advance_complaint, record_complaint
from app.services.customers import CustomerInput, EquipmentInput, SiteInput
from app.services.jobs import ExistingSite, JobInput, NewCustomer, change_status, create_job
from app.services.months import Month
from app.services.signatures import sign_job
from app.services.technicians import (
    CertificationInput,
    ShiftInput,
    TechnicianForm,
    TechnicianInput,
    save_technician,
)
from app.services.users import actor_for, create_user
from app.services.visits import record_sheet_times
from tests.checklists.support import GOOD, sample_data

TZ = ZoneInfo("Asia/Shanghai")
JULY = Month(2026, 7)
NOW = dt.datetime(2026, 8, 10, 12, tzinfo=TZ)
SKILLS = ("install", "repair", "refrigerant", "maintenance")


def at(day: int, hour: int, minute: int = 0, month: int = 7) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=TZ)


@dataclass(frozen=True)
class July:
    t1: str
    t2: str
    j1: str
    j2: str
    j3: str
    j4: str
    j5: str


def _tech(db: Database, admin: Actor, code: str, team: str) -> str:
    tech = TechnicianInput(code, f"师傅 {code}", team=team, skills=SKILLS)
    shifts = tuple(ShiftInput(d, dt.time(8), dt.time(20)) for d in range(7))
    certs = (CertificationInput("refrigeration", f"CERT-{code}", dt.date(2030, 1, 1)),)
    tech_id, _ = save_technician(db, admin, None, TechnicianForm(tech, certs, shifts, ()))
    return tech_id


def _new_job(db: Database, who: Actor, job_type: str, phone: str, received: dt.datetime,
             **job: object) -> tuple[str, str, str | None]:
    """A job of a new customer; (job id, site id, unit id)."""
    caller = NewCustomer(CustomerInput(f"客户 {phone[-4:]}", phone),
                         SiteInput(f"江苏省南京市鼓楼区中山北路{phone[-3:]}号", district="鼓楼区"))
    detail, _ = create_job(db, who, caller, JobInput(job_type, symptom="不制冷", **job),  # type: ignore[arg-type]
                           now=received)
    return detail.id, detail.site_id, detail.equipment_id


def _visit(db: Database, who: Actor, job_id: str, tech: str, start: dt.datetime,
           arrival: str, finish: str) -> None:
    appt, _ = assign(db, who, job_id, tech, start)
    record_sheet_times(db, who, appt.id, start.date(), arrival, finish, now=NOW)


def _fill(db: Database, who: Actor, job_id: str) -> None:
    """Answers that pass the job's checklist (the bundled repair diagnosis), photos too."""
    sheet = job_checklist(db, job_id)
    assert sheet is not None
    answers = passing_answers(sheet.template, sheet.facts, random.Random(1))
    photos = {k: len(v) for k, v in answers.items() if isinstance(v, list) and PHOTO in v}
    save_answers(db, who, job_id, {k: v for k, v in answers.items() if k not in photos})
    for item, count in photos.items():
        for n in range(count):
            attach_photo(db, who, job_id, item, f"{item}-{n}.jpg", f"{job_id} {n}".encode())


def _call(db: Database, who: Actor, job_id: str, call: CallInput, when: dt.datetime) -> None:
    with db.session() as s:
        task = s.scalars(select(Callback.id).where(Callback.job_id == job_id)).one()
    record_call(db, who, task, call, now=when)


def _install(db: Database, disp: Actor, sup: Actor, t1: str) -> str:
    publish_template(db, sup, sample_data())
    j3, _, _ = _new_job(db, disp, "install", "13900000003", at(10, 9),
                        new_equipment=EquipmentInput("格力", "KFR-35GW"),
                        requested_start=at(14, 9), requested_end=at(14, 12))
    _visit(db, disp, j3, t1, at(14, 9, 30), "10:00", "12:00")
    save_answers(db, disp, j3, {**GOOD, "vacuum": 900})  # the first reading failed
    save_answers(db, disp, j3, GOOD)
    for n in range(2):
        attach_photo(db, disp, j3, "photos_outdoor", f"o{n}.jpg", f"jpeg {n}".encode())
    sign_job(db, disp, j3, "customer", "客户 0003", b"\x89PNG\r\n\x1a\nstrokes")
    change_status(db, disp, j3, JobStatus.COMPLETED)
    _call(db, disp, j3, CallInput(True, 2, 4, 4, 4, "等了很久"), at(20, 15))  # opens a complaint
    return j3


def build_july(db: Database, admin: Actor) -> July:
    create_user(db, admin, "disp", "调度 李", Role.DISPATCHER, "correct-horse")
    create_user(db, admin, "super", "主管 王", Role.SUPERVISOR, "correct-horse")
    disp, sup = actor_for(db, "disp"), actor_for(db, "super")
    t1, t2 = _tech(db, admin, "T1", "东区"), _tech(db, admin, "T2", "西区")
    j1, site1, _ = _new_job(db, disp, "repair", "13900000001", at(1, 9),
                            new_equipment=EquipmentInput("美的", "KFR-26GW"))
    _visit(db, disp, j1, t1, at(1, 11), "11:00", "12:00")
    _fill(db, disp, j1)
    change_status(db, disp, j1, JobStatus.COMPLETED)
    _call(db, disp, j1, CallInput(True, 5, 5, 5, 5, "满意"), at(3, 10))
    j2, _, _ = _new_job(db, disp, "repair", "13900000002", at(2, 9))
    _visit(db, disp, j2, t2, at(5, 10), "10:00", "11:00")
    _visit(db, disp, j2, t2, at(6, 10), "10:00", "11:00")
    _fill(db, disp, j2)
    change_status(db, disp, j2, JobStatus.COMPLETED)
    j5, _, _ = _new_job(db, disp, "inspection", "13900000005", at(3, 9))
    change_status(db, disp, j5, JobStatus.CANCELLED, "客户取消")
    j3 = _install(db, disp, sup, t1)
    unit = _unit_of(db, j1)
    repeat, _ = create_job(db, disp, ExistingSite(site1), JobInput("repair", symptom="又不制冷",
                                                                   equipment_id=unit),
                           now=at(20, 9))
    complaint, _ = record_complaint(db, disp, ComplaintInput(
        _customer_of(db, j1), "other", "师傅没穿鞋套", job_id=j1, received_at=at(15, 10)),
        now=at(15, 10))
    advance_complaint(db, disp, complaint, "已致歉", now=at(16, 10))  # due Jul 16 00:00: late
    advance_complaint(db, sup, complaint, "复核：提醒全员", now=at(17, 10))
    advance_complaint(db, sup, complaint, "已反馈", now=at(18, 10))
    return July(t1, t2, j1, j2, j3, repeat.id, j5)


def _unit_of(db: Database, job_id: str) -> str:
    from app.services.jobs import get_job

    unit = get_job(db, job_id).equipment_id
    assert unit is not None
    return unit


def _customer_of(db: Database, job_id: str) -> str:
    from app.services.jobs import get_job

    return get_job(db, job_id).customer_id
