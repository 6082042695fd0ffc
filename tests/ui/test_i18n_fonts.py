"""Bundled CJK font in Qt, the translation loader, and scripts/update_translations.py."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QRawFont, QTextLayout
from PySide6.QtWidgets import QApplication

from app.fonts import RARE_FONT_FAMILY
from app.ui.fonts import install_app_font, load_bundled_font
from app.ui.i18n import (
    available_languages,
    current_language,
    install_translator,
    remove_translators,
)

ROOT = Path(__file__).resolve().parents[2]
CHINESE = "南京服务"
RARE = "𠮷𡈼䶮"  # CJK Extension B (U+20BB7, U+2123C) and A (U+4DAE), in real given names
NAME = f"张{RARE}"


def _load_script() -> ModuleType:
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


tools = _load_script()


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    """Restore the application font after a test that changes it."""
    saved = QFont(qapp.font())
    yield saved
    qapp.setFont(saved)


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[None]:
    """Remove every translator the test installs."""
    yield
    remove_translators(qapp)


# ----------------------------------------------------------------------------- fonts


def test_bundled_font_covers_chinese(qapp: QApplication) -> None:
    family = load_bundled_font()
    font = QFont(family, 12)
    assert QFontInfo(font).family() == family
    metrics = QFontMetrics(font)
    assert all(metrics.inFontUcs4(ord(char)) for char in CHINESE)
    assert metrics.horizontalAdvance("南京服务站") > 0
    raw = QRawFont.fromFont(font)
    assert raw.isValid()
    assert all(raw.supportsCharacter(char) for char in CHINESE)


def test_install_app_font_appends_fallback_family(qapp: QApplication, app_font: QFont) -> None:
    family = install_app_font(qapp, prefer_system_cjk=False)
    font = qapp.font()
    assert font.families()[-2:] == [family, RARE_FONT_FAMILY]
    assert font.families()[0] == app_font.families()[0]
    assert font.pointSizeF() == app_font.pointSizeF()
    assert QFontMetrics(font).horizontalAdvance("南京服务站") > 0
    assert install_app_font(qapp, prefer_system_cjk=False) == family  # idempotent
    assert qapp.font().families().count(family) == 1


def test_rare_characters_of_names_are_drawn_with_the_bundled_rare_font(
        qapp: QApplication, app_font: QFont) -> None:
    install_app_font(qapp, prefer_system_cjk=True)  # even beside a system CJK font
    layout = QTextLayout(NAME, qapp.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    drawn = {run.rawFont().familyName(): run.glyphIndexes() for run in layout.glyphRuns()}
    assert RARE_FONT_FAMILY in drawn
    assert all(drawn[RARE_FONT_FAMILY])  # real glyphs, not the missing-glyph box (index 0)
    raw = QRawFont.fromFont(QFont(RARE_FONT_FAMILY))
    assert all(raw.supportsCharacter(ord(c)) for c in RARE)


def test_missing_font_file_is_a_clear_error(qapp: QApplication, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="font is missing"):
        install_app_font(qapp, tmp_path / "absent.ttc")


# ----------------------------------------------------------------------------- translator

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Jobs</source>
        <translation>工单</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def catalogue_dir(tmp_path: Path) -> Path:
    ts = tmp_path / "fielddesk_zh_CN.ts"
    ts.write_text(TS, encoding="utf-8")
    tools.lrelease(ts, tmp_path / "fielddesk_zh_CN.qm")
    return tmp_path


@pytest.mark.usefixtures("translators")
def test_install_translator_zh_cn(qapp: QApplication, catalogue_dir: Path) -> None:
    assert available_languages(catalogue_dir) == ["en", "zh_CN"]
    translator = install_translator(qapp, "zh_CN", catalogue_dir)
    assert translator is not None
    assert QCoreApplication.translate("MainWindow", "Jobs") == "工单"
    assert QCoreApplication.translate("MainWindow", "Untranslated") == "Untranslated"
    assert current_language() == "zh_CN"


@pytest.mark.usefixtures("translators")
def test_english_and_unknown_languages_fall_back_to_source(
    qapp: QApplication, catalogue_dir: Path
) -> None:
    install_translator(qapp, "zh_CN", catalogue_dir)
    for language in ("en", "fr_FR"):
        assert install_translator(qapp, language, catalogue_dir) is None
        assert QCoreApplication.translate("MainWindow", "Jobs") == "Jobs"
        assert current_language() == "en"


@pytest.mark.usefixtures("translators")
def test_other_chinese_locales_use_simplified(qapp: QApplication, catalogue_dir: Path) -> None:
    assert install_translator(qapp, "zh_TW", catalogue_dir) is not None
    assert QCoreApplication.translate("MainWindow", "Jobs") == "工单"


@pytest.mark.usefixtures("translators")
def test_qt_own_strings_are_translated(qapp: QApplication, catalogue_dir: Path) -> None:
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (qt_folder / "qtbase_zh_CN.qm").is_file()  # Qt's own buttons and dialogs in Chinese
    install_translator(qapp, "zh_CN", catalogue_dir)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


@pytest.mark.usefixtures("translators")
def test_bundled_chinese_catalogue_loads(qapp: QApplication) -> None:
    assert "zh_CN" in available_languages()
    translator = install_translator(qapp, "zh_CN")
    assert translator is not None
    assert not translator.isEmpty()


# ----------------------------------------------------------------------------- update script

WIDGET = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow


class MainWindow(QMainWindow):
    def texts(self, count: int) -> list[str]:
        return [
            self.tr("Jobs"),
            self.tr("%n job(s)", "", count),
            self.tr("Status: {name}").format(name="x"),
        ]


def board() -> str:
    return QCoreApplication.translate("Board", "Open")
"""

CATALOGUE = """{
  "@note": "test",
  "Jobs": "工单",
  "%n job(s)": ["%n 个工单"],
  "Status: {name}": "状态：{name}",
  "Open": "打开",
  "@contexts": {"Board": {"Open": "待处理"}}
}
"""


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    ui_dir = tmp_path / "ui"
    ui_dir.mkdir()
    (ui_dir / "window.py").write_text(WIDGET, encoding="utf-8")
    tr_dir = tmp_path / "translations"
    tr_dir.mkdir()
    (tr_dir / "zh_CN.json").write_text(CATALOGUE, encoding="utf-8")
    (tr_dir / "en.json").write_text('{"%n job(s)": ["%n job", "%n jobs"]}', encoding="utf-8")
    return ui_dir, tr_dir


def _run(project: tuple[Path, Path], *extra: str) -> int:
    ui_dir, tr_dir = project
    result: int = tools.main(["--ui-dir", str(ui_dir), "--translations-dir", str(tr_dir), *extra])
    return result


@pytest.mark.usefixtures("translators")
def test_update_script_builds_working_catalogues(
    qapp: QApplication, project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(project, "--check") == 1  # nothing generated yet
    assert _run(project) == 0
    assert _run(project, "--check") == 0
    capsys.readouterr()

    _, tr_dir = project
    assert available_languages(tr_dir) == ["en", "zh_CN"]
    assert install_translator(qapp, "zh_CN", tr_dir) is not None
    assert QCoreApplication.translate("MainWindow", "Jobs") == "工单"
    assert QCoreApplication.translate("MainWindow", "%n job(s)", "", 3) == "3 个工单"
    assert QCoreApplication.translate("MainWindow", "Status: {name}") == "状态：{name}"
    assert QCoreApplication.translate("Board", "Open") == "待处理"
    assert install_translator(qapp, "en", tr_dir) is not None
    assert QCoreApplication.translate("MainWindow", "%n job(s)", "", 1) == "1 job"
    assert QCoreApplication.translate("MainWindow", "%n job(s)", "", 2) == "2 jobs"


def test_check_reports_new_untranslated_string(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(project) == 0
    ui_dir, _ = project
    with (ui_dir / "window.py").open("a", encoding="utf-8") as file:
        file.write(
            '\n\ndef extra() -> str:\n    return QCoreApplication.translate("Board", "Map")\n'
        )
    capsys.readouterr()
    assert _run(project, "--check") == 1
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1
    assert "1 untranslated" in error
    assert "'Map'" in error
    assert "zh_CN.json" in error


def test_check_reports_stale_qm(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(project) == 0
    _, tr_dir = project
    (tr_dir / "fielddesk_zh_CN.qm").write_bytes(b"")
    capsys.readouterr()
    assert _run(project, "--check") == 1
    assert "fielddesk_zh_CN.qm not compiled" in capsys.readouterr().err


def test_placeholder_mismatch_is_rejected(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, tr_dir = project
    (tr_dir / "zh_CN.json").write_text('{"Status: {name}": "状态：{nom}"}', encoding="utf-8")
    assert _run(project) == 2
    assert "placeholders" in capsys.readouterr().err


def test_every_ui_string_is_translated(capsys: pytest.CaptureFixture[str]) -> None:
    """The real app/ui: every string has a Chinese translation and the .qm files are fresh."""
    status = tools.main(["--check"])
    assert status == 0, capsys.readouterr().err.strip()
