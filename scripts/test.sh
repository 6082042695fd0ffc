#!/usr/bin/env bash
# Installs what is needed and runs the whole test suite (core, UI offscreen, PostgreSQL).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_venv
ensure_qt_libs
ensure_postgres
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec "$PY" -m pytest "$@"
