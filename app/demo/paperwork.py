"""What a demo job's sheet holds: its checklist run, its parts and labour, and, for a finished
installation, the customer's and the technician's signatures over exactly that content (the
same digest the signature service keeps, so `fielddesk verify` finds them valid)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import struct
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.demo.charges import job_lines, under_warranty
from app.demo.checklists import DONE, Filler
from app.demo.customers import SiteRef
from app.demo.repairs import RepairCase
from app.models.enums import JobType
from app.services.signatures import SignerRole, content_digest

Row = dict[str, Any]
# One-way pipe metres and the bracket of an installation (its lines follow from them).
INSTALLS = ((7.5, "wall_bracket"), (5.0, "wall_bracket"), (10.0, "wall_bracket"),
            (7.5, "balcony_floor"), (4.0, "floor_stand"))


def signature_png(seed: int) -> bytes:
    """A small grey-scale PNG with a scribbled stroke (a drawn signature's look)."""
    width, height = 96, 32
    rows = []
    for y in range(height):
        row = bytearray(b"\xff" * width)
        for x in range(4, width - 4):
            wave = 16 + 9 * ((x * (seed + 3)) % 23 - 11) / 11
            if abs(y - wave) < 1.5:
                row[x] = 30
        rows.append(b"\x00" + bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b""))


@dataclass
class Paperwork:
    rng: random.Random
    new_id: Callable[[], str]
    filler: Filler
    sites: Mapping[str, SiteRef]
    technicians: Mapping[str, str]  # id -> name
    images: tuple[bytes, bytes] = (signature_png(1), signature_png(2))

    def story(self, job: Row, case: RepairCase | None, day: dt.date | None
              ) -> dict[str, Any]:
        unit = self.filler.units.get(job["equipment_id"] or "")
        if job["job_type"] == JobType.INSTALL.value:
            pipe, bracket = self.rng.choice(INSTALLS)
            return {"pipe_length": pipe, "bracket_type": bracket}
        if case is not None:
            return case.answers(day is not None and under_warranty(unit, day))
        return {}

    def content(self, job: Row, run: Row | None, lines: list[Row]) -> dict[str, Any]:
        """The job's signed content, as `app.services.signatures.job_content` reads it."""
        site, unit = self.sites[job["site_id"]], self.filler.units.get(job["equipment_id"] or "")
        content: dict[str, Any] = {
            "number": job["number"], "job_type": job["job_type"], "symptom": job["symptom"],
            "resolution": job["resolution"], "customer": [site.name, site.phone],
            "site": site.address}
        if unit:
            content["equipment"] = [unit[k] for k in ("brand", "model", "indoor_serial",
                                                      "outdoor_serial", "refrigerant")]
        if run is not None:
            content["checklist"] = [run["template_id"], run["answers"]]
        content["lines"] = [[ln["kind"], ln["description"], str(ln["quantity"]),
                             str(ln["unit_price"]), ln["warranty_covered"]] for ln in lines]
        return content

    def sign(self, job: Row, content: dict[str, Any], visit: Row, rows: dict[str, list[Row]]
             ) -> None:
        digest = content_digest(content)
        signers = ((SignerRole.TECHNICIAN, self.technicians[visit["technician_id"]]),
                   (SignerRole.CUSTOMER, self.sites[job["site_id"]].name))
        for (role, name), image in zip(signers, self.images, strict=True):
            image_id = self.new_id()
            rows["attachments"].append({
                "id": image_id, "job_id": job["id"], "sha256": hashlib.sha256(image).hexdigest(),
                "mime": "image/png", "filename": f"signature-{role.value}.png",
                "size": len(image), "data": image})
            rows["signatures"].append({
                "id": self.new_id(), "job_id": job["id"], "role": role.value,
                "signer_name": name, "signed_at": visit["actual_end"], "image_id": image_id,
                "content_hash": digest})


def build_paperwork(paper: Paperwork, jobs: list[Row], appointments: list[Row],
                    cases: Mapping[str, RepairCase], tz: dt.tzinfo) -> dict[str, list[Row]]:
    """Checklist runs, lines and signatures of every finished job and of those on site now."""
    visits = {a["job_id"]: a for a in appointments if a["actual_start"] is not None}
    rows: dict[str, list[Row]] = {"attachments": [], "job_lines": [], "signatures": []}
    for job in jobs:
        visit = visits.get(job["id"])
        if visit is None:
            continue
        done = job["status"] in DONE
        finished = visit["actual_end"] if done else None
        day = finished.astimezone(tz).date() if finished else None
        case = cases.get(job["id"])
        run = paper.filler.run(job, finished, paper.story(job, case, day),
                               {"symptom": job["symptom"]} if case else {})
        if not done or day is None:
            continue
        unit = paper.filler.units.get(job["equipment_id"] or "")
        lines = job_lines(paper.new_id, job, run["answers"] if run else {}, unit, case, day)
        rows["job_lines"] += lines
        if job["job_type"] == JobType.INSTALL.value:
            paper.sign(job, paper.content(job, run, lines), visit, rows)
    return {"attachments": paper.filler.rows["attachments"] + rows["attachments"],
            "checklist_runs": paper.filler.rows["checklist_runs"],
            "job_lines": rows["job_lines"], "signatures": rows["signatures"]}
