"""A test hook to stop a sync midway so a test can kill the process there (the process is
really killed; nothing is simulated): FIELDDESK_SYNC_STALL=push:N stalls inside the server
transaction after N applied entries, committed:N after the server committed batch N but before
the outbox forgot it, pull:N after N committed pages with the next page written but not
committed."""

from __future__ import annotations

import os
import sys
import time

VARIABLE = "FIELDDESK_SYNC_STALL"


def point(stage: str, count: int) -> None:
    wanted = os.environ.get(VARIABLE, "")
    if wanted and wanted == f"{stage}:{count}":
        print("STALLED", flush=True)
        sys.stdout.flush()
        time.sleep(3600)


def passing(stage: str, done: int, more: int) -> None:
    """`point` at each count from done + 1 to done + more, the variable read once (a batch
    writes hundreds of entries in one statement)."""
    wanted = os.environ.get(VARIABLE, "")
    if wanted.startswith(f"{stage}:"):
        for count in range(done + 1, done + more + 1):
            point(stage, count)
