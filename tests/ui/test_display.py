"""Starting the GUI where no window can be shown prints one readable line and exits with
status 1, instead of Qt's abort (a core dump and a page of plugin names)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.display import debian_package, display_problem, platform_of, x_display_answers

ROOT = Path(__file__).resolve().parents[2]


def start_gui(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m app --db ...` with a display environment of our choosing."""
    clean = {k: v for k, v in os.environ.items()
             if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "app", "--db", str(tmp_path / "x.sqlite")],
                          cwd=ROOT, env={**clean, **env}, capture_output=True, text=True,
                          timeout=120, check=False)


def test_no_display_at_all_is_one_line_and_status_1(tmp_path: Path) -> None:
    done = start_gui(tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "fielddesk: no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
        "set): start FieldDesk in a desktop session; the command-line tools work without one "
        "(fielddesk --help)"]
    assert not (tmp_path / "x.sqlite").exists()  # nothing was started


def test_an_x_display_that_cannot_be_used_is_one_line_and_status_1(tmp_path: Path) -> None:
    """DISPLAY names a server that is not there: on a machine without the xcb plugin's
    libraries (libxcb-icccm4...) the line names them, else it says the display does not
    answer. Qt itself would abort (status 134)."""
    done = start_gui(tmp_path, DISPLAY=":93", QT_QPA_PLATFORM="xcb")
    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    assert line.startswith("fielddesk: ")
    assert ("sudo apt install" in line) or ("the display :93 does not answer" in line)


def test_the_platform_qt_would_choose() -> None:
    assert platform_of({}) == "xcb"
    assert platform_of({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}) == "wayland"
    assert platform_of({"QT_QPA_PLATFORM": "offscreen"}) == "offscreen"
    assert platform_of({"QT_QPA_PLATFORM": "wayland;xcb"}) == "wayland"
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({}, system="win32") is None


@pytest.mark.parametrize(("library", "package"), [
    ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libGL.so.1", "libgl1")])
def test_a_missing_library_is_named_with_its_package(library: str, package: str) -> None:
    assert debian_package(library) == package


def test_an_x_display_answers_only_when_something_listens() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        assert x_display_answers(f"127.0.0.1:{port - 6000}.0")
    assert not x_display_answers(f"127.0.0.1:{port - 6000}")  # closed now
    assert not x_display_answers("no-number")
