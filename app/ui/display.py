"""Can a window be shown here? Asked before QApplication exists: Qt itself aborts the process
(SIGABRT, a core dump and a page of plugin names) when it has no display or when its platform
plugin lacks a system library, e.g. libxcb-icccm4 for xcb since Qt 6.5.

`display_problem()` answers None or one readable sentence. On Linux it reads the platform Qt
would use (QT_QPA_PLATFORM, else Wayland when WAYLAND_DISPLAY is set, else X11), then checks the
display variable, the xcb plugin's libraries (by loading the plugin, as Qt would, without
starting it), and that the X display answers. Elsewhere (Windows, macOS) there is always a
display and the plugin comes with PySide6.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

HEADLESS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "minimalegl", "vkkhrdisplay"}
XCB_CURSOR = "libxcb-cursor.so.0"  # loaded by the xcb plugin at run time (not a link dependency)
X_TIMEOUT_S = 2.0


def platform_of(env: Mapping[str, str]) -> str:
    """The platform plugin Qt would try first."""
    wanted = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if wanted:
        return wanted
    return "wayland" if env.get("WAYLAND_DISPLAY") else "xcb"


def plugin_path(name: str) -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / f"libq{name}.so"
    return path if path.exists() else None


def debian_package(library: str) -> str:
    """The Debian/Ubuntu package that usually ships `library` (libxcb-icccm.so.4 ->
    libxcb-icccm4, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0)."""
    base, _, number = library.partition(".so.")
    number = number.split(".")[0]
    joint = "-" if base[-1:].isdigit() else ""
    return f"{base}{joint}{number}".lower()


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries the plugin needs and the system lacks (empty: it loads)."""
    missing: list[str] = []
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        first = re.match(r"([^:\s]+\.so[.\d]*)", str(exc))
        if first and first.group(1) != str(plugin):
            missing = _ldd_missing(plugin) or [first.group(1)]
    try:
        ctypes.CDLL(XCB_CURSOR)
    except OSError:
        missing.append(XCB_CURSOR)
    return missing


def _ldd_missing(plugin: Path) -> list[str]:
    """Every missing library at once, where ldd exists (glibc systems)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True,
                             timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return list(dict.fromkeys(re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE)))


def x_display_answers(display: str) -> bool:
    """Whether an X server listens at `display` (":0", "unix:0", "localhost:10.0")."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return False
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        return _connects(socket.AF_UNIX, path) or _connects(socket.AF_UNIX, "\0" + path)
    return _connects(socket.AF_INET, (host, 6000 + int(number)))


def _connects(family: int, address: str | tuple[str, int]) -> bool:
    try:
        with socket.socket(family, socket.SOCK_STREAM) as s:
            s.settimeout(X_TIMEOUT_S)
            s.connect(address)
    except OSError:
        return False
    return True


def display_problem(env: Mapping[str, str] | None = None,
                    system: str = sys.platform) -> str | None:
    """None when a window can be shown; else why not, and what to do."""
    env = os.environ if env is None else env
    if not system.startswith("linux"):
        return None
    name = platform_of(env)
    if name in HEADLESS:
        return None
    if name.startswith("wayland"):
        if env.get("WAYLAND_DISPLAY") or env.get("DISPLAY"):
            return None  # Qt falls back to X11 when Wayland fails
        return _no_display()
    if not env.get("DISPLAY"):
        return _no_display()
    plugin = plugin_path(name)
    if plugin is not None and (missing := missing_libraries(plugin)):
        packages = " ".join(debian_package(lib) for lib in missing)
        return (f"the window system cannot be used: {', '.join(missing)} missing (on Debian "
                f"or Ubuntu: sudo apt install {packages})")
    if not x_display_answers(env["DISPLAY"]):
        return (f"the display {env['DISPLAY']} does not answer: start FieldDesk in a desktop "
                "session (or check DISPLAY)")
    return None


def _no_display() -> str:
    return ("no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): "
            "start FieldDesk in a desktop session; the command-line tools work without one "
            "(fielddesk --help)")
