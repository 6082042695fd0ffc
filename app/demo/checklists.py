"""The demo's filled checklists: finished jobs passed theirs, jobs on site are midway.

Photos are tiny generated PNGs (one colour for each first, second... photo of an item), so the
attachments are real images without making the demo database heavy.
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
DONE = {JobStatus.COMPLETED.value, JobStatus.CLOSED.value}
FAILED_FIRST = 0.06  # installations whose checklist failed before it passed
# On site now: a half-filled or failed sheet.
VISITED = {JobStatus.IN_PROGRESS.value}
VARIANTS = 2


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


_PASSING: dict[tuple[Any, ...], tuple[dict[str, Any], ...]] = {}


def passing_sets(body: TemplateBody, facts: Mapping[str, Any], given: Mapping[str, Any]
                 ) -> tuple[dict[str, Any], ...]:
    """A few passing sets per template, refrigerant and story, each checked to pass. Filling
    in is slow-ish and thousands of finished jobs need one each: the sets depend on their key
    alone (their own seeded stream), so they are made once per process and every build with
    the same seed stays the same."""
    key = (body.code, body.version, facts.get("refrigerant"), tuple(sorted(given.items())))
    if key not in _PASSING:
        rng = random.Random(repr(key))
        sets = tuple(passing_answers(body, facts, rng, given) for _ in range(VARIANTS))
        for answers in sets:
            outcome = evaluate(body, answers, facts)
            if outcome.result is not Result.PASS:
                raise AssertionError(f"demo answers fail {body.code}: {outcome}")
        _PASSING[key] = sets
    return _PASSING[key]


class Filler:
    def __init__(self, rng: random.Random, new_id: Callable[[], str],
                 templates: Mapping[str, StoredTemplate], units: Mapping[str, Row]) -> None:
        self.rng, self.new_id, self.templates, self.units = rng, new_id, templates, units
        self.rows: dict[str, list[Row]] = {"attachments": [], "checklist_runs": []}
        self._photos: dict[int, tuple[bytes, str]] = {}
        self.failed: set[str] = set()  # job types that have one spoiled sheet already

    def _good(self, body: TemplateBody, facts: Mapping[str, Any], given: Mapping[str, Any]
              ) -> dict[str, Any]:
        return dict(self.rng.choice(passing_sets(body, facts, given)))

    def _photo(self, n: int) -> tuple[bytes, str]:
        if n not in self._photos:
            shade = zlib.crc32(f"photo {n}".encode())
            data = png(32, 24, (shade & 255, (shade >> 8) & 255, 160))
            self._photos[n] = (data, hashlib.sha256(data).hexdigest())
        return self._photos[n]

    def _attach(self, job_id: str, answers: dict[str, Any]) -> None:
        """Photos as the services keep them: one attachment per distinct image of the job (by
        sha256), shared by the items showing it; the n-th photo of any item is image n."""
        kept: dict[int, str] = {}
        for item_id, value in answers.items():
            if value and isinstance(value, list) and value[0] == PHOTO:
                for n in range(len(value)):
                    if n not in kept:
                        data, digest = self._photo(n)
                        kept[n] = self.new_id()
                        self.rows["attachments"].append({
                            "id": kept[n], "job_id": job_id, "sha256": digest,
                            "mime": "image/png", "filename": f"photo-{n + 1}.png",
                            "size": len(data), "data": data})
                answers[item_id] = [kept[n] for n in range(len(value))]

    def _spoil(self, body: TemplateBody, answers: dict[str, Any]) -> None:
        """One measurement over its limit: the kind of sheet a supervisor must look at."""
        for item in body.items():
            if item.type is ItemType.NUMBER and isinstance(item.max, float) and item.id in answers:
                answers[item.id] = round(item.max * 1.8, 1)
                return

    def facts(self, job: Row) -> dict[str, Any]:
        unit = self.units.get(job["equipment_id"] or "")
        return {"job_type": job["job_type"]} | (
            {k: unit[k] for k in ("refrigerant", "model", "brand", "capacity_kw",
                                  "indoor_serial", "outdoor_serial")} if unit else {})

    def run(self, job: Row, finished: dt.datetime | None, given: Mapping[str, Any],
            texts: Mapping[str, Any]) -> Row | None:
        """The job's checklist run (None for a job type without a template): passed when the
        job is done (some installations failed first, their first result kept), spoiled or
        half typed while the technician is on site. `texts` are free-text answers the story
        sets after filling (the symptom as the customer said it)."""
        template = self.templates.get(job["job_type"])
        if template is None:
            return None
        facts = self.facts(job)
        answers = self._good(template.body, facts, given) | dict(texts)
        result = Result.PASS
        first_result: str | None = Result.PASS.value
        if job["status"] in VISITED:  # a spoiled value, or only half typed in
            if job["job_type"] not in self.failed or self.rng.random() < 0.3:
                self._spoil(template.body, answers)
                self.failed.add(job["job_type"])
            else:
                answers = dict(list(answers.items())[: len(answers) // 2])
            result = evaluate(template.body, answers, facts).result
            first_result = None if result is Result.INCOMPLETE else result.value
        elif job["job_type"] == JobType.INSTALL.value and self.rng.random() < FAILED_FIRST:
            first_result = Result.FAIL.value  # a reading was out of range, redone before it passed
        self._attach(job["id"], answers)
        run = {"id": self.new_id(), "job_id": job["id"], "template_id": template.id,
               "answers": answers, "result": result.value, "first_result": first_result,
               "completed_at": finished if result is Result.PASS else None}
        self.rows["checklist_runs"].append(run)
        return run


def stored_templates(db: Database) -> dict[str, StoredTemplate]:
    """The bundled templates, stored in the demo database, by the job type they serve."""
    with db.session() as s:
        found = {t: latest_for(s, t) for t in (JobType.INSTALL, JobType.REPAIR,
                                               JobType.MAINTENANCE)}
        return {t.value: StoredTemplate(row.id, body_of(row))
                for t, row in found.items() if row is not None}
