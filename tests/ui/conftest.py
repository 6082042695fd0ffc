"""UI fixtures: the signed-in admin on the real SQLite station `db` (tests/conftest.py), a
synchronous runner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.cancel import CancelToken
from app.db import Database
from app.geo.cache import GeocodeCacheStore
from app.geo.chain import GeocodingChain
from app.geo.gazetteer import default_gazetteer
from app.models.enums import JobStatus
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.customers import CustomerInput, SiteInput
from app.services.jobs import JobDetail, JobInput, NewCustomer, change_status, create_job
from app.services.station import home_station
from app.services.users import create_first_admin
from app.ui import labels
from app.ui.context import AppContext
from app.ui.i18n import install_translator
from app.ui.tasks import Outcome, SyncRunner, run_task
from tests.quality.scenario import July, build_july

TZ = ZoneInfo("Asia/Shanghai")
PASSWORD = "correct-horse"
MakeJob = Callable[..., JobDetail]


@pytest.fixture
def admin(db: Database) -> Actor:
    return create_first_admin(db, "admin", "管理员", PASSWORD,
                              station={"code": "NJ01", "name": "南京服务站"})


def offline_chain(db: Database) -> GeocodingChain:
    """Saved addresses are located by the cache and the bundled gazetteer only: a UI test never
    asks a service on the internet (tests that need the online step make it unreachable)."""
    return GeocodingChain(GeocodeCacheStore(db), None, default_gazetteer())


@pytest.fixture
def user_settings(tmp_path: Path) -> Iterator[Path]:
    """The user's QSettings (remembered printer, the PC's language) go to a folder of the
    test, not the user's."""
    folder = tmp_path / "config"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def ctx(db: Database, admin: Actor) -> AppContext:
    return AppContext(db=db, actor=admin, station=home_station(db), runner=SyncRunner(),
                      geocoding=offline_chain)


@pytest.fixture
def make_job(db: Database, admin: Actor) -> MakeJob:
    def make(name: str = "张伟", phone: str = "13912345678",
             address: str = "江苏省南京市鼓楼区中山北路100号", job_type: str = "repair",
             symptom: str = "不制冷", created: dt.datetime | None = None,
             **job: object) -> JobDetail:
        who = NewCustomer(CustomerInput(name, phone), SiteInput(address))
        detail, _ = create_job(db, admin, who, JobInput(job_type=job_type, symptom=symptom,
                                                         **job),  # type: ignore[arg-type]
                               now=created)
        return detail
    return make


@pytest.fixture
def some_jobs(db: Database, admin: Actor, make_job: MakeJob) -> list[JobDetail]:
    """Six jobs, created an hour apart (oldest first); the fourth is on hold."""
    start = dt.datetime(2025, 6, 2, 9, tzinfo=TZ)
    people = [("张伟", "13912345678", "鼓楼区中山北路100号", "repair"),
              ("李娜", "13800000001", "玄武区珠江路8号", "install"),
              ("王芳", "13800000002", "秦淮区建康路3号", "maintenance"),
              ("刘洋", "13800000003", "建邺区江东中路9号", "repair"),
              ("陈静", "13800000004", "江宁区天元路66号", "inspection"),
              ("赵磊", "13800000005", "栖霞区仙林大道1号", "removal")]
    made = [make_job(name, phone, "江苏省南京市" + address, job_type,
                     created=start + dt.timedelta(hours=i))
            for i, (name, phone, address, job_type) in enumerate(people)]
    change_status(db, admin, made[3].id, JobStatus.ON_HOLD, "等待配件")
    return made


def announced(ctx: AppContext, *views: Any) -> list[Changes]:
    """What operations announce on the context's change bus, listed; each announcement is
    also passed on to `views`, as the main window does for the view on show."""
    seen: list[Changes] = []

    def heard(changes: Changes, initiator: object) -> None:
        seen.append(changes)
        for view in views:
            view.on_changes(changes, initiator)

    ctx.bus.changed.connect(heard)
    return seen


class FakePrompter:
    """Answers the job editor's questions from a list, recording what was asked."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def reason(self, parent: object, title: str, label: str) -> str | None:
        self.asked.append(label)
        return self.answers.pop(0)

    def confirm(self, parent: object, title: str, text: str) -> bool:
        self.asked.append(text)
        return bool(self.answers.pop(0))


@pytest.fixture
def fake_prompter() -> type[FakePrompter]:
    return FakePrompter


class ManualRunner:
    """A lane that keeps submitted tasks until the test runs them, in any order (stale-result
    tests).

    It delivers even cancelled tasks' results, like a result already on its way when a newer
    query was issued: the receiver must drop it by itself.
    """

    def __init__(self) -> None:
        self.queue: list[Callable[[], None]] = []

    def submit(self, task: Callable[[CancelToken], object],
               deliver: Callable[[Outcome[object]], None],
               token: CancelToken | None = None) -> CancelToken:
        token = token or CancelToken()

        def run() -> None:  # as if it had finished before anyone cancelled it
            deliver(run_task(task, CancelToken()))

        self.queue.append(run)
        return token

    def run(self, index: int) -> None:
        self.queue.pop(index)()


@pytest.fixture
def manual_runner() -> ManualRunner:
    return ManualRunner()


HERE = Path(__file__).resolve().parent
# The offscreen platform plugin warns whenever a shown top-level window gets size constraints
# from its layout; it is the plugin's limitation, not a problem of the code under test.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key, Chinese included (QTest.keyClicks only knows Latin-1 keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture(autouse=True)
def _english_after_each_test(qapp: QApplication) -> Iterator[None]:
    """Code under test may install the system language's translator: take it away again."""
    yield
    from app.ui import labels
    from app.ui.i18n import remove_translators

    remove_translators(qapp)
    labels.clear()


def show_active(qtbot: Any, widget: QWidget) -> None:
    """Show `widget` as the active window: shortcuts (Ctrl+P, Ctrl+F...) reach only that one."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def enter_new_customer(qtbot: Any, editor: Any, name: str = "孙丽", phone: str = "13655556666",
                       address: str = "江苏省南京市鼓楼区湖南路1号") -> None:
    """In the new-job dialog: "New customer", then the caller's name, phone and address."""
    editor.customer.new_radio.setChecked(True)
    type_text(editor.customer.name, name)
    qtbot.keyClicks(editor.customer.phone, phone)
    type_text(editor.customer.address, address)


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> str:
    """Each test that asks for it runs in English and in Chinese (the catalogue installed)."""
    install_translator(qapp, request.param)
    labels.clear()
    return str(request.param)


@pytest.fixture
def july(db: Database, admin: Actor) -> July:
    """The hand-counted July of tests/quality/scenario.py."""
    return build_july(db, admin)
