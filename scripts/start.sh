#!/usr/bin/env bash
# Sets up and starts the kiosk on the bundled Chemnitz site. Extra arguments go to `kiosk check`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/kiosk check "$@"
