"""SQLAlchemy models, one module per aggregate; importing this registers them all."""

from app.models.attachment import Attachment
from app.models.audit import AuditEntry
from app.models.base import Base
from app.models.checklist import ChecklistRun, ChecklistTemplate
from app.models.contract import ContractVisit, MaintenanceContract
from app.models.customer import Customer, Site
from app.models.desk import Desk, JobNumberBlock
from app.models.equipment import Equipment
from app.models.geocode import GeocodeCache
from app.models.job import Appointment, Job, JobCounter, JobLine
from app.models.local import LocalSetting
from app.models.outbox import OutboxEntry
from app.models.parts import CatalogueItem, CataloguePrice
from app.models.printed import PrintedSheet
from app.models.quality import Callback, Complaint
from app.models.settings import StationSetting
from app.models.sign_in import SignInLock
from app.models.signature import Signature
from app.models.station import Station
from app.models.stock import OldPart, StockMovement
from app.models.sync import RefusedChange, SyncConflict
from app.models.technician import Absence, Certification, Shift, Technician
from app.models.user import User
from app.models.warranty import WarrantyPolicy

__all__ = [
    "Absence", "Appointment", "Attachment", "AuditEntry", "Base", "Callback", "CatalogueItem",
    "CataloguePrice", "Certification", "ChecklistRun", "ChecklistTemplate", "Complaint",
    "ContractVisit", "Customer", "Desk", "Equipment", "GeocodeCache", "Job", "JobCounter",
    "JobLine", "JobNumberBlock", "LocalSetting", "MaintenanceContract", "OldPart",
    "OutboxEntry", "PrintedSheet", "RefusedChange", "Shift", "SignInLock", "Signature", "Site",
    "Station", "StationSetting", "StockMovement", "SyncConflict", "Technician", "User",
    "WarrantyPolicy",
]
