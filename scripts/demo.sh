#!/usr/bin/env bash
# Installs what is needed, builds the demo station once, and launches FieldDesk on it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_venv
ensure_qt_libs
DB="${FIELDDESK_DEMO_DB:-$ROOT/demo-data/demo-station.sqlite}"
# The demo's past and coming weeks are arranged around the moment it is built: a day later its
# "today" is stale, so an older demo station is rebuilt (a few seconds).
if [ ! -f "$DB" ] || [ -n "$(find "$DB" -mmin +720 2>/dev/null)" ]; then
  "$VENV/bin/fielddesk" demo --db "$DB" --force
fi
exec "$VENV/bin/fielddesk" --db "$DB" "$@"
