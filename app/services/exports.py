"""Exporting the lists (jobs, customers, technicians, the complaint and callback queues) as
filtered on screen, to .xlsx or .csv.

A list is one declaration in EXPORTS: its columns (a key, an English header, how a row gives
the cell) and how its rows are read for a filter, in chunks. The queues' columns are those of
their tables in the Quality view, in the same order (a due as its time, not "in 2 h"). The
caller passes the headers in the user's language (`headers`, by column key; the English ones
otherwise) and how a vocabulary's member reads (`term`: the UI's labels; the stored value
otherwise). Times are written in station time; the
file appears only once complete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cancel import CancelToken
from app.db import Database
from app.models import Customer, Job, Site
from app.models.base import utcnow
from app.models.enums import (
    CallbackKind,
    CertKind,
    ComplaintCategory,
    ComplaintStage,
    JobStatus,
    JobType,
    Priority,
    Severity,
    Skill,
)
from app.services import technicians as techs
from app.services.callback_queries import callback_queue_in
from app.services.complaint_queries import complaint_queue_in
from app.services.customer_queries import matching_customer_ids
from app.services.job_queries import JobFilter, SortKey, crews, listed
from app.services.station import home_station
from app.tabular.files import Cell, check_format, write_sheet

Term = Callable[[StrEnum], str]
CHUNK = 500


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English; the UI passes its own
    cell: Callable[[dict[str, Any], Term], Cell]


@dataclass(frozen=True)
class ExportFilter:
    text: str = ""
    statuses: frozenset[JobStatus] = frozenset()
    jobs: JobFilter | None = None  # the job list's whole filter, when it has one
    sort: SortKey = SortKey.CREATED
    descending: bool = True
    overdue_only: bool = False  # the complaint queue's choices
    include_closed: bool = False
    due_by: dt.datetime | None = None  # the callback queue's "due by the end of today"


Reader = Callable[[Session, ExportFilter, ZoneInfo], Iterator[list[dict[str, Any]]]]


@dataclass(frozen=True)
class ExportList:
    name: str
    columns: tuple[Column, ...]
    read: Reader
    options: dict[str, Any] = field(default_factory=dict)


def _get(key: str) -> Callable[[dict[str, Any], Term], Cell]:
    return lambda row, _term: row[key]


def _word(key: str) -> Callable[[dict[str, Any], Term], Cell]:
    return lambda row, term: term(row[key]) if row[key] is not None else None


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for first in range(0, len(ids), CHUNK):
        yield ids[first:first + CHUNK]


def _local(moment: dt.datetime | None, tz: ZoneInfo) -> dt.datetime | None:
    return None if moment is None else moment.astimezone(tz)


_JOB_COLUMNS = (Job.id, Job.number, Job.job_type, Job.priority, Job.status, Customer.name,
                Customer.phone, Site.address, Site.district, Job.symptom, Job.created_at,
                Job.sla_due, Job.requested_start, Job.requested_end)
_NO_CREW: tuple[tuple[str, ...], dt.datetime | None] = ((), None)


def _jobs(s: Session, f: ExportFilter, tz: ZoneInfo) -> Iterator[list[dict[str, Any]]]:
    """The list's jobs read in one query of the columns written, in chunks, each chunk's
    technicians by one more."""
    jobs = f.jobs or JobFilter(text=f.text, statuses=f.statuses)
    found = s.execute(listed(jobs, f.sort, f.descending, *_JOB_COLUMNS))
    for part in found.partitions(CHUNK):
        crew = crews(s, [r.id for r in part])
        yield [{"number": r.number, "job_type": JobType(r.job_type),
                "priority": Priority(r.priority), "status": JobStatus(r.status),
                "name": r.name, "phone": r.phone, "address": r.address,
                "district": r.district, "symptom": r.symptom,
                "received_at": _local(r.created_at, tz), "sla_due": _local(r.sla_due, tz),
                "requested_start": _local(r.requested_start, tz),
                "requested_end": _local(r.requested_end, tz),
                "technicians": ", ".join(names), "next_visit": _local(first, tz)}
               for r in part for names, first in (crew.get(r.id, _NO_CREW),)]


def _customers(s: Session, f: ExportFilter, _tz: ZoneInfo) -> Iterator[list[dict[str, Any]]]:
    for ids in _chunks(matching_customer_ids(s, f.text)):
        first: dict[str, Any] = {}
        for site in s.execute(select(Site.customer_id, Site.address, Site.province, Site.city,
                                     Site.district).where(Site.customer_id.in_(ids),
                                                          Site.deleted.is_(False))
                              .order_by(Site.customer_id, Site.id)):
            first.setdefault(site.customer_id, site)
        people = {c.id: c for c in s.execute(select(
            Customer.id, Customer.name, Customer.phone, Customer.alt_phone, Customer.email,
            Customer.notes).where(Customer.id.in_(ids)))}
        yield [{**people[i]._asdict(), **{k: getattr(first.get(i), k, "") for k in (
            "address", "province", "city", "district")}} for i in ids]


def _technicians(s: Session, _f: ExportFilter, _tz: ZoneInfo
                 ) -> Iterator[list[dict[str, Any]]]:
    rows = []
    for t in techs.list_technicians_in(s, include_inactive=True, by_name=True):
        form = techs.get_technician_in(s, t.id)
        rows.append({"code": t.code, "name": t.name, "phone": form.technician.phone,
                     "team": t.team, "skills": [Skill(x) for x in t.skills],
                     "max_jobs_per_day": t.max_jobs_per_day,
                     "home_address": form.technician.home_address, "active": t.active,
                     "certificates": form.certifications, "shifts": form.shifts})
    yield rows


def _complaints(s: Session, f: ExportFilter, tz: ZoneInfo) -> Iterator[list[dict[str, Any]]]:
    rows = complaint_queue_in(s, utcnow(), f.overdue_only, f.include_closed, limit=None)
    yield [{"next_due": _local(r.next_due, tz), "stage": r.stage,
            "received_at": _local(r.received_at, tz), "customer": r.customer_name,
            "phone": r.phone, "category": r.category, "severity": r.severity,
            "job": r.job_number, "technician": r.technician_name} for r in rows]


def _callbacks(s: Session, f: ExportFilter, tz: ZoneInfo) -> Iterator[list[dict[str, Any]]]:
    rows = callback_queue_in(s, utcnow(), f.due_by, limit=None)
    yield [{"due": _local(r.due_at, tz), "kind": r.kind, "customer": r.customer_name,
            "phone": r.phone, "job": r.job_number, "technician": r.technician_name,
            "attempts": r.attempts, "last_called": _local(r.last_called_at, tz)}
           for r in rows]


DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _certificates(row: dict[str, Any], term: Term) -> Cell:
    return "; ".join(f"{term(CertKind(c.kind))} {c.number} {c.expires_on.isoformat()}"
                     for c in row["certificates"])


def _shifts(row: dict[str, Any], _term: Term) -> Cell:
    return "; ".join(f"{DAYS[x.weekday]} {x.start:%H:%M}-{x.end:%H:%M}" for x in row["shifts"])


EXPORTS: dict[str, ExportList] = {e.name: e for e in (
    ExportList("jobs", (
        Column("number", "Number", _get("number")),
        Column("job_type", "Type", _word("job_type")),
        Column("priority", "Priority", _word("priority")),
        Column("status", "Status", _word("status")),
        Column("name", "Customer", _get("name")), Column("phone", "Phone", _get("phone")),
        Column("address", "Address", _get("address")),
        Column("district", "District", _get("district")),
        Column("symptom", "Symptom", _get("symptom")),
        Column("received_at", "Received", _get("received_at")),
        Column("sla_due", "Response due", _get("sla_due")),
        Column("requested_start", "Requested from", _get("requested_start")),
        Column("requested_end", "Requested until", _get("requested_end")),
        Column("technicians", "Technicians", _get("technicians")),
        Column("next_visit", "Next visit", _get("next_visit"))), _jobs),
    ExportList("customers", (
        Column("name", "Name", _get("name")), Column("phone", "Phone", _get("phone")),
        Column("alt_phone", "Second phone", _get("alt_phone")),
        Column("email", "Email", _get("email")), Column("notes", "Notes", _get("notes")),
        Column("address", "Address", _get("address")),
        Column("province", "Province", _get("province")),
        Column("city", "City", _get("city")),
        Column("district", "District", _get("district"))), _customers),
    ExportList("technicians", (
        Column("code", "Code", _get("code")), Column("name", "Name", _get("name")),
        Column("phone", "Phone", _get("phone")), Column("team", "Team", _get("team")),
        Column("skills", "Skills", lambda row, term: ", ".join(term(x) for x in row["skills"])),
        Column("max_jobs_per_day", "Max jobs per day", _get("max_jobs_per_day")),
        Column("home_address", "Home address", _get("home_address")),
        Column("certificates", "Certificates", _certificates),
        Column("shifts", "Shifts", _shifts)), _technicians),
    ExportList("complaints", (
        Column("next_due", "Next due", _get("next_due")),
        Column("stage", "Stage", _word("stage")),
        Column("received_at", "Received", _get("received_at")),
        Column("customer", "Customer", _get("customer")),
        Column("phone", "Phone", _get("phone")),
        Column("category", "Category", _word("category")),
        Column("severity", "Severity", _word("severity")),
        Column("job", "Job", _get("job")),
        Column("technician", "Technician", _get("technician"))), _complaints),
    ExportList("callbacks", (
        Column("due", "Due", _get("due")), Column("kind", "Call", _word("kind")),
        Column("customer", "Customer", _get("customer")),
        Column("phone", "Phone", _get("phone")), Column("job", "Job", _get("job")),
        Column("technician", "Technician", _get("technician")),
        Column("attempts", "Attempts", _get("attempts")),
        Column("last_called", "Last called", _get("last_called"))), _callbacks),
)}
VOCABULARIES = (JobType, Priority, JobStatus, Skill, CertKind, ComplaintStage,
                ComplaintCategory, Severity, CallbackKind)


def export_list(db: Database, name: str, path: Path, f: ExportFilter | None = None,
                headers: Mapping[str, str] | None = None, term: Term | None = None,
                progress: Callable[[int], None] | None = None,
                token: CancelToken | None = None) -> int:
    """Write the list `name` as filtered to `path` (.xlsx or .csv); the number of rows."""
    check_format(path)
    spec = EXPORTS[name]
    tz = home_station(db).tz
    shown = term or (lambda member: member.value)
    titles = [(headers or {}).get(c.key, c.header) for c in spec.columns]

    def rows() -> Iterable[list[Cell]]:
        with db.session() as s:
            for chunk in spec.read(s, f or ExportFilter(), tz):
                if token is not None:
                    token.check()
                for row in chunk:
                    yield [c.cell(row, shown) for c in spec.columns]

    return write_sheet(path, titles, rows(), progress)
