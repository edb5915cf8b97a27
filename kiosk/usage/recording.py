"""Counting in the running kiosk: the counter the session reports to and its writer, as one thing to start and
stop (``kiosk run`` starts it when counting is on in ``kiosk config``)."""
from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from kiosk.usage.counter import Bucket, UsageCounter, shortcut_measures
from kiosk.usage.store import FLUSH_SECONDS, UsageWriter

if TYPE_CHECKING:
    from kiosk.content import Content


class UsageRecording:
    def __init__(self, database: Path, retention_days: int, clock: Callable[[], datetime] = datetime.now, *,
                 interval: float = FLUSH_SECONDS) -> None:
        self.counter = UsageCounter("", clock)
        self.writer = UsageWriter(self.counter, database, retention_days, interval=interval).start()

    def count(self, measure: str, key: str = "") -> None:
        if self.counter.kiosk:  # before the content says which kiosk this is, nobody can have chosen anything
            self.counter.count(measure, key)

    def follow(self, content: Content, kiosk: str) -> None:
        """New content: which kiosk this is and which concerns are the shortcuts may have changed."""
        self.counter.kiosk, self.counter.shortcuts = kiosk, shortcut_measures(content)

    def stored_counts(self, kiosk: str) -> Counter[Bucket]:
        """``kiosk``'s counts as written so far (the staff panel's usage page; not the minute still in memory, which
        the writer may be taking at this moment). A damaged database reads as none: the writer logs what is wrong."""
        from kiosk.usage.stats import NotAUsageDatabase, read_counts

        try:
            counts = read_counts([self.writer.path]) if self.writer.path.is_file() else Counter()
        except NotAUsageDatabase:
            counts = Counter()
        return Counter({bucket: count for bucket, count in counts.items() if bucket.kiosk == kiosk})

    def stop(self) -> None:
        self.writer.stop()
