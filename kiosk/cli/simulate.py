"""``kiosk simulate``: simulated visitors on the real kiosk, offscreen, for soaks, demos and the usage figures' tests.
What it prints is the run's summary; ``--json`` also writes it for a program. Nothing is counted into the kiosk's own
usage database: ``--usage-db`` names another one."""
from __future__ import annotations

import argparse
import dataclasses
import gettext
import json
from pathlib import Path
from typing import TextIO

from kiosk.cli.commands import EXIT_OK, EXIT_PROBLEMS, WROTE, can_start_with
from kiosk.config import USAGE_DATABASE, KioskConfig
from kiosk.messages import S_
from kiosk.site import load_checked

NOT_THE_KIOSKS_OWN = S_("simulate", "{path} is the kiosk's own usage database: simulated visitors must not be "
                                    "counted there. Name another file.")
VISITS = S_("simulate", "Visits: {visits}, interactions: {interactions}")
EXCEPTIONS = S_("simulate", "Exceptions: {count}")
FIRST_EXCEPTION = S_("simulate", "The first one:")
MEMORY = S_("simulate", "Memory (RSS): {start:.1f} MB at the start, {end:.1f} MB at the end")
FRAMES = S_("simulate", "Frames drawn: {frames}; median {p50:.1f} ms, 99th percentile {p99:.1f} ms, slowest "
                        "{slowest:.1f} ms")
SLOW_FRAMES = S_("simulate", "Frames over 100 ms: {count}, {in_gc} of them during a full garbage collection "
                             "({collections} collections, longest {pause:.1f} ms); most after: {where}")
REACHED = S_("simulate", "Screens reached: {screens}")
LANGUAGES = S_("simulate", "Languages chosen: {languages}")


def simulate(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    usage_database = Path(arguments.usage_db).resolve() if arguments.usage_db else None
    if usage_database is not None and usage_database == USAGE_DATABASE.resolve():
        print(NOT_THE_KIOSKS_OWN(path=usage_database).render(translations), file=out)
        return EXIT_PROBLEMS
    site = load_checked(Path(arguments.site))
    if not can_start_with(site, arguments.kiosk, translations, out):
        return EXIT_PROBLEMS
    from kiosk.ui.environment import configure_offscreen

    configure_offscreen((1080, 1920), uncapped=True)
    from kiosk.ui.simulate import simulate_visits

    summary = simulate_visits(site, arguments.kiosk, KioskConfig(), arguments.visits, arguments.seed,
                              usage_database=usage_database)
    _print_summary(summary, translations, out)
    if arguments.json:
        target = Path(arguments.json)
        target.write_text(json.dumps(dataclasses.asdict(summary), ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
        print(WROTE(path=target).render(translations), file=out)
    return EXIT_PROBLEMS if summary.exceptions else EXIT_OK


def _print_summary(summary, translations: gettext.NullTranslations, out: TextIO) -> None:
    lines = [VISITS(visits=summary.visits, interactions=summary.interactions),
             EXCEPTIONS(count=summary.exceptions),
             MEMORY(start=summary.rss_start_mb, end=summary.rss_end_mb),
             FRAMES(frames=summary.frames, p50=summary.p50_frame_ms, p99=summary.p99_frame_ms,
                    slowest=summary.slowest_frame_ms),
             SLOW_FRAMES(count=sum(summary.slow_frames.values()), in_gc=summary.slow_frames_in_gc,
                         collections=summary.gc_full_collections, pause=summary.gc_full_pause_ms,
                         where=", ".join(f"{doing} {count}" for doing, count in list(summary.slow_frames.items())[:5])),
             REACHED(screens=", ".join(f"{name} {count}" for name, count in summary.screens.items())),
             LANGUAGES(languages=" ".join(summary.languages))]
    for line in lines:
        print(line.render(translations), file=out)
    if summary.first_traceback:
        print(FIRST_EXCEPTION().render(translations), file=out)
        print(summary.first_traceback.rstrip(), file=out)
