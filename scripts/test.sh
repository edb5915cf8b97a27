#!/usr/bin/env bash
# Sets up and runs the whole test suite (headless). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The phone pages are checked as a phone's browser renders them: Debian's Chromium, driven by Playwright.
if ! command -v chromium > /dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
    else
        echo "The phone page tests need Chromium: sudo apt-get install chromium" >&2
        exit 1
    fi
fi
exec .venv/bin/python -m pytest "$@"
