"""The counts on disk: one SQLite file per kiosk in its state folder, written by a thread of its own.

WAL with ``synchronous=FULL``: a commit is on disk before the next minute's counting starts, and a kiosk that
loses power (or is killed) mid-write keeps every earlier commit; at most the minute being written is lost.
"""
from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable

from kiosk.live.logs import LOGGER
from kiosk.messages import S_
from kiosk.usage.counter import Bucket, UsageCounter, hour_of

FLUSH_SECONDS = 60.0
DEFAULT_RETENTION_DAYS = 400
CANNOT_WRITE = S_("usage", "The usage counts cannot be written to {path}: {reason}. They are kept in memory and "
                           "written with the next minute's.")
SCHEMA = """CREATE TABLE IF NOT EXISTS counts (
    hour TEXT NOT NULL, kiosk TEXT NOT NULL, measure TEXT NOT NULL, key TEXT NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (hour, kiosk, measure, key)) WITHOUT ROWID"""
ADD = """INSERT INTO counts (hour, kiosk, measure, key, count) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (hour, kiosk, measure, key) DO UPDATE SET count = count + excluded.count"""


def open_for_writing(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute(SCHEMA)
    return connection


def add_counts(connection: sqlite3.Connection, counts: Counter[Bucket]) -> None:
    """Add ``counts`` to what is stored, in one transaction: all of them or none."""
    with connection:
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(ADD, [(*bucket, count) for bucket, count in counts.items()])


def forget_before(connection: sqlite3.Connection, hour: str) -> None:
    with connection:
        connection.execute("DELETE FROM counts WHERE hour < ?", (hour,))


class UsageWriter:
    """Writes the counter's buckets every ``interval`` seconds and at ``stop``; drops what is older than
    ``retention_days``. A disk that fails keeps the counts in memory; the kiosk goes on."""

    def __init__(self, counter: UsageCounter, path: Path, retention_days: int = DEFAULT_RETENTION_DAYS, *,
                 interval: float = FLUSH_SECONDS, on_written: Callable[[Counter[Bucket]], None] | None = None) -> None:
        self.counter, self.path, self.retention_days, self.interval = counter, path, retention_days, interval
        self.on_written = on_written
        self._stopping = threading.Event()
        self._connection: sqlite3.Connection | None = None
        self._thread = threading.Thread(target=self._run, name="wegweiser-usage", daemon=True)

    def start(self) -> UsageWriter:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stopping.wait(self.interval):
            self.write()
        self.write()

    def write(self) -> None:
        counts = self.counter.take()
        try:
            if self._connection is None:
                self._connection = open_for_writing(self.path)
            if counts:
                add_counts(self._connection, counts)
                # Into the file itself: a plain copy of it (for `kiosk stats --from`) then holds every minute.
                self._connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
            cutoff = self.counter.clock() - timedelta(days=self.retention_days)
            forget_before(self._connection, hour_of(cutoff))
        except (sqlite3.Error, OSError) as error:
            from kiosk.i18n.staff import staff_translator  # only when the disk fails

            self.counter.give_back(counts)
            self._connection = None
            LOGGER.warning(CANNOT_WRITE(path=self.path, reason=error).render(staff_translator()))
            return
        if self.on_written is not None:
            self.on_written(counts)

