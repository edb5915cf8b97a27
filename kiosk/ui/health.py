"""Each minute the running kiosk notes how it is (``kiosk.live.health``) and rewrites its Prometheus textfile;
the files are written on a worker thread, the facts gathered on the UI thread where they live."""
from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from kivy.clock import Clock
from kivy.logger import Logger

from kiosk.live.health import ErrorCount, newest_file_time, save_health, starting_health, write_atomically
from kiosk.live.logs import LOGGER
from kiosk.live.metrics import metrics_text
from kiosk.live.snapshots import take_snapshot
from kiosk.messages import S_

if TYPE_CHECKING:
    from kiosk.ui.app import WegweiserApp

REPORT_SECONDS = 60.0
CANNOT_REPORT = S_("metrics", "The kiosk's health cannot be written to {path}: {reason}. Monitoring sees it as "
                              "down until this is fixed.")


class HealthReport:
    def __init__(self, app: WegweiserApp, health_file: Path, textfile: Path | None, usage_database: Path,
                 live_from: Path, clock: Callable[[], datetime]) -> None:
        self.app, self.health_file, self.textfile = app, health_file, textfile
        self.usage_database, self.live_from, self.clock = usage_database, live_from, clock
        self.health = starting_health(health_file, app.configured_kiosk)
        self._errors = ErrorCount(self.health)
        for logger in (LOGGER, Logger):
            logger.addHandler(self._errors)
        self._failed = False
        self._writing = threading.Lock()
        self._event = Clock.schedule_interval(lambda _dt: self.report(), REPORT_SECONDS)
        app.bind(on_stop=lambda *_: self._event.cancel())
        self.report()

    def report(self) -> None:
        health, updates = self.health, self.app.live_updates
        health.kiosk = self.app.kiosk_id
        if updates is not None and updates.live is not None:
            health.content_version = updates.live.version
            health.content_time = newest_file_time(updates.live.snapshot)
        if updates is not None and updates.rejection is not None:
            health.last_rejected = updates.rejection.at.timestamp()
        health.shared_content_time = newest_file_time(take_snapshot(self.live_from, self.app.kiosk_config.translations))
        threading.Thread(target=self._write, args=(self.clock(),), name="wegweiser-health", daemon=True).start()

    def _write(self, now: datetime) -> None:
        target = self.health_file
        try:
            with self._writing:  # one report after the other: they share the files' temporary names
                save_health(self.health_file, self.health)
                if self.textfile is not None:
                    target = self.textfile
                    write_atomically(self.textfile, metrics_text(self.health, self.usage_database, now))
        except OSError as error:
            if not self._failed:  # once, not every minute
                from kiosk.i18n.staff import staff_translator

                LOGGER.warning(CANNOT_REPORT(path=target, reason=error).render(staff_translator()))
            self._failed = True
            return
        self._failed = False
