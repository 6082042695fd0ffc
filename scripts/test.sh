#!/usr/bin/env bash
# Installs what is needed, then runs the gates (ruff, mypy strict on app/) and the whole test
# suite (core, UI offscreen, PostgreSQL, printing through CUPS, the import contracts); any
# failure fails the run.
# With arguments, only pytest runs, with those arguments (a quick run while working; CI runs
# this script without arguments):  bash scripts/test.sh tests/core -x
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_venv
cd "$ROOT"
if [ $# -eq 0 ]; then
  # First, so that a lint or type error fails in seconds, before the suite starts.
  echo "gate: ruff check"
  "$PY" -m ruff check app tests benchmarks scripts installer
  echo "gate: mypy (strict, app/)"
  "$PY" -m mypy
fi
ensure_qt_libs
ensure_postgres
ensure_cups
export QT_QPA_PLATFORM=offscreen
exec "$PY" -m pytest "$@"
