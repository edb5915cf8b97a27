"""The hourly tally in memory: the session's events folded into (hour, kiosk, measure, key) buckets.

Counting is one dictionary update under a lock, on the UI thread; the writer thread (``kiosk.usage.store``) takes
the buckets away once a minute. Nothing about the order of events or the visitor survives the fold.
"""
from __future__ import annotations

import threading
from collections import Counter
from datetime import datetime
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple

from kiosk.usage.measures import APPOINTMENT, CONCERN, DONT_KNOW

if TYPE_CHECKING:
    from kiosk.content import Content

HOUR_FORMAT = "%Y-%m-%dT%H:00"  # a bucket's start: never finer than the hour


class Bucket(NamedTuple):
    hour: str
    kiosk: str
    measure: str
    key: str


def hour_of(moment: datetime) -> str:
    return moment.strftime(HOUR_FORMAT)


def shortcut_measures(content: Content) -> dict[str, str]:
    """Which concern is which shortcut: the one that sends visitors to the site's service point is "I don't know
    where to go", one that needs an appointment is "I have an appointment" (the content names no roles)."""
    from kiosk.content.model import AppointmentRule

    measures = {}
    for service_id in content.site.shortcuts:
        service = content.services[service_id]
        if service.destination == content.site.service_point:
            measures[service_id] = DONT_KNOW
        elif service.appointment.rule is AppointmentRule.REQUIRED:
            measures[service_id] = APPOINTMENT
    return measures


class UsageCounter:
    """Counts for one kiosk; ``kiosk`` and ``shortcuts`` follow the content (a live update may change them)."""

    def __init__(self, kiosk: str, clock: Callable[[], datetime] = datetime.now,
                 shortcuts: dict[str, str] | None = None) -> None:
        self.kiosk, self.clock, self.shortcuts = kiosk, clock, shortcuts or {}
        self._counts: Counter[Bucket] = Counter()
        self._lock = threading.Lock()

    def count(self, measure: str, key: str = "") -> None:
        """The session's observer: one more of ``measure`` (with ``key``) in this hour."""
        hour = hour_of(self.clock())
        also = self.shortcuts.get(key) if measure == CONCERN else None
        with self._lock:
            self._counts[Bucket(hour, self.kiosk, measure, key)] += 1
            if also is not None:
                self._counts[Bucket(hour, self.kiosk, also, "")] += 1

    def take(self) -> Counter[Bucket]:
        """Everything counted since the last ``take``, handed to the caller (the writer)."""
        with self._lock:
            taken, self._counts = self._counts, Counter()
        return taken

    def give_back(self, counts: Counter[Bucket]) -> None:
        """Counts that could not be written: kept for the next try."""
        with self._lock:
            self._counts.update(counts)


def totals(buckets: Iterable[tuple[Bucket, int]]) -> Counter[tuple[str, str]]:
    """The sum per (measure, key) over every hour and kiosk: what a simulation's own tally is compared with."""
    summed: Counter[tuple[str, str]] = Counter()
    for bucket, count in buckets:
        summed[bucket.measure, bucket.key] += count
    return summed
