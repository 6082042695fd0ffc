"""Running the command line from a test. `fielddesk` runs it in the test's own process: `main`
is exactly what `python -m app` calls, without the second or so each new interpreter spends
starting up and importing FieldDesk. `fielddesk_process` starts the real process, for the
tests that are about the process itself (its exit status and stderr when a command fails,
string hashing, a kill midway)."""

from __future__ import annotations

import io
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass

from app.cli.main import main


@dataclass(frozen=True)
class CliRun:
    returncode: int
    stdout: str
    stderr: str


def fielddesk(*args: str) -> CliRun:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return CliRun(code, out.getvalue(), err.getvalue())


def fielddesk_process(*args: str, env: dict[str, str] | None = None
                      ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          timeout=120, env=env)
