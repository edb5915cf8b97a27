#!/usr/bin/env bash
# Compiles the espeak-ng voices that Debian's espeak-ng lacks (today Tigrinya) from the upstream sources vendored in
# third_party/espeak-ng/ into build/espeak-ng-upstream/espeak-ng-data/, with the system's own espeak-ng (1.51), so
# program and data always match. kiosk.speech.engines speaks those languages from there; kiosk.spec bundles it.
# Quick (about 0.1 s) and skipped when neither the sources nor the program changed; scripts/setup.sh runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
sources="$PWD/third_party/espeak-ng"
target=build/espeak-ng-upstream
stamp="$target/.sources-$( (espeak-ng --version; find "$sources" -type f -print0 | sort -z | xargs -0 sha256sum) \
    | sha256sum | cut -c1-16)"
[ -e "$stamp" ] && exit 0
mkdir -p build
work="$PWD/$(mktemp -d build/espeak-ng-upstream.XXXXXX)"
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
data="$work/espeak-ng-data"
mkdir -p "$data/lang"
cp -r "$sources/espeak-ng-data/lang/." "$data/lang/"
# The intonation tables are the same for every language: the system's, compiled by the same program.
cp "$(espeak-ng --version | sed -n 's/.*Data at: //p')/intonations" "$data/"
log="$work/compile.log"
# Phonemes first: the dictionary compiler looks up each rule's phonemes in the table it names.
espeak-ng --path="$work" --compile-phonemes="$sources/phsource" > "$log" 2>&1
grep -q "Compiled phonemes: 0 errors" "$log" || { cat "$log" >&2; echo "Compiling the phonemes failed." >&2; exit 1; }
for language in ti; do
    # espeak-ng reads <language>_rules, _list and _emoji from the current folder.
    if ! (cd "$sources/dictsource" && espeak-ng --path="$work" --compile="$language") > "$log" 2>&1 \
            || [ ! -s "$data/${language}_dict" ] || grep -qE "^[0-9]+ errors|rules, [0-9]+ groups \([1-9]" "$log"; then
        cat "$log" >&2
        echo "Compiling the $language dictionary failed." >&2
        exit 1
    fi
done
rm "$log" "$data/phondata-manifest"
touch "$work/$(basename "$stamp")"
# Swapped in whole, so a kiosk or test starting meanwhile sees the old data or the new, never half of it.
rm -rf "$target.old"
[ -d "$target" ] && mv "$target" "$target.old"
mv "$work" "$target"
rm -rf "$target.old"
trap - EXIT
