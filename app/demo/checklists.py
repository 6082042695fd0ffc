"""The demo's filled checklists: recent finished jobs passed theirs, jobs on site are midway.

Photos are tiny generated PNGs (one colour per photo item), so the attachments are real images
without making the demo database heavy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import struct
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.checklists.autofill import PHOTO, passing_answers
from app.checklists.evaluate import Result, evaluate
from app.checklists.schema import ItemType, TemplateBody
from app.db import Database
from app.models.enums import JobStatus, JobType
from app.services.checklist_templates import body_of, latest_for

Row = dict[str, Any]
RECENT = dt.timedelta(days=45)  # finished jobs older than this predate the station's checklists
DONE = {JobStatus.COMPLETED.value, JobStatus.CLOSED.value}
# On site now, or put on hold after the visit found a problem: a half-filled or failed sheet.
VISITED = {JobStatus.IN_PROGRESS.value, JobStatus.ON_HOLD.value}
VARIANTS = 6


@dataclass(frozen=True)
class StoredTemplate:
    id: str
    body: TemplateBody


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A minimal valid PNG of one colour."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(row * height)) + chunk(b"IEND", b""))


class Filler:
    def __init__(self, rng: random.Random, new_id: Callable[[], str],
                 templates: Mapping[str, StoredTemplate], units: Mapping[str, Row]) -> None:
        self.rng, self.new_id, self.templates, self.units = rng, new_id, templates, units
        self.rows: dict[str, list[Row]] = {"attachments": [], "checklist_runs": []}
        self._photos: dict[str, bytes] = {}
        self._passing: dict[tuple[str, Any], list[dict[str, Any]]] = {}
        self.failed: set[str] = set()  # job types that have one spoiled sheet already

    def _good(self, body: TemplateBody, facts: Mapping[str, Any]) -> dict[str, Any]:
        """One of a few passing sets per template and refrigerant (filling in is slow-ish,
        and thousands of finished jobs need one each)."""
        key = (body.code, facts.get("refrigerant"))
        if key not in self._passing:
            self._passing[key] = [passing_answers(body, facts, self.rng) for _ in range(VARIANTS)]
        return dict(self.rng.choice(self._passing[key]))

    def _photo(self, item_id: str) -> bytes:
        if item_id not in self._photos:
            shade = zlib.crc32(item_id.encode())
            self._photos[item_id] = png(32, 24, (shade & 255, (shade >> 8) & 255, 160))
        return self._photos[item_id]

    def _attach(self, job_id: str, answers: dict[str, Any]) -> None:
        for item_id, value in answers.items():
            if value and isinstance(value, list) and value[0] == PHOTO:
                data = self._photo(item_id)
                ids = []
                for n in range(len(value)):
                    ids.append(self.new_id())
                    self.rows["attachments"].append({
                        "id": ids[-1], "job_id": job_id, "sha256": hashlib.sha256(data).hexdigest(),
                        "mime": "image/png", "filename": f"{item_id}-{n + 1}.png",
                        "size": len(data), "data": data})
                answers[item_id] = ids

    def _spoil(self, body: TemplateBody, answers: dict[str, Any]) -> None:
        """One measurement over its limit: the kind of sheet a supervisor must look at."""
        for item in body.items():
            if item.type is ItemType.NUMBER and isinstance(item.max, float) and item.id in answers:
                answers[item.id] = round(item.max * 1.8, 1)
                return

    def run(self, job: Row, finished: dt.datetime | None) -> None:
        template = self.templates.get(job["job_type"])
        if template is None:
            return
        unit = self.units.get(job["equipment_id"] or "")
        facts = {"job_type": job["job_type"]} | (
            {k: unit[k] for k in ("refrigerant", "model", "brand", "capacity_kw",
                                  "indoor_serial", "outdoor_serial")} if unit else {})
        answers = self._good(template.body, facts)
        result = Result.PASS
        if job["status"] in VISITED:  # a spoiled value, or only half typed in
            if job["job_type"] not in self.failed or self.rng.random() < 0.3:
                self._spoil(template.body, answers)
                self.failed.add(job["job_type"])
            else:
                answers = dict(list(answers.items())[: len(answers) // 2])
            result = evaluate(template.body, answers, facts).result
        self._attach(job["id"], answers)
        self.rows["checklist_runs"].append({
            "id": self.new_id(), "job_id": job["id"], "template_id": template.id,
            "answers": answers, "result": result.value,
            "completed_at": finished if result is Result.PASS else None})


def stored_templates(db: Database) -> dict[str, StoredTemplate]:
    """The bundled templates, stored in the demo database, by the job type they serve."""
    with db.session() as s:
        found = {t: latest_for(s, t) for t in (JobType.INSTALL, JobType.REPAIR,
                                               JobType.MAINTENANCE)}
        return {t.value: StoredTemplate(row.id, body_of(row))
                for t, row in found.items() if row is not None}


def build_checklists(rng: random.Random, new_id: Callable[[], str],
                     templates: Mapping[str, StoredTemplate], jobs: list[Row],
                     appointments: list[Row], units: Mapping[str, Row], now: dt.datetime
                     ) -> dict[str, list[Row]]:
    """Runs (and their photos) for jobs finished in the last weeks and jobs on site now."""
    finished = {a["job_id"]: a["actual_end"] for a in appointments if a["actual_end"]}
    filler = Filler(rng, new_id, templates, units)
    for job in jobs:
        end = finished.get(job["id"])
        recent_done = job["status"] in DONE and end is not None and now - end <= RECENT
        if recent_done or job["status"] in VISITED:
            filler.run(job, end)
    return filler.rows
