#!/usr/bin/env bash
# Sets up and starts the kiosk on the bundled Chemnitz site. Extra arguments go to `kiosk run`
# (e.g. --windowed for a window without kiosk lock-down, --kiosk wartebereich-3og for the second kiosk).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/kiosk check > /dev/null || { .venv/bin/kiosk check; exit 1; }
exec .venv/bin/kiosk run "$@"
