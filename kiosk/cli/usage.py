"""``kiosk stats``: the usage counts as staff read them (a table), or for a spreadsheet (CSV) or a program (JSON);
``kiosk metrics``: the kiosk's health and usage for Prometheus."""
from __future__ import annotations

import argparse
import csv
import gettext
import json
from collections import Counter
from pathlib import Path
from typing import TextIO

from kiosk.cli.commands import EXIT_OK, EXIT_PROBLEMS, WROTE
from kiosk.config import HEALTH_FILE, USAGE_DATABASE
from kiosk.messages import S_
from kiosk.usage.counter import Bucket
from kiosk.usage.stats import COLUMNS, NotAUsageDatabase, Row, databases_in, read_counts, rows, select

NO_DATABASE = S_("stats", "There are no usage counts at {path} yet.")
NO_DATABASE_HINT = S_("stats", "The kiosk writes them once a minute while counting is on (kiosk config "
                               "--count-usage on); or give copies with --from DIR.")
NO_COPIES = S_("stats", "{path} holds no copies of usage databases (*.sqlite3).")
NO_COPIES_HINT = S_("stats", "Copy each kiosk's usage.sqlite3 there under a name of its own, e.g. foyer.sqlite3.")
NOT_A_DATABASE = S_("stats", "{path}: this is not a usage database ({reason}).")
NOT_A_DATABASE_HINT = S_("stats", "Copy the kiosk's usage.sqlite3 again, or leave this file out.")
BAD_MIN_COUNT = S_("stats", "--min-count must be 1 or more.")
NOTHING_COUNTED = S_("stats", "Nothing was counted in this time.")
NO_PLOTTING = S_("stats", "Drawing needs matplotlib, which is not installed here.")
NO_PLOTTING_HINT = S_("stats", "Install it with `pip install 'wegweiser-kiosk[plot]'` on a staff computer, or use "
                               "--format csv in a spreadsheet.")
SPAN = S_("stats", "{first} to {last}")
NEVER_RAN = S_("metrics", "The kiosk has not run on this machine yet: there is no {path}.")
NEVER_RAN_HINT = S_("metrics", "Start it with `kiosk run`; it notes its health there each minute.")
HEADINGS = {"hour": S_("stats", "from"), "kiosk": S_("stats", "kiosk"), "measure": S_("stats", "measure"),
            "key": S_("stats", "key"), "count": S_("stats", "count")}


def stats(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    def fail(message, hint=None) -> int:
        print(" ".join(part.render(translations) for part in (message, hint) if part), file=out)
        return EXIT_PROBLEMS

    if arguments.min_count < 1:
        return fail(BAD_MIN_COUNT)
    if arguments.from_ is not None:
        folder = Path(arguments.from_)
        databases = databases_in(folder) if folder.is_dir() else []
        if not databases:
            return fail(NO_COPIES(path=folder), NO_COPIES_HINT)
    elif USAGE_DATABASE.is_file():
        databases = [USAGE_DATABASE]
    else:
        return fail(NO_DATABASE(path=USAGE_DATABASE), NO_DATABASE_HINT)
    try:
        counts = read_counts(databases)
    except NotAUsageDatabase as error:
        return fail(NOT_A_DATABASE(path=error.path, reason=error.reason), NOT_A_DATABASE_HINT)
    if arguments.plot is not None:
        return _plot(select(counts, since=arguments.since, until=arguments.until, kiosk=arguments.kiosk),
                     Path(arguments.plot), arguments.min_count, translations, out)
    shown = rows(select(counts, since=arguments.since, until=arguments.until, kiosk=arguments.kiosk,
                        by=arguments.by), arguments.min_count)
    if arguments.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(shown)
    elif arguments.format == "json":
        json.dump([row._asdict() for row in shown], out, ensure_ascii=False, indent=1)
        print(file=out)
    elif not shown:
        print(NOTHING_COUNTED().render(translations), file=out)
    else:
        _print_table(shown, translations, out)
    return EXIT_OK


def _plot(hourly: Counter[Bucket], target: Path, min_count: int, translations: gettext.NullTranslations,
          out: TextIO) -> int:
    from kiosk.usage.charts import usage_charts

    try:
        from kiosk.usage.plot import plot

        import matplotlib  # noqa: F401  (only to ask whether it is there)
    except ImportError:
        print(f"{NO_PLOTTING().render(translations)} {NO_PLOTTING_HINT.render(translations)}", file=out)
        return EXIT_PROBLEMS
    hours = sorted(bucket.hour for bucket in hourly)
    span = SPAN(first=hours[0][:10], last=hours[-1][:10]).render(translations) if hours else "–"
    plot(usage_charts(hourly, min_count), target, translations, min_count=min_count, span=span)
    print(WROTE(path=target).render(translations), file=out)
    return EXIT_OK


def _print_table(shown: list[Row], translations: gettext.NullTranslations, out: TextIO) -> None:
    table = [[HEADINGS[column].render(translations) for column in COLUMNS]]
    table += [[str(value) for value in row] for row in shown]
    widths = [max(len(line[index]) for line in table) for index in range(len(COLUMNS))]
    for line in table:
        cells = [cell.ljust(width) for cell, width in zip(line[:-1], widths)] + [line[-1].rjust(widths[-1])]
        print("  ".join(cells), file=out)


def metrics(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    from kiosk.calendar import local_now
    from kiosk.live.health import load_health
    from kiosk.live.metrics import metrics_text

    health = load_health(HEALTH_FILE)
    if health is None:
        print(f"{NEVER_RAN(path=HEALTH_FILE).render(translations)} {NEVER_RAN_HINT.render(translations)}", file=out)
        return EXIT_PROBLEMS
    out.write(metrics_text(health, USAGE_DATABASE, local_now()))
    return EXIT_OK
