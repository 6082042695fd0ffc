#!/usr/bin/env bash
# Installs what is needed, builds the demo station once, and launches FieldDesk on it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_venv
ensure_qt_libs "libxcb-cursor0"
DB="${FIELDDESK_DEMO_DB:-$ROOT/demo-data/demo-station.sqlite}"
if [ ! -f "$DB" ]; then
  "$VENV/bin/fielddesk" demo --db "$DB"
fi
exec "$VENV/bin/fielddesk" --db "$DB" "$@"
