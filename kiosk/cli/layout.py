"""``kiosk layout-check``: every visitor screen rendered offscreen in each language, at each screen size and both
text sizes, and every text clipped or overflowing, widgets overlapping, touch targets too small and contrast too
low listed by screen, language, size and widget (``kiosk.ui.layout_tour``)."""
from __future__ import annotations

import argparse
import gettext
import tempfile
import time
from pathlib import Path
from typing import TextIO

from kiosk.messages import S_

LAYOUT_CLEAN = S_("layout", "No layout problems: {screens} screens in {languages} languages at {sizes} sizes and "
                            "two text sizes ({seconds} s).")
LAYOUT_PROBLEMS = S_("layout", "{count} layout problems (screen, language, size, text size: widget: problem: "
                               "figures):")
LAYOUT_HINT = S_("layout", "A text too long for its place: shorten the translation, or report the screen with its "
                           "size (kiosk screenshot --lang … --size … --large-text shows it).")


def layout_check(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    from kiosk.cli.commands import (BAD_SIZE, EXIT_OK, EXIT_PROBLEMS, UNKNOWN_LANGUAGE, _known, _report_failure,
                                    parse_size)
    from kiosk.site import load_checked

    site = load_checked(Path(arguments.site))
    if site.content is None:
        _report_failure(site, translations, out)
        return EXIT_PROBLEMS
    languages = site.content.site.languages
    locales = [code.strip() for code in arguments.langs.split(",") if code.strip()] if arguments.langs else languages
    if not all(_known(locale, languages, UNKNOWN_LANGUAGE, translations, out) for locale in locales):
        return EXIT_PROBLEMS
    sizes = []
    for text in (arguments.sizes.split(",") if arguments.sizes else []):
        size = parse_size(text)
        if size is None:
            print(BAD_SIZE(value=text).render(translations), file=out)
            return EXIT_PROBLEMS
        sizes.append(size)
    from kiosk.ui.environment import configure
    from kiosk.ui.layout_rules import SIZES

    sizes = sizes or list(SIZES)
    largest = (max(width for width, _ in sizes), max(height for _, height in sizes))
    configure(headless=True, kivy_home=Path(tempfile.mkdtemp(prefix="wegweiser-kivy-")), log_level="error",
              size=largest)  # an offscreen window draws within the surface it is made with
    from kiosk.ui.layout_tour import LayoutTour
    from kiosk.ui.screenshot import start_app

    started = time.monotonic()
    app = start_app(site, arguments.kiosk, sizes[0])
    tour = LayoutTour(app)
    findings = tour.run(locales, sizes)
    app.stop()
    if findings:
        print(LAYOUT_PROBLEMS(count=len(findings)).render(translations), file=out)
        for finding in findings:
            print(finding.line(translations), file=out)
        print(LAYOUT_HINT.render(translations), file=out)
        return EXIT_PROBLEMS
    print(LAYOUT_CLEAN(screens=tour.screens_measured, languages=len(locales), sizes=len(sizes),
                       seconds=f"{time.monotonic() - started:.0f}").render(translations), file=out)
    return EXIT_OK
