#!/usr/bin/env bash
# Builds the one-folder kiosk bundle with PyInstaller (kiosk.spec) into dist/kiosk/ and prints its size.
# Extra arguments go to PyInstaller, e.g. --distpath DIR --workpath DIR to build elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh  # .venv with the bundle extra (PyInstaller), and the catalogs compiled to .mo files
.venv/bin/pyinstaller --noconfirm --log-level WARN "$@" kiosk.spec
distpath=dist
while [ $# -gt 0 ]; do
    case "$1" in
        --distpath) distpath="$2"; shift 2 ;;
        --distpath=*) distpath="${1#--distpath=}"; shift ;;
        *) shift ;;
    esac
done
size_mb=$(du -sb "$distpath/kiosk" | awk '{ printf "%.0f", $1 / 1e6 }')
echo "Bundle: $distpath/kiosk/kiosk, ${size_mb} MB (target under 120 MB)."
