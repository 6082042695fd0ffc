"""A few simulated stations at once (the load benchmark's machinery, benchmarks/stations.py):
separate processes, each with its own database and station role, create and edit rows and
sync a few cycles while the head office edits their jobs; afterwards every station's database
equals the server's rows of its station. Convergence only: the timings are benchmarks/load.py's.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.stations import Plan, add_stations, run_load
from tests.sync.helpers import server_rows

STATIONS = 3
CYCLES = 3


def test_stations_syncing_at_once_with_the_head_office_editing_all_converge(
        central: str, tmp_path: Path) -> None:
    urls = add_stations(central, STATIONS)
    result = run_load(central, urls, tmp_path, Plan(STATIONS, cycles=CYCLES, pause=0.05,
                                                    head_office_pause=0.05))
    assert result.errors == [] and result.head_office_failed == 0
    assert all(r.flushed for r in result.reports)
    assert result.diverged == {}
    # each station's work reached the server: a new job per cycle
    per_station = server_rows(central, "SELECT s.code, count(*) FROM jobs j"
                              " JOIN stations s ON s.id = j.station_id GROUP BY s.code")
    assert sorted(per_station) == [(f"LD{i:04d}", CYCLES) for i in range(STATIONS)]
    assert result.server_rows > 0
