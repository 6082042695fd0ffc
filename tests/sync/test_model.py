"""A randomised, seeded model test of the sync: two stations, three desks (two of NJ01, one of
SH01) and the head office create, edit and delete customers at random, the desks sync at
random moments, and some syncs meet a fault on the line (the tests' TCP proxy): cut before the
server saw the push, cut after the server committed it (its answer lost), cut before or after
the pull, or an edit made at the desk while its sync runs (after the push, before the pull).
After every step the acting desk shows what the model (`tests/sync/model.py`) says it must;
after quiescence (every desk syncs until its outbox is empty and it pulled the latest) every
database equals the model's server copy, every same-field concurrent change made exactly one
conflict at the desk whose change met it, and nothing went up twice.

Replay: each seed is its own test; a failure names its seed and the steps that led to it.
`FIELDDESK_SYNC_SEED=1234 pytest tests/sync/test_model.py` runs that seed alone (and
`FIELDDESK_SYNC_STEPS` changes the number of steps, 60 by default).
"""

from __future__ import annotations

import os
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.errors import SyncError
from app.models import Customer
from app.services.customers import CustomerInput, SiteInput, create_customer, delete_customer
from app.services.customers import update_customer as update
from app.sync.conflicts import open_conflicts
from app.sync.cycle import sync_once
from tests.sync.conftest import MakeStation, Station
from tests.sync.faults import QUICK, assert_converged, proxy_to, through
from tests.sync.helpers import server_do
from tests.sync.model import FIELDS, HQ, Model
from tests.sync.proxy import DOWN, Proxy
from tests.sync.test_desks import second_desk
from tests.sync.test_network_faults import BATCH, PULL_PAGE

SEEDS = [int(os.environ["FIELDDESK_SYNC_SEED"])] if os.environ.get("FIELDDESK_SYNC_SEED") \
    else [1, 2, 3]
STEPS = int(os.environ.get("FIELDDESK_SYNC_STEPS", "60"))
VALUES = {"name": ["王伟", "李娜", "张敏"], "phone": ["13900000001", "13900000002", "13900000003"],
          "notes": ["", "周末上门", "先打电话"]}
FAULTS = ["push cut", "commit lost", "pull cut", "pull cut late", "edit midway"]


@dataclass
class World:
    seed: int
    central: str
    desks: dict[str, Station]
    rng: random.Random
    model: Model = field(default_factory=Model)
    ids: dict[str, str] = field(default_factory=dict)  # the model's key: the record's id
    steps: list[str] = field(default_factory=list)

    def where(self) -> str:
        return (f"seed {self.seed} (replay: FIELDDESK_SYNC_SEED={self.seed} "
                f"FIELDDESK_SYNC_STEPS={STEPS}), after steps:\n  "
                + "\n  ".join(self.steps[-40:]))

    def key_of(self, row_id: str) -> str:
        return {v: k for k, v in self.ids.items()}[row_id]

    def live(self, desk: str) -> list[str]:
        return sorted(k for k, v in self.model.desks[desk].view.items() if not v["deleted"])


def shown(world: World, desk: str) -> dict[str, dict[str, Any]]:
    """The customers the desk's database holds, by the model's keys."""
    with world.desks[desk].db.session() as s:
        return {world.key_of(c.id): {**{f: getattr(c, f) for f in FIELDS},
                                     "deleted": bool(c.deleted)}
                for c in s.scalars(select(Customer))}


def conflicts_at(world: World, desk: str) -> Counter[tuple[str, str]]:
    found = open_conflicts(world.desks[desk].db)
    assert {c.table_name for c in found} <= {"customers"}
    return Counter((world.key_of(c.row_id), c.field) for c in found)


# --- what the desks and the head office do -------------------------------------------------

def edit(world: World, desk: str, key: str, name: str, value: Any) -> None:
    world.model.change(desk, key, name, value)
    write(world.desks[desk], world.ids[key], name, value)


def write(station: Station, row_id: str, name: str, value: Any) -> None:
    """A desk's edit of one field of a customer (`deleted`: its delete), by the services."""
    if name == "deleted":
        delete_customer(station.db, station.actor, row_id)
        return
    with station.db.session() as s:
        row = s.get(Customer, row_id)
        assert row is not None
        now = {f: getattr(row, f) for f in FIELDS}
    update(station.db, station.actor, row_id, CustomerInput(**{**now, name: value}))


def random_edit(world: World, desk: str) -> tuple[str, str, Any] | None:
    live = world.live(desk)
    if not live:
        return None
    key = world.rng.choice(live)
    if world.rng.random() < 0.12:
        return key, "deleted", True
    name = world.rng.choice(FIELDS)
    return key, name, world.rng.choice(VALUES[name])


def create(world: World, desk: str) -> str:
    station = world.desks[desk]
    key = f"c{len(world.ids)}"
    values = {f: world.rng.choice(VALUES[f]) for f in FIELDS}
    made, _ = create_customer(station.db, station.actor, CustomerInput(**values),
                              SiteInput("江苏省南京市鼓楼区中山北路100号"))
    world.ids[key] = made.id
    world.model.create(desk, key, values)
    return f"{desk} creates {key} {values}"


def head_office(world: World) -> str | None:
    live = sorted(k for k, r in world.model.records.items() if not r.values["deleted"])
    if not live:
        return None
    key, name = world.rng.choice(live), world.rng.choice(FIELDS)
    now = world.model.records[key].values[name]
    value = world.rng.choice([v for v in VALUES[name] if v != now])
    assert server_do(world.central, f"UPDATE customers SET {name} = :v WHERE id = :id",
                     v=value, id=world.ids[key]) == 1
    world.model.hq_change(key, name, value)
    return f"{HQ} sets {key}.{name} = {value!r}"


# --- syncs, with or without a fault -----------------------------------------------------------

def sync(world: World, desk: str, fault: str | None) -> str:
    """One cycle of `desk`, through a proxy that makes `fault`; the model follows."""
    m, station = world.model, world.desks[desk]
    if fault is None:
        sync_once(station.db, station.settings)
        m.sync(desk)
        return f"{desk} syncs"
    midway = random_edit(world, desk) if fault == "edit midway" else None
    errors: list[BaseException] = []
    with proxy_to(world.central) as proxy:
        arm(proxy, fault, lambda: _edit_midway(world, desk, midway, errors))
        try:
            sync_once(station.db, through(proxy, station).settings, timeouts=QUICK)
            failed = False
        except SyncError:
            failed = True
    assert not errors, f"the edit made during the sync failed: {errors[0]!r}"
    m.start_push(desk)
    if fault != "push cut":
        m.send(desk, heard=fault != "commit lost")
    if fault not in ("push cut", "commit lost"):
        if midway is not None:
            m.change(desk, *midway)
        if fault != "pull cut":
            m.pull(desk)
    if fault in ("push cut", "commit lost", "pull cut"):
        assert failed, f"the fault {fault!r} did not stop the sync"
    return f"{desk} syncs, {fault}{f' (edit {midway})' if midway else ''}"


def arm(proxy: Proxy, fault: str, midway: Callable[[], None]) -> None:
    if fault == "push cut":
        proxy.on(BATCH, proxy.cut)
    elif fault == "commit lost":  # the server committed the batch; its answer never arrives
        proxy.on(BATCH, lambda: proxy.on(b"COMMIT", proxy.cut, direction=DOWN))
    elif fault == "pull cut":
        proxy.on(PULL_PAGE, proxy.cut)
    elif fault == "pull cut late":  # after the first page (all there is) came down
        proxy.on(PULL_PAGE, proxy.cut, nth=2)
    else:
        proxy.on(PULL_PAGE, midway)


def _edit_midway(world: World, desk: str, change: tuple[str, str, Any] | None,
                 errors: list[BaseException]) -> None:
    """The user's edit while the sync runs (in the proxy's thread: the sync waits for the
    server's answer meanwhile)."""
    if change is None:
        return
    try:
        key, name, value = change
        write(world.desks[desk], world.ids[key], name, value)
    except BaseException as exc:  # noqa: BLE001 (reported by the test's thread)
        errors.append(exc)


def random_sync(world: World, desk: str) -> str:
    pending = world.model.desks[desk].pending()
    if world.rng.random() < 0.5:
        return sync(world, desk, None)
    faults = FAULTS if pending else [f for f in FAULTS if f not in ("push cut", "commit lost")]
    return sync(world, desk, world.rng.choice(faults))


def step(world: World) -> None:
    rng = world.rng
    desk = rng.choice(sorted(world.desks))
    roll = rng.random()
    if roll < 0.06:
        said = head_office(world)
    elif roll < 0.3:
        said = random_sync(world, desk)
    elif roll < 0.45 or len(world.live(desk)) < 2:
        said = create(world, desk)
    else:
        change = random_edit(world, desk)
        said = None
        if change is not None:
            edit(world, desk, *change)
            said = f"{desk} sets {change[0]}.{change[1]} = {change[2]!r}"
    if said:
        world.steps.append(said)
        assert shown(world, desk) == world.model.desks[desk].view, \
            f"{desk} shows other values than the model"


def quiesce(world: World) -> None:
    """Every desk syncs until nothing waits, then once more to pull what the others sent."""
    for _ in range(2):
        for desk in sorted(world.desks):
            world.steps.append(f"{desk} syncs (quiescence)")
            sync(world, desk, None)


@pytest.mark.parametrize("seed", SEEDS)
def test_random_changes_and_faults_converge_to_the_model(
        central: str, tmp_path: Path, make_station: MakeStation, seed: int) -> None:
    nj, sh = make_station("NJ01"), make_station("SH01")
    sync_once(nj.db, nj.settings)
    desks = {"NJ01/1": nj, "NJ01/2": second_desk(tmp_path, nj), "SH01/1": sh}
    world = World(seed, central, desks, random.Random(seed))
    try:
        play(world)
    except BaseException as failed:
        failed.add_note(world.where())  # the seed to replay, and the steps before the failure
        raise


def play(world: World) -> None:
    for name, station in world.desks.items():
        world.model.add_desk(name, station.actor.station_id)
    for _ in range(STEPS):
        step(world)
    quiesce(world)
    for desk in sorted(world.desks):
        assert shown(world, desk) == world.model.expected(desk), \
            f"{desk} differs from the model"
        assert conflicts_at(world, desk) == world.model.desks[desk].conflicts, \
            f"{desk}'s conflicts differ from the model's"
    assert_converged(world.central, *world.desks.values())
