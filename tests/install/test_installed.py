"""Installed FieldDesk, from the wheel and as the frozen bundle, run outside the checkout:
its version, a demo station, a job sheet with Chinese text, offline geocoding and a screenshot
of the board, every bundled resource found where it was installed."""

from __future__ import annotations

import json
import struct
import subprocess
import tomllib
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from tests.install.conftest import ROOT, Installed

pytestmark = pytest.mark.install

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "version"]


@pytest.fixture
def station(installed: Installed) -> Path:
    db = installed.workdir / f"station-{installed.command.parent.name}.sqlite"
    result = installed.run("demo", "--db", str(db), "--technicians", "3", "--jobs", "12",
                           "--seed", "7", "--force")
    assert result.returncode == 0, result.stderr
    assert "NJ01 南京服务站" in result.stdout
    return db


def test_prints_the_version_of_pyproject(installed: Installed) -> None:
    result = installed.run("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"fielddesk {VERSION}")


def test_prints_a_job_sheet_with_chinese_text(installed: Installed, station: Path) -> None:
    listed = installed.run("jobs", "list", "--limit", "1", "--json", "--db", str(station))
    job = json.loads(listed.stdout)["jobs"][0]
    out = installed.workdir / "sheet.pdf"
    result = installed.run("print", "job", job["number"], "-o", str(out), "--db", str(station))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "服务工单" in text and job["number"] in text and job["customer"] in text
    fonts = cast(DictionaryObject, reader.pages[0]["/Resources"].get_object())["/Font"]
    descriptors = [cast(DictionaryObject, ref.get_object()).get("/FontDescriptor")
                   for ref in cast(DictionaryObject, fonts.get_object()).values()]
    assert any(d is not None and "/FontFile2" in d.get_object() for d in descriptors)


def test_geocodes_offline_from_the_bundled_gazetteer(installed: Installed,
                                                     station: Path) -> None:
    result = installed.run("geocode", "江苏省南京市鼓楼区中山路1号", "--offline",
                           "--db", str(station))
    assert result.returncode == 0, result.stderr
    lat, lon, source, precision = result.stdout.split()
    assert (source, precision) == ("gazetteer", "district")
    assert abs(float(lat) - 32.07) < 0.1 and abs(float(lon) - 118.77) < 0.1


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_takes_a_screenshot_of_the_board_in_both_languages(installed: Installed,
                                                           station: Path) -> None:
    shots = {}
    for lang in ("zh_CN", "en"):
        out = installed.workdir / f"board-{lang}.png"
        result = installed.run("screenshot", "board", "-o", str(out), "--lang", lang,
                               "--db", str(station))
        assert result.returncode == 0, result.stderr
        assert png_size(out) == (1400, 900)
        shots[lang] = out.read_bytes()
    assert shots["zh_CN"] != shots["en"]  # the Chinese catalogue was found and used


def test_the_wheel_finds_its_resources_where_it_was_installed(
        wheel_install: Installed) -> None:
    code = ("import json, app, app.resources as r, app.fonts as f, app.ui.i18n as i, "
            "app.checklists.loader as c, app.geo.gazetteer as g, app.map.basemap as b; "
            "print(json.dumps([app.__file__, str(r.RESOURCES), str(f.cjk_font_path()), "
            "i.available_languages(), len(c.bundled_templates()), str(g.GAZETTEER_CSV), "
            "str(b.BORDERS_JSON), sorted(p.name for p in r.ICONS.glob('*.png'))[:2]]))")
    python = wheel_install.command.with_name("python")
    result = subprocess.run([str(python), "-c", code], cwd=wheel_install.workdir,
                            capture_output=True, text=True, check=True)
    package, resources, font, languages, templates, gazetteer, borders, icons = json.loads(
        result.stdout)
    site = str(wheel_install.command.parent.parent / "lib")
    assert package.startswith(site) and resources.startswith(site)
    for path in (font, gazetteer, borders):
        assert path.startswith(resources) and Path(path).is_file()
    assert languages == ["en", "zh_CN"] and templates == 3
    assert icons == ["fielddesk-128.png", "fielddesk-16.png"]
