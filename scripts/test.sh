#!/usr/bin/env bash
# Sets up and runs the whole test suite (headless). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/python -m pytest "$@"
