#!/usr/bin/env bash
# Installs this FieldDesk bundle for the current user (no administrator needed):
#   ~/.local/opt/FieldDesk         the program (an older version there is replaced)
#   ~/.local/bin/fielddesk         the command
#   ~/.local/share/applications    the menu entry; ~/.local/share/icons/hicolor its icon
# The station's data (~/.local/share/FieldDesk) is never touched: an upgrade keeps it.
#   bash install.sh              install or upgrade
#   bash install.sh --uninstall  remove the program, the command and the menu entry
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
TARGET="$HOME/.local/opt/FieldDesk"
BIN="$HOME/.local/bin"

uninstall() {
  rm -rf "$TARGET"
  rm -f "$BIN/fielddesk" "$DATA/applications/fielddesk.desktop"
  rm -f "$DATA"/icons/hicolor/*/apps/fielddesk.png "$DATA/icons/hicolor/scalable/apps/fielddesk.svg"
}

if [ "${1:-}" = "--uninstall" ]; then
  uninstall
  echo "FieldDesk removed; the station's data in $DATA/FieldDesk is kept."
  exit 0
fi
uninstall
mkdir -p "$TARGET" "$BIN" "$DATA/applications"
cp -a "$HERE/." "$TARGET/"
ln -s "$TARGET/fielddesk" "$BIN/fielddesk"
for png in "$HERE"/icons/fielddesk-*.png; do
  size="$(basename "$png" .png)"; size="${size#fielddesk-}"
  mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$DATA/icons/hicolor/${size}x${size}/apps/fielddesk.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps"
cp "$HERE/icons/fielddesk.svg" "$DATA/icons/hicolor/scalable/apps/fielddesk.svg"
sed "s|^Exec=fielddesk$|Exec=\"$TARGET/fielddesk\"|" "$HERE/fielddesk.desktop" \
  > "$DATA/applications/fielddesk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
echo "FieldDesk $("$TARGET/fielddesk" --version | cut -d' ' -f2) installed in $TARGET"
