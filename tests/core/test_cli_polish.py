"""Issue 18 point 9: the command line explains every option, refuses a limit below one in one
line, and lines its jobs table up with Chinese text by display width."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from app.cli.main import build_parser
from app.cli.table import aligned, cells
from tests.core.conftest import MakeJob
from tests.core.test_cli import fielddesk
from tests.core.test_cli_refusals import refused


def undocumented(parser: argparse.ArgumentParser, path: str) -> list[str]:
    """Every command, option and argument under `parser` without a help line."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                if not helps.get(name):
                    found.append(f"{path} {name}")
                found += undocumented(sub, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction) and not action.help:
            found.append(f"{path} {'/'.join(action.option_strings) or action.dest}")
    return found


def test_every_command_and_option_has_a_help_line() -> None:
    assert undocumented(build_parser(), "fielddesk") == []


@pytest.mark.parametrize("limit", ["0", "-3"])
def test_a_limit_below_one_is_refused_in_one_line(tmp_path: Path, limit: str) -> None:
    line = refused("jobs", "list", "--limit", limit, "--db", str(tmp_path / "any.sqlite"))
    assert line == f"fielddesk: --limit must be at least 1, not {limit}"


def test_the_jobs_table_lines_up_with_chinese_names_and_addresses(
        db: object, make_job: MakeJob, tmp_path: Path) -> None:
    make_job("repair", name="欧阳明月", address="江苏省南京市鼓楼区中山北路100号")
    make_job("install", name="Li Na", phone="13800000001",
             address="江苏省南京市江宁区天元路66号")
    make_job("maintenance", name="王芳", phone="13800000002", address="Room 5, 8 Zhujiang Rd")
    out = fielddesk("jobs", "list", "--limit", "2", "--db", str(tmp_path / "station.sqlite"))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[-1] == "2 of 3 jobs" and len(lines) == 4  # header, two jobs, the count
    table = lines[:-1]
    starts = [column_starts(line) for line in table]
    assert len(set(starts)) == 1, table  # every column starts at the same terminal cell
    assert any(cells(line) != len(line) for line in table)  # Chinese text in it


def column_starts(line: str) -> tuple[int, ...]:
    """The terminal cell at which each column of a line starts (columns: 2+ spaces apart)."""
    found, at = [], 0
    for cell in re.split(r"  +", line):
        at = line.index(cell, at)
        found.append(cells(line[:at]))
        at += len(cell)
    return tuple(found)


def test_aligned_pads_by_display_width() -> None:
    lines = aligned([["王芳", "1"], ["Li", "2"], ["欧阳明月", "3"]])
    assert [cells(line) for line in lines] == [11, 11, 11]
    assert aligned([]) == []
    assert cells("a\x07b") == 3  # a control character: counted as its length
