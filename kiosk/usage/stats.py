"""The stored counts read back for staff: from one kiosk's database or merged from copies of several, grouped by
hour, day or week, and small counts suppressed so that no row can point at one visitor."""
from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Iterable, NamedTuple

from kiosk.usage.counter import HOUR_FORMAT, Bucket, totals

GROUPINGS = ("hour", "day", "week")
DEFAULT_MIN_COUNT = 10
COLUMNS = ("hour", "kiosk", "measure", "key", "count")


class NotAUsageDatabase(Exception):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


class Row(NamedTuple):
    hour: str
    kiosk: str
    measure: str
    key: str
    count: int | str  # a number, or "<10" where the number is too small to show


def databases_in(folder: Path) -> list[Path]:
    """The copies of kiosks' databases in ``folder`` and its subfolders (``*.sqlite3``), in a stable order."""
    return sorted(folder.rglob("*.sqlite3"))


def read_counts(databases: Iterable[Path]) -> Counter[Bucket]:
    """Every bucket of every database; the same bucket in two copies (a copy taken twice) counts once per copy."""
    counts: Counter[Bucket] = Counter()
    for path in databases:
        try:
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                rows = connection.execute("SELECT hour, kiosk, measure, key, count FROM counts").fetchall()
            finally:
                connection.close()
        except sqlite3.Error as error:
            raise NotAUsageDatabase(path, str(error)) from None
        for hour, kiosk, measure, key, count in rows:
            counts[Bucket(hour, kiosk, measure, key)] += count
    return counts


def _start(hour: str, by: str) -> str:
    moment = datetime.strptime(hour, HOUR_FORMAT)
    if by == "day":
        moment = moment.replace(hour=0)
    elif by == "week":  # weeks start on Monday (ISO 8601), as the office's do
        moment = moment.replace(hour=0) - timedelta(days=moment.weekday())
    return moment.strftime(HOUR_FORMAT)


def select(counts: Counter[Bucket], *, since: date | None = None, until: date | None = None,
           kiosk: str | None = None, by: str = "hour") -> Counter[Bucket]:
    """The counts from ``since`` to ``until`` (both days included) of ``kiosk`` (None: all), summed ``by`` hour,
    day or week (each bucket named by its start)."""
    low = since.strftime(HOUR_FORMAT) if since else ""
    high = (until + timedelta(days=1)).strftime(HOUR_FORMAT) if until else "9"
    chosen: Counter[Bucket] = Counter()
    for bucket, count in counts.items():
        if low <= bucket.hour < high and kiosk in (None, bucket.kiosk):
            chosen[bucket._replace(hour=_start(bucket.hour, by))] += count
    return chosen


def rows(counts: Counter[Bucket], min_count: int = DEFAULT_MIN_COUNT) -> list[Row]:
    """The buckets in order, each count below ``min_count`` shown as ``<min_count``, never as the number."""
    return [Row(*bucket, count if count >= min_count else f"<{min_count}")
            for bucket, count in sorted(counts.items())]


def finished_hours(counts: Counter[Bucket], kiosk: str, now: datetime) -> Counter[tuple[str, str]]:
    """``kiosk``'s sums per (measure, key) over the hours that are over: what is published as metrics, so that a
    scrape each minute cannot tell more than the hour."""
    this_hour = now.strftime(HOUR_FORMAT)
    return totals((bucket, count) for bucket, count in counts.items()
                  if bucket.kiosk == kiosk and bucket.hour < this_hour)
