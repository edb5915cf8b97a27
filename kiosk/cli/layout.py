"""``kiosk layout-check``: every visitor screen rendered offscreen in each language, at each screen size and both
text sizes, and every text clipped or overflowing, widgets overlapping, touch targets too small and contrast too
low listed by screen, language, size and widget (``kiosk.ui.layout_tour``)."""
from __future__ import annotations

import argparse
import dataclasses
import gettext
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kiosk.messages import S_
from kiosk.ui.layout_rules import Finding

if TYPE_CHECKING:
    from kiosk.site import CheckedSite

LAYOUT_CLEAN = S_("layout", "No layout problems: {screens} screens in {languages} languages at {sizes} sizes and "
                            "two text sizes ({seconds} s).")
LAYOUT_PROBLEMS = S_("layout", "{count} layout problems (screen, language, size, text size: widget: problem: "
                               "figures):")
LAYOUT_HINT = S_("layout", "A text too long for its place: shorten the translation, or report the screen with its "
                           "size (kiosk screenshot --lang … --size … --large-text shows it).")


def layout_check(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    from kiosk.cli.commands import (BAD_SIZE, EXIT_OK, EXIT_PROBLEMS, UNKNOWN_KIOSK, UNKNOWN_LANGUAGE, _known,
                                    _report_failure, parse_size)
    from kiosk.site import load_checked

    site = load_checked(Path(arguments.site))
    if site.content is None:
        _report_failure(site, translations, out)
        return EXIT_PROBLEMS
    languages = site.content.site.languages
    locales = [code.strip() for code in arguments.langs.split(",") if code.strip()] if arguments.langs else languages
    if not all(_known(locale, languages, UNKNOWN_LANGUAGE, translations, out) for locale in locales):
        return EXIT_PROBLEMS
    if arguments.kiosk and not _known(arguments.kiosk, site.content.kiosks, UNKNOWN_KIOSK, translations, out):
        return EXIT_PROBLEMS
    sizes = []
    for text in (arguments.sizes.split(",") if arguments.sizes else []):
        size = parse_size(text)
        if size is None:
            print(BAD_SIZE(value=text).render(translations), file=out)
            return EXIT_PROBLEMS
        sizes.append(size)
    from kiosk.ui.layout_rules import SIZES, screen_density

    sizes = sizes or list(SIZES)
    groups: dict[float, list[tuple[int, int]]] = {}
    for size in sizes:
        groups.setdefault(screen_density(size), []).append(size)
    started = time.monotonic()
    if len(groups) == 1:
        findings, screens = _measure(site, arguments.kiosk, locales, sizes, next(iter(groups)))
    else:  # the kv rules read the density once: one process for each
        findings, screens = [], 0
        for group in groups.values():
            found, measured = _measure_apart(arguments, locales, group)
            findings, screens = findings + found, screens + measured
    if arguments.json_lines:
        for finding in findings:
            print(json.dumps({**dataclasses.asdict(finding), "detail": finding.detail.render(translations)}),
                  file=out)
        print(json.dumps({"screens": screens}), file=out)
        return EXIT_PROBLEMS if findings else EXIT_OK
    if findings:
        print(LAYOUT_PROBLEMS(count=len(findings)).render(translations), file=out)
        for finding in sorted(findings):
            print(finding.line(translations), file=out)
        print(LAYOUT_HINT.render(translations), file=out)
        return EXIT_PROBLEMS
    print(LAYOUT_CLEAN(screens=screens, languages=len(locales), sizes=len(sizes),
                       seconds=f"{time.monotonic() - started:.0f}").render(translations), file=out)
    return EXIT_OK


def _measure(site: CheckedSite, kiosk: str | None, locales: list[str], sizes: list[tuple[int, int]],
             density: float) -> tuple[list[Finding], int]:
    """The tour in this process, in one window as large as the largest size."""
    from kiosk.ui.environment import configure_offscreen

    largest = (max(width for width, _ in sizes), max(height for _, height in sizes))
    configure_offscreen(largest, density=density)  # an offscreen window draws within the surface it is made with
    from kiosk.ui.layout_tour import LayoutTour
    from kiosk.ui.screenshot import start_app

    app = start_app(site, kiosk, sizes[0])
    tour = LayoutTour(app)
    findings = tour.run(locales, sizes)
    app.stop()
    return findings, tour.screens_measured


def _measure_apart(arguments: argparse.Namespace, locales: list[str],
                   sizes: list[tuple[int, int]]) -> tuple[list[Finding], int]:
    """The tour for ``sizes`` (of one density) in a process of its own, read back from its JSON lines."""
    command = [sys.executable, "-m", "kiosk", "layout-check", "--json-lines", "--site", arguments.site,
               "--langs", ",".join(locales), "--sizes", ",".join(f"{width}x{height}" for width, height in sizes)]
    if arguments.kiosk:
        command += ["--kiosk", arguments.kiosk]
    lines = subprocess.run(command, capture_output=True, text=True, check=False).stdout.splitlines()
    records = [json.loads(line) for line in lines if line.startswith("{")]
    if not records or "screens" not in records[-1]:
        raise RuntimeError(f"{' '.join(command)} ended without its report: {lines[-5:]}")
    findings = [Finding(**{**record, "detail": _Said(record["detail"])}) for record in records[:-1]]
    return findings, records[-1]["screens"]


@dataclasses.dataclass(frozen=True)
class _Said:
    """A finding's figures as the process that measured them put them."""
    text: str

    def render(self, _translator: object = None) -> str:
        return self.text
