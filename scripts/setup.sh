#!/usr/bin/env bash
# Creates .venv and installs the kiosk with its test and bundle (PyInstaller) tools; quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Wegweiser needs Python 3.11 or newer as '$python' (set PYTHON=... to choose another)." >&2
    exit 1
fi
# Kivy renders through OpenGL (Mesa's EGL when there is no display) and probes touch devices with mtdev.
missing_libraries() {
    for library in libEGL.so.1 libGL.so.1 libgbm.so.1 libmtdev.so.1; do
        ldconfig -p | grep -q "$library" || echo "$library"
    done
}
if [ -n "$(missing_libraries)" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            libegl1 libgl1 libgles2 libgbm1 libgl1-mesa-dri libmtdev1 > /dev/null
    else
        echo "Kivy needs these system libraries: $(missing_libraries | tr '\n' ' ')" >&2
        echo "On Debian or Ubuntu: sudo apt-get install libegl1 libgl1 libgles2 libgbm1 libgl1-mesa-dri libmtdev1" >&2
        exit 1
    fi
fi
# The kiosk speaks through espeak-ng's program (kiosk.speech.engines); without it the speaker button says it cannot.
if ! command -v espeak-ng > /dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq espeak-ng > /dev/null
    else
        echo "Speech needs espeak-ng: sudo apt-get install espeak-ng" >&2
        exit 1
    fi
fi
# Voices Debian's espeak-ng lacks (Tigrinya), compiled from the upstream sources in third_party/espeak-ng/.
scripts/build-voices.sh
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
stamp=.venv/.installed-$(cat setup.cfg pyproject.toml | sha256sum | cut -c1-16)
if [ ! -e "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e '.[test,bundle]'
    rm -f .venv/.installed-*
    touch "$stamp"
fi
# Compiled catalogs are build output (not in git); the kiosk also reads PO files directly when they are newer.
.venv/bin/kiosk i18n compile > /dev/null
