"""What `build_demo` made, printable as a short report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.demo.accounts import DEMO_LOGINS, DemoLogin


@dataclass(frozen=True)
class DemoSummary:
    db_path: Path
    station_code: str
    station_name: str
    timezone: str
    counts: Mapping[str, int]  # rows per table
    job_statuses: Mapping[str, int]
    seconds: float
    logins: tuple[DemoLogin, ...] = DEMO_LOGINS

    def __str__(self) -> str:
        c = self.counts
        statuses = ", ".join(f"{k} {v}" for k, v in self.job_statuses.items())
        lines = [
            f"Demo station {self.station_code} {self.station_name} ({self.timezone}) written to "
            f"{self.db_path} in {self.seconds:.1f} s",
            f"  technicians  {c['technicians']} ({c['certifications']} certifications, "
            f"{c['shifts']} weekly shifts, {c['absences']} absences)",
            f"  customers    {c['customers']} ({c['sites']} sites, "
            f"{c['equipment']} air conditioners)",
            f"  jobs         {c['jobs']}" + (f": {statuses}" if statuses else ""),
            f"  visits       {c['appointments']} appointments, {c['callbacks']} callbacks, "
            f"{c['complaints']} complaints",
            "Sign in as:",
            *(f"  {login}" for login in self.logins),
        ]
        return "\n".join(lines)
