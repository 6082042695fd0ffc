"""`fielddesk server init` on a central database that a newer FieldDesk set up: one sentence and
a non-zero exit, and the server is left as it was."""

from __future__ import annotations

import pytest

from tests.core.test_cli_refusals import refused
from tests.sync.conftest import admin_execute
from tests.sync.helpers import server_rows


@pytest.mark.parametrize(("table", "newer"), [("alembic_version", "0999"),
                                              ("central_version", "c999")])
def test_server_init_refuses_a_newer_schema_in_one_line(central: str, table: str,
                                                        newer: str) -> None:
    admin_execute(central, f"UPDATE {table} SET version_num = '{newer}'")
    line = refused("server", "init", "--url", central)
    assert newer in line and "FieldDesk" in line
    assert server_rows(central, f"SELECT version_num FROM {table}") == [(newer,)]
