"""What each kind of import reads: its fields (with the headers that name them, in English and
Chinese, for the column mapping) and how a row's texts become the services' own input
dataclasses, checked by the services' own rules (`checked()`): a bad row raises the same
sentence the app would show for the same input typed into its editor."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from app.errors import ValidationError
from app.models.enums import CertKind, JobType, Priority, Refrigerant, Skill
from app.services import vocabulary as w
from app.services.customers import CustomerInput, EquipmentInput, SiteInput
from app.services.jobs import JobInput
from app.services.technicians import (
    CertificationInput,
    ShiftInput,
    TechnicianForm,
    TechnicianInput,
)
from app.tabular.mapping import Field
from app.texts import Text

Values = dict[str, str]


class Kind(StrEnum):
    CUSTOMERS = "customers"
    TECHNICIANS = "technicians"
    JOBS = "jobs"


def _field(key: str, label: Text, aliases: str, required: bool = False) -> Field:
    """A field named in headers by any of `aliases` ("|" between them)."""
    return Field(key, label, tuple(aliases.split("|")), required)


PERSON = (_field("name", Text("name"), "name|customer|customer name|姓名|名字|客户|客户名称|"
                 "客户姓名|名称|用户|用户姓名", True),
          _field("phone", Text("phone"), "phone|mobile|telephone|电话|手机|手机号|联系电话|"
                 "电话号码", True))
ADDRESS = (_field("address", Text("address"), "address|site|site address|地址|安装地址|详细地址|"
                  "服务地址|上门地址", True),
           _field("district", Text("district"), "district|区|区县|所在区"))
CUSTOMER_FIELDS = (
    *PERSON,
    _field("alt_phone", Text("second phone"), "second phone|alt phone|备用电话|其他电话"),
    _field("email", Text("email"), "email|e-mail|邮箱|电子邮件|电子邮箱"),
    _field("notes", Text("notes"), "notes|customer notes|备注|客户备注"),
    *ADDRESS,
    _field("province", Text("province"), "province|省|省份"),
    _field("city", Text("city"), "city|市|城市"),
    _field("access_notes", Text("access notes"), "access notes|上门须知|到访说明"),
    _field("brand", Text("brand"), "brand|品牌"),
    _field("model", Text("model"), "model|型号|机型"),
    _field("indoor_serial", Text("indoor serial number"), "indoor serial|内机编号|内机条码|"
           "内机序列号"),
    _field("outdoor_serial", Text("outdoor serial number"), "outdoor serial|外机编号|外机条码|"
           "外机序列号"),
    _field("refrigerant", Text("refrigerant"), "refrigerant|冷媒|制冷剂"),
    _field("capacity_kw", Text("capacity"), "capacity|capacity kw|制冷量|制冷量kw"),
    _field("purchase_date", Text("purchase date"), "purchase date|购买日期|购机日期"),
    _field("commissioning_date", Text("commissioning date"), "commissioning date|installed on|"
           "安装日期|调试日期"),
    _field("warranty_end", Text("warranty end"), "warranty end|warranty until|保修截止|保修到期"))
TECHNICIAN_FIELDS = (
    _field("code", Text("technician code"), "code|technician code|工号|编号|技师编号", True),
    _field("name", Text("name"), "name|technician|姓名|技师|技师姓名", True),
    _field("phone", Text("phone"), "phone|mobile|电话|手机|手机号"),
    _field("team", Text("team"), "team|班组|小组"),
    _field("skills", Text("skills"), "skills|技能"),
    _field("max_jobs_per_day", Text("maximum jobs per day"), "max jobs per day|max jobs/day|"
           "每日最多工单|日上限"),
    _field("home_address", Text("home address"), "home address|home|住址|家庭住址"),
    _field("certificates", Text("certificates"), "certificates|certifications|证书|资质证书"),
    _field("shifts", Text("shifts"), "shifts|working hours|班次|排班|工作时间"))
JOB_FIELDS = (
    *PERSON, *ADDRESS,
    _field("job_type", Text("job type"), "type|job type|类型|工单类型|服务类型", True),
    _field("priority", Text("priority"), "priority|优先级|紧急程度"),
    _field("symptom", Text("symptom"), "symptom|fault|故障|故障描述|故障现象|报修内容"),
    _field("requested_start", Text("requested start"), "requested from|requested start|预约开始|"
           "预约时间"),
    _field("requested_end", Text("requested end"), "requested until|requested end|预约结束"),
    _field("received_at", Text("time received"), "received|received at|created|接单时间|报修时间|"
           "创建时间"),
    _field("estimated_minutes", Text("estimated duration"), "estimated minutes|duration|预计时长|"
           "预计分钟"))
FIELDS: dict[Kind, tuple[Field, ...]] = {Kind.CUSTOMERS: CUSTOMER_FIELDS,
                                         Kind.TECHNICIANS: TECHNICIAN_FIELDS,
                                         Kind.JOBS: JOB_FIELDS}


@dataclass(frozen=True)
class CustomerRecord:
    customer: dict[str, Any]  # CustomerInput.checked()
    site: dict[str, Any]
    equipment: dict[str, Any] | None
    inputs: tuple[CustomerInput, SiteInput, EquipmentInput | None]


@dataclass(frozen=True)
class JobRecord:
    customer: CustomerInput
    site: SiteInput
    job: JobInput
    received_at: Any  # an aware datetime, or None: now


def _missing(values: Values, fields: tuple[Field, ...]) -> None:
    for f in fields:
        if f.required and not values.get(f.key):
            raise ValidationError("The {field} is missing.", field=f.label)


def parse_customer(values: Values, _tz: ZoneInfo) -> CustomerRecord:
    _missing(values, CUSTOMER_FIELDS)
    get = values.get
    customer = CustomerInput(get("name", ""), get("phone", ""), get("alt_phone", ""),
                             get("email", ""), get("notes", ""))
    site = SiteInput(get("address", ""), get("province", ""), get("city", ""),
                     get("district", ""), access_notes=get("access_notes", ""))
    unit = None
    if get("brand") or get("model"):
        unit = EquipmentInput(
            get("brand", ""), get("model", ""), get("indoor_serial", ""),
            get("outdoor_serial", ""),
            w.term(Refrigerant, get("refrigerant", ""), Text("refrigerant")).value
            if get("refrigerant") else Refrigerant.R32.value,
            w.number(get("capacity_kw", ""), Text("capacity")),
            w.day(get("purchase_date", ""), Text("purchase date")),
            w.day(get("commissioning_date", ""), Text("commissioning date")),
            w.day(get("warranty_end", ""), Text("warranty end")))
    return CustomerRecord(customer.checked(), site.checked(),
                          None if unit is None else unit.checked(), (customer, site, unit))


def _certificates(text: str) -> tuple[CertificationInput, ...]:
    found = []
    for entry in filter(None, (e.strip() for e in re.split(r"[;；\n]+", text))):
        parts = entry.split()
        if len(parts) != 3:
            raise ValidationError("Write a certificate as its kind, number and expiry date "
                                  "(refrigeration SAT2021001 2030-01-01), not {value!r}.",
                                  value=entry)
        kind = w.term(CertKind, parts[0], Text("certificate kind"))
        expiry = w.day(parts[2], Text("certificate expiry date"))
        assert expiry is not None
        found.append(CertificationInput(kind.value, parts[1], expiry))
    return tuple(found)


def _entries(text: str) -> list[str]:
    return [e for e in (e.strip() for e in re.split(r"[;；\n]+", text)) if e]


def _days(text: str) -> list[int]:
    """"mon-fri", "周一至周五", "mon,wed,fri", "sat": the weekdays (0 = Monday) named."""
    days: list[int] = []
    for part in filter(None, (p.strip() for p in re.split(r"[,，、]+", text))):
        pieces = re.split(r"\s*(?:-|至|到|~)\s*", part, maxsplit=1)
        start, end = w.weekday(pieces[0]), w.weekday(pieces[-1])
        days += [d % 7 for d in range(start, start + (end - start) % 7 + 1)]
    return days


_SHIFT = re.compile(r"(.+?)\s+(\d{1,2}[:：]\d{2})\s*(?:-|至|到|~)\s*(\d{1,2}[:：]\d{2})")


def _shifts(text: str) -> tuple[ShiftInput, ...]:
    found = []
    for entry in _entries(text):
        match = _SHIFT.fullmatch(entry)
        if match is None:
            raise ValidationError("Write a shift as its weekdays and hours (mon-fri "
                                  "08:30-17:30), not {value!r}.", value=entry)
        start = w.clock(match[2], Text("shift start"))
        end = w.clock(match[3], Text("shift end"))
        found += [ShiftInput(d, start, end) for d in _days(match[1])]
    return tuple(found)


def parse_technician(values: Values, _tz: ZoneInfo) -> TechnicianForm:
    _missing(values, TECHNICIAN_FIELDS)
    get = values.get
    most = w.whole(get("max_jobs_per_day", ""), Text("maximum jobs per day"))
    form = TechnicianForm(
        TechnicianInput(get("code", ""), get("name", ""), get("phone", ""), get("team", ""),
                        tuple(x.value for x in w.terms(Skill, get("skills", ""),
                                                       Text("skill"))),
                        get("home_address", ""),
                        max_jobs_per_day=6 if most is None else most),
        _certificates(get("certificates", "")), _shifts(get("shifts", "")))
    form.technician.checked()
    for cert in form.certifications:
        cert.checked()
    for shift in form.shifts:
        shift.checked()
    return form


def parse_job(values: Values, tz: ZoneInfo) -> JobRecord:
    _missing(values, JOB_FIELDS)
    get = values.get
    minutes = w.whole(get("estimated_minutes", ""), Text("estimated duration in minutes"))
    job = JobInput(
        w.term(JobType, get("job_type", ""), Text("job type")).value,
        w.term(Priority, get("priority", ""), Text("priority")).value
        if get("priority") else Priority.NORMAL.value,
        get("symptom", ""),
        w.moment(get("requested_start", ""), Text("requested start"), tz),
        w.moment(get("requested_end", ""), Text("requested end"), tz),
        estimated_minutes=90 if minutes is None else minutes)
    customer = CustomerInput(get("name", ""), get("phone", ""))
    site = SiteInput(get("address", ""), district=get("district", ""))
    customer.checked()
    site.checked()
    job.checked()
    return JobRecord(customer, site, job, w.moment(get("received_at", ""),
                                                   Text("time received"), tz))


PARSERS: dict[Kind, Callable[[Values, ZoneInfo], Any]] = {
    Kind.CUSTOMERS: parse_customer, Kind.TECHNICIANS: parse_technician, Kind.JOBS: parse_job}
