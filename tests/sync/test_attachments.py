"""Photos and signature images travel both ways; large ones in chunks, byte for byte."""

from __future__ import annotations

import hashlib
import os

from sqlalchemy import select

from app.checklists.schema import ItemType
from app.models import Attachment
from app.services.checklists import attach_photo, job_checklist
from app.services.customers import CustomerInput, SiteInput
from app.services.jobs import JobInput, NewCustomer, create_job
from app.services.signatures import sign_job
from app.sync.cycle import sync_once
from app.sync.pull import CHUNK
from tests.sync.conftest import MakeStation
from tests.sync.helpers import server_do, server_rows


def test_large_photos_and_signatures_reach_the_server_intact(
    central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    who = NewCustomer(CustomerInput("张伟", "13912345678"), SiteInput("南京市鼓楼区1号"))
    job, _ = create_job(nj.db, nj.actor, who, JobInput("install", symptom="新机安装"))
    checklist = job_checklist(nj.db, job.id)
    assert checklist is not None
    item = next(i for i in checklist.template.items() if i.type is ItemType.PHOTO)
    photo = os.urandom(2 * CHUNK + 12345)  # three chunks
    attach_photo(nj.db, nj.actor, job.id, item.id, "outdoor.jpg", photo)
    signature = b"\x89PNG\r\n\x1a\n" + os.urandom(5000)
    sign_job(nj.db, nj.actor, job.id, "customer", "张伟", signature)
    sync_once(nj.db, nj.settings)
    stored = {r.filename: (r.sha256, hashlib.sha256(bytes(r.data)).hexdigest(), len(r.data))
              for r in server_rows(central, "SELECT filename, sha256, data FROM attachments")}
    assert stored["outdoor.jpg"] == (hashlib.sha256(photo).hexdigest(),) * 2 + (len(photo),)
    assert stored["signature-customer.png"][2] == len(signature)


def test_a_large_attachment_made_on_the_server_comes_down_intact(
    central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    data = os.urandom(CHUNK + 777)
    server_do(central,
              "INSERT INTO attachments (id, station_id, version, server_seq, updated_at,"
              " updated_by, deleted, job_id, sha256, mime, filename, size, data) VALUES"
              " ('a1', :s, 1, 0, now(), 'central', false, NULL, :h, 'image/jpeg', 'manual.jpg',"
              " :n, :d)", s=nj.actor.station_id, h=hashlib.sha256(data).hexdigest(),
              n=len(data), d=data)
    sync_once(nj.db, nj.settings)
    with nj.db.session() as s:
        row = s.scalars(select(Attachment).where(Attachment.id == "a1")).one()
        assert bytes(row.data) == data
