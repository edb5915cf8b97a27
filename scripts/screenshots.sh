#!/usr/bin/env bash
# Renders the screens for review into screenshots/screens/ (not in git): Welcome, Concerns and a Service screen
# whose way crosses floors, in German, Arabic, Tigrinya and Vietnamese, portrait and landscape.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
out=screenshots/screens
mkdir -p "$out"
for size in 1080x1920 1920x1080; do
    .venv/bin/kiosk screenshot --size "$size" --out "$out/welcome-$size.png" > /dev/null
    for lang in de ar ti vi; do
        .venv/bin/kiosk screenshot --size "$size" --lang "$lang" --out "$out/concerns-$lang-$size.png" > /dev/null
        .venv/bin/kiosk screenshot --size "$size" --lang "$lang" --service aufenthaltskarte-abholen \
            --out "$out/service-$lang-$size.png" > /dev/null
    done
done
echo "Wrote the screens to $out/"
