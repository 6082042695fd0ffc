# Shared set-up steps of scripts/demo.sh and scripts/test.sh (sourced, not run).
# Each step is idempotent: it checks first and installs only what is missing.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  # Install Debian packages that are missing (apt-get update once per run).
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing ${missing[*]}"
  if [ -z "${APT_UPDATED:-}" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_venv() {
  # The project's own virtual environment, with the app and its test extra installed.
  if [ ! -x "$PY" ]; then
    python3 -m venv "$VENV" 2>/dev/null || { apt_install python3-venv; python3 -m venv "$VENV"; }
  fi
  local stamp="$VENV/.fielddesk-installed"
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    echo "setup: installing FieldDesk and its dependencies into .venv"
    "$PY" -m pip install -q --upgrade pip
    "$PY" -m pip install -q -e "$ROOT[test]"
    touch "$stamp"
  fi
}

ensure_qt_libs() {
  # Qt's wheels bundle Qt itself, but its xcb (desktop), offscreen and print plugins link
  # system libraries. `ldd` on the installed plugins names the ones missing and
  # scripts/qt-system-libs.tsv their Debian packages (made from ldd and dpkg -S); a library
  # found only once its neighbours are installed shows on the next round.
  local round packages
  for round in 1 2 3; do
    packages="$("$PY" "$ROOT/scripts/qt_system_libs.py" missing)"
    [ -z "$packages" ] && return 0
    # shellcheck disable=SC2086  # one package per word
    apt_install $packages
  done
}

ensure_postgres() {
  # A PostgreSQL server installation; the tests start and remove their own throwaway server.
  ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null 2>&1 \
    || apt_install postgresql
}

ensure_cups() {
  # CUPS and its PDF printer (cups-pdf); the tests start and remove their own throwaway print
  # server (tests/cups_server.py), never the machine's.
  [ -x /usr/sbin/cupsd ] && [ -f /usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd ] \
    || apt_install cups printer-driver-cups-pdf
}
