"""Vocabularies stored as plain strings (no database enum types: migrations stay simple)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    DISPATCHER = "dispatcher"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class JobType(StrEnum):
    INSTALL = "install"
    REPAIR = "repair"
    MAINTENANCE = "maintenance"
    INSPECTION = "inspection"
    RELOCATION = "relocation"
    REMOVAL = "removal"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class JobStatus(StrEnum):
    NEW = "new"
    SCHEDULED = "scheduled"
    DISPATCHED = "dispatched"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class AppointmentStatus(StrEnum):
    SCHEDULED = "scheduled"
    TRAVELLING = "travelling"
    ON_SITE = "on_site"
    DONE = "done"
    CANCELLED = "cancelled"


class Skill(StrEnum):
    INSTALL = "install"
    REPAIR = "repair"
    MAINTENANCE = "maintenance"
    REFRIGERANT = "refrigerant"
    HEIGHT = "height"
    ELECTRICAL = "electrical"
    COMMERCIAL = "commercial"


class CertKind(StrEnum):
    REFRIGERATION = "refrigeration"  # 制冷与空调作业操作证
    HEIGHT = "height"  # 高处作业操作证
    ELECTRICIAN = "electrician"  # 低压电工作业操作证


class GeoPrecision(StrEnum):
    ROOFTOP = "rooftop"
    STREET = "street"
    DISTRICT = "district"
    CITY = "city"
    PROVINCE = "province"
    MANUAL = "manual"
    NONE = "none"


class GeoSource(StrEnum):
    """Where a site's coordinates came from (the demo generator writes "demo")."""

    CACHE = "cache"  # the local geocode cache (of an earlier online answer)
    ONLINE = "online"  # the configured online geocoder
    GAZETTEER = "gazetteer"  # the bundled offline gazetteer: a division's centre
    MANUAL = "manual"  # a pin placed by hand


class Refrigerant(StrEnum):
    R32 = "R32"
    R410A = "R410A"
    R22 = "R22"
    R290 = "R290"


class ComplaintStage(StrEnum):
    RECORDED = "recorded"
    HANDLED = "handled"
    REVIEWED = "reviewed"
    REPORTED_BACK = "reported_back"
    CLOSED = "closed"  # the customer confirmed the outcome on a callback


class ComplaintCategory(StrEnum):
    INSTALLATION = "installation"  # installation quality
    TIMELINESS = "timeliness"
    ATTITUDE = "attitude"
    PRICE = "price"
    PARTS = "parts"
    REPEAT_FAULT = "repeat_fault"
    OTHER = "other"


class Severity(StrEnum):
    MINOR = "minor"
    MODERATE = "moderate"
    SERIOUS = "serious"


class CallbackKind(StrEnum):
    VISIT = "visit"  # after a completed job
    COMPLAINT = "complaint"  # the customer confirms a complaint's outcome


class CallbackStatus(StrEnum):
    OPEN = "open"  # still to call (again)
    DONE = "done"  # the customer was reached
    UNREACHED = "unreached"  # every attempt went unanswered
    CANCELLED = "cancelled"  # no longer needed (the job was reopened)
