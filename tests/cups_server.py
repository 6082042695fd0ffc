"""A throwaway CUPS server for the tests: `cupsd -f` with its own configuration, spool, logs and
socket in a temp folder, and cups-pdf queues that write into that folder.

The tests point every CUPS client (Qt's print dialog, `lp`, `lpstat`) at it through
`CUPS_SERVER`, which tests/conftest.py sets for the whole session to `socket_path(root)`, so no
test ever reaches the machine's own print system. cups-pdf reads its settings from
`/etc/cups/cups-pdf-<name>.conf` (the folder is built into it): each queue gets such a file,
with a unique name, removed with the server.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

CUPSD = "/usr/sbin/cupsd"
CUPS_PDF_PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"
CUPS_PDF_CONFIG = Path("/etc/cups")
SOCKET_NAME = "cups.sock"


def socket_path(root: Path) -> Path:
    return root / SOCKET_NAME


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def installed() -> bool:
    return Path(CUPSD).exists() and Path(CUPS_PDF_PPD).exists() and bool(shutil.which("lp"))


class CupsServer:
    """Started by `start()`, removed with its queues' files by `stop()`."""

    def __init__(self, root: Path) -> None:
        if not installed():
            raise RuntimeError("CUPS and cups-pdf are not installed: run the test command "
                               "(bash scripts/test.sh)")
        self.root = root
        self.port = _free_port()
        self.out = root / "out"  # where the cups-pdf queues write what they printed
        self._process: subprocess.Popen[bytes] | None = None
        self._configs: list[Path] = []

    @property
    def socket(self) -> Path:
        return socket_path(self.root)

    def _config(self) -> tuple[Path, Path]:
        etc, spool, log = self.root / "etc", self.root / "spool", self.root / "log"
        for folder in (etc / "ppd", spool / "tmp", log, self.root / "cache",
                       self.root / "state", self.out):
            folder.mkdir(parents=True, exist_ok=True)
        # cupsd runs its filters as the unprivileged `lp` user: it must reach the spool.
        for folder in (self.root, self.root / "state"):
            folder.chmod(0o755)
        files = etc / "cups-files.conf"
        files.write_text(
            f"ServerRoot {etc}\nRequestRoot {spool}\nTempDir {spool / 'tmp'}\n"
            f"CacheDir {self.root / 'cache'}\nStateDir {self.root / 'state'}\n"
            f"ErrorLog {log / 'error_log'}\nAccessLog {log / 'access_log'}\n"
            f"PageLog {log / 'page_log'}\nSystemGroup root\n"
            f"Printcap {self.root / 'printcap'}\n", encoding="utf-8")
        conf = etc / "cupsd.conf"
        conf.write_text(
            f"LogLevel info\nListen {self.socket}\nListen 127.0.0.1:{self.port}\n"
            "Browsing No\nBrowseLocalProtocols none\nWebInterface No\nDefaultAuthType None\n"
            "PreserveJobHistory Yes\nPreserveJobFiles Yes\nDirtyCleanInterval 0\nMaxJobs 0\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n",
            encoding="utf-8")
        return conf, files

    def start(self) -> str:
        """Start cupsd and wait for its socket; returns the value for CUPS_SERVER."""
        conf, files = self._config()
        env = {**os.environ, "CUPS_SERVER": str(self.socket)}
        with (self.root / "log" / "cupsd.out").open("wb") as output:
            self._process = subprocess.Popen(
                [CUPSD, "-f", "-c", str(conf), "-s", str(files)], env=env,
                stdout=subprocess.DEVNULL, stderr=output)
        deadline = time.monotonic() + 30
        while not self._answers():
            if self._process.poll() is not None or time.monotonic() > deadline:
                log = (self.root / "log" / "error_log")
                raise RuntimeError("cupsd did not start: " + (
                    log.read_text(errors="replace") if log.exists() else "no log"))
            time.sleep(0.05)
        return str(self.socket)

    def _answers(self) -> bool:
        if not self.socket.exists():
            return False
        done = subprocess.run(["lpstat", "-r"], env=self.env(), capture_output=True,
                              text=True, timeout=10)
        return "is running" in done.stdout

    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.socket), "LC_ALL": "C"}

    def admin(self, *command: str) -> None:
        """Run a CUPS admin command (lpadmin, cupsdisable...) against this server."""
        subprocess.run(command, env=self.env(), check=True, capture_output=True, timeout=30)

    def add_pdf_queue(self, name: str) -> Path:
        """A cups-pdf queue writing into its own folder under `out`; returns the folder."""
        folder = self.out / name
        folder.mkdir(parents=True, exist_ok=True)
        key = f"fielddesk-test-{uuid.uuid4().hex[:12]}"
        config = CUPS_PDF_CONFIG / f"cups-pdf-{key}.conf"
        config.write_text(
            f"Out {folder}\nSpool {self.root / 'cups-pdf-spool'}\nLog {self.root / 'log'}\n"
            f"AnonDirName {folder}\nGrp root\nLogType 3\nLabel 2\n", encoding="utf-8")
        self._configs.append(config)
        self.admin("lpadmin", "-p", name, "-v", f"cups-pdf:/{key}", "-P", CUPS_PDF_PPD,
                   "-E", "-o", "printer-error-policy=abort-job")
        return folder

    def remove_queue(self, name: str) -> None:
        """Remove the queue if it is still there (its printed files stay until `stop`)."""
        subprocess.run(["lpadmin", "-x", name], env=self.env(), capture_output=True,
                       timeout=30)

    def spooled(self, job: int) -> bytes:
        """The document of job `job` as the server received it."""
        return (self.root / "spool" / f"d{job:05d}-001").read_bytes()

    def attributes(self, job: int) -> dict[str, list[object]]:
        """The job's attributes as the server keeps them (copies, page-ranges, job-state...)."""
        return spooled_attributes((self.root / "spool" / f"c{job:05d}").read_bytes())

    def stop(self) -> None:
        try:
            if self._process is not None and self._process.poll() is None:
                self._process.terminate()
                try:
                    self._process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    self._process.kill()
                    self._process.wait()
        finally:
            for config in self._configs:
                config.unlink(missing_ok=True)
            shutil.rmtree(self.root, ignore_errors=True)


def new_root() -> Path:
    """A short folder name: a Unix socket path may not exceed 107 bytes."""
    return Path(tempfile.mkdtemp(prefix="fd-cups-", dir="/tmp"))


def spooled_attributes(control: bytes) -> dict[str, list[object]]:
    """The attributes of a CUPS job control file (c00001: an IPP message as the server keeps
    it): name -> values (integers, booleans and enums as int, ranges as (first, last), the
    rest as text)."""
    found: dict[str, list[object]] = {}
    at, name = 8, ""  # version, operation and request id first
    while at < len(control):
        tag = control[at]
        at += 1
        if tag < 0x10:  # a group's start, or 0x03: the end
            if tag == 0x03:
                break
            continue
        size = int.from_bytes(control[at:at + 2], "big")
        name = control[at + 2:at + 2 + size].decode() or name  # empty: one more value
        at += 2 + size
        size = int.from_bytes(control[at:at + 2], "big")
        raw = control[at + 2:at + 2 + size]
        at += 2 + size
        value: object = raw.decode(errors="replace")
        if tag in (0x21, 0x22, 0x23):  # integer, boolean, enum
            value = int.from_bytes(raw, "big", signed=True)
        elif tag == 0x33:  # rangeOfInteger
            value = (int.from_bytes(raw[:4], "big"), int.from_bytes(raw[4:], "big"))
        found.setdefault(name, []).append(value)
    return found
