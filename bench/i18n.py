"""Loading every catalog a kiosk of the bundled site needs: from compiled .mo files and from PO files alone; and
what checking each translation against its source (``kiosk.i18n.fields``) adds to rendering a message.

Run: .venv/bin/python bench/i18n.py   (after ./scripts/setup.sh, which compiles the .mo files)
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.i18n import catalogs  # noqa: E402
from kiosk.i18n.tooling import catalog_plan, read_catalog, template_path  # noqa: E402
from kiosk.messages import N_  # noqa: E402
from kiosk.i18n.visitor import visitor_translations  # noqa: E402
from kiosk.paths import BUNDLED_SITE, TRANSLATIONS_DIR  # noqa: E402
from kiosk.site import load_checked  # noqa: E402


def load_everything(site) -> float:
    """Cold load of every visitor language's chain (ui and content), as a kiosk does at start."""
    catalogs._catalog_bytes.cache_clear()
    started = time.perf_counter()
    for locale in site.languages:
        visitor_translations(site, locale)
    return time.perf_counter() - started


def render_every_message(site) -> tuple[float, float, int]:
    """Every ui message in every language, rendered with made-up values: plain gettext and format (what render
    did before the check), then ``Message.render`` (with the fit check, its cache warm as in a running kiosk).
    Best of five rounds each."""
    filled = [N_(entry.context, entry.id)(**{name: "3.032" for name in _field_names(entry.id)})
              for entry in read_catalog(template_path(catalogs.UI_DOMAIN)) if entry.id]
    translators = [visitor_translations(site, locale).ui for locale in site.languages]

    def plain() -> None:
        for translator in translators:
            for message in filled:
                translator.pgettext(message.context, message.msgid).format(**message.params)

    def checked() -> None:
        for translator in translators:
            for message in filled:
                message.render(translator)

    checked()  # the fit cache warm, as after the first screen of each language
    rounds = {}
    for name, run in (("plain", plain), ("checked", checked)):
        times = []
        for _ in range(5):
            started = time.perf_counter()
            run()
            times.append(time.perf_counter() - started)
        rounds[name] = min(times)
    return rounds["plain"], rounds["checked"], len(translators) * len(filled)


def _field_names(text: str) -> list[str]:
    from string import Formatter

    return [name for _literal, name, _spec, _conversion in Formatter().parse(text) if name]


def main() -> None:
    site = load_checked(BUNDLED_SITE).content.site
    files = [catalogs.catalog_path(locale, domain) for domain, locales in catalog_plan(site).items()
             for locale in locales]
    started = time.perf_counter()
    for path in files:
        path.read_bytes()
    baseline = time.perf_counter() - started
    mo_present = all(path.with_suffix(".mo").is_file() for path in files)
    from_mo = min(load_everything(site) for _ in range(5))
    hidden = [path.with_suffix(".mo") for path in files if path.with_suffix(".mo").is_file()]
    for path in hidden:
        path.rename(path.with_suffix(".mo.bench"))
    try:
        from_po = min(load_everything(site) for _ in range(3))
    finally:
        for path in hidden:
            path.with_suffix(".mo.bench").rename(path)
    print(f"{len(site.languages)} languages, {len(files)} catalogs under {TRANSLATIONS_DIR}")
    print(f"reading the PO files' bytes: {baseline * 1000:.1f} ms")
    print(f"all visitor translations from .mo files{'' if mo_present else ' (some missing!)'}: "
          f"{from_mo * 1000:.1f} ms ({from_mo / baseline:.1f}x the byte read)")
    print(f"all visitor translations compiled from PO files: {from_po * 1000:.1f} ms ({from_po / baseline:.1f}x)")
    plain, checked, count = render_every_message(site)
    print(f"rendering {count} messages: plain gettext and format {plain * 1e6 / count:.2f} us each, "
          f"Message.render with the fit check {checked * 1e6 / count:.2f} us each ({checked / plain:.2f}x)")


if __name__ == "__main__":
    main()
