"""The map page's low-precision queue on a real SQLite station: the list of sites located to a
district or worse, re-geocoding them in the runner with progress, Cancel and the offline case.
Only the online geocoding service is replaced (by the small classes below)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.db import Database
from app.geo.cache import GeocodeCacheStore
from app.geo.chain import GeocodingChain
from app.geo.gazetteer import default_gazetteer
from app.geo.types import Geocoder, GeocoderUnavailable, GeoResult
from app.models import Site
from app.models.enums import GeoPrecision, GeoSource
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.site_locations import geocode_site
from app.ui.context import AppContext
from app.ui.map.low_precision import ChainFactory, LowPrecisionDialog

from .conftest import MakeJob, announced
from .map_helpers import open_map

LEFT = Qt.MouseButton.LeftButton
ROOFTOP = (32.0736, 118.7683)


class OnlineGeocoder:
    """The online service: answers every address at rooftop precision; `on_call` runs first."""

    name = "in-test"

    def __init__(self, on_call: Callable[[], None] = lambda: None) -> None:
        self.calls: list[str] = []
        self.on_call = on_call

    def geocode(self, address: str) -> GeoResult | None:
        self.calls.append(address)
        self.on_call()
        return GeoResult(*ROOFTOP, GeoSource.ONLINE, GeoPrecision.ROOFTOP, GeoSource.ONLINE,
                         provider=self.name)


class OfflineGeocoder:
    name = "offline"

    def __init__(self) -> None:
        self.calls: list[str] = []

    def geocode(self, address: str) -> GeoResult | None:
        self.calls.append(address)
        raise GeocoderUnavailable("in-test cannot be reached (timed out)")


def chain_of(online: Geocoder) -> ChainFactory:
    """The chain the dialog builds in the worker: the real cache and gazetteer, `online`."""
    def make(db: Database) -> GeocodingChain:
        return GeocodingChain(GeocodeCacheStore(db), online, default_gazetteer())
    return make


@pytest.fixture
def district_sites(db: Database, admin: Actor, make_job: MakeJob) -> list[str]:
    """Three sites the offline gazetteer located to their district (the online one was off)."""
    offline = GeocodingChain(None, None, default_gazetteer())
    ids = []
    for n, name in enumerate(("张伟", "李娜", "王芳"), start=1):
        job = make_job(name, f"1391234567{n}", f"江苏省南京市鼓楼区中山北路{n}号")
        outcome, _ = geocode_site(db, admin, job.site_id, offline)
        assert outcome.location.precision == GeoPrecision.DISTRICT
        ids.append(job.site_id)
    return ids


def precisions(db: Database, ids: list[str]) -> list[str]:
    with db.session() as s:
        return [s.get(Site, i).geocode_precision for i in ids]  # type: ignore[union-attr]


def test_the_queue_lists_district_sites_and_regeocoding_raises_them(
        qtbot: QtBot, ctx: AppContext, district_sites: list[str],
        qtmodeltester: ModelTester) -> None:
    online = OnlineGeocoder()
    page = open_map(qtbot, ctx, chain_factory=chain_of(online))
    qtbot.mouseClick(page.toolbar.low_precision_button, LEFT)
    dialog = page.low_precision
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    qtmodeltester.check(model)
    assert sorted(model.site_ids()) == sorted(district_sites)
    row = [model.index(0, c).data() for c in range(4)]
    assert row[1].startswith("江苏省南京市鼓楼区中山北路") and row[2:] == ["District",
                                                                  "Offline gazetteer"]
    assert dialog.regeocode_button.isEnabled()
    page.reported.clear()  # type: ignore[attr-defined]

    with qtbot.waitSignal(dialog.regeocoded) as summary:
        qtbot.mouseClick(dialog.regeocode_button, LEFT)
    assert (summary.args[0].improved, summary.args[0].total) == (3, 3)
    assert len(online.calls) == 3
    assert precisions(ctx.db, district_sites) == ["rooftop"] * 3
    assert model.rowCount() == 0 and not dialog.regeocode_button.isEnabled()
    assert dialog.summary_label.text() == (
        "3 sites re-geocoded: 3 located more precisely, 0 unchanged, 0 not found.")
    assert page.reported == [Changes.MAP | Changes.CUSTOMERS]  # type: ignore[attr-defined]
    assert dialog.progress is None  # closed
    dialog.close()


def test_cancel_stops_after_the_site_being_asked(
        qtbot: QtBot, ctx: AppContext, district_sites: list[str]) -> None:
    reported = announced(ctx)
    steps: list[tuple[int, int]] = []

    def press_cancel() -> None:  # the user presses Cancel while the 1st site is being asked
        button = dialog.progress.findChild(QPushButton) if dialog.progress else None
        assert button is not None
        button.click()

    online = OnlineGeocoder(press_cancel)
    dialog = LowPrecisionDialog(ctx, chain_of(online), show_after_ms=0)
    qtbot.addWidget(dialog)
    dialog.load()
    dialog.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(dialog.regeocoded) as summary:
        dialog.regeocode()
    assert summary.args[0].cancelled and summary.args[0].done == 1
    assert len(online.calls) == 1 and steps == [(0, 3), (1, 3)]
    assert sorted(precisions(ctx.db, district_sites)) == ["district", "district", "rooftop"]
    assert dialog.model.rowCount() == 2
    assert dialog.summary_label.text() == (
        "Cancelled after 1 of 3 sites: 1 located more precisely, 0 unchanged, 0 not found.")
    assert reported == [Changes.MAP | Changes.CUSTOMERS]


def test_offline_says_so_and_changes_nothing(
        qtbot: QtBot, ctx: AppContext, district_sites: list[str]) -> None:
    reported = announced(ctx)
    online = OfflineGeocoder()
    dialog = LowPrecisionDialog(ctx, chain_of(online))
    qtbot.addWidget(dialog)
    dialog.load()
    with qtbot.waitSignal(dialog.regeocoded):
        qtbot.mouseClick(dialog.regeocode_button, LEFT)
    assert len(online.calls) == 1  # then the cache and the gazetteer answer (no better)
    # every site was done (offline after the first): the counts, then the core's sentence
    assert dialog.summary_label.text() == (
        "3 sites re-geocoded: 0 located more precisely, 3 unchanged, 0 not found. The online "
        "geocoder cannot be reached: sites were located from the cache and the offline "
        "gazetteer only, where that is better than before. Re-geocode them again when online.")
    assert precisions(ctx.db, district_sites) == ["district"] * 3
    assert dialog.model.rowCount() == 3 and dialog.regeocode_button.isEnabled()
    assert reported == []
