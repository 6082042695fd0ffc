#!/usr/bin/env bash
# Builds FieldDesk's Linux bundle: dist/FieldDesk-<version>-linux-<arch>.tar.gz, the one-folder
# PyInstaller bundle with its .desktop entry, icons and a per-user install.sh.
#
#   bash installer/build_linux.sh          (after scripts/test.sh or scripts/demo.sh made .venv)
#
# Steps: the wheel (installer/wheelhouse.py), a fresh build venv with the wheel (not editable)
# and PyInstaller, installer/fielddesk.spec, then the tarball. Prints the bundle's folder and the
# tarball. $PYTHON overrides the Python that builds the wheel (default .venv/bin/python).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -z "${PYTHON:-}" ]; then
  source "$ROOT/scripts/lib.sh"
  ensure_venv
  PYTHON="$PY"
fi
BUILD="$ROOT/build/installer"
DIST="$ROOT/dist"
VERSION="$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
NAME="FieldDesk-$VERSION-linux-$(uname -m)"

echo "build: the wheel" >&2
WHEEL="$("$PYTHON" "$ROOT/installer/wheelhouse.py" wheel "$BUILD/wheel")"
echo "build: a fresh venv with $(basename "$WHEEL") and PyInstaller" >&2
BUILD_PY="$("$PYTHON" "$ROOT/installer/wheelhouse.py" venv "$BUILD/venv" "$WHEEL" \
  -r "$ROOT/installer/requirements-build.txt")"
echo "build: PyInstaller" >&2
"$BUILD_PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/work" "$ROOT/installer/fielddesk.spec" >&2

echo "build: $NAME.tar.gz" >&2
STAGE="$BUILD/stage/$NAME"
rm -rf "$BUILD/stage" && mkdir -p "$STAGE"
cp -a "$BUILD/dist/FieldDesk/." "$STAGE/"
cp "$ROOT/installer/linux/fielddesk.desktop" "$ROOT/installer/linux/install.sh" "$STAGE/"
mkdir -p "$STAGE/icons"
cp "$ROOT"/app/resources/icons/fielddesk-*.png "$ROOT/app/resources/icons/fielddesk.svg" \
  "$STAGE/icons/"
mkdir -p "$DIST"
tar -C "$BUILD/stage" -czf "$DIST/$NAME.tar.gz" "$NAME"
echo "$STAGE"
echo "$DIST/$NAME.tar.gz"
